import type { Programme } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { useDayNotes, useParticipantFeedback, useUpdateProgramme } from './api';

/** The coach's notes on one day of the programme, saved when she leaves the field. */
export function DayNotes({ programmeId, day }: { programmeId: string; day: Programme['days'][number] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useDayNotes(programmeId);
  const [notes, setNotes] = useState(day.notes);
  return (
    <div className="programme-notes">
      <TextAreaField
        id={`day-notes-${day.id}`}
        label={t('programmes.page.dayNotes', { date: format.date(day.startsAt) })}
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        onBlur={() => notes !== day.notes && save.mutate({ dayId: day.id, notes })}
      />
      <FormError error={save.error} />
    </div>
  );
}

/** The materials handed to participants: links the coach adds. */
export function Materials({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const update = useUpdateProgramme(p.id);
  const fieldError = useFieldErrors(update.error);
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { materials: [...p.materials, { label, url }] },
      {
        onSuccess: () => {
          setLabel('');
          setUrl('');
        },
      },
    );
  };
  return (
    <>
      {p.materials.length ? (
        <ul className="plain-list programme-materials">
          {p.materials.map((m, i) => (
            <li key={`${m.url}-${i}`}>
              <a href={m.url} rel="noopener noreferrer" target="_blank">
                {m.label}
              </a>{' '}
              <button type="button" className="button button--small button--ghost" onClick={() => update.mutate({ materials: p.materials.filter((_, k) => k !== i) })} aria-label={t('common.removeItem', { item: m.label })}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('programmes.page.noMaterials')}</p>
      )}
      <form className="form" onSubmit={submit} noValidate aria-label={t('programmes.page.addMaterial')}>
        <div className="form-grid form-grid--tight">
          <TextField id="material-label" label={t('programmes.page.materialLabel')} value={label} onChange={(e) => setLabel(e.target.value)} error={fieldError(`materials.${p.materials.length}.label`)} />
          <TextField id="material-url" type="url" label={t('programmes.page.materialUrl')} value={url} onChange={(e) => setUrl(e.target.value)} error={fieldError(`materials.${p.materials.length}.url`)} />
        </div>
        <FormError error={update.error} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {t('programmes.page.addMaterial')}
          </button>
        </div>
      </form>
    </>
  );
}

/** A participant's feedback at the end, as she gave it to the coach: a rating and her words. */
export function ParticipantFeedback({ programmeId, person }: { programmeId: string; person: Programme['participants'][number] }) {
  const { t } = useTranslation();
  const save = useParticipantFeedback(programmeId);
  const [rating, setRating] = useState(person.feedback ? String(person.feedback.rating) : '');
  const [comment, setComment] = useState(person.feedback?.comment ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (rating !== '') save.mutate({ clientId: person.clientId, rating: Number(rating), comment });
  };
  return (
    <details className="programme-feedback">
      <summary>{person.feedback ? t('programmes.page.feedbackGiven', { rating: person.feedback.rating }) : t('programmes.page.feedback')}</summary>
      <form className="form" onSubmit={submit} noValidate aria-label={`${t('programmes.page.feedback')} — ${person.name}`}>
        <SelectField
          id={`feedback-rating-${person.clientId}`}
          label={t('programmes.page.rating')}
          value={rating}
          onChange={(e) => setRating(e.target.value)}
          options={[{ value: '', label: '—' }, ...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }))]}
        />
        <TextAreaField id={`feedback-comment-${person.clientId}`} label={t('programmes.page.comment')} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        <FormError error={save.error} />
        <div className="form-actions">
          <button type="submit" className="button button--small" disabled={save.isPending || rating === ''}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
