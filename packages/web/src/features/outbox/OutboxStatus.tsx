import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';

/** Sent (and when), or still waiting: with no mail server configured, messages wait here for good. */
export function OutboxStatus({ sentAt }: { sentAt: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return sentAt ? (
    <span className="badge badge--active">{t('calendar.outbox.sent', { date: format.shortDateTime(sentAt) })}</span>
  ) : (
    <span className="badge">{t('calendar.outbox.waiting')}</span>
  );
}
