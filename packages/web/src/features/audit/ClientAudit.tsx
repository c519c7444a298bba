import { useTranslation } from 'react-i18next';
import { Card, EmptyState, ErrorState, Loading } from '../../ui/page';
import { useAudit } from './api';
import { AuditList } from './AuditList';
import { AuditMore } from './AuditMore';

/** On her record: who opened or changed it, when, from where. */
export function ClientAudit({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const audit = useAudit(clientId, 10);
  return (
    <Card title={t('audit.clientTitle')} titleId="client-audit" className="client-audit">
      <p className="field-hint">{t('audit.clientHint')}</p>
      {audit.isPending ? <Loading /> : null}
      {audit.isError && !audit.data ? <ErrorState error={audit.error} /> : null}
      {audit.data?.length === 0 ? <EmptyState>{t('audit.empty')}</EmptyState> : null}
      {audit.data && audit.data.length > 0 ? <AuditList items={audit.data} labelledBy="client-audit" showClient={false} /> : null}
      <AuditMore audit={audit} />
    </Card>
  );
}
