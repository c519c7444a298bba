import type { Alert } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { allianceDetail } from './progress-model';

/** Where an alert leads: the measures for the alliance and commitments, the timeline for a shared journal entry. */
export function alertLink(a: Pick<Alert, 'kind' | 'engagementId'>): string {
  switch (a.kind) {
    case 'alliance_low':
    case 'alliance_drop':
      return `/engagements/${a.engagementId}?tab=progress`;
    case 'commitment_overdue':
      return `/engagements/${a.engagementId}?tab=progress#commitments`;
    case 'journal_shared':
      return `/engagements/${a.engagementId}`;
  }
}

/** What the alert says, in the coach's words and language. */
export function useAlertText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (a: Alert): string => {
    switch (a.kind) {
      case 'alliance_low':
      case 'alliance_drop': {
        const d = allianceDetail(a.detail);
        if (!d) return t(`progress.alerts.kinds.${a.kind}`);
        const score = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(d.score);
        const average = d.average === null ? null : new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(d.average);
        return average === null ? t(`progress.alerts.detail.${a.kind}`, { score }) : t(`progress.alerts.detail.${a.kind}WithAverage`, { score, average });
      }
      case 'journal_shared':
        return t('progress.alerts.detail.journal_shared', { date: format.date(a.detail) || a.detail });
      case 'commitment_overdue':
        return t('progress.alerts.detail.commitment_overdue', { date: format.date(a.detail) || a.detail });
    }
  };
}

/**
 * One alert: who, what, when, a link to where to look. Unread ones stand out (and
 * say so to a screen reader); following the link or the button marks it read.
 */
export function AlertItem({ alert: a, onRead, headingLevel = 3 }: { alert: Alert; onRead: (id: string) => void; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAlertText();
  const unread = a.readAt === null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`alert-item alert-item--${a.kind}${unread ? ' alert-item--unread' : ''}`} aria-labelledby={`alert-${a.id}`}>
      <div className="alert-item__main">
        <Heading id={`alert-${a.id}`} className="alert-item__title">
          {unread ? <span className="alert-item__dot" aria-hidden="true" /> : null}
          {unread ? <span className="visually-hidden">{t('progress.alerts.unread')} — </span> : null}
          <span className="alert-item__kind">{t(`progress.alerts.kinds.${a.kind}`)}</span>
          <span className="muted" aria-hidden="true">
            ·
          </span>
          <span className="alert-item__client">{a.clientName}</span>
        </Heading>
        <p className="alert-item__detail">{text(a)}</p>
        <p className="alert-item__meta">
          <time dateTime={a.createdAt}>{format.shortDateTime(a.createdAt)}</time>
          {a.readAt ? <span> · {t('progress.alerts.readOn', { date: format.shortDateTime(a.readAt) })}</span> : null}
        </p>
      </div>
      <div className="alert-item__actions">
        <Link className="button button--secondary button--small" to={alertLink(a)} aria-describedby={`alert-${a.id}`} onClick={() => (unread ? onRead(a.id) : undefined)}>
          {t('progress.alerts.open')}
        </Link>
        {unread ? (
          <button type="button" className="button button--ghost button--small" aria-describedby={`alert-${a.id}`} onClick={() => onRead(a.id)}>
            {t('progress.alerts.markRead')}
          </button>
        ) : null}
      </div>
    </article>
  );
}
