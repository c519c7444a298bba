import type { CaseStudy } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { usePublish } from './api';
import { DetailsCheck } from './DetailsCheck';
import { PublicationRefusal } from './PublicationRefusal';

/** The public article's address, opening in a new tab: the coach keeps her editor where it was. */
export function PublicLink({ url, children }: { url: string; children: string }) {
  const { t } = useTranslation();
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> ({t('caseStudies.publish.newTab')})</span>
    </a>
  );
}

/**
 * Publication: where the article stands, its public address once published, why a
 * publication is refused. Once published, the public page keeps the version published:
 * her edits since are said to be unpublished, and "Republier" publishes them.
 */
export function PublicationCard({ caseStudy: c }: { caseStudy: CaseStudy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const publish = usePublish(c.id);
  return (
    <section className="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('caseStudies.publish.title')}</h2>
      {c.publishedAt ? (
        <p>
          {c.republishedAt
            ? t('caseStudies.publish.isRepublished', { date: format.date(c.publishedAt), updated: format.date(c.republishedAt) })
            : t('caseStudies.publish.isPublished', { date: format.date(c.publishedAt) })}
        </p>
      ) : null}
      {c.status === 'published' && c.publicUrl ? (
        <p className="public-address">
          {t('caseStudies.publish.address')} <PublicLink url={c.publicUrl}>{c.publicUrl}</PublicLink>
        </p>
      ) : null}
      {c.status === 'published' && c.unpublishedChanges ? (
        <p className="callout callout--info" role="status">
          <span>
            <strong>{t('caseStudies.publish.unpublished.tag')}.</strong> {t('caseStudies.publish.unpublished.body', { date: format.date(c.republishedAt ?? c.publishedAt) })}
          </span>
        </p>
      ) : null}
      {/* Once she confirms, a refusal for unread details is answered: it goes. */}
      <DetailsCheck caseStudy={c} onChecked={() => publish.reset()} />
      <PublicationRefusal error={publish.error} caseStudy={c} />
      <div className="form-actions">
        {c.status === 'published' ? (
          <>
            {/* The same publication as the first, through the same checks; the address stays. */}
            {c.unpublishedChanges ? (
              <button type="button" className="button button--primary" onClick={() => publish.mutate(true)} disabled={publish.isPending}>
                {t('caseStudies.publish.republish')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => publish.mutate(false)} disabled={publish.isPending}>
              {t('caseStudies.publish.unpublish')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" onClick={() => publish.mutate(true)} disabled={publish.isPending}>
            {t('caseStudies.publish.publish')}
          </button>
        )}
      </div>
    </section>
  );
}
