import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, EmptyState, ErrorState, Loading } from '../../ui/page';
import { AlertItem } from './AlertItem';
import { useAlerts, useMarkAlertRead } from './api';
import './client-space.css';

const LATEST = 3;

/** On the dashboard: how many alerts are unread, the latest few, and the way to all of them. */
export function AlertsCard({ className }: { className?: string }) {
  const { t } = useTranslation();
  const alerts = useAlerts();
  const markRead = useMarkAlertRead();
  const items = alerts.data ?? [];
  const unread = items.filter((a) => a.readAt === null);
  // Unread first (newest first), then the most recent read ones to fill the card.
  const latest = [...unread, ...items.filter((a) => a.readAt !== null)].slice(0, LATEST);

  return (
    <Card
      title={
        <>
          {t('progress.alerts.title')}
          {unread.length > 0 ? (
            <>
              <span className="count-badge" aria-hidden="true">
                {unread.length}
              </span>
              <span className="visually-hidden"> — {t('progress.alerts.unreadCount', { count: unread.length })}</span>
            </>
          ) : null}
        </>
      }
      titleId="alerts-title"
      className={['alerts-card', className ?? ''].filter(Boolean).join(' ')}
      actions={
        <Link to="/alerts" className="button button--ghost button--small">
          {t('progress.alerts.seeAll')}
        </Link>
      }
    >
      {alerts.isPending ? <Loading /> : null}
      {alerts.isError ? <ErrorState error={alerts.error} /> : null}
      {alerts.data && items.length === 0 ? <EmptyState>{t('progress.alerts.empty')}</EmptyState> : null}
      {alerts.data && items.length > 0 ? (
        <>
          <p className="alerts-card__count">{unread.length === 0 ? t('progress.alerts.allRead') : t('progress.alerts.unreadCount', { count: unread.length })}</p>
          <ul className="alert-list alert-list--compact plain-list">
            {latest.map((a) => (
              <li key={a.id}>
                <AlertItem alert={a} onRead={(id) => markRead.mutate([id])} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
