import { API, type ClientSpace } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../../ui/fields';
import { Icon } from '../../ui/icons';
import { useFormat } from '../../ui/format';
import { ErrorState, Loading } from '../../ui/page';
import { PageTitle } from '../../ui/PageTitle';
import { SessionStatusBadge, useSessionLabel } from '../../ui/status';
import { useClientSpace, useJournal } from './api';
import { Commitments } from './Commitments';
import { SponsorViewDetails } from './parts';
import { usePortal } from './PortalShell';

type SpaceSession = ClientSpace['sessions'][number];

export function sessionPath(id: string) {
  return `/espace/seances/${id}`;
}

/** Upcoming (planned) first in date order; then the past, most recent first. */
export function splitSessions(sessions: SpaceSession[]) {
  const byDate = [...sessions].sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt));
  return {
    upcoming: byDate.filter((s) => s.status === 'planned'),
    past: byDate.filter((s) => s.status !== 'planned').reverse(),
  };
}

/** /espace — her space at a glance, the next thing to do first. */
export function ClientHomePage() {
  const { t } = useTranslation();
  const { me, engagementId, chooseEngagement } = usePortal();
  const space = useClientSpace(engagementId);

  return (
    <div className="portal-page">
      <PageTitle title={t('portal.title')} />
      <header className="portal-hello">
        <h1>{t('portal.home.hello', { name: me.name })}</h1>
        {space.data ? <p className="portal-lead">{t('portal.home.engagement', { title: space.data.engagement.title })}</p> : null}
      </header>
      {me.engagements.length > 1 && engagementId ? (
        <SelectField
          id="portal-engagement"
          label={t('portal.home.choose')}
          hint={t('portal.home.chooseHint')}
          value={engagementId}
          onChange={(e) => chooseEngagement(e.target.value)}
          options={me.engagements.map((e) => ({ value: e.id, label: e.title }))}
        />
      ) : null}
      {!engagementId ? (
        <p className="empty-state">{t('portal.home.none')}</p>
      ) : space.isPending ? (
        <Loading />
      ) : space.isError ? (
        <ErrorState error={space.error} />
      ) : (
        <Space space={space.data} />
      )}
    </div>
  );
}

