import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useAudit } from './api';
import { AuditList } from './AuditList';
import { AuditMore } from './AuditMore';

/** The practice's whole trail of access to client records, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const audit = useAudit();
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/settings" className="back-link">
            {t('audit.back')}
          </Link>
        }
        title={t('audit.title')}
      >
        <p className="page-header__sub">{t('audit.intro')}</p>
      </PageHeader>
      <Card title={t('audit.listTitle')} titleId="audit-list">
        {audit.isPending ? <Loading /> : null}
        {audit.isError && !audit.data ? <ErrorState error={audit.error} /> : null}
        {audit.data?.length === 0 ? <EmptyState>{t('audit.empty')}</EmptyState> : null}
        {audit.data && audit.data.length > 0 ? <AuditList items={audit.data} labelledBy="audit-list" showClient /> : null}
        <AuditMore audit={audit} />
      </Card>
    </>
  );
}
