import type { Client } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { FormError } from '../../ui/errors';
import { Card, ErrorState, Loading } from '../../ui/page';
import { AccessList, InvitationResult, LanguageSelect } from './AccessParts';
import { type Language, useClientAccess, useInviteClient } from './api';
import './client-space.css';

/**
 * The client's own space (espace client): where she keeps her journal, answers
 * check-ins, follows her commitments and reads the summaries shared with her.
 * The coach opens it by sending a sign-in link, sees who holds access, and closes it.
 */
export function ClientSpaceCard({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const access = useClientAccess(client.id);
  const invite = useInviteClient(client.id);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'fr');
  const items = access.data ?? [];
  const hasAccess = items.some((a) => a.kind === 'client' && !a.revokedAt);
  const noEmail = !client.email || (isApiError(invite.error) && invite.error.reason === 'no_email');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate(language);
  };

  return (
    <Card title={t('progress.space.title')} titleId="client-space-title" className="client-space">
      <p className="field-hint">{t('progress.space.hint')}</p>
      {access.isPending ? <Loading /> : null}
      {access.isError ? <ErrorState error={access.error} /> : null}
      {access.data ? <AccessList clientId={client.id} items={items} emptyText={t('progress.space.none')} /> : null}
      {noEmail ? (
        <p className="callout callout--warning client-space__no-email" role="note">
          {t('progress.space.noEmail')}
        </p>
      ) : (
        <form className="form client-space__invite" onSubmit={submit} noValidate aria-labelledby="client-space-title">
          <LanguageSelect id="client-space-language" value={language} onChange={setLanguage} />
          <FormError error={invite.error} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={invite.isPending}>
              {invite.isPending ? t('progress.access.sending') : hasAccess ? t('progress.space.resend') : t('progress.space.invite')}
            </button>
          </div>
        </form>
      )}
      {invite.data ? <InvitationResult invitation={invite.data} /> : null}
    </Card>
  );
}
