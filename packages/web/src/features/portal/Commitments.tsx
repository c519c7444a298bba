import type { Commitment } from '@alliance/api';
import { COMMITMENT_STATUSES } from '@alliance/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextAreaField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { useUpdateCommitment } from './api';

/** What she took away from a session: commitments (done or not) and guardrails (holding or not). She says where she stands. */
export function Commitments({ engagementId, items }: { engagementId: string; items: Commitment[] }) {
  const { t } = useTranslation();
  const guardrails = items.filter((c) => c.kind === 'guardrail');
  const commitments = items.filter((c) => c.kind === 'commitment');
  return (
    <section className="card portal-card" aria-labelledby="portal-commitments">
      <h2 id="portal-commitments">{t('portal.commitments.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('portal.commitments.empty')}</p>
      ) : (
        <>
          <p className="portal-card__intro">{t('portal.commitments.intro')}</p>
          <ul className="portal-commitments">
            {[...guardrails, ...commitments].map((c) => (
              <CommitmentItem key={c.id} engagementId={engagementId} item={c} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CommitmentItem({ engagementId, item }: { engagementId: string; item: Commitment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateCommitment(engagementId);
  const fieldError = useFieldErrors(update.error);
  const [note, setNote] = useState(item.clientNote ?? '');
  const [noteOpen, setNoteOpen] = useState(false);
  const [saved, setSaved] = useState<'status' | 'note' | null>(null);
  const statuses = COMMITMENT_STATUSES[item.kind];
  const name = `commitment-${item.id}`;
  // While the change travels, the choice she just made stays checked.
  const shown = (update.isPending && update.variables.status) || item.status;

  const setStatus = (status: Commitment['status']) => {
    setSaved(null);
    update.mutate({ id: item.id, status }, { onSuccess: () => setSaved('status') });
  };
  const saveNote = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    update.mutate(
      { id: item.id, clientNote: note.trim() },
      {
        onSuccess: () => {
          setSaved('note');
          setNoteOpen(false);
        },
      },
    );
  };

  return (
    <li className={`portal-commitment portal-commitment--${item.kind}`}>
      <p className="portal-commitment__kind">
        {t(`portal.commitments.${item.kind}`)}
        {item.dueOn ? <span className="muted"> · {t('portal.commitments.due', { date: format.date(item.dueOn) })}</span> : null}
      </p>
      <fieldset className={`portal-choice portal-choice--${item.kind}`}>
        <legend id={`${name}-statement`} className="portal-commitment__statement">
          {item.statement}
        </legend>
        {statuses.map((s) => (
          <label key={s} className={`portal-choice__option portal-choice__option--${s}`}>
            <input type="radio" name={name} value={s} checked={shown === s} onChange={() => setStatus(s)} />
            <span>{t(`portal.commitments.statuses.${s}`)}</span>
          </label>
        ))}
        {fieldError('status') ? <p className="field-error portal-choice__error">{fieldError('status')}</p> : null}
      </fieldset>
      {item.clientNote && !noteOpen ? <p className="portal-commitment__note prose">{item.clientNote}</p> : null}
      {noteOpen ? (
        <form className="form portal-commitment__form" onSubmit={saveNote} noValidate>
          <TextAreaField
            id={`${name}-note`}
            label={t('portal.commitments.note')}
            hint={t('portal.commitments.noteHint')}
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={fieldError('clientNote')}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={update.isPending}>
              {t('portal.commitments.saveNote')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setNoteOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--link" onClick={() => setNoteOpen(true)} aria-describedby={`${name}-statement`}>
          {item.clientNote ? t('portal.commitments.editNote') : t('portal.commitments.addNote')}
        </button>
      )}
      <FormError error={update.error} />
      <p className="status-line" role="status">
        {saved === 'status' ? t('portal.commitments.savedStatus') : saved === 'note' ? t('portal.commitments.savedNote') : ''}
      </p>
    </li>
  );
}
