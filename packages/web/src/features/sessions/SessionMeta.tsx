import type { Session } from '@alliance/api';
import { SESSION_MODES, SESSION_STATUSES, type SessionMode, type SessionStatus } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToLocalInput, localInputToIso } from '../../ui/datetime';
import { FormError, useFieldErrors } from '../../ui/errors';
import { SelectField, TextField } from '../../ui/fields';
import { wholeOrUndefined } from '../engagements/form-model';
import { useUpdateSessionMeta } from './api';

/** When, how long, how, and whether it was held: each saved as soon as it is changed. */
export function SessionMeta({ session }: { session: Session }) {
  const { t } = useTranslation();
  const update = useUpdateSessionMeta(session.id);
  const fieldError = useFieldErrors(update.error);
  const [when, setWhen] = useState(() => isoToLocalInput(session.scheduledAt));
  const [duration, setDuration] = useState(String(session.durationMinutes));

  const saveWhen = () => {
    const iso = localInputToIso(when);
    if (iso && Date.parse(iso) !== Date.parse(session.scheduledAt)) update.mutate({ scheduledAt: iso });
  };
  const saveDuration = () => {
    const minutes = wholeOrUndefined(duration);
    if (minutes !== undefined && minutes !== session.durationMinutes) update.mutate({ durationMinutes: minutes });
  };

  return (
    <div className="session-meta">
      <TextField
        id="session-scheduledAt"
        type="datetime-local"
        label={t('sessionEditor.when')}
        value={when}
        onChange={(e) => setWhen(e.target.value)}
        onBlur={saveWhen}
        error={fieldError('scheduledAt')}
      />
      <TextField
        id="session-durationMinutes"
        type="number"
        inputMode="numeric"
        min={5}
        max={480}
        step={5}
        label={t('sessionEditor.duration')}
        value={duration}
        onChange={(e) => setDuration(e.target.value)}
        onBlur={saveDuration}
        error={fieldError('durationMinutes')}
      />
      <SelectField
        id="session-mode"
        label={t('sessionEditor.mode')}
        value={session.mode}
        onChange={(e) => update.mutate({ mode: e.target.value as SessionMode })}
        options={SESSION_MODES.map((m) => ({ value: m, label: t(`sessionMode.${m}`) }))}
      />
      <SelectField
        id="session-status"
        label={t('sessionEditor.status')}
        value={session.status}
        onChange={(e) => update.mutate({ status: e.target.value as SessionStatus })}
        options={SESSION_STATUSES.map((s) => ({ value: s, label: t(`sessionStatus.${s}`) }))}
      />
      <FormError error={update.error} />
    </div>
  );
}
