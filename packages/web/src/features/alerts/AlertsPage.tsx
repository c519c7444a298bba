import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../ui/errors';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { AlertItem } from '../client-space/AlertItem';
import { useAlerts, useMarkAlertRead } from '../client-space/api';
import '../client-space/progress.css';

/**
 * The coach's alerts from the client space, newest first: a low or dropping alliance
 * rating, a journal entry the client shared, a commitment past its date. Few on
 * purpose; unread ones stand out until she opens them or marks them read.
 */
export function AlertsPage() {
  const { t } = useTranslation();
  const alerts = useAlerts();
  const markRead = useMarkAlertRead();
  const items = alerts.data ?? [];
  const unread = items.filter((a) => a.readAt === null);

  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/" className="back-link">
            {t('progress.alerts.back')}
          </Link>
        }
        title={t('progress.alerts.title')}
        actions={
          unread.length > 0 ? (
            <button type="button" className="button button--secondary" onClick={() => markRead.mutate(unread.map((a) => a.id))} disabled={markRead.isPending}>
              {t('progress.alerts.markAllRead')}
            </button>
          ) : null
        }
      >
        <p className="page-header__sub">{t('progress.alerts.hint')}</p>
      </PageHeader>
      <div className="alerts-page">
        {alerts.isPending ? <Loading /> : null}
        {alerts.isError ? <ErrorState error={alerts.error} /> : null}
        <FormError error={markRead.error} />
        {alerts.data ? (
          <p className="alerts-page__count" role="status">
            {unread.length === 0 ? t('progress.alerts.allRead') : t('progress.alerts.unreadCount', { count: unread.length })}
          </p>
        ) : null}
        {alerts.data && items.length === 0 ? <EmptyState>{t('progress.alerts.empty')}</EmptyState> : null}
        {items.length > 0 ? (
          <ol className="alert-list plain-list" aria-label={t('progress.alerts.listLabel')}>
            {items.map((a) => (
              <li key={a.id}>
                <AlertItem alert={a} onRead={(id) => markRead.mutate([id])} headingLevel={2} />
              </li>
            ))}
          </ol>
        ) : null}
        <p className="alerts-page__settings">
          <Link to="/settings#alerts">{t('progress.alerts.settingsLink')}</Link>
        </p>
      </div>
    </>
  );
}
