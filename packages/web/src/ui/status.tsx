import type { EngagementStatus, SessionStatus } from '@alliance/domain';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`engagementStatus.${status}`)}</span>;
}

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--session-${status}`}>{t(`sessionStatus.${status}`)}</span>;
}

/** "Séance 3 sur 8", or "Séance 3" when no number of sessions was planned. */
export function useSessionLabel() {
  const { t } = useTranslation();
  return (ordinal: number | null, planned: number | null) => {
    if (ordinal === null) return t('session.unnumbered');
    return planned ? t('session.ofPlanned', { ordinal, planned }) : t('session.ordinal', { ordinal });
  };
}

/** "Séance 3 sur 8" against the plan, with what remains; goes visibly past the plan when it is exceeded. */
export function SessionProgress({ held, planned, id }: { held: number; planned: number | null; id: string }) {
  const { t } = useTranslation();
  const ratio = planned ? Math.min(1, held / planned) : 0;
  const over = planned !== null && held > planned;
  const remaining = planned !== null ? planned - held : 0;
  return (
    <div className="progress">
      <p className="progress__label" id={`${id}-label`}>
        {planned === null ? (
          t('session.heldNoPlan', { count: held })
        ) : held === 0 ? (
          t('session.noneHeld', { count: planned })
        ) : (
          <>
            <strong>{t('session.ofPlanned', { ordinal: held, planned })}</strong>
            <span className="muted"> · {over ? t('session.overPlan') : remaining > 0 ? t('session.remaining', { count: remaining }) : t('session.planReached')}</span>
          </>
        )}
      </p>
      {planned ? (
        <div
          className={over ? 'progress__track progress__track--over' : 'progress__track'}
          role="progressbar"
          aria-labelledby={`${id}-label`}
          aria-valuemin={0}
          aria-valuemax={planned}
          aria-valuenow={Math.min(held, planned)}
        >
          <div className="progress__bar" style={{ width: `${Math.round(ratio * 100)}%` }} />
          <ol className="progress__steps" aria-hidden="true">
            {Array.from({ length: Math.min(planned, 30) }, (_, i) => (
              <li key={i} />
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
