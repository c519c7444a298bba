import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { Card, ErrorState, Loading } from '../../ui/page';
import { useModerate, usePendingComments } from './api';

/** Comments left on the public pages wait here until the coach publishes or refuses them. */
export function ModerationQueue() {
  const { t } = useTranslation();
  const pending = usePendingComments();
  const moderate = useModerate();
  return (
    <Card title={t('caseStudies.comments.title')} titleId="moderation-title">
      {pending.isPending ? (
        <Loading />
      ) : pending.isError ? (
        <ErrorState error={pending.error} />
      ) : pending.data.length === 0 ? (
        <p className="muted">{t('caseStudies.comments.none')}</p>
      ) : (
        <ul className="plain-list comment-queue" aria-labelledby="moderation-title">
          {pending.data.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{c.name}</strong> <span className="muted">{t('caseStudies.comments.on', { title: c.caseStudyTitle })}</span>
              </p>
              <blockquote className="comment-queue__body">{c.body}</blockquote>
              <p className="muted">{t('caseStudies.comments.emailNote', { email: c.email })}</p>
              <div className="form-actions">
                <button type="button" className="button button--primary" disabled={moderate.isPending} onClick={() => moderate.mutate({ id: c.id, status: 'approved' })}>
                  {t('caseStudies.comments.approve')}
                </button>
                <button type="button" className="button" disabled={moderate.isPending} onClick={() => moderate.mutate({ id: c.id, status: 'rejected' })}>
                  {t('caseStudies.comments.reject')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <FormError error={moderate.error} />
    </Card>
  );
}
