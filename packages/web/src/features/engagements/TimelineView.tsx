import type { Timeline, TimelineEntry } from '@alliance/api';
import { emotionLabel } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { Icon, type IconName } from '../../ui/icons';
import { EmptyState } from '../../ui/page';
import { SessionStatusBadge, useSessionLabel } from '../../ui/status';

const iconOf = (entry: TimelineEntry): IconName => {
  switch (entry.kind) {
    case 'contact':
    case 'programme_contact':
      return entry.contactKind;
    case 'programme_day':
      return 'meeting';
    // A page of her journal: a written message from her.
    case 'journal':
      return 'message';
    default:
      return entry.kind;
  }
};

/** The engagement's story in order; what is still to come is marked as such. */
export function TimelineView({ timeline, now = Date.now() }: { timeline: Timeline; now?: number }) {
  const { t } = useTranslation();
  if (timeline.entries.length === 0) return <EmptyState>{t('timeline.empty')}</EmptyState>;
  return (
    <ol className="timeline" aria-label={t('timeline.label')}>
      {timeline.entries.map((entry) => {
        const future = Date.parse(entry.at) > now;
        return (
          <li key={`${entry.kind}-${entry.id}`} className={`timeline__entry timeline__entry--${entry.kind}${future ? ' timeline__entry--future' : ''}`}>
            <span className="timeline__icon">
              <Icon name={iconOf(entry)} />
            </span>
            <div className="timeline__body">
              <EntryBody entry={entry} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function When({ at, dateOnly = false }: { at: string; dateOnly?: boolean }) {
  const format = useFormat();
  return (
    <time className="timeline__when" dateTime={at}>
      {dateOnly ? format.date(at) : format.shortDateTime(at)}
    </time>
  );
}

function EntryBody({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const sessionLabel = useSessionLabel();
  switch (entry.kind) {
    case 'contract':
      return (
        <>
          <p className="timeline__title">{entry.agreed ? t('timeline.contract.agreed') : t('timeline.contract.draft')}</p>
          <When at={entry.at} dateOnly />
          <p className="timeline__text">
            {[
              entry.plannedSessions ? t('timeline.contract.planned', { count: entry.plannedSessions }) : t('timeline.contract.noPlan'),
              t(`sponsorVisibility.${entry.sponsorVisibility}`),
            ].join(' · ')}
          </p>
        </>
      );
    case 'status':
      return (
        <>
          <p className="timeline__title">
            {entry.from ? t('timeline.status.moved', { from: t(`engagementStatus.${entry.from}`), to: t(`engagementStatus.${entry.to}`) }) : t('timeline.status.started', { to: t(`engagementStatus.${entry.to}`) })}
          </p>
          <When at={entry.at} />
        </>
      );
    case 'session':
      return (
        <>
          <p className="timeline__title">
            <Link to={`/sessions/${entry.id}`}>{sessionLabel(entry.ordinal, entry.plannedSessions)}</Link> <SessionStatusBadge status={entry.status} />
          </p>
          <When at={entry.at} />
          <p className="timeline__meta">
            {t(`sessionMode.${entry.mode}`)} · {t('common.minutes', { count: entry.durationMinutes })}
          </p>
          {entry.sessionObjective ? (
            <p className="timeline__text">
              <span className="timeline__label">{t('timeline.session.objective')}</span> {entry.sessionObjective}
            </p>
          ) : null}
        </>
      );
    case 'contact':
      return (
        <>
          <p className="timeline__title">{t(`contactKind.${entry.contactKind}`)}</p>
          <When at={entry.at} />
          <p className="timeline__meta">
            {[t(`initiatedBy.${entry.initiatedBy}`), entry.durationMinutes ? t('common.minutes', { count: entry.durationMinutes }) : null].filter(Boolean).join(' · ')}
          </p>
          <p className="timeline__text prose">{entry.summary}</p>
        </>
      );
    case 'feedback':
      return (
        <>
          <p className="timeline__title">
            {t('timeline.feedback.title', { event: entry.event })}
            {entry.outcome ? <span className={`badge badge--outcome-${entry.outcome}`}>{t(`outcome.${entry.outcome}`)}</span> : null}
            {entry.givenBy === 'client' ? <span className="tag tag--client">{t('progress.timeline.fromClient')}</span> : null}
          </p>
          <When at={entry.at} />
          {entry.account ? <p className="timeline__text prose">{entry.account}</p> : null}
        </>
      );
    case 'journal':
      return <JournalBody entry={entry} />;
    case 'learning':
      return (
        <>
          <p className="timeline__title">{t('timeline.learning.title')}</p>
          <When at={entry.at} />
          <p className="timeline__text prose">{entry.statement}</p>
        </>
      );
    case 'programme_day':
      return (
        <>
          <p className="timeline__title">
            <Link to={`/programmes/${entry.programmeId}`}>{t('timeline.programme.day', { title: entry.title })}</Link>
          </p>
          <When at={entry.at} />
          <p className="timeline__meta">{entry.attended ? t('timeline.programme.present') : t('timeline.programme.absent')}</p>
        </>
      );
    case 'programme_contact':
      return (
        <>
          <p className="timeline__title">{t('timeline.programme.contact', { kind: t(`contactKind.${entry.contactKind}`), title: entry.title })}</p>
          <When at={entry.at} />
          <p className="timeline__text prose">{entry.summary}</p>
        </>
      );
  }
}

/** A journal entry she chose to share: the day it is about, and what she wrote of it. */
function JournalBody({ entry }: { entry: Extract<TimelineEntry, { kind: 'journal' }> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const parts = [
    ['situation', entry.situation],
    ['thoughts', entry.thoughts],
    ['needs', entry.needs],
  ] as const;
  return (
    <>
      <p className="timeline__title">
        {t('progress.timeline.journal', { date: format.date(entry.occurredOn) })}
        <span className="tag tag--client">{t('progress.timeline.fromClient')}</span>
      </p>
      <p className="timeline__meta">{t('progress.timeline.sharedOn', { date: format.shortDateTime(entry.at) })}</p>
      {entry.emotions.length > 0 ? (
        <ul className="chips timeline__emotions" aria-label={t('progress.timeline.emotions')}>
          {entry.emotions.map((e, i) => (
            <li key={`${e.name}-${i}`} className="chip chip--static">
              {emotionLabel(e.name, language)} <span className="muted">{e.intensity}/10</span>
            </li>
          ))}
        </ul>
      ) : null}
      {parts.map(([key, value]) =>
        value ? (
          <p key={key} className="timeline__text timeline__journal-text">
            <span className="timeline__label">{t(`progress.timeline.${key}`)}</span> <span className="prose">{value}</span>
          </p>
        ) : null,
      )}
    </>
  );
}
