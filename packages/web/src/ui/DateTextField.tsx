import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from './datetime';
import { TextField, withFormatHint } from './fields';
import { useFormat } from './format';
import { addDays, datePattern, formatDateText, parseDateText, textForValue } from './date-text';

interface Props {
  id: string;
  label: string;
  /**
   * The date as "YYYY-MM-DD", "" while the field is empty; anything else (null, or
   * the text as typed) while what is typed is not a date, which the field keeps.
   */
  value: string | null;
  /**
   * `iso` is the date ("YYYY-MM-DD"), "" when the field is emptied, null when what is
   * typed is not a date (or is later than `max`); `typed` is the text as she wrote it.
   * A form that lets the server refuse a wrong date keeps `iso ?? typed`: the API's
   * date check then says so beside the field, and nothing is sent as "no date".
   */
  onChange: (iso: string | null, typed: string) => void;
  /** The latest date allowed ("YYYY-MM-DD"). */
  max?: string;
  /** The field's own hint; the format to write follows it. */
  hint?: ReactNode;
  /** The server's word on the field, shown when the field itself has none, until she changes the date. */
  error?: string | undefined;
  /** Show what is wrong now (the form was sent), not only once she leaves the field. */
  checked?: boolean;
  required?: boolean;
  /** The width: narrow by default, room enough for "jj/mm/aaaa". */
  className?: string;
}

/**
 * A date written as the screen's language writes it ("24/05/2025" on the French
 * screen), in a plain text field: the browser's date input would follow the browser's
 * language instead, and differs from one browser to the next. Labelled, its format in
 * the hint, checked as she leaves it; the up and down arrows move it a day, as they do
 * in a date input.
 */
export function DateTextField({ id, label, value, onChange, max, hint, error, checked = false, required, className = 'field--narrow' }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [text, setText] = useState(() => (value ? formatDateText(value, locale) || value : ''));
  const [left, setLeft] = useState(false);
  // The form's value changed from outside (emptied once sent, or read in another language's order): the text follows.
  const rewritten = textForValue(value, text, locale);
  if (rewritten !== null) setText(rewritten);

  const pattern = datePattern(locale, t('dateField.parts', { returnObjects: true }));
  const example = formatDateText(max ?? todayIsoDate(), locale);
  const parsed = parseDateText(text, locale);
  const late = max && parsed && parsed > max ? (max === todayIsoDate() ? 'lateToday' : 'late') : null;
  const problem = !text.trim() ? (required ? 'missing' : null) : !parsed ? 'invalid' : late;
  // The server's word is on the text it was sent: once she writes another, it no longer applies (a new refusal brings it back).
  const [judged, setJudged] = useState({ error, text });
  if (judged.error !== error) setJudged({ error, text });
  const serverSays = judged.text === text ? error : undefined;
  const shown = (left || checked) && problem ? t(`dateField.${problem}`, { pattern, example, latest: max ? formatDateText(max, locale) : '' }) : serverSays;
  const formatHint = t('dateField.hint', { pattern, example });

  const type = (next: string) => {
    setText(next);
    const iso = next.trim() ? parseDateText(next, locale) : '';
    onChange(iso && max && iso > max ? null : iso, next);
  };
  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const next = addDays(parsed ?? max ?? todayIsoDate(), parsed ? (e.key === 'ArrowUp' ? 1 : -1) : 0);
    if (next && (!max || next <= max)) type(formatDateText(next, locale));
  };

  return (
    <TextField
      id={id}
      label={label}
      hint={withFormatHint(hint, formatHint)}
      value={text}
      onChange={(e) => type(e.target.value)}
      onBlur={() => setLeft(true)}
      onKeyDown={step}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder={pattern}
      className={className}
      error={shown}
      required={required}
    />
  );
}
