import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localInputToIso, todayIsoDate } from '../../ui/datetime';
import { DateTextField } from '../../ui/DateTextField';
import { TimeTextField } from '../../ui/TimeTextField';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextAreaField, TextField } from '../../ui/fields';
import { useCreateProgramme } from './api';

/** Each part as the form holds it: "YYYY-MM-DD" and "HH:MM" once they are ones, the text as typed until then. */
interface DayDraft {
  date: string;
  from: string;
  to: string;
}

/** A programme and its days: each day a date with a start and an end, in the coach's own time zone. */
export function NewProgrammeForm() {
  const { t } = useTranslation();
  const create = useCreateProgramme();
  const fieldError = useFieldErrors(create.error);
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [capacity, setCapacity] = useState('');
  const [betweenDays, setBetweenDays] = useState('');
  const [days, setDays] = useState<DayDraft[]>([{ date: todayIsoDate(), from: '09:00', to: '17:30' }]);
  const [sent, setSent] = useState(false);

  const setDay = (i: number, patch: Partial<DayDraft>) => setDays(days.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(true);
    // What is typed and is not a day or a time is no instant: sent as "", the server says which.
    create.mutate(
      {
        title,
        place,
        capacity: capacity ? Number(capacity) : null,
        betweenDays,
        description: '',
        days: days.map((d) => ({ startsAt: localInputToIso(`${d.date}T${d.from}`) ?? '', endsAt: localInputToIso(`${d.date}T${d.to}`) ?? '' })),
      },
      { onSuccess: (p) => navigate(`/programmes/${p.id}`) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('programmes.create.title')}>
      <TextField id="programme-title" label={t('programmes.create.name')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError('title')} required />
      <TextField id="programme-place" label={t('programmes.create.place')} hint={t('programmes.create.placeHint')} value={place} onChange={(e) => setPlace(e.target.value)} error={fieldError('place')} required />
      <TextField id="programme-capacity" type="number" min={1} label={t('programmes.create.capacity')} hint={t('programmes.create.capacityHint')} value={capacity} onChange={(e) => setCapacity(e.target.value)} error={fieldError('capacity')} />
      {days.map((d, i) => (
        <fieldset key={i} className="programme-day">
          <legend>{t('programmes.create.day', { n: i + 1 })}</legend>
          <div className="form-grid form-grid--tight">
            <DateTextField id={`day-${i}-date`} label={t('programmes.create.date')} value={d.date} onChange={(iso, typed) => setDay(i, { date: iso ?? typed })} error={fieldError(`days.${i}.startsAt`)} required />
            <TimeTextField id={`day-${i}-from`} label={t('programmes.create.from')} value={d.from} onChange={(time, typed) => setDay(i, { from: time ?? typed })} checked={sent} required />
            <TimeTextField id={`day-${i}-to`} label={t('programmes.create.to')} value={d.to} onChange={(time, typed) => setDay(i, { to: time ?? typed })} error={fieldError(`days.${i}.endsAt`)} checked={sent} required />
          </div>
          {days.length > 1 ? (
            <button type="button" className="button button--small" onClick={() => setDays(days.filter((_, k) => k !== i))}>
              {t('programmes.create.removeDay', { n: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => setDays([...days, { ...days[days.length - 1]! }])}>
        {t('programmes.create.addDay')}
      </button>
      <TextAreaField id="programme-between" label={t('programmes.create.betweenDays')} hint={t('programmes.create.betweenDaysHint')} value={betweenDays} onChange={(e) => setBetweenDays(e.target.value)} />
      <FormError error={create.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('programmes.create.submit')}
        </button>
      </div>
    </form>
  );
}
