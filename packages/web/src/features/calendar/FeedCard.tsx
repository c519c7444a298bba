import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/CopyButton';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { Card } from '../../ui/page';
import { useCalendarFeed, useFeedChange } from './api';

/** The private subscription address: shown once when made, renewable, revocable. */
export function FeedCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const feed = useCalendarFeed();
  const change = useFeedChange();
  const shown = change.data?.url ?? null;
  return (
    <Card title={t('calendar.feed.title')} titleId="feed-title">
      <p className="muted">{t('calendar.feed.hint')}</p>
      <p role="status">{feed.data?.active ? t('calendar.feed.active', { date: format.date(feed.data.createdAt) }) : t('calendar.feed.none')}</p>
      {shown ? (
        <div className="field">
          <label htmlFor="feed-url">{t('calendar.feed.url')}</label>
          <input id="feed-url" readOnly value={shown} aria-describedby="feed-once" onFocus={(e) => e.currentTarget.select()} />
          <p id="feed-once" className="field-hint">
            {t('calendar.feed.once')}
          </p>
          <CopyButton text={shown} label={t('calendar.feed.copy')} />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => change.mutate('create')} disabled={change.isPending}>
          {feed.data?.active ? t('calendar.feed.renew') : t('calendar.feed.create')}
        </button>
        {feed.data?.active ? (
          <button type="button" className="button button--danger" onClick={() => change.mutate('revoke', { onSuccess: () => change.reset() })} disabled={change.isPending}>
            {t('calendar.feed.revoke')}
          </button>
        ) : null}
      </div>
      <FormError error={change.error} />
    </Card>
  );
}
