import type { Session } from '@alliance/api';
import { SESSION_MODES, SESSION_STATUSES, type SessionMode, type SessionStatus } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToLocalInput, localInputToIso } from '../../ui/datetime';
import { DateTimeField } from '../../ui/DateTimeField';
import { FormError, useFieldErrors } from '../../ui/errors';
import { SelectField, TextField } from '../../ui/fields';
import { wholeOrUndefined } from '../engagements/form-model';
import { useUpdateSessionMeta } from './api';

/** When, how long, how, and whether it was held: each saved as soon as it is changed. */
export function SessionMeta({ session }: { session: Session }) {
  const { t } = useTranslation();
  const update = useUpdateSessionMeta(session.id);
  const fieldError = useFieldErrors(update.error);
  const [when, setWhen] = useState<string | null>(() => isoToLocalInput(session.scheduledAt));
  const [duration, setDuration] = useState(String(session.durationMinutes));

  const saveWhen = () => {
    // Not a whole date and time: the fields say what is wrong, and nothing is saved.
    const iso = localInputToIso(when ?? '');
    if (iso && Date.parse(iso) !== Date.parse(session.scheduledAt)) update.mutate({ scheduledAt: iso });
  };
  const saveDuration = () => {
    const minutes = wholeOrUndefined(duration);
    if (minutes !== undefined && minutes !== session.durationMinutes) update.mutate({ durationMinutes: minutes });
  };

  return (
    <div className="session-meta">
      <DateTimeField id="session-scheduledAt" label={t('sessionEditor.when')} value={when} onChange={setWhen} onLeave={saveWhen} error={fieldError('scheduledAt')} required />
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
