import type { OutboxMessage } from '@alliance/api';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useOutbox } from '../calendar/api';
import { LinkedText } from './LinkedText';
import { OutboxStatus } from './OutboxStatus';

/**
 * Every message Alliance wrote, newest first, in full: with no mail server configured,
 * this is where the coach reads them, and follows a sign-in link herself.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const messages = useMemo(() => [...(outbox.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [outbox.data]);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/calendar" className="back-link">
            {t('calendar.outbox.back')}
          </Link>
        }
        title={t('calendar.outbox.title')}
      >
        <p className="page-header__sub">{t('calendar.outbox.hint')}</p>
      </PageHeader>
      <Card>
        {outbox.isPending ? <Loading /> : null}
        {outbox.isError && !outbox.data ? <ErrorState error={outbox.error} /> : null}
        {outbox.data && messages.length === 0 ? <EmptyState>{t('calendar.outbox.none')}</EmptyState> : null}
        {messages.length > 0 ? (
          <ol className="plain-list outbox-list" aria-label={t('calendar.outbox.listLabel')}>
            {messages.map((m) => (
              <li key={m.id}>
                <OutboxEntry message={m} />
              </li>
            ))}
          </ol>
        ) : null}
      </Card>
    </>
  );
}

function OutboxEntry({ message: m }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article aria-labelledby={`outbox-${m.id}`}>
      <h2 id={`outbox-${m.id}`}>{m.subject}</h2>
      <p className="muted">
        {t(`calendar.outbox.kind.${m.kind}`)} · {t('calendar.outbox.to')} {m.to} · {t('calendar.outbox.written')} <time dateTime={m.createdAt}>{format.shortDateTime(m.createdAt)}</time> ·{' '}
        <OutboxStatus sentAt={m.sentAt} />
      </p>
      <LinkedText text={m.body} className="prose outbox-list__body" />
    </article>
  );
}
