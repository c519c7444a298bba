import { HIGH_RISK_TYPES, segmentsOf, type ReviewedSpan } from '@alliance/domain';
import { useLayoutEffect, useRef, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { describedBy, Frame } from '../../ui/fields';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  /** Spans in offsets of `value`; only those still true of the text being typed. */
  spans: readonly ReviewedSpan[];
  textareaRef?: Ref<HTMLTextAreaElement>;
};

const COPIED = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'tab-size', 'text-transform', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left'];

/** The look of a span: its type's colour, and whether a decision still waits on it. */
export function spanClass(span: Pick<ReviewedSpan, 'type' | 'decision'>) {
  const open = span.decision === null && HIGH_RISK_TYPES.has(span.type);
  return `hl hl--${span.type} ${open ? 'hl--open' : span.decision === 'keep' ? 'hl--kept' : 'hl--decided'}`;
}

/**
 * A normal labelled text area with the review drawn behind its words: a layer with
 * the same text, font and wrapping, where the spans are marked, scrolled with it.
 * The layer is hidden from assistive technology (the spans are announced and listed
 * beside it); the coach types, selects and pastes in a plain <textarea>.
 */
export function HighlightedTextArea({ id, label, hint, value, spans, textareaRef, className, onScroll, 'aria-describedby': extra, ...textarea }: Props) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const segments = segmentsOf(value, spans);

  // The layer takes the text area's inner box (without its border and scroll bar) and its
  // type, read from the text area itself, so lines wrap alike whatever the style sheets say.
  const fit = () => {
    const area = own.current;
    const back = layer.current;
    if (!area || !back) return;
    const style = getComputedStyle(area);
    for (const p of COPIED) back.style.setProperty(p, style.getPropertyValue(p));
    back.style.top = style.borderTopWidth;
    back.style.left = style.borderLeftWidth;
    back.style.width = `${area.clientWidth}px`;
    back.style.height = `${area.clientHeight}px`;
    back.scrollTop = area.scrollTop;
  };
  useLayoutEffect(fit);
  useLayoutEffect(() => {
    const area = own.current;
    if (!area || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(area);
    return () => observer.disconnect();
  }, []);

  const setRef = (node: HTMLTextAreaElement | null) => {
    own.current = node;
    if (typeof textareaRef === 'function') textareaRef(node);
    else if (textareaRef) textareaRef.current = node;
  };

  return (
    <Frame id={id} label={label} hint={hint} className={className}>
      <div className="highlight-field">
        <div className="highlight-field__layer" ref={layer} aria-hidden="true">
          {segments.map((s) =>
            s.span ? (
              <mark key={s.start} className={spanClass(s.span)}>
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
          {/* A last empty line has a height in the text area: give it one here too. */}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          name={textarea.name ?? id}
          ref={setRef}
          value={value}
          aria-describedby={describedBy(id, hint, undefined, extra)}
          onScroll={(e) => {
            if (layer.current) layer.current.scrollTop = e.currentTarget.scrollTop;
            onScroll?.(e);
          }}
          {...textarea}
        />
      </div>
    </Frame>
  );
}
