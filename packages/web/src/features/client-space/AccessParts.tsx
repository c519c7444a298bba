import type { PortalAccess } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormError } from '../../ui/errors';
import { SelectField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { type Invitation, type Language, useRevokeAccess } from './api';

/** Where the sign-in link went: the mail server, or the outbox page when no mail server is set up. */
export function InvitationResult({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className={`callout ${invitation.delivery === 'outbox' ? 'callout--warning' : 'callout--info'} invitation-result`} role="status">
      <div>
        <p>{t('progress.access.sent', { email: invitation.sentTo, date: format.shortDateTime(invitation.expiresAt) })}</p>
        {invitation.delivery === 'outbox' ? (
          <p>
            {t('progress.access.outbox')} <Link to="/outbox">{t('progress.access.openOutbox')}</Link>
          </p>
        ) : (
          <p>{t('progress.access.smtp')}</p>
        )}
      </div>
    </div>
  );
}

/** The language of the message the link goes out in. */
export function LanguageSelect({ id, value, onChange }: { id: string; value: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      className="field--inline"
      label={t('progress.access.language')}
      value={value}
      onChange={(e) => onChange(e.target.value === 'en' ? 'en' : 'fr')}
      options={[
        { value: 'fr', label: t('progress.access.languages.fr') },
        { value: 'en', label: t('progress.access.languages.en') },
      ]}
    />
  );
}

/** Who holds access (her, and sponsors on their contract's view), since when, and closing it. */
export function AccessList({ clientId, items, emptyText }: { clientId: string; items: PortalAccess[]; emptyText: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoke = useRevokeAccess(clientId);
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <>
      <ul className="access-list plain-list" aria-label={t('progress.access.listLabel')}>
        {items.map((a) => (
          <li key={a.accountId} className={a.revokedAt ? 'access-list__item access-list__item--revoked' : 'access-list__item'}>
            <div className="access-list__who">
              <span className="access-list__name">{a.name}</span>
              <span className="tag">{t(`progress.access.kinds.${a.kind}`)}</span>
              <span className="access-list__email">{a.email}</span>
            </div>
            <p className="access-list__since">
              {a.revokedAt
                ? t('progress.access.revokedOn', { since: format.date(a.createdAt), date: format.date(a.revokedAt) })
                : t('progress.access.since', { date: format.date(a.createdAt) })}
            </p>
            {a.revokedAt ? null : (
              <ConfirmButton
                className="button button--danger-ghost button--small"
                danger
                question={t('progress.access.revokeQuestion', { name: a.name })}
                detail={<p>{t('progress.access.revokeDetail')}</p>}
                confirmLabel={t('progress.access.revoke')}
                onConfirm={() => revoke.mutate(a.accountId)}
                disabled={revoke.isPending}
              >
                {t('progress.access.revokeFor', { name: a.name })}
              </ConfirmButton>
            )}
          </li>
        ))}
      </ul>
      <FormError error={revoke.error} />
    </>
  );
}
