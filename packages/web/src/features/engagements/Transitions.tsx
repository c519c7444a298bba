import type { Engagement } from '@alliance/api';
import type { EngagementStatus } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormError } from '../../ui/errors';
import { useTransition } from './api';

/** Ending an engagement cannot be undone: those moves ask first. */
const NEEDS_CONFIRM: readonly EngagementStatus[] = ['cancelled', 'closed'];

/** The moves the server allows from here, and only those. */
export function Transitions({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const move = useTransition(engagement.id);
  if (engagement.allowedTransitions.length === 0) return null;

  // "Reprendre" from a pause or a closing review, "Démarrer" from a signed contract.
  const labelOf = (to: EngagementStatus) => (to === 'active' && engagement.status !== 'contracted' ? t('transition.resume') : t(`transition.${to}`));

  return (
    <div className="transitions">
      <div className="transitions__buttons" role="group" aria-label={t('transition.label')}>
        {engagement.allowedTransitions.map((to) =>
          NEEDS_CONFIRM.includes(to) ? (
            <ConfirmButton
              key={to}
              className={to === 'cancelled' ? 'button button--danger-ghost' : 'button button--secondary'}
              danger={to === 'cancelled'}
              question={t(`transition.confirm.${to as 'cancelled' | 'closed'}`, { title: engagement.title })}
              detail={
                <>
                  {to === 'closed' && engagement.closingWellBelowPlan ? (
                    <p className="warning-text">{t('transition.belowPlanWarning', { count: engagement.heldSessions, planned: engagement.plannedSessions ?? 0 })}</p>
                  ) : null}
                  <p>{t('transition.irreversible')}</p>
                </>
              }
              confirmLabel={labelOf(to)}
              onConfirm={() => move.mutate(to)}
              disabled={move.isPending}
            >
              {labelOf(to)}
            </ConfirmButton>
          ) : (
            <button key={to} type="button" className={to === 'active' || to === 'contracted' ? 'button button--primary' : 'button button--secondary'} onClick={() => move.mutate(to)} disabled={move.isPending}>
              {labelOf(to)}
            </button>
          ),
        )}
      </div>
      <FormError error={move.error} />
    </div>
  );
}
