import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { StatusBadge, useSessionLabel } from '../../ui/status';
import { useCurrentMe } from '../auth/api';
import { AlertsCard } from '../client-space/AlertsCard';
import { useDashboard } from './api';
import { AttentionReasonText } from './AttentionReason';
import { DemoBanner } from './DemoBanner';

export function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const dashboard = useDashboard();
  const format = useFormat();
  const sessionLabel = useSessionLabel();

  return (
    <>
      {me.practice.isDemo ? <DemoBanner /> : null}
      <PageHeader
        eyebrow={me.practice.name}
        title={t('dashboard.title', { name: me.user.name })}
        actions={
          <>
            <Link className="button button--secondary" to="/clients#new-client">
              {t('clients.new')}
            </Link>
            <Link className="button button--primary" to="/engagements/new">
              {t('engagements.new')}
            </Link>
          </>
        }
      />
      {dashboard.isPending ? <Loading /> : null}
      {dashboard.isError ? <ErrorState error={dashboard.error} /> : null}
      {dashboard.data ? (
        <div className="dashboard">
          <dl className="stats">
            <div className="stat">
              <dt>{t('dashboard.counts.clients')}</dt>
              <dd>
                <Link to="/clients">{dashboard.data.counts.clients}</Link>
              </dd>
            </div>
            <div className="stat">
              <dt>{t('dashboard.counts.activeEngagements')}</dt>
              <dd>
                <Link to="/engagements">{dashboard.data.counts.activeEngagements}</Link>
              </dd>
            </div>
            <div className="stat">
              <dt>{t('dashboard.counts.upcoming')}</dt>
              <dd>{dashboard.data.upcomingSessions.length}</dd>
            </div>
          </dl>

          <AlertsCard className="dashboard__alerts" />

          <Card title={t('dashboard.upcoming.title')} titleId="upcoming-title" className="dashboard__upcoming">
            {dashboard.data.upcomingSessions.length === 0 ? (
              <EmptyState>{t('dashboard.upcoming.empty')}</EmptyState>
            ) : (
              <ul className="agenda">
                {dashboard.data.upcomingSessions.map((s) => (
                  <li key={s.sessionId} className="agenda__item">
                    <time className="agenda__when" dateTime={s.scheduledAt}>
                      <span className="agenda__day">{format.weekday(s.scheduledAt)}</span>
                      <span className="agenda__time">{format.time(s.scheduledAt)}</span>
                    </time>
                    <div className="agenda__what">
                      <Link to={`/sessions/${s.sessionId}`} className="agenda__client">
                        {s.clientName}
                      </Link>
                      <span className="agenda__title">{s.engagementTitle}</span>
                      <span className="agenda__meta">
                        {sessionLabel(s.ordinal, s.plannedSessions)} · {t(`sessionMode.${s.mode}`)} · {t('common.minutes', { count: s.durationMinutes })}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title={t('dashboard.attention.title')} titleId="attention-title" className="dashboard__attention">
            {dashboard.data.attention.length === 0 ? (
              <EmptyState>{t('dashboard.attention.empty')}</EmptyState>
            ) : (
              <ul className="attention">
                {dashboard.data.attention.map((a) => (
                  <li key={a.engagementId} className="attention__item">
                    <div className="attention__head">
                      <Link to={`/engagements/${a.engagementId}`}>{a.title}</Link>
                      <StatusBadge status={a.status} />
                    </div>
                    <p className="attention__client">{a.clientName}</p>
                    <ul className="attention__reasons">
                      {a.reasons.map((r, i) => (
                        <li key={i}>
                          <AttentionReasonText reason={r} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      ) : null}
    </>
  );
}
