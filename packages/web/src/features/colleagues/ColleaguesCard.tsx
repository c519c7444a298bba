import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { Card, ErrorState, Loading } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { useInvitations, useMembers, useRevokeInvitation } from './api';
import { InviteForm } from './InviteForm';

/** The coaches of the practice; the owner invites colleagues and revokes pending invitations. */
export function ColleaguesCard({ isOwner }: { isOwner: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useCurrentMe();
  const members = useMembers();
  const invitations = useInvitations(isOwner);
  const revoke = useRevokeInvitation();

  return (
    <Card title={t('colleagues.title')} titleId="colleagues-title">
      <div id="colleagues">
        {members.isPending ? <Loading /> : null}
        {members.isError ? <ErrorState error={members.error} /> : null}
        {members.data ? (
          <ul className="rows" aria-labelledby="colleagues-title">
            {members.data.map((m) => (
              <li key={m.userId} className="row">
                <span className="row__main">
                  <span className="row__title">
                    {m.name}
                    {m.userId === me.user.id ? <span className="muted"> {t('colleagues.you')}</span> : null}
                  </span>
                  <span className="row__meta">{m.email}</span>
                </span>
                <span className="badge">{t(`colleagues.role.${m.role}`)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {isOwner && me.practice.isDemo ? <p className="field-hint">{t('colleagues.demo')}</p> : null}
        {isOwner && !me.practice.isDemo ? <InviteForm /> : null}
        {!isOwner && members.data ? <p className="field-hint">{t('colleagues.ownerInvites')}</p> : null}
        {isOwner && invitations.data && invitations.data.length > 0 ? (
          <>
            <h3 id="pending-title" className="subhead">
              {t('colleagues.pending')}
            </h3>
            <FormError error={revoke.error} />
            <ul className="rows" aria-labelledby="pending-title">
              {invitations.data.map((i) => (
                <li key={i.id} className="row">
                  <span className="row__main">
                    <span className="row__title">{i.email}</span>
                    <span className="row__meta">{t('colleagues.expires', { date: format.date(i.expiresAt) })}</span>
                  </span>
                  <ConfirmButton
                    className="button button--ghost button--small"
                    question={t('colleagues.revoke.question', { email: i.email })}
                    detail={<p>{t('colleagues.revoke.detail')}</p>}
                    confirmLabel={t('colleagues.revoke.confirm')}
                    danger
                    disabled={revoke.isPending}
                    onConfirm={() => revoke.mutate(i.id)}
                  >
                    {t('colleagues.revoke.button')}
                    <span className="visually-hidden"> : {i.email}</span>
                  </ConfirmButton>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </Card>
  );
}
