import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useCaseStudies } from './api';
import { DeleteCaseStudy } from './DeleteCaseStudy';
import { ModerationQueue } from './ModerationQueue';
import './case-studies-list.css';

/** The coach's case studies, drafts and published, and the comments waiting for her. */
export function CaseStudiesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useCaseStudies();
  // The title of the case just deleted: said, and given the focus its button had, so a keyboard is not sent back to the top.
  const [deleted, setDeleted] = useState<string | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (deleted !== null) said.current?.focus();
  }, [deleted]);

  return (
    <>
      <PageHeader title={t('caseStudies.title')}>
        <p className="muted">{t('caseStudies.intro')}</p>
      </PageHeader>
      <div className="stack">
        <Card>
          <p ref={said} className="status-line" role="status" tabIndex={-1}>
            {deleted === null ? null : t('caseStudies.remove.done', { title: deleted })}
          </p>
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <ErrorState error={list.error} />
          ) : list.data.length === 0 ? (
            <EmptyState>{t('caseStudies.none')}</EmptyState>
          ) : (
            <ul className="plain-list summary-list case-list">
              {list.data.map((c) => (
                <li key={c.id}>
                  <Link to={`/case-studies/${c.id}`} className="summary-list__title">
                    {c.title}
                  </Link>
                  <span className={`tag ${c.status === 'published' ? 'tag--ok' : ''}`}>{t(`caseStudies.${c.status}`)}</span>
                  {/* As her case's page says it: the public page still shows the version published. */}
                  {c.status === 'published' && c.unpublishedChanges ? <span className="tag tag--warn">{t('caseStudies.publish.unpublished.tag')}</span> : null}
                  <span className="muted">{t('caseStudies.list.meta', { language: t(`caseStudies.list.languages.${c.language}`), date: format.shortDateTime(c.updatedAt) })}</span>
                  {c.publicUrl ? (
                    <a href={c.publicUrl} className="muted">
                      {t('caseStudies.publicPage')}
                    </a>
                  ) : null}
                  {c.pendingComments ? <span className="muted">{t('caseStudies.pendingComments', { count: c.pendingComments })}</span> : null}
                  <DeleteCaseStudy caseStudy={c} onDeleted={setDeleted} />
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
