import type { CheckIn } from '@alliance/api';
import { ALLIANCE_ITEM_WORDING, ALLIANCE_ITEMS, ALLIANCE_MAX, progressBounds, type ProgressScale } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { ErrorState, Loading } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { useEngagement } from '../engagements/api';
import { useProgress, useSessionCheckIns } from './api';
import './client-space.css';

/** What the client answered for this session in her space: where she stood before, how the session was for her after. Read-only. */
export function SessionCheckIns({ sessionId, engagementId }: { sessionId: string; engagementId: string }) {
  const { t } = useTranslation();
  const checkIns = useSessionCheckIns(sessionId);
  const items = checkIns.data ?? [];
  const before = items.filter((c) => c.kind === 'before').at(-1);
  const after = items.filter((c) => c.kind === 'after').at(-1);
  return (
    <section className="card check-ins" aria-labelledby="check-ins-title">
      <h2 id="check-ins-title">{t('progress.checkIns.title')}</h2>
      {checkIns.isPending ? <Loading /> : null}
      {checkIns.isError ? <ErrorState error={checkIns.error} /> : null}
      {checkIns.data && !before && !after ? <p className="muted">{t('progress.checkIns.none')}</p> : null}
      {before || after ? (
        <div className="check-ins__grid">
          {before ? <BeforeCheckIn checkIn={before} engagementId={engagementId} /> : <p className="muted check-ins__missing">{t('progress.checkIns.noBefore')}</p>}
          {after ? <AfterCheckIn checkIn={after} /> : <p className="muted check-ins__missing">{t('progress.checkIns.noAfter')}</p>}
        </div>
      ) : null}
    </section>
  );
}

function BeforeCheckIn({ checkIn, engagementId }: { checkIn: CheckIn; engagementId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const engagement = useEngagement(engagementId);
  const progress = useProgress(engagementId);
  const scale: ProgressScale = progress.data?.progressScale ?? 'zero_ten';
  const statementOf = new Map((engagement.data?.objectives ?? []).map((o, i) => [o.id, `${i + 1}. ${o.statement}`]));
  const { max } = progressBounds(scale);
  const value = (v: number) => (scale === 'goal_attainment' ? (v > 0 ? `+${v}` : String(v)) : `${v}/${max}`);
  return (
    <article className="check-in" aria-labelledby="check-in-before-title">
      <h3 id="check-in-before-title" className="check-in__title">
        {t('progress.checkIns.before')}
      </h3>
      <p className="check-in__when">{t('progress.checkIns.answeredOn', { date: format.shortDateTime(checkIn.answeredAt) })}</p>
      <dl className="check-in__list">
        {(checkIn.progress ?? []).map((p) => (
          <div key={p.objectiveId} className="check-in__row">
            <dt>{statementOf.get(p.objectiveId) ?? t('progress.checkIns.removedObjective')}</dt>
            <dd className="check-in__value">{value(p.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">{t(`progress.scale.${scale}`)}</p>
    </article>
  );
}

function AfterCheckIn({ checkIn }: { checkIn: CheckIn }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const number = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  const threshold = useCurrentMe().practice.allianceThreshold;
  const low = checkIn.score !== undefined && checkIn.score < threshold;
  return (
    <article className="check-in" aria-labelledby="check-in-after-title">
      <h3 id="check-in-after-title" className="check-in__title">
        {t('progress.checkIns.after')}
      </h3>
      <p className="check-in__when">{t('progress.checkIns.answeredOn', { date: format.shortDateTime(checkIn.answeredAt) })}</p>
      {checkIn.score !== undefined ? (
        <p className={low ? 'check-in__score check-in__score--low' : 'check-in__score'}>
          {t('progress.checkIns.score')} <strong>{number.format(checkIn.score)}</strong>/{ALLIANCE_MAX}
          {low ? <span className="check-in__flag">{t('progress.alliance.belowThreshold')}</span> : null}
        </p>
      ) : null}
      {checkIn.ratings ? (
        <dl className="check-in__list">
          {ALLIANCE_ITEMS.map((item) => (
            <div key={item} className="check-in__row">
              <dt>{ALLIANCE_ITEM_WORDING[item][language]}</dt>
              <dd className="check-in__value">
                {checkIn.ratings![item]}/{ALLIANCE_MAX}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {checkIn.comment ? (
        <blockquote className="check-in__comment">
          <span className="check-in__comment-label">{t('progress.checkIns.comment')}</span> <span className="prose">{checkIn.comment}</span>
        </blockquote>
      ) : null}
    </article>
  );
}
