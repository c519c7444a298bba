import type { Session } from '@alliance/api';
import { DEFAULT_SESSION_MINUTES, SESSION_MODES, SESSION_STATUSES, type SessionMode, type SessionStatus } from '@alliance/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localInputToIso } from '../../ui/datetime';
import { DateTimeField } from '../../ui/DateTimeField';
import { FormError, useFieldErrors } from '../../ui/errors';
import { SelectField, TextField } from '../../ui/fields';
import { useSessionLabel } from '../../ui/status';
import { usePlanSession } from '../engagements/api';
import { wholeOrUndefined } from '../engagements/form-model';

/** Plans the next session, or records one already held, at the contract's usual length. */
export function PlanSessionForm({ engagementId, defaultDuration }: { engagementId: string; defaultDuration: number | undefined }) {
  const { t } = useTranslation();
  const sessionLabel = useSessionLabel();
  const plan = usePlanSession(engagementId);
  const fieldError = useFieldErrors(plan.error);
  const [when, setWhen] = useState<string | null>('');
  const [duration, setDuration] = useState(String(defaultDuration ?? DEFAULT_SESSION_MINUTES));
  const [mode, setMode] = useState<SessionMode>('video');
  const [status, setStatus] = useState<SessionStatus>('planned');
  const [created, setCreated] = useState<Session | null>(null);
  // Sent without a whole date and time: the two fields say what they lack, and nothing goes to the server.
  const [whenChecked, setWhenChecked] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scheduledAt = localInputToIso(when ?? '');
    if (!scheduledAt) {
      setWhenChecked(true);
      return;
    }
    setWhenChecked(false);
    setCreated(null);
    plan.mutate(
      { scheduledAt, durationMinutes: wholeOrUndefined(duration) ?? Number.NaN, mode, status },
      {
        onSuccess: (session) => {
          setCreated(session);
          setWhen('');
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('planSession.title')}>
      <DateTimeField id="session-when" label={t('planSession.when')} value={when} onChange={setWhen} error={fieldError('scheduledAt')} checked={whenChecked} required />
      <div className="form-grid form-grid--tight">
        <TextField
          id="session-duration"
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          step={5}
          label={t('planSession.duration')}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          error={fieldError('durationMinutes')}
        />
        <SelectField id="session-mode" label={t('planSession.mode')} value={mode} onChange={(e) => setMode(e.target.value as SessionMode)} options={SESSION_MODES.map((m) => ({ value: m, label: t(`sessionMode.${m}`) }))} />
      </div>
      <SelectField
        id="session-status"
        label={t('planSession.status')}
        hint={t('planSession.statusHint')}
        value={status}
        onChange={(e) => setStatus(e.target.value as SessionStatus)}
        options={SESSION_STATUSES.filter((s) => s === 'planned' || s === 'held').map((s) => ({ value: s, label: t(`sessionStatus.${s}`) }))}
      />
      <FormError error={plan.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={plan.isPending}>
          {plan.isPending ? t('common.saving') : t('planSession.submit')}
        </button>
      </div>
      <p className="status-line" role="status">
        {created ? (
          <>
            {t('planSession.created', { label: sessionLabel(created.ordinal, created.plannedSessions) })}{' '}
            <Link to={`/sessions/${created.id}`}>{t('planSession.open')}</Link>
          </>
        ) : null}
      </p>
    </form>
  );
}
