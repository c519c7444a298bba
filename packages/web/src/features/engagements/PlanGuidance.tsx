import type { Practice } from '@alliance/api';
import { advisePlannedSessions, type PlanAdvice } from '@alliance/domain';
import { useTranslation } from 'react-i18next';

/**
 * The practice's guidance on the number of sessions (seed 003: 4–5 at least,
 * 6–10 for deep, lasting change), with a live reading of the number typed.
 * Guidance, never a rule: nothing is refused.
 */
export function PlanGuidance({ practice, planned, id }: { practice: Practice; planned: number | undefined; id: string }) {
  const { t } = useTranslation();
  const advice: PlanAdvice = advisePlannedSessions(planned !== undefined && Number.isFinite(planned) ? planned : undefined, practice);
  const range = { min: practice.minimumSessions, deepMin: practice.deepWorkMin, deepMax: practice.deepWorkMax };
  return (
    <div className="guidance" id={id}>
      <p className="guidance__rule">{t('plan.guidance', range)}</p>
      <p className={`guidance__advice guidance__advice--${advice}`} aria-live="polite">
        {t(`plan.advice.${advice}`, range)}
      </p>
    </div>
  );
}
