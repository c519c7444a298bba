import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list of short lines (responsibilities, what is out of scope): each line is
 * editable in place, removable, and a new one is added with the button or Enter.
 */
export function ListEditor({
  id,
  label,
  itemLabel,
  items,
  onChange,
  placeholder,
  error,
}: {
  id: string;
  label: string;
  /** Accessible name of line n, e.g. "Responsabilité 2 — coach". */
  itemLabel: (n: number) => string;
  items: string[];
  onChange: (items: string[]) => void;
  placeholder?: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');

  const add = () => {
    const line = draft.trim();
    if (!line) return;
    onChange([...items, line]);
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      // Enter adds the line instead of submitting the whole form.
      e.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="list-editor" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {items.length ? (
        <ul className="list-editor__items">
          {items.map((item, i) => (
            <li key={i} className="list-editor__item">
              <label className="visually-hidden" htmlFor={`${id}-${i}`}>
                {itemLabel(i + 1)}
              </label>
              <input
                id={`${id}-${i}`}
                value={item}
                onChange={(e) => onChange(items.map((v, j) => (j === i ? e.target.value : v)))}
              />
              <button
                type="button"
                className="button button--icon"
                onClick={() => onChange(items.filter((_, j) => j !== i))}
                aria-label={t('common.removeItem', { item: itemLabel(i + 1) })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="list-editor__new">
        <label className="visually-hidden" htmlFor={`${id}-new`}>
          {t('common.newLine', { list: label })}
        </label>
        <input
          id={`${id}-new`}
          value={draft}
          placeholder={placeholder}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          // A line typed but not yet added is kept, not lost when the form is saved.
          onBlur={add}
        />
        <button type="button" className="button button--secondary" onClick={add} disabled={!draft.trim()}>
          {t('common.add')}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
