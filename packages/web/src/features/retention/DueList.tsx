import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import type { DueEngagement } from './api';

/** The engagements past their retention period, each with a box to choose it for erasure. */
export function DueList({ items, selected, onToggle }: { items: readonly DueEngagement[]; selected: ReadonlySet<string>; onToggle: (id: string, on: boolean) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="due-list" aria-labelledby="retention-due-title">
      {items.map((d) => {
        const id = `due-${d.engagementId}`;
        return (
          <li key={d.engagementId} className="due-list__item">
            <input id={id} type="checkbox" checked={selected.has(d.engagementId)} onChange={(e) => onToggle(d.engagementId, e.target.checked)} aria-describedby={`${id}-meta`} />
            <div className="due-list__body">
              <label htmlFor={id} className="due-list__title">
                {d.clientName} · {d.title}
              </label>
              <p id={`${id}-meta`} className="row__meta">
                {t('retention.lastActivity', { date: format.date(d.lastActivityAt) })} · {t('retention.dueSince', { date: format.date(d.dueSince) })}
                {d.clientErasedToo ? (
                  <>
                    {' · '}
                    <span className="warning-text">{t('retention.clientToo')}</span>
                  </>
                ) : null}
              </p>
              <Link to={`/engagements/${d.engagementId}`} className="due-list__open">
                {t('retention.open')}
                <span className="visually-hidden"> : {d.title}</span>
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
