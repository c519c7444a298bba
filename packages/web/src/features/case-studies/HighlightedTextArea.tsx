import { HIGH_RISK_TYPES, segmentsOf, type ReviewedSpan } from '@alliance/domain';
import { useLayoutEffect, useRef, type InputHTMLAttributes, type ReactNode, type Ref, type RefObject, type TextareaHTMLAttributes, type UIEvent, type UIEventHandler } from 'react';
import { describedBy, Frame } from '../../ui/fields';

interface Highlighted {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  /** Spans in offsets of `value`; only those still true of the text being typed. */
  spans: readonly ReviewedSpan[];
}

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> & Highlighted & { textareaRef?: Ref<HTMLTextAreaElement> };
type LineProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'type'> & Highlighted & { inputRef?: Ref<HTMLInputElement> };

const COPIED = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'tab-size', 'text-transform', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left'];

/** The look of a span: its type's colour, whether a decision still waits on it, and whether it has one of its own, apart from its name's. */
export function spanClass(span: Pick<ReviewedSpan, 'type' | 'decision' | 'passage'>) {
  const open = span.decision === null && HIGH_RISK_TYPES.has(span.type);
  return `hl hl--${span.type} ${open ? 'hl--open' : span.decision === 'keep' ? 'hl--kept' : 'hl--decided'}${span.passage ? ' hl--own' : ''}`;
}

/**
 * The layer behind a field: the same text, where the spans are marked, kept on the
 * field's inner box (without its border and scroll bar), its type and its scroll, read
 * from the field itself so the words fall alike whatever the style sheets say.
 * A single line is centred in its box as an <input> centres it, and scrolls sideways.
 */
function useLayer(field: RefObject<HTMLTextAreaElement | HTMLInputElement | null>, singleLine: boolean) {
  const layer = useRef<HTMLDivElement>(null);
  const follow = () => {
    if (!field.current || !layer.current) return;
    layer.current.scrollTop = field.current.scrollTop;
    layer.current.scrollLeft = field.current.scrollLeft;
  };
  const fit = () => {
    const area = field.current;
    const back = layer.current;
    if (!area || !back) return;
    const style = getComputedStyle(area);
    for (const p of COPIED) back.style.setProperty(p, style.getPropertyValue(p));
    back.style.top = style.borderTopWidth;
    back.style.left = style.borderLeftWidth;
    back.style.width = `${area.clientWidth}px`;
    back.style.height = `${area.clientHeight}px`;
    if (singleLine) back.style.lineHeight = `${area.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
    follow();
  };
  useLayoutEffect(fit);
  useLayoutEffect(() => {
    const area = field.current;
    if (!area || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(area);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { layer, follow };
}

/** The words with the spans marked; hidden from assistive technology (the spans are announced and listed beside it). */
function Layer({ value, spans, layer }: { value: string; spans: readonly ReviewedSpan[]; layer: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="highlight-field__layer" ref={layer} aria-hidden="true">
      {segmentsOf(value, spans).map((s) =>
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
  );
}

function setBoth<T>(own: RefObject<T | null>, theirs: Ref<T> | undefined) {
  return (node: T | null) => {
    own.current = node;
    if (typeof theirs === 'function') theirs(node);
    else if (theirs) theirs.current = node;
  };
}

/**
 * What a text area and a line share inside their frame: the layer of highlights behind
 * the field, and the field's own attributes — who it is, its value, its description, and
 * its scroll, which the layer follows.
 */
function useHighlighted<E extends HTMLTextAreaElement | HTMLInputElement>(
  { id, hint, value, spans, name, required, onScroll, describedBy: extra }: Omit<Highlighted, 'label'> & { name?: string; required?: boolean; onScroll?: UIEventHandler<E>; describedBy?: string },
  fieldRef: Ref<E> | undefined,
  singleLine: boolean,
) {
  const own = useRef<E | null>(null);
  const { layer, follow } = useLayer(own, singleLine);
  return {
    layer: <Layer value={value} spans={spans} layer={layer} />,
    field: {
      id,
      name: name ?? id,
      ref: setBoth(own, fieldRef),
      value,
      'aria-required': required || undefined,
      'aria-describedby': describedBy(id, hint, undefined, extra),
      onScroll: (e: UIEvent<E>) => {
        follow();
        onScroll?.(e);
      },
    },
  };
}

/**
 * A normal labelled text area with the review drawn behind its words, scrolled with it.
 * The coach types, selects and pastes in a plain <textarea>.
 */
export function HighlightedTextArea({ id, label, hint, value, spans, textareaRef, className, required, name, onScroll, 'aria-describedby': extra, ...textarea }: AreaProps) {
  const { layer, field } = useHighlighted({ id, hint, value, spans, name, required, onScroll, describedBy: extra }, textareaRef, false);
  return (
    <Frame id={id} label={label} hint={hint} required={required} className={className}>
      <div className="highlight-field">
        {layer}
        <textarea {...field} {...textarea} />
      </div>
    </Frame>
  );
}

/**
 * The single-line variant (a title): a plain <input>, so Enter still submits its form
 * and no line break gets in, with the review drawn behind it and scrolled sideways with it.
 */
export function HighlightedLine({ id, label, hint, value, spans, inputRef, className, required, name, onScroll, 'aria-describedby': extra, ...input }: LineProps) {
  const { layer, field } = useHighlighted({ id, hint, value, spans, name, required, onScroll, describedBy: extra }, inputRef, true);
  return (
    <Frame id={id} label={label} hint={hint} required={required} className={className}>
      <div className="highlight-field highlight-field--line">
        {layer}
        <input {...field} {...input} type="text" />
      </div>
    </Frame>
  );
}
