import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { BackHome } from './parts';

export function PortalNotFound() {
  const { t } = useTranslation();
  return (
    <div className="portal-page">
      <PageTitle title={t('portal.notFound')} />
      <h1>{t('portal.notFound')}</h1>
      <BackHome />
    </div>
  );
}
