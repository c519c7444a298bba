import type { Engagement } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { AccessList, InvitationResult, LanguageSelect } from './AccessParts';
import { type Language, useClientAccess, useInviteSponsor } from './api';

/**
 * In a three-way contract, the sponsor may see what the contract allows (attendance,
 * progress on objectives), never session content. The coach sends the sign-in link.
 */
export function SponsorInvite({ engagement }: { engagement: Engagement }) {
  const { t, i18n } = useTranslation();
  const invite = useInviteSponsor(engagement.id);
  const access = useClientAccess(engagement.clientId);
  const fieldError = useFieldErrors(invite.error);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'fr');
  const sponsors = (access.data ?? []).filter((a) => a.kind === 'sponsor' && a.engagementId === engagement.id);
  const notThreeWay = isApiError(invite.error) && invite.error.reason === 'not_three_way';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate({ ...(name.trim() ? { name: name.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}), language });
  };

  return (
    <section className="progress-section no-print" aria-labelledby="sponsor-access-title">
      <h2 id="sponsor-access-title" className="progress-section__title">
        {t('progress.sponsor.title')}
      </h2>
      <p className="field-hint">{t('progress.sponsor.hint', { sponsor: engagement.sponsorName ?? '' })}</p>
      {access.data ? <AccessList clientId={engagement.clientId} items={sponsors} emptyText={t('progress.sponsor.none')} /> : null}
      <form className="form sponsor-form" onSubmit={submit} noValidate aria-labelledby="sponsor-access-title">
        <div className="form-grid">
          <TextField id="sponsor-name" label={t('progress.sponsor.name')} hint={t('progress.sponsor.nameHint')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} autoComplete="off" />
          <TextField
            id="sponsor-email"
            type="email"
            label={t('progress.sponsor.email')}
            hint={t('progress.sponsor.emailHint')}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError('email')}
            autoComplete="off"
          />
        </div>
        <LanguageSelect id="sponsor-language" value={language} onChange={setLanguage} />
        {notThreeWay ? (
          <p className="form-error" role="alert">
            {t('progress.sponsor.notThreeWay')}
          </p>
        ) : (
          <FormError error={invite.error} />
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={invite.isPending}>
            {invite.isPending ? t('progress.access.sending') : sponsors.some((s) => !s.revokedAt) ? t('progress.sponsor.resend') : t('progress.sponsor.invite')}
          </button>
        </div>
      </form>
      {invite.data ? <InvitationResult invitation={invite.data} /> : null}
    </section>
  );
}
