import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import type { useAudit } from './api';

/** "Afficher plus": the page before the last line shown. */
export function AuditMore({ audit }: { audit: ReturnType<typeof useAudit> }) {
  const { t } = useTranslation();
  if (!audit.hasNextPage && !audit.isFetchNextPageError) return null;
  return (
    <div className="section-actions">
      <FormError error={audit.isFetchNextPageError ? audit.error : null} />
      <button type="button" className="button button--secondary button--small" onClick={() => void audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
        {audit.isFetchingNextPage ? t('common.loading') : t('audit.more')}
      </button>
    </div>
  );
}
