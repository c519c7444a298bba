import { CONTACT_INITIATORS, CONTACT_KINDS, type ContactInitiator, type ContactKind } from '@alliance/domain';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateToLocalInput, localInputToIso, toOffsetIso } from '../../ui/datetime';
import { DateTimeField } from '../../ui/DateTimeField';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextAreaField, TextField } from '../../ui/fields';
import { Icon } from '../../ui/icons';
import { wholeOrUndefined } from '../engagements/form-model';
import { useLogContact } from './api';

/**
 * The call before the session, the message after it (seed 003): logged in a
 * few seconds. Kind is one tap, the time defaults to now, Enter records.
 */
export function QuickContactLog({ engagementId, hasSponsor }: { engagementId: string; hasSponsor: boolean }) {
  const { t } = useTranslation();
  const log = useLogContact(engagementId);
  const fieldError = useFieldErrors(log.error);
  const summaryRef = useRef<HTMLTextAreaElement>(null);

  const [kind, setKind] = useState<ContactKind>('phone');
  const [initiatedBy, setInitiatedBy] = useState<ContactInitiator>('client');
  const [duration, setDuration] = useState('');
  const [summary, setSummary] = useState('');
  const [when, setWhen] = useState<string | null>(() => dateToLocalInput(new Date()));
  // Until the coach changes the time, "now" means the moment she records, not when the page opened.
  const [whenTouched, setWhenTouched] = useState(false);
  const [done, setDone] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const minutes = wholeOrUndefined(duration);
    const occurredAt = whenTouched ? (localInputToIso(when ?? '') ?? '') : toOffsetIso(new Date());
    setDone(false);
    setSent(true);
    log.mutate(
      { kind, initiatedBy, occurredAt, summary: summary.trim(), ...(minutes !== undefined ? { durationMinutes: minutes } : {}) },
      {
        onSuccess: () => {
          setSummary('');
          setDuration('');
          setWhen(dateToLocalInput(new Date()));
          setWhenTouched(false);
          setSent(false);
          setDone(true);
          summaryRef.current?.focus();
        },
      },
    );
  };

  const onSummaryKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter records; Shift+Enter is a new line. Not while an IME is composing a character.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (!log.isPending) submit();
    }
  };

  const initiators = CONTACT_INITIATORS.filter((i) => i !== 'sponsor' || hasSponsor);

  return (
    <form className="form quick-log" onSubmit={submit} noValidate aria-labelledby="quick-log-title">
      <h2 id="quick-log-title" className="card-title">
        {t('contacts.title')}
      </h2>
      <div className="kind-picker" role="group" aria-label={t('contacts.kind')}>
        {CONTACT_KINDS.map((k) => (
          <button key={k} type="button" className="kind-picker__option" aria-pressed={kind === k} onClick={() => setKind(k)}>
            <Icon name={k} />
            {t(`contactKind.${k}`)}
          </button>
        ))}
      </div>
      <TextAreaField
        ref={summaryRef}
        id="contact-summary"
        label={t('contacts.summary')}
        hint={t('contacts.summaryHint')}
        rows={2}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        onKeyDown={onSummaryKey}
        error={fieldError('summary')}
        required
      />
      <div className="form-grid">
        <DateTimeField
          id="contact-when"
          label={t('contacts.when')}
          value={when}
          onChange={(next) => {
            setWhen(next);
            setWhenTouched(true);
          }}
          error={fieldError('occurredAt')}
          checked={sent}
          required
        />
        <TextField
          id="contact-duration"
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          label={t('contacts.duration')}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          error={fieldError('durationMinutes')}
        />
      </div>
      <fieldset className="radio-row">
        <legend>{t('contacts.initiatedBy')}</legend>
        {initiators.map((i) => (
          <label key={i} className="radio">
            <input type="radio" name="contact-initiatedBy" value={i} checked={initiatedBy === i} onChange={() => setInitiatedBy(i)} />
            {t(`initiator.${i}`)}
          </label>
        ))}
      </fieldset>
      <FormError error={log.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={log.isPending}>
          {log.isPending ? t('common.saving') : t('contacts.submit')}
        </button>
        <span className="status-line" role="status">
          {done ? t('contacts.logged') : ''}
        </span>
      </div>
    </form>
  );
}
