import type { BoardDocElement } from '@alliance/api';
import { ELEMENT_COLOURS, ELEMENT_KINDS, ELEMENT_SIZES, isAbstractKind, type ElementKind, type ElementSize } from '@alliance/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addElement, removeElement, updateElement } from './edits';

/** Where a new element appears: spread along the lower part of the board, so they do not pile up. */
function freeSpot(count: number) {
  return { x: 20 + ((count * 17) % 60), y: 70 + ((count * 7) % 20) };
}

/**
 * Adding an element (kind, label, colour, size, "this is me") and changing the
 * selected one. Every control is a labelled form control, reachable by keyboard.
 */
export function ElementPanel({ doc, elements, selected, editable }: { doc: Y.Doc; elements: BoardDocElement[]; selected: BoardDocElement | null; editable: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ElementKind>('person');
  const [label, setLabel] = useState('');
  const [colour, setColour] = useState<string>(ELEMENT_COLOURS[0]);
  const [size, setSize] = useState<ElementSize>('medium');
  const [isClient, setIsClient] = useState(false);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const spot = freeSpot(elements.length);
    addElement(doc, { kind, label: label.trim(), colour, size, isClient, place: { ...spot, facing: isAbstractKind(kind) ? null : 0 } });
    setLabel('');
    setIsClient(false);
    // The next element gets the next colour: people in a system are told apart at a glance.
    setColour(ELEMENT_COLOURS[(ELEMENT_COLOURS.indexOf(colour as (typeof ELEMENT_COLOURS)[number]) + 1) % ELEMENT_COLOURS.length]!);
  };

  if (!editable) return null;
  return (
    <div className="board-panel">
      <form className="board-form" onSubmit={add} aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`} className="subhead">
          {t('board.add.title')}
        </h3>
        <label className="field">
          <span className="field-label">{t('board.add.label')}</span>
          <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} placeholder={t('board.add.placeholder')} />
        </label>
        <label className="field">
          <span className="field-label">{t('board.add.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ElementKind)}>
            {ELEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`board.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <ColourChoice name={`${id}-colour`} value={colour} onChange={setColour} />
        <SizeChoice name={`${id}-size`} value={size} onChange={setSize} />
        <label className="checkbox">
          <input type="checkbox" checked={isClient} onChange={(e) => setIsClient(e.target.checked)} />
          {t('board.add.isClient')}
        </label>
        <button type="submit" className="button">
          {t('board.add.submit')}
        </button>
      </form>
      {selected ? (
        <div className="board-form" aria-labelledby={`${id}-edit`} role="group">
          <h3 id={`${id}-edit`} className="subhead">
            {t('board.edit.title')}
          </h3>
          <label className="field">
            <span className="field-label">{t('board.add.label')}</span>
            <input value={selected.label} maxLength={200} onChange={(e) => updateElement(doc, selected.id, { label: e.target.value })} />
          </label>
          <ColourChoice name={`${id}-edit-colour`} value={selected.colour} onChange={(c) => updateElement(doc, selected.id, { colour: c })} />
          <SizeChoice name={`${id}-edit-size`} value={selected.size} onChange={(s) => updateElement(doc, selected.id, { size: s })} />
          <p className="field-hint">{t('board.keys')}</p>
          <button type="button" className="button button--danger" onClick={() => removeElement(doc, selected.id)}>
            {t('board.edit.remove', { label: selected.label || t('board.unnamed') })}
          </button>
        </div>
      ) : (
        <p className="field-hint">{t('board.selectHint')}</p>
      )}
    </div>
  );
}

function ColourChoice({ name, value, onChange }: { name: string; value: string; onChange(c: string): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="swatches">
      <legend className="field-label">{t('board.add.colour')}</legend>
      {ELEMENT_COLOURS.map((c, i) => (
        <label key={c} className="swatch" style={{ background: c }}>
          <input type="radio" name={name} value={c} checked={value === c} onChange={() => onChange(c)} />
          <span className="visually-hidden">{t('board.colour', { n: i + 1 })}</span>
        </label>
      ))}
    </fieldset>
  );
}

function SizeChoice({ name, value, onChange }: { name: string; value: ElementSize; onChange(s: ElementSize): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented">
      <legend className="field-label">{t('board.add.size')}</legend>
      {ELEMENT_SIZES.map((s) => (
        <label key={s} className="segmented__option">
          <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} />
          {t(`board.size.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
