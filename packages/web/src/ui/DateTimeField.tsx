import { useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { joinLocalInput, splitLocalInput } from './datetime';
import { DateTextField } from './DateTextField';
import { TimeTextField } from './TimeTextField';

interface Props {
  /** The two inputs are `${id}-date` and `${id}-time`. */
  id: string;
  /** What the moment is ("Date et heure de la séance"): the name of the pair, read out before each of its fields. */
  label: string;
  /**
   * The moment as the forms hold it, "2026-11-25T10:00" (datetime.ts turns it into the
   * API's ISO with offset), "" while both fields are empty, null while what is typed is
   * not a whole moment, which the fields keep.
   */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Focus has left both fields: a form that saves as she goes saves then, not between the date and the time. */
  onLeave?: () => void;
  /** The server's word on the moment, shown under its date unless a field already says what is wrong. */
  error?: string | undefined;
  /** Show what is wrong now (the form was sent), not only once she leaves a field. */
  checked?: boolean;
  required?: boolean;
}

/**
 * A date and a time, each typed as the screen writes it (ui/DateTextField and
 * ui/TimeTextField) rather than in the browser's datetime-local input, which follows
 * the browser's language and clock. Side by side, wrapping on a phone.
 */
export function DateTimeField({ id, label, value, onChange, onLeave, error, checked, required }: Props) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<{ date: string | null; time: string | null }>(() => splitLocalInput(value ?? ''));
  // The form's value changed from outside (emptied once sent, set to now again): both fields follow.
  // Null is the form holding what was typed as not a moment: the fields keep their text.
  const joined = joinLocalInput(parts.date, parts.time);
  const outside = value !== null && value !== joined ? splitLocalInput(value) : null;
  if (outside && (outside.date !== parts.date || outside.time !== parts.time)) setParts(outside);
  // Each field says what is wrong with it; the server's word is for what they cannot say.
  const fieldsSayIt = parts.date === null || parts.time === null || Boolean(required && (!parts.date || !parts.time));

  const change = (next: { date: string | null; time: string | null }) => {
    setParts(next);
    onChange(joinLocalInput(next.date, next.time));
  };
  const leave = (e: FocusEvent<HTMLDivElement>) => {
    if (onLeave && !e.currentTarget.contains(e.relatedTarget)) onLeave();
  };

  return (
    <div className="datetime-field" role="group" aria-label={label} onBlur={leave}>
      <DateTextField
        id={`${id}-date`}
        label={t('dateTimeField.date')}
        value={parts.date}
        onChange={(date) => change({ ...parts, date })}
        error={fieldsSayIt ? undefined : error}
        checked={checked}
        required={required}
        className=""
      />
      <TimeTextField id={`${id}-time`} label={t('dateTimeField.time')} value={parts.time} onChange={(time) => change({ ...parts, time })} checked={checked} required={required} className="" />
    </div>
  );
}
