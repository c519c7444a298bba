import type { CalendarItem } from '@alliance/api';
import { byLocalDay, monthOf, weekOf } from '@alliance/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoToLocalInput, localInputToIso } from '../../ui/datetime';
import { DateTimeField } from '../../ui/DateTimeField';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { Icon } from '../../ui/icons';
import { Card, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useCalendar, useReschedule } from './api';
import { FeedCard } from './FeedCard';
import { OutboxCard } from './OutboxCard';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const DAY_MS = 86_400_000;

/** A week or a month of sessions and programme days, in the coach's own time zone. */
export function CalendarPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [view, setView] = useState<'week' | 'month'>('week');
  const [anchor, setAnchor] = useState(() => new Date());
  const range = useMemo(() => (view === 'week' ? weekOf(anchor, ZONE) : monthOf(anchor, ZONE)), [view, anchor]);
  const calendar = useCalendar(range.from.toISOString(), range.to.toISOString());
  const items = useMemo(() => byLocalDay((calendar.data?.items ?? []).map((i) => ({ ...i, startsAt: new Date(i.startsAt), endsAt: new Date(i.endsAt) })), ZONE), [calendar.data]);
  const step = (direction: -1 | 1) => setAnchor(new Date(anchor.getTime() + direction * (view === 'week' ? 7 : 30) * DAY_MS));
  const monthLabel = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric' }).format(anchor);

  return (
    <>
      <PageHeader title={t('calendar.title')}>
        <p className="muted">{t('calendar.zone', { zone: ZONE })}</p>
      </PageHeader>
      <div className="split-layout split-layout--wide-main">
        <Card>
          <div className="calendar-toolbar">
            <div className="calendar-view-switch" role="group" aria-label={t('calendar.view')}>
              {(['week', 'month'] as const).map((v) => (
                <button key={v} type="button" className={`button button--small${view === v ? ' button--primary' : ''}`} aria-pressed={view === v} onClick={() => setView(v)}>
                  {t(`calendar.${v}`)}
                </button>
              ))}
            </div>
            <div className="calendar-toolbar__nav">
              <button type="button" className="button button--small" onClick={() => step(-1)} aria-label={t('calendar.previous')}>
                ←
              </button>
              <button type="button" className="button button--small" onClick={() => setAnchor(new Date())}>
                {t('calendar.today')}
              </button>
              <button type="button" className="button button--small" onClick={() => step(1)} aria-label={t('calendar.next')}>
                →
              </button>
            </div>
            <h2 className="calendar-toolbar__title">{view === 'week' ? t('calendar.weekOf', { date: format.date(range.days[0]!) }) : monthLabel}</h2>
          </div>
          {calendar.isPending ? <Loading /> : calendar.isError ? <ErrorState error={calendar.error} /> : null}
          <ol className={`calendar-grid calendar-grid--${view}`} aria-label={view === 'week' ? t('calendar.weekOf', { date: format.date(range.days[0]!) }) : monthLabel}>
            {range.days.map((day) => {
              const list = items.get(day) ?? [];
              const outside = view === 'month' && !day.startsWith(('month' in range ? range.month : '') as string);
              return (
                <li key={day} className={`calendar-day${outside ? ' calendar-day--outside' : ''}`}>
                  <h3 className="calendar-day__date">{format.weekday(`${day}T12:00:00`)}</h3>
                  {list.length === 0 && view === 'week' ? <p className="muted calendar-day__empty">{t('calendar.empty')}</p> : null}
                  <ul className="plain-list">
                    {list.map((item) => (
                      <CalendarEntry key={`${item.kind}-${item.id}`} item={{ ...item, startsAt: item.startsAt.toISOString(), endsAt: item.endsAt.toISOString() }} compact={view === 'month'} />
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </Card>
        <div className="stack">
          <Card title={t('calendar.unscheduled')} titleId="unscheduled-title">
            {calendar.data && calendar.data.unscheduled.length === 0 ? <p className="muted">{t('calendar.unscheduledNone')}</p> : null}
            <ul className="plain-list">
              {(calendar.data?.unscheduled ?? []).map((u) => (
                <li key={u.engagementId} className="calendar-unscheduled">
                  <Link to={`/engagements/${u.engagementId}`}>{u.clientName}</Link> — {u.title} <span className="muted">· {t('calendar.remaining', { count: u.remaining })}</span>
                </li>
              ))}
            </ul>
          </Card>
          <FeedCard />
          <OutboxCard />
        </div>
      </div>
    </>
  );
}

function CalendarEntry({ item, compact }: { item: CalendarItem; compact: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [moving, setMoving] = useState(false);
  const [when, setWhen] = useState<string | null>(() => isoToLocalInput(item.startsAt));
  const [sent, setSent] = useState(false);
  const reschedule = useReschedule();
  const to = item.kind === 'session' && item.engagementId ? `/sessions/${item.id}` : item.programmeId ? `/programmes/${item.programmeId}` : '#';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scheduledAt = localInputToIso(when ?? '');
    setSent(true);
    if (scheduledAt) reschedule.mutate({ sessionId: item.id, scheduledAt }, { onSuccess: () => setMoving(false) });
  };
  return (
    <li className={`calendar-entry calendar-entry--${item.kind}${item.conflict ? ' calendar-entry--conflict' : ''}`}>
      <Link to={to}>
        <span className="calendar-entry__time">
          {format.time(item.startsAt)}–{format.time(item.endsAt)}
        </span>{' '}
        <span className="calendar-entry__title">{item.title}</span>
      </Link>
      {compact ? null : <span className="muted calendar-entry__kind"> · {item.kind === 'session' ? t('calendar.session') : t('calendar.programmeDay')}</span>}
      {item.conflict ? (
        <span className="calendar-entry__conflict" title={t('calendar.conflict')}>
          <Icon name="warning" /> <span className={compact ? 'visually-hidden' : ''}>{t('calendar.conflict')}</span>
        </span>
      ) : null}
      {item.kind === 'session' && !compact ? (
        moving ? (
          <form className="inline-form" onSubmit={submit} aria-label={t('calendar.move')}>
            <DateTimeField id={`move-${item.id}`} label={t('calendar.newTime')} value={when} onChange={setWhen} checked={sent} required />
            <button type="submit" className="button button--small button--primary" disabled={reschedule.isPending}>
              {t('calendar.move')}
            </button>
            <FormError error={reschedule.error} />
          </form>
        ) : (
          <button type="button" className="button button--small calendar-entry__move" onClick={() => setMoving(true)}>
            {t('calendar.reschedule')}
          </button>
        )
      ) : null}
    </li>
  );
}
