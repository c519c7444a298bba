import type { Commitment } from '@alliance/api';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type CommitmentKind, type CommitmentStatus } from '@alliance/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { EditActions } from '../../ui/EditActions';
import { FormError, useFieldErrors } from '../../ui/errors';
import { DateTextField } from '../../ui/DateTextField';
import { todayIsoDate } from '../../ui/datetime';
import { TextAreaField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { EmptyState, ErrorState, Loading } from '../../ui/page';
import { useCommitmentChanges, useCommitments } from './api';

const OPEN = new Set<string>(['open', 'in_progress']);

/**
 * What the client takes away from a session (seed 000): commitments, which get done
 * or dropped, and guardrails (garde-fous), limits she keeps that hold, strain or break.
 * She can change the status and leave a note from her space; the coach sees who did last.
 */
export function CommitmentsSection({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const list = useCommitments(engagementId);
  const items = list.data ?? [];
  const { hash } = useLocation();
  const loaded = list.isSuccess;
  // From an overdue-commitment alert (…?tab=progress#commitments): bring the list into view once it is there.
  useEffect(() => {
    if (hash !== '#commitments' || !loaded) return;
    const frame = requestAnimationFrame(() => document.getElementById('commitments')?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [hash, loaded]);
  return (
    <section className="progress-section" id="commitments" aria-labelledby="commitments-title">
      <h2 id="commitments-title" className="progress-section__title">
        {t('progress.commitments.title')}
      </h2>
      <p className="field-hint">{t('progress.commitments.hint')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorState error={list.error} /> : null}
      {list.data && items.length === 0 ? <EmptyState>{t('progress.commitments.empty')}</EmptyState> : null}
      {COMMITMENT_KINDS.map((kind) => {
        const ofKind = items.filter((c) => c.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="commitment-group">
            <h3 className="commitment-group__title">{t(`progress.commitments.kinds.${kind}`)}</h3>
            <ul className="commitments plain-list">
              {ofKind.map((c) => (
                <li key={c.id}>
                  <CommitmentItem engagementId={engagementId} commitment={c} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <AddCommitment engagementId={engagementId} />
    </section>
  );
}

function CommitmentItem({ engagementId, commitment: c }: { engagementId: string; commitment: Commitment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { update, remove } = useCommitmentChanges(engagementId);
  const [editing, setEditing] = useState(false);
  const overdue = c.kind === 'commitment' && c.dueOn !== null && OPEN.has(c.status) && c.dueOn < todayIsoDate();
  const statusId = `commitment-${c.id}-status`;
  const statuses = COMMITMENT_STATUSES[c.kind] as readonly CommitmentStatus[];
  const pending = update.isPending && update.variables?.id === c.id;

  return (
    <article className={`commitment commitment--${c.status}`} aria-labelledby={`commitment-${c.id}-statement`}>
      {editing ? (
        <EditCommitment engagementId={engagementId} commitment={c} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="commitment__head">
            <p id={`commitment-${c.id}-statement`} className="commitment__statement prose">
              {c.statement}
            </p>
            <span className={`badge commitment__badge commitment__badge--${c.status}`}>{t(`progress.commitments.status.${c.status}`)}</span>
          </div>
          <p className="commitment__meta">
            {c.kind === 'commitment' ? (
              c.dueOn ? (
                <span className={overdue ? 'warning-text' : undefined}>
                  {overdue ? t('progress.commitments.overdue', { date: format.date(c.dueOn) }) : t('progress.commitments.due', { date: format.date(c.dueOn) })}
                </span>
              ) : (
                <span>{t('progress.commitments.noDue')}</span>
              )
            ) : null}
            <span>
              {t(c.updatedBy === 'client' ? 'progress.commitments.changedByClient' : 'progress.commitments.changedByCoach', { date: format.shortDateTime(c.updatedAt) })}
            </span>
          </p>
          {c.clientNote ? (
            <blockquote className="commitment__note">
              <span className="commitment__note-label">{t('progress.commitments.clientNote')}</span> <span className="prose">{c.clientNote}</span>
            </blockquote>
          ) : null}
          <div className="commitment__actions no-print">
            <div className="commitment__status">
              <label htmlFor={statusId}>{t('progress.commitments.statusLabel')}</label>
              <select
                id={statusId}
                value={c.status}
                disabled={pending}
                onChange={(e) => update.mutate({ id: c.id, change: { status: e.target.value as CommitmentStatus } })}
              >
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`progress.commitments.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </button>
            <ConfirmButton
              className="button button--danger-ghost button--small"
              danger
              question={t('progress.commitments.deleteQuestion')}
              detail={<p className="prose">{c.statement}</p>}
              confirmLabel={t('progress.commitments.delete')}
              onConfirm={() => remove.mutate(c.id)}
            >
              {t('progress.commitments.delete')}
            </ConfirmButton>
          </div>
          <FormError error={update.variables?.id === c.id ? update.error : null} />
          <FormError error={remove.variables === c.id ? remove.error : null} />
        </>
      )}
    </article>
  );
}

function EditCommitment({ engagementId, commitment: c, onDone }: { engagementId: string; commitment: Commitment; onDone: () => void }) {
  const { t } = useTranslation();
  const { update } = useCommitmentChanges(engagementId);
  const fieldError = useFieldErrors(update.error);
  const [statement, setStatement] = useState(c.statement);
  const [dueOn, setDueOn] = useState(c.dueOn ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: c.id, change: { statement: statement.trim(), ...(c.kind === 'commitment' ? { dueOn: dueOn || null } : {}) } }, { onSuccess: onDone });
  };
  const id = `commitment-${c.id}-edit`;
  return (
    <form className="form commitment-form" onSubmit={submit} noValidate aria-label={t('progress.commitments.editLabel')}>
      <TextAreaField id={`${id}-statement`} label={t('progress.commitments.statement')} rows={2} value={statement} onChange={(e) => setStatement(e.target.value)} error={fieldError('statement')} required />
      {c.kind === 'commitment' ? (
        <DateTextField id={`${id}-due`} label={t('progress.commitments.dueOn')} value={dueOn} onChange={(iso, typed) => setDueOn(iso ?? typed)} error={fieldError('dueOn')} />
      ) : null}
      <EditActions mutation={update} onCancel={onDone} small />
    </form>
  );
}

function AddCommitment({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const { create } = useCommitmentChanges(engagementId);
  const fieldError = useFieldErrors(create.error);
  const [kind, setKind] = useState<CommitmentKind>('commitment');
  const [statement, setStatement] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [added, setAdded] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(false);
    create.mutate(
      { kind, statement: statement.trim(), ...(kind === 'commitment' && dueOn ? { dueOn } : {}) },
      {
        onSuccess: () => {
          setStatement('');
          setDueOn('');
          setAdded(true);
        },
      },
    );
  };
  return (
    <form className="form commitment-form commitment-form--new no-print" onSubmit={submit} noValidate aria-labelledby="commitment-new-title">
      <h3 id="commitment-new-title" className="commitment-group__title">
        {t('progress.commitments.add')}
      </h3>
      <fieldset className="radio-row commitment-form__kind">
        <legend>{t('progress.commitments.kindLabel')}</legend>
        {COMMITMENT_KINDS.map((k) => (
          <label key={k} className="radio">
            <input type="radio" name="commitment-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`progress.commitments.kinds.${k}One`)}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">{t(`progress.commitments.kindHint.${kind}`)}</p>
      <TextAreaField
        id="commitment-new-statement"
        label={t('progress.commitments.statement')}
        rows={2}
        value={statement}
        onChange={(e) => {
          setStatement(e.target.value);
          setAdded(false);
        }}
        error={fieldError('statement')}
        required
      />
      {kind === 'commitment' ? (
        <DateTextField id="commitment-new-due" label={t('progress.commitments.dueOn')} value={dueOn} onChange={(iso, typed) => setDueOn(iso ?? typed)} error={fieldError('dueOn')} />
      ) : null}
      <FormError error={create.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('progress.commitments.addButton')}
        </button>
        <span className="status-line" role="status">
          {added ? t('progress.commitments.added') : ''}
        </span>
      </div>
    </form>
  );
}
