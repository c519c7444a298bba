import { FEEDBACK_OUTCOMES, type FeedbackOutcome } from '@alliance/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { DateTextField } from '../../ui/DateTextField';
import { TextAreaField, TextField } from '../../ui/fields';
import { useRecordFeedback } from './api';

/** After the real event the sessions prepared (the meeting with the CEO): did it go as hoped? */
export function FeedbackForm({ engagementId, onDone }: { engagementId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const record = useRecordFeedback(engagementId);
  const fieldError = useFieldErrors(record.error);
  const [event, setEvent] = useState('');
  const [eventOn, setEventOn] = useState('');
  const [outcome, setOutcome] = useState<FeedbackOutcome | ''>('');
  const [account, setAccount] = useState('');
  const [done, setDone] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    record.mutate(
      {
        event: event.trim(),
        ...(eventOn ? { eventOn } : {}),
        ...(outcome ? { outcome } : {}),
        ...(account.trim() ? { account: account.trim() } : {}),
      },
      {
        onSuccess: () => {
          setEvent('');
          setEventOn('');
          setOutcome('');
          setAccount('');
          setDone(true);
          onDone?.();
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField id="feedback-event" label={t('feedback.event')} hint={t('feedback.eventHint')} value={event} onChange={(e) => setEvent(e.target.value)} error={fieldError('event')} required />
      <DateTextField id="feedback-eventOn" label={t('feedback.eventOn')} value={eventOn} onChange={(iso, typed) => setEventOn(iso ?? typed)} error={fieldError('eventOn')} />
      <fieldset className="radio-row">
        <legend>{t('feedback.outcome')}</legend>
        {FEEDBACK_OUTCOMES.map((o) => (
          <label key={o} className="radio">
            <input type="radio" name="feedback-outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
            {t(`outcome.${o}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField id="feedback-account" label={t('feedback.account')} hint={t('feedback.accountHint')} rows={4} value={account} onChange={(e) => setAccount(e.target.value)} error={fieldError('account')} />
      <FormError error={record.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {record.isPending ? t('common.saving') : t('feedback.submit')}
        </button>
        <span className="status-line" role="status">
          {done ? t('feedback.recorded') : ''}
        </span>
      </div>
    </form>
  );
}
