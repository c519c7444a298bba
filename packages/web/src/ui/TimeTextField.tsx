import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, withFormatHint } from './fields';
import { formatTimeText, parseTimeText, roundedNow, segmentAt, stepTime, timeTextForValue } from './time-text';

interface Props {
  id: string;
  label: string;
  /**
   * The time as "HH:MM", "" while the field is empty; anything else (null, or the
   * text as typed) while what is typed is not a time, which the field keeps.
   */
  value: string | null;
  /** `time` is "HH:MM", "" when the field is emptied, null when what is typed is not a time; `typed` is the text as she wrote it. */
  onChange: (time: string | null, typed: string) => void;
  /** The field's own hint; how to write a time follows it. */
  hint?: ReactNode;
  /** The server's word on the field, shown when the field itself has none, until she changes the time. */
  error?: string | undefined;
  /** Show what is wrong now (the form was sent), not only once she leaves the field. */
  checked?: boolean;
  required?: boolean;
  /** The width: narrow by default. */
  className?: string;
}

/**
 * A time of day on 24 hours ("14:30") in a plain text field, in French and in English
 * alike: the browser's time input would follow the browser's language ("02:30 PM").
 * It reads "14h30", "14h", "905" and writes "14:30" once she leaves it. Labelled, its
 * format in the hint, checked as she leaves it; the up and down arrows move the hour
 * or five minutes, whichever the caret is in, as they do in a time input.
 */
export function TimeTextField({ id, label, value, onChange, hint, error, checked = false, required, className = 'field--narrow' }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value ? formatTimeText(value) || value : ''));
  const [left, setLeft] = useState(false);
  // The form's value changed from outside (emptied once sent, set to now again): the text follows.
  const rewritten = timeTextForValue(value, text);
  if (rewritten !== null) setText(rewritten);

  const pattern = t('timeField.pattern');
  const parsed = parseTimeText(text);
  const problem = !text.trim() ? (required ? 'missing' : null) : !parsed ? 'invalid' : null;
  // The server's word is on the text it was sent: once she writes another, it no longer applies.
  const [judged, setJudged] = useState({ error, text });
  if (judged.error !== error) setJudged({ error, text });
  const serverSays = judged.text === text ? error : undefined;
  const shown = (left || checked) && problem ? t(`timeField.${problem}`, { pattern }) : serverSays;
  const formatHint = t('timeField.hint', { example: '14:30' });

  const type = (next: string) => {
    setText(next);
    onChange(next.trim() ? parseTimeText(next) : '', next);
  };
  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const input = e.currentTarget;
    const caret = input.selectionStart ?? text.length;
    const segment = segmentAt(text, caret);
    const next = parsed ? stepTime(parsed, segment, e.key === 'ArrowUp' ? 1 : -1) : roundedNow();
    if (!next) return;
    type(next);
    // The caret stays in the part it moves, for the next press.
    const at = segment === 'hour' ? 2 : 5;
    requestAnimationFrame(() => input.setSelectionRange(at, at));
  };
  const leave = () => {
    setLeft(true);
    // "14h30" becomes "14:30" once she leaves it: the one way a time is written here.
    if (parsed && parsed !== text) setText(parsed);
  };

  return (
    <TextField
      id={id}
      label={label}
      hint={withFormatHint(hint, formatHint)}
      value={text}
      onChange={(e) => type(e.target.value)}
      onBlur={leave}
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
