import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { FormError } from '../../ui/errors';
import { Card, ErrorState, Loading } from '../../ui/page';
import { useModerate, usePendingComments } from './api';
import { QueuedComment } from './QueuedComment';

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
            <QueuedComment key={c.id} comment={c} busy={moderate.isPending} onDecide={(status, acknowledged) => moderate.mutate({ id: c.id, status, acknowledged })} />
          ))}
        </ul>
      )}
      {isApiError(moderate.error) && moderate.error.code === 'comment_identifies' ? (
        <p className="form-error" role="alert">
          {t('caseStudies.comments.identifies.refused')}
        </p>
      ) : (
        <FormError error={moderate.error} />
      )}
    </Card>
  );
}