function Space({ space }: { space: ClientSpace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sessionLabel = useSessionLabel();
  const journal = useJournal();
  const { upcoming, past } = splitSessions(space.sessions);
  const next = upcoming[0];
  const toRate = past.find((s) => s.status === 'held' && !s.checkIns.after);
  const mine = (journal.data ?? []).filter((e) => e.engagementId === space.engagement.id);
  const shared = mine.filter((e) => e.sharedAt).length;
  const testimonial = space.testimonial;
  const consent = testimonial?.consent ?? null;
  const label = (s: SpaceSession) => sessionLabel(s.ordinal, space.engagement.plannedSessions);

  return (
    <div className="portal-stack">
      <section className="card portal-card portal-card--next" aria-labelledby="portal-next">
        <h2 id="portal-next">{t('portal.next.title')}</h2>
        {next ? (
          <>
            <p className="portal-next__when">{format.dateTime(next.scheduledAt)}</p>
            <p className="muted">
              {label(next)} · {t(`sessionMode.${next.mode}`)} · {t('common.minutes', { count: next.durationMinutes })}
            </p>
            <div className="portal-actions">
              {next.checkIns.before ? (
                <>
                  <p className="portal-done">✓ {t('portal.next.prepared')}</p>
                  <Link className="button button--block portal-big" to={sessionPath(next.id)}>
                    {t('portal.next.open')}
                  </Link>
                </>
              ) : (
                <Link className="button button--primary button--block portal-big" to={sessionPath(next.id)}>
                  {t('portal.next.prepare')}
                </Link>
              )}
            </div>
          </>
        ) : (
          <p className="muted">{t('portal.next.none')}</p>
        )}
      </section>

      {toRate ? (
        <section className="card portal-card portal-card--todo" aria-labelledby="portal-rate">
          <h2 id="portal-rate">{t('portal.todo.rateTitle', { date: format.date(toRate.scheduledAt) })}</h2>
          <p className="portal-card__intro">{t('portal.todo.rateText')}</p>
          <Link className="button button--secondary button--block portal-big" to={`${sessionPath(toRate.id)}#apres`}>
            {t('portal.todo.rate')}
          </Link>
        </section>
      ) : null}

      <Commitments engagementId={space.engagement.id} items={space.commitments} />

      <section className="card portal-card" aria-labelledby="portal-journal">
        <h2 id="portal-journal">{t('portal.journal.title')}</h2>
        <p className="portal-card__intro">{t('portal.journal.cardText')}</p>
        <p className="portal-private">
          <Icon name="lock" className="icon portal-private__icon" />
          {t('portal.journal.private')}
        </p>
        {mine.length ? (
          <p className="muted">
            {t('portal.journal.count', { count: mine.length })}
            {shared ? ` · ${t('portal.journal.sharedCount', { count: shared })}` : ''}
          </p>
        ) : null}
        <Link className="button button--primary button--block portal-big" to="/espace/journal">
          {t('portal.journal.write')}
        </Link>
      </section>

      <section className="card portal-card" aria-labelledby="portal-sessions">
        <h2 id="portal-sessions">{t('portal.sessions.title')}</h2>
        {space.sessions.length === 0 ? (
          <p className="muted">{t('portal.sessions.empty')}</p>
        ) : (
          <ul className="portal-sessions">
            {[...upcoming, ...past].map((s) => (
              <li key={s.id}>
                <Link to={sessionPath(s.id)} className="portal-session">
                  <span className="portal-session__main">
                    <span className="portal-session__title">{label(s)}</span>
                    <span className="portal-session__when">{format.date(s.scheduledAt)}</span>
                  </span>
                  <span className="portal-session__tags">
                    <SessionStatusBadge status={s.status} />
                    {s.summary ? <span className="badge">{t('portal.sessions.summaryShared')}</span> : null}
                    {s.checkIns.before ? <span className="badge">{t('portal.sessions.prepared')}</span> : null}
                    {s.checkIns.after ? <span className="badge">{t('portal.sessions.rated')}</span> : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card portal-card" aria-labelledby="portal-objectives">
        <h2 id="portal-objectives">{t('portal.objectives.title')}</h2>
        {space.objectives.length ? (
          <ol className="portal-objectives">
            {space.objectives.map((o) => (
              <li key={o.id}>{o.statement}</li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('portal.objectives.empty')}</p>
        )}
      </section>

      <section className="card portal-card" aria-labelledby="portal-feedback">
        <h2 id="portal-feedback">{t('portal.feedback.cardTitle')}</h2>
        <p className="portal-card__intro">{t('portal.feedback.cardText')}</p>
        <Link className="button button--secondary button--block portal-big" to="/espace/retour">
          {t('portal.feedback.give')}
        </Link>
      </section>

      <section className="card portal-card" aria-labelledby="portal-testimonial">
        <h2 id="portal-testimonial">{t('portal.testimonial.title')}</h2>
        <p className="portal-card__intro">{t('portal.testimonial.cardText')}</p>
        <p className="portal-state">
          {!testimonial
            ? t('portal.testimonial.state.none')
            : consent && !consent.withdrawnAt
              ? t('portal.testimonial.state.consented', { attribution: testimonial.attribution ?? '' })
              : consent?.withdrawnAt
                ? t('portal.testimonial.state.withdrawn')
                : t('portal.testimonial.state.private')}
        </p>
        <Link className="button button--secondary button--block portal-big" to="/espace/temoignage">
          {testimonial ? t('portal.testimonial.open') : t('portal.testimonial.write')}
        </Link>
      </section>

      {space.sponsor ? (
        <section className="card portal-card" aria-labelledby="portal-sponsor">
          <h2 id="portal-sponsor">{t('portal.sponsor.cardTitle', { sponsor: space.sponsor.name })}</h2>
          <p className="portal-card__intro">{t('portal.sponsor.cardIntro', { sponsor: space.sponsor.name })}</p>
          <SponsorViewDetails view={space.sponsor.view} headingLevel={3} />
        </section>
      ) : null}

      <section className="card portal-card" aria-labelledby="portal-data">
        <h2 id="portal-data">{t('portal.data.title')}</h2>
        <p className="portal-card__intro">{t('portal.data.text')}</p>
        <a className="button button--block portal-big" href={API.portalExport} download>
          {t('portal.data.export')}
        </a>
      </section>
    </div>
  );
}
