import type { Dashboard } from '@alliance/api';
import { useTranslation } from 'react-i18next';

type Reason = Dashboard['attention'][number]['reasons'][number];

/** One human sentence per reason an engagement needs the coach today. */
export function AttentionReasonText({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  switch (reason.kind) {
    case 'no_recent_session':
      return reason.daysSinceLastSession === null ? (
        <>{t('attention.noSessionYet')}</>
      ) : (
        <>{t('attention.noRecentSession', { count: reason.daysSinceLastSession })}</>
      );
    case 'over_plan':
      return <>{t('attention.overPlan', { held: reason.held, planned: reason.planned })}</>;
    case 'closing_below_plan':
      return <>{t('attention.closingBelowPlan', { count: reason.held, planned: reason.planned })}</>;
    case 'no_contract_date':
      return <>{t('attention.noContractDate')}</>;
  }
}
