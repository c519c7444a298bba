import type { EngagementSummary } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { StatusBadge } from '../../ui/status';

/** Engagements as rows: title, client, status, sessions held against the plan, next session. */
export function EngagementList({ items, showClient = true }: { items: EngagementSummary[]; showClient?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="rows">
      {items.map((e) => (
        <li key={e.id} className="row row--engagement">
          <div className="row__main">
            <Link to={`/engagements/${e.id}`} className="row__title">
              {e.title}
            </Link>
            <span className="row__meta">
              {[showClient ? e.clientName : null, e.sponsorName, t(`origin.${e.origin}`)].filter(Boolean).join(' · ')}
            </span>
          </div>
          <div className="row__side">
            <StatusBadge status={e.status} />
            <span className="row__meta">
              {e.plannedSessions ? t('session.heldOfPlanned', { count: e.heldSessions, planned: e.plannedSessions }) : t('session.heldNoPlan', { count: e.heldSessions })}
            </span>
            {e.nextSessionAt ? <span className="row__meta">{t('engagements.nextSession', { when: format.shortDateTime(e.nextSessionAt) })}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
