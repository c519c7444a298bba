import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Icon } from '../../ui/icons';
import { Card, ErrorState, Loading, PageHeader } from '../../ui/page';
import { SessionProgress, StatusBadge } from '../../ui/status';
import { Tabs } from '../../ui/Tabs';
import { FeedbackForm } from '../contacts/FeedbackForm';
import { LearningForm } from '../contacts/LearningForm';
import { QuickContactLog } from '../contacts/QuickContactLog';
import { ComposeCaseStudy } from '../case-studies/ComposeCaseStudy';
import { PlanSessionForm } from '../sessions/PlanSessionForm';
import { useEngagement, useTimeline } from './api';
import { ContractTab } from './ContractTab';
import { ObjectivesTab } from './ObjectivesTab';
import { TimelineView } from './TimelineView';
import { Transitions } from './Transitions';

// The measures bring Chart.js: loaded the first time the tab is opened, not with every page.
const ProgressTab = lazy(() => import('../client-space/ProgressTab').then((m) => ({ default: m.ProgressTab })));

const TAB_KEYS = ['timeline', 'contract', 'objectives', 'progress'] as const;
type TabKey = (typeof TAB_KEYS)[number];
const isTab = (v: string | null): v is TabKey => (TAB_KEYS as readonly string[]).includes(v ?? '');

export function EngagementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const engagement = useEngagement(id);
  const timeline = useTimeline(id);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = isTab(tabParam) ? tabParam : 'timeline';

  if (engagement.isPending) return <Loading />;
  if (engagement.isError) return <ErrorState error={engagement.error} />;
  const e = engagement.data;

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to={`/clients/${e.clientId}`} className="back-link">
              {e.clientName}
            </Link>
            {e.sponsorName ? <span className="muted"> · {e.sponsorName}</span> : null}
          </>
        }
        title={e.title}
        actions={<Transitions engagement={e} />}
      >
        <div className="engagement-meta">
          <StatusBadge status={e.status} />
          <span className="muted">{t(`origin.${e.origin}`)}</span>
          {e.threeWay ? <span className="tag">{t('contract.threeWay')}</span> : null}
        </div>
      </PageHeader>

      <div className="engagement-progress">
        <SessionProgress id="engagement-progress" held={e.heldSessions} planned={e.plannedSessions} />
      </div>

      {e.closingWellBelowPlan ? (
        <div className="callout callout--warning" role="note">
          <Icon name="warning" />
          <p>{t('engagements.closingWellBelowPlan', { count: e.heldSessions, planned: e.plannedSessions ?? 0 })}</p>
        </div>
      ) : null}

      {/* The measures need the page's width: the log and side column go below them. */}
      <div className={tab === 'progress' ? 'engagement-layout engagement-layout--wide' : 'engagement-layout'}>
        <section className="engagement-layout__log card">
          <QuickContactLog engagementId={e.id} hasSponsor={Boolean(e.sponsorId)} />
        </section>

        <div className="engagement-layout__main card">
          <Tabs
            id="engagement"
            label={t('engagements.tabs.label')}
            tabs={TAB_KEYS.map((key) => ({ key, label: key === 'progress' ? t('progress.tab') : t(`engagements.tabs.${key}`) }))}
            selected={tab}
            onSelect={(key) => setParams(key === 'timeline' ? {} : { tab: key }, { replace: true })}
          >
            {tab === 'timeline' ? timeline.isPending ? <Loading /> : timeline.isError ? <ErrorState error={timeline.error} /> : <TimelineView timeline={timeline.data} /> : null}
            {tab === 'contract' ? <ContractTab engagement={e} /> : null}
            {tab === 'objectives' ? <ObjectivesTab engagement={e} /> : null}
            {tab === 'progress' ? (
              <Suspense fallback={<Loading />}>
                <ProgressTab engagement={e} />
              </Suspense>
            ) : null}
          </Tabs>
        </div>

        <div className="engagement-layout__side">
          <Card title={t('planSession.title')} titleId="plan-session-title">
            <PlanSessionForm engagementId={e.id} defaultDuration={e.contract.sessionDurationMinutes} />
          </Card>
          <details className="card disclosure">
            <summary>
              <Icon name="feedback" /> {t('feedback.title')}
            </summary>
            <FeedbackForm engagementId={e.id} />
          </details>
          <details className="card disclosure">
            <summary>
              <Icon name="learning" /> {t('learning.title')}
            </summary>
            <LearningForm engagementId={e.id} timeline={timeline.data} />
          </details>
          <ComposeCaseStudy engagementId={e.id} />
        </div>
      </div>
    </>
  );
}
