import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { Card, ErrorState, Loading } from '../../ui/page';
import { LinkedText } from '../outbox/LinkedText';
import { OutboxStatus } from '../outbox/OutboxStatus';
import { useOutbox } from './api';

/** The latest messages Alliance wrote: with no mail server configured yet, this is where they are read. */
export function OutboxCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const outbox = useOutbox();
  return (
    <Card title={t('calendar.outbox.title')} titleId="outbox-title" actions={<Link to="/outbox">{t('calendar.outbox.all')}</Link>}>
      <p className="muted">{t('calendar.outbox.hint')}</p>
      {outbox.isPending ? <Loading /> : outbox.isError ? <ErrorState error={outbox.error} /> : null}
      {outbox.data && outbox.data.length === 0 ? <p className="muted">{t('calendar.outbox.none')}</p> : null}
      <ul className="plain-list outbox-list" aria-labelledby="outbox-title">
        {(outbox.data ?? []).slice(0, 20).map((m) => (
          <li key={m.id}>
            <details>
              <summary>
                <strong>{m.subject}</strong>{' '}
                <span className="muted">
                  · {m.to} · {format.shortDateTime(m.createdAt)} · <OutboxStatus sentAt={m.sentAt} />
                </span>
              </summary>
              <LinkedText text={m.body} className="prose outbox-list__body" />
            </details>
          </li>
        ))}
      </ul>
    </Card>
  );
}
