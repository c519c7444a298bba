import { useTranslation } from 'react-i18next';

/** On the way to an invitation link: says why she is asked to sign up or in first. */
export function InvitedNote({ next }: { next: string | null }) {
  const { t } = useTranslation();
  if (!next?.startsWith('/join/')) return null;
  return <p className="callout callout--info">{t('colleagues.join.signInFirst')}</p>;
}
