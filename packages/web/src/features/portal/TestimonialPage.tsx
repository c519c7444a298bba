import type { Testimonial } from '@alliance/api';
import { CONSENT_SCOPES, type ConsentScope } from '@alliance/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextAreaField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { ErrorState, Loading } from '../../ui/page';
import { PageTitle } from '../../ui/PageTitle';
import { useClientSpace, useWithdrawConsent, useWriteTestimonial } from './api';
import { BackHome } from './parts';
import { usePortal } from './PortalShell';

type Choice = ConsentScope | 'none';

/**
 * /espace/temoignage — her testimonial in her own words, and her consent to its
 * publication: explicit, dated, scoped (how it would be signed), withdrawable at
 * any time.
 */
export function TestimonialPage() {
  const { t } = useTranslation();
  const { engagementId } = usePortal();
  const space = useClientSpace(engagementId);

  return (
    <div className="portal-page">
      <PageTitle title={t('portal.testimonial.title')} />
      <BackHome />
      <header className="portal-hello">
        <h1>{t('portal.testimonial.title')}</h1>
        <p className="portal-lead">{t('portal.testimonial.intro')}</p>
      </header>
      {!engagementId ? (
        <p className="empty-state">{t('portal.home.none')}</p>
      ) : space.isPending ? (
        <Loading />
      ) : space.isError ? (
        <ErrorState error={space.error} />
      ) : (
        <>
          <ConsentState engagementId={engagementId} testimonial={space.data.testimonial} />
          <section className="card portal-card" aria-labelledby="testimonial-form">
            <h2 id="testimonial-form">{space.data.testimonial ? t('portal.testimonial.edit') : t('portal.testimonial.write')}</h2>
            <TestimonialForm engagementId={engagementId} testimonial={space.data.testimonial} />
          </section>
        </>
      )}
    </div>
  );
}

/** Where her consent stands now, in words, with the way out always in view. */
function ConsentState({ engagementId, testimonial }: { engagementId: string; testimonial: Testimonial | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawConsent(engagementId);
  if (!testimonial) return null;
  const consent = testimonial.consent;
  const inForce = consent !== null && consent.withdrawnAt === null;
  return (
    <section className={inForce ? 'card portal-card portal-consent portal-consent--given' : 'card portal-card portal-consent'} aria-labelledby="consent-state">
      <h2 id="consent-state">{t('portal.testimonial.consentTitle')}</h2>
      {inForce ? (
        <>
          <p>{t('portal.testimonial.inForce', { date: format.dateTime(consent.consentedAt) })}</p>
          <p>
            {t('portal.testimonial.signedAs')} <strong className="portal-signature">{`«\u00a0${testimonial.attribution ?? ''}\u00a0»`}</strong>
          </p>
          <p className="field-hint">{t('portal.testimonial.withdrawHint')}</p>
          <ConfirmButton
            className="button button--danger-ghost button--block portal-big"
            question={t('portal.testimonial.withdrawQuestion')}
            detail={<p>{t('portal.testimonial.withdrawDetail')}</p>}
            confirmLabel={t('portal.testimonial.withdrawConfirm')}
            onConfirm={() => withdraw.mutate()}
            disabled={withdraw.isPending}
          >
            {t('portal.testimonial.withdraw')}
          </ConfirmButton>
        </>
      ) : consent?.withdrawnAt ? (
        <p>{t('portal.testimonial.withdrawn', { date: format.dateTime(consent.withdrawnAt), given: format.dateTime(consent.consentedAt) })}</p>
      ) : (
        <p>{t('portal.testimonial.noConsent')}</p>
      )}
      <FormError error={withdraw.error} />
      <p className="status-line" role="status">
        {withdraw.isSuccess && !inForce ? t('portal.testimonial.withdrawnNow') : ''}
      </p>
    </section>
  );
}

function TestimonialForm({ engagementId, testimonial }: { engagementId: string; testimonial: Testimonial | null }) {
  const { t } = useTranslation();
  const write = useWriteTestimonial(engagementId);
  const fieldError = useFieldErrors(write.error);
  const consent = testimonial?.consent ?? null;
  const [text, setText] = useState(testimonial?.text ?? '');
  const [choice, setChoice] = useState<Choice>(consent && consent.withdrawnAt === null ? consent.scope : 'none');
  const [saved, setSaved] = useState(false);
  // Once she withdraws, publishing again takes a new, explicit choice: the form goes back to "not published".
  const withdrawnAt = consent?.withdrawnAt ?? null;
  const [seenWithdrawal, setSeenWithdrawal] = useState(withdrawnAt);
  if (withdrawnAt !== seenWithdrawal) {
    setSeenWithdrawal(withdrawnAt);
    if (withdrawnAt) {
      setChoice('none');
      setSaved(false);
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    write.mutate({ text: text.trim(), consentScope: choice === 'none' ? null : choice }, { onSuccess: () => setSaved(true) });
  };

  const choices: Choice[] = ['none', ...CONSENT_SCOPES];
  return (
    <form className="form portal-form" onSubmit={submit} noValidate>
      <TextAreaField
        id="testimonial-text"
        label={t('portal.testimonial.text')}
        hint={t('portal.testimonial.textHint')}
        rows={7}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={fieldError('text')}
        required
      />
      <fieldset className="portal-options" aria-describedby="testimonial-consent-hint">
        <legend>{t('portal.testimonial.consent')}</legend>
        <p id="testimonial-consent-hint" className="field-hint">
          {t('portal.testimonial.consentHint')}
        </p>
        {choices.map((c) => (
          <label key={c} className="portal-option">
            <input type="radio" name="testimonial-consent" value={c} checked={choice === c} onChange={() => setChoice(c)} />
            <span>{t(`portal.testimonial.scopes.${c}`)}</span>
          </label>
        ))}
        {fieldError('consentScope') ? <p className="field-error">{fieldError('consentScope')}</p> : null}
      </fieldset>
      <FormError error={write.error} />
      <button type="submit" className="button button--primary button--block portal-big" disabled={write.isPending}>
        {write.isPending ? t('common.saving') : t('portal.testimonial.save')}
      </button>
      <p className="status-line" role="status">
        {saved ? t('portal.testimonial.saved') : ''}
      </p>
    </form>
  );
}
