import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../ui/page';
import { PageTitle } from '../../ui/PageTitle';
import { useSponsorPage } from './api';
import { SponsorViewDetails } from './parts';

/**
 * /espace/commanditaire — the sponsor's view: exactly what the three-way contract
 * allows (nothing, attendance, or attendance and objective progress), and in
 * plain words what it does not.
 */
export function SponsorPage() {
  const { t } = useTranslation();
  const page = useSponsorPage();
  if (page.isPending) return <Loading />;
  if (page.isError) return <ErrorState error={page.error} />;
  const { engagementTitle, clientName, practiceName, view } = page.data;
  return (
    <div className="portal-page">
      <PageTitle title={t('portal.sponsor.title', { client: clientName })} />
      <header className="portal-hello">
        <p className="portal-eyebrow">{t('portal.sponsor.eyebrow')}</p>
        <h1>{t('portal.sponsor.title', { client: clientName })}</h1>
        <p className="portal-lead">{engagementTitle}</p>
        <p>{t('portal.sponsor.intro', { practice: practiceName })}</p>
      </header>
      <section className="card portal-card" aria-label={t('portal.sponsor.viewLabel')}>
        <SponsorViewDetails view={view} />
      </section>
      <p className="portal-note">{t('portal.sponsor.why')}</p>
    </div>
  );
}
