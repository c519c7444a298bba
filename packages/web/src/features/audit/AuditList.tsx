import type { AuditEvent } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { describeUserAgent } from './browser';

const TARGETS = ['client', 'engagement', 'session', 'contact', 'feedback', 'learning', 'organisation', 'timeline', 'board', 'portal_access', 'commitment', 'check_in', 'journal', 'testimonial', 'progress'] as const;
const isKnownTarget = (kind: string): kind is (typeof TARGETS)[number] => (TARGETS as readonly string[]).includes(kind);

/** Who did what to which record, when and from where. */
export function AuditList({ items, labelledBy, showClient }: { items: readonly AuditEvent[]; labelledBy: string; showClient: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="audit" aria-labelledby={labelledBy}>
      {items.map((e) => {
        const target = isKnownTarget(e.targetKind) ? t(`audit.target.${e.targetKind}`) : e.targetKind;
        const device = describeUserAgent(e.userAgent);
        return (
          <li key={e.id} className="audit__item">
            <time className="audit__when" dateTime={e.at}>
              {format.shortDateTime(e.at)}
            </time>
            <span className="audit__what">
              <strong>{e.actorName ?? t('audit.unknownActor')}</strong> <span className={`audit__action audit__action--${e.action}`}>{t(`audit.action.${e.action}`)}</span>{' '}
              {target}
              {showClient && e.clientId && e.targetKind !== 'client' ? (
                <>
                  {' · '}
                  <Link to={`/clients/${e.clientId}`}>{t('audit.client')}</Link>
                </>
              ) : null}
              {showClient && e.clientId && e.targetKind === 'client' && e.action !== 'delete' ? (
                <>
                  {' · '}
                  <Link to={`/clients/${e.clientId}`}>{t('audit.openRecord')}</Link>
                </>
              ) : null}
            </span>
            <span className="audit__where">
              {e.ip}
              {device ? ` · ${device}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
