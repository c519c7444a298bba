import { FEEDBACK_OUTCOMES, type FeedbackOutcome } from '@alliance/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { DateTextField } from '../../ui/DateTextField';
import { TextAreaField, TextField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { ErrorState, Loading } from '../../ui/page';
import { PageTitle } from '../../ui/PageTitle';
import { useClientSpace, useGiveFeedback } from './api';
import { BackHome } from './parts';
import { usePortal } from './PortalShell';

/** /espace/retour — after the real event the sessions prepared (the meeting with the CEO): did it go as she hoped? */
export function FeedbackPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { engagementId } = usePortal();
  const space = useClientSpace(engagementId);

  return (
    <div className="portal-page">
      <PageTitle title={t('portal.feedback.title')} />
      <BackHome />
      <header className="portal-hello">
        <h1>{t('portal.feedback.title')}</h1>
        <p className="portal-lead">{t('portal.feedback.intro')}</p>
      </header>
      {!engagementId ? (
        <p className="empty-state">{t('portal.home.none')}</p>
      ) : (
        <>
          <section className="card portal-card" aria-labelledby="feedback-form">
            <h2 id="feedback-form" className="visually-hidden">
              {t('portal.feedback.title')}
            </h2>
            <FeedbackForm engagementId={engagementId} />
          </section>
          {space.isPending ? (
            <Loading />
          ) : space.isError ? (
            <ErrorState error={space.error} />
          ) : space.data.feedback.length ? (
            <section className="card portal-card" aria-labelledby="feedback-past">
              <h2 id="feedback-past">{t('portal.feedback.past')}</h2>
              <ul className="portal-feedback">
                {space.data.feedback.map((f) => (
                  <li key={f.id}>
                    <p className="portal-feedback__event">{f.event}</p>
                    <p className="muted">
                      {f.eventOn ? `${format.date(f.eventOn)} · ` : ''}
                      {f.givenBy === 'coach' ? t('portal.feedback.byCoach') : t('portal.feedback.byYou')}
                    </p>
                    {f.outcome ? <span className={`badge badge--outcome-${f.outcome}`}>{t(`portal.feedback.outcomes.${f.outcome as FeedbackOutcome}`)}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

function FeedbackForm({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const give = useGiveFeedback(engagementId);
  const fieldError = useFieldErrors(give.error);
  const [event, setEvent] = useState('');
  const [eventOn, setEventOn] = useState('');
  const [outcome, setOutcome] = useState<FeedbackOutcome | ''>('');
  const [account, setAccount] = useState('');
  const [missingOutcome, setMissingOutcome] = useState(false);
  const [sent, setSent] = useState(false);
  const outcomeError = missingOutcome ? t('portal.feedback.outcomeMissing') : fieldError('outcome');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    if (!outcome) {
      // The server would refuse it too; saying so here keeps what she wrote and points at the choice.
      setMissingOutcome(true);
      document.querySelector<HTMLInputElement>('input[name="feedback-outcome"]')?.focus();
      return;
    }
    setMissingOutcome(false);
    give.mutate(
      { event: event.trim(), ...(eventOn ? { eventOn } : {}), outcome, ...(account.trim() ? { account: account.trim() } : {}) },
      {
        onSuccess: () => {
          setEvent('');
          setEventOn('');
          setOutcome('');
          setAccount('');
          setSent(true);
        },
      },
    );
  };

  return (
    <form className="form portal-form" onSubmit={submit} noValidate>
      <TextField id="feedback-event" label={t('portal.feedback.event')} hint={t('portal.feedback.eventHint')} value={event} onChange={(e) => setEvent(e.target.value)} error={fieldError('event')} required />
      <DateTextField id="feedback-eventOn" label={t('portal.feedback.eventOn')} value={eventOn} onChange={(iso, typed) => setEventOn(iso ?? typed)} error={fieldError('eventOn')} className="field--narrow-date" />
      <fieldset className="portal-options" aria-describedby={outcomeError ? 'feedback-outcome-error' : undefined}>
        <legend>
          {t('portal.feedback.outcome')}
          <span className="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        {FEEDBACK_OUTCOMES.map((o) => (
          <label key={o} className="portal-option">
            <input
              type="radio"
              name="feedback-outcome"
              value={o}
              checked={outcome === o}
              onChange={() => {
                setOutcome(o);
                setMissingOutcome(false);
              }}
              aria-invalid={outcomeError ? true : undefined}
            />
            <span>{t(`portal.feedback.outcomes.${o}`)}</span>
          </label>
        ))}
        {outcomeError ? (
          <p id="feedback-outcome-error" className="field-error">
            {outcomeError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField id="feedback-account" label={t('portal.feedback.account')} hint={t('portal.feedback.accountHint')} rows={5} value={account} onChange={(e) => setAccount(e.target.value)} error={fieldError('account')} />
      <FormError error={give.error} />
      <button type="submit" className="button button--primary button--block portal-big" disabled={give.isPending}>
        {give.isPending ? t('common.saving') : t('portal.feedback.submit')}
      </button>
      <p className="status-line" role="status">
        {sent ? t('portal.feedback.sent') : ''}
      </p>
    </form>
  );
}
