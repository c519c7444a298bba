import type { Timeline } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { SelectField, TextAreaField } from '../../ui/fields';
import { useSessionLabel } from '../../ui/status';
import { useRecordLearning } from './api';

/** A lasting learning: what the client now knows about herself, optionally tied to the session it came from. */
export function LearningForm({ engagementId, timeline, onDone }: { engagementId: string; timeline: Timeline | undefined; onDone?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sessionLabel = useSessionLabel();
  const record = useRecordLearning(engagementId);
  const fieldError = useFieldErrors(record.error);
  const [statement, setStatement] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [done, setDone] = useState(false);

  const sessions = (timeline?.entries ?? []).flatMap((e) => (e.kind === 'session' && e.status === 'held' ? [e] : []));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    record.mutate(
      { statement: statement.trim(), ...(sessionId ? { sessionId } : {}) },
      {
        onSuccess: () => {
          setStatement('');
          setSessionId('');
          setDone(true);
          onDone?.();
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextAreaField id="learning-statement" label={t('learning.statement')} hint={t('learning.hint')} rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} error={fieldError('statement')} required />
      {sessions.length ? (
        <SelectField
          id="learning-session"
          label={t('learning.session')}
          value={sessionId}
          onChange={(e) => setSessionId(e.target.value)}
          options={[{ value: '', label: t('learning.noSession') }, ...sessions.map((s) => ({ value: s.id, label: `${sessionLabel(s.ordinal, s.plannedSessions)} — ${format.date(s.at)}` }))]}
          error={fieldError('sessionId')}
        />
      ) : null}
      <FormError error={record.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {record.isPending ? t('common.saving') : t('learning.submit')}
        </button>
        <span className="status-line" role="status">
          {done ? t('learning.recorded') : ''}
        </span>
      </div>
    </form>
  );
}
