import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useCaseStudies } from './api';
import { ModerationQueue } from './ModerationQueue';

/** The coach's case studies, drafts and published, and the comments waiting for her. */
export function CaseStudiesPage() {
  const { t } = useTranslation();
  const list = useCaseStudies();
  return (
    <>
      <PageHeader title={t('caseStudies.title')}>
        <p className="muted">{t('caseStudies.intro')}</p>
      </PageHeader>
      <div className="stack">
        <Card>
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <ErrorState error={list.error} />
          ) : list.data.length === 0 ? (
            <EmptyState>{t('caseStudies.none')}</EmptyState>
          ) : (
            <ul className="plain-list summary-list">
              {list.data.map((c) => (
                <li key={c.id}>
                  <Link to={`/case-studies/${c.id}`} className="summary-list__title">
                    {c.title}
                  </Link>
                  <span className={`tag ${c.status === 'published' ? 'tag--ok' : ''}`}>{t(`caseStudies.${c.status}`)}</span>
                  {c.publicUrl ? (
                    <a href={c.publicUrl} className="muted">
                      {t('caseStudies.publicPage')}
                    </a>
                  ) : null}
                  {c.pendingComments ? <span className="muted">{t('caseStudies.pendingComments', { count: c.pendingComments })}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <ModerationQueue />
      </div>
    </>
  );
}
