import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from './datetime';
import { TextField } from './fields';
import { useFormat } from './format';
import { addDays, datePattern, formatDateText, parseDateText } from './date-text';

interface Props {
  id: string;
  label: string;
  /** The date as "YYYY-MM-DD", or null while what is typed is not a date. */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** The latest date allowed ("YYYY-MM-DD"). */
  max?: string;
  /** The server's word on the field, shown when the field itself has none. */
  error?: string | undefined;
  /** Show what is wrong now (the form was sent), not only once the coach leaves the field. */
  checked: boolean;
  required?: boolean;
}

/**
 * A date written as the screen's language writes it ("24/05/2025" on the French
 * screen), in a plain text field: the browser's date input would follow the browser's
 * language instead. Labelled, its format in the hint, checked as she leaves it; the
 * up and down arrows move it a day, as they do in a date input.
 */
export function DateTextField({ id, label, value, onChange, max, error, checked, required }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [text, setText] = useState(() => (value ? formatDateText(value, locale) : ''));
  const [left, setLeft] = useState(false);
  // A change of language rewrites a valid date in the new order; what she is typing stays.
  const [shownIn, setShownIn] = useState(locale);
  if (shownIn !== locale) {
    setShownIn(locale);
    if (value) setText(formatDateText(value, locale));
  }

  const pattern = datePattern(locale, t('caseStudies.consent.dateParts', { returnObjects: true }));
  const example = formatDateText(max ?? todayIsoDate(), locale);
  const parsed = parseDateText(text, locale);
  const problem = !text.trim() ? (required ? 'dateMissing' : null) : !parsed ? 'dateInvalid' : max && parsed > max ? 'dateLate' : null;
  const shown = (left || checked) && problem ? t(`caseStudies.consent.${problem}`, { pattern, example }) : error;

  const type = (next: string) => {
    setText(next);
    const iso = parseDateText(next, locale);
    onChange(iso && (!max || iso <= max) ? iso : null);
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
      hint={t('caseStudies.consent.dateHint', { pattern, example })}
      value={text}
      onChange={(e) => type(e.target.value)}
      onBlur={() => setLeft(true)}
      onKeyDown={step}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder={pattern}
      className="field--narrow"
      error={shown}
      required={required}
    />
  );
}
