import type { CheckIn, ClientSpace } from '@alliance/api';
import { ALLIANCE_ITEM_WORDING, ALLIANCE_ITEMS, ALLIANCE_MAX, ALLIANCE_MIN, type AllianceItem, progressBounds, type ProgressScale } from '@alliance/domain';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextAreaField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { ErrorState, Loading } from '../../ui/page';
import { PageTitle } from '../../ui/PageTitle';
import { SessionStatusBadge, useSessionLabel } from '../../ui/status';
import { type CheckInAnswer, useAnswerCheckIn, useCheckIn, useClientSpace, useOpenBoard } from './api';
import { BackHome, RangeField, useLang } from './parts';
import { usePortal } from './PortalShell';

type SpaceSession = ClientSpace['sessions'][number];

/** /espace/seances/:sessionId — one session: what the coach shared, and her check-ins before and after. */
export function PortalSessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { engagementId } = usePortal();
  const space = useClientSpace(engagementId);

  if (!engagementId) return <p className="empty-state">{t('portal.home.none')}</p>;
  if (space.isPending) return <Loading />;
  if (space.isError) return <ErrorState error={space.error} />;
  const session = space.data.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return (
      <div className="portal-page">
        <BackHome />
        <p className="empty-state">{t('portal.session.notFound')}</p>
      </div>
    );
  }
  return <SessionView space={space.data} session={session} />;
}

function SessionView({ space, session }: { space: ClientSpace; session: SpaceSession }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sessionLabel = useSessionLabel();
  const location = useLocation();
  const label = sessionLabel(session.ordinal, space.engagement.plannedSessions);
  const showBefore = session.status === 'planned' || session.checkIns.before;
  const showAfter = session.status === 'held' || session.checkIns.after;

  // "#apres" from the home page's reminder: straight to the rating.
  useEffect(() => {
    if (location.hash !== '#apres') return;
    const frame = requestAnimationFrame(() => document.getElementById('apres')?.scrollIntoView());
    return () => cancelAnimationFrame(frame);
  }, [location.hash]);

  return (
    <div className="portal-page">
      <PageTitle title={label} />
      <BackHome />
      <header className="portal-hello">
        <p className="portal-eyebrow">{space.engagement.title}</p>
        <h1>{label}</h1>
        <p className="portal-lead">{format.dateTime(session.scheduledAt)}</p>
        <p className="portal-meta">
          <SessionStatusBadge status={session.status} /> <span className="muted">{t(`sessionMode.${session.mode}`)} · {t('common.minutes', { count: session.durationMinutes })}</span>
        </p>
      </header>

      {session.status !== 'planned' ? (
        <section className="card portal-card" aria-labelledby="session-summary">
          <h2 id="session-summary">{t('portal.session.summaryTitle')}</h2>
          {session.summary ? <p className="prose portal-summary">{session.summary}</p> : <p className="muted">{t('portal.session.noSummary')}</p>}
          {session.boards.length ? (
            <>
              <h3 className="portal-card__sub">{t('portal.session.boardsTitle')}</h3>
              <ul className="portal-boards">
                {session.boards.map((b) => (
                  <li key={b.id}>
                    <BoardLink id={b.id} title={b.title} />
                  </li>
                ))}
              </ul>
              <p className="field-hint">{t('portal.session.boardsHint')}</p>
            </>
          ) : null}
        </section>
      ) : null}

      {showBefore ? (
        <CheckInCard anchor="avant" title={t('portal.before.title')} sessionId={session.id} kind="before">
          {(previous) => <BeforeForm engagementId={space.engagement.id} sessionId={session.id} scale={space.engagement.progressScale} objectives={space.objectives} previous={previous} />}
        </CheckInCard>
      ) : null}

      {showAfter ? (
        <CheckInCard anchor="apres" title={t('portal.after.title')} sessionId={session.id} kind="after">
          {(previous) => <AfterForm engagementId={space.engagement.id} sessionId={session.id} previous={previous} />}
        </CheckInCard>
      ) : null}
    </div>
  );
}

/** One check-in's card (#avant, #apres): her previous answer is loaded before the form shows it. */
function CheckInCard({ anchor, title, sessionId, kind, children }: { anchor: string; title: string; sessionId: string; kind: 'before' | 'after'; children: (previous: CheckIn | null) => ReactNode }) {
  const previous = useCheckIn(sessionId, kind);
  return (
    <section className="card portal-card" aria-labelledby={`${anchor}-title`} id={anchor}>
      <h2 id={`${anchor}-title`}>{title}</h2>
      {previous.isPending ? <Loading /> : previous.isError ? <ErrorState error={previous.error} /> : children(previous.data)}
    </section>
  );
}

/** Where a check-in's answer goes, and her previous answer (null before the first). */
type Answering = { engagementId: string; sessionId: string; previous: CheckIn | null };

/**
 * The form both check-ins share: she sends her answer, and may send it again to change
 * it; it says when she last answered, and thanks her once saved. `children` are the
 * questions, given the server's refusals by field; `answerOf` reads them when she sends.
 */
function CheckInForm({ intro, sentText, answerOf, children, ...at }: Answering & { intro: string; sentText: string; answerOf: () => CheckInAnswer; children: (fieldError: (path: string) => string | undefined) => ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerCheckIn(at.engagementId, at.sessionId);
  const fieldError = useFieldErrors(answer.error);
  const [sent, setSent] = useState(false);
  const answeredAt = answer.data?.answeredAt ?? at.previous?.answeredAt;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    answer.mutate(answerOf(), { onSuccess: () => setSent(true) });
  };

  return (
    <form className="form portal-form" onSubmit={submit} noValidate>
      <p className="portal-card__intro">{intro}</p>
      {answeredAt && !sent ? <p className="portal-done">✓ {t('portal.checkIn.answeredOn', { date: format.dateTime(answeredAt) })}</p> : null}
      {children(fieldError)}
      <FormError error={answer.error} />
      <button type="submit" className="button button--primary button--block portal-big" disabled={answer.isPending}>
        {answer.isPending ? t('common.saving') : answeredAt ? t('portal.checkIn.update') : t('portal.checkIn.send')}
      </button>
      <p className="status-line" role="status">
        {sent ? sentText : ''}
      </p>
    </form>
  );
}

const GAS_KEYS: Record<number, 'muchLess' | 'less' | 'expected' | 'more' | 'muchMore'> = { [-2]: 'muchLess', [-1]: 'less', 0: 'expected', 1: 'more', 2: 'muchMore' };
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

function BeforeForm({ scale, objectives, ...at }: Answering & { scale: ProgressScale; objectives: ClientSpace['objectives'] }) {
  const { t } = useTranslation();
  const { min, max } = progressBounds(scale);
  const middle = Math.round((min + max) / 2);
  const [values, setValues] = useState<Record<string, number>>(() =>
    Object.fromEntries(objectives.map((o) => [o.id, at.previous?.progress?.find((p) => p.objectiveId === o.id)?.value ?? middle])),
  );

  if (objectives.length === 0) return <p className="muted">{t('portal.before.noObjectives')}</p>;

  return (
    <CheckInForm
      {...at}
      intro={scale === 'goal_attainment' ? t('portal.before.introGas') : t('portal.before.intro')}
      sentText={t('portal.before.sent')}
      answerOf={() => ({ kind: 'before', progress: objectives.map((o) => ({ objectiveId: o.id, value: values[o.id] ?? middle })) })}
    >
      {(fieldError) =>
        objectives.map((o, i) => {
          const value = values[o.id] ?? middle;
          const error = fieldError(`progress.${i}.value`) ?? fieldError(`progress.${i}.objectiveId`);
          const set = (v: number) => setValues((all) => ({ ...all, [o.id]: v }));
          return scale === 'goal_attainment' ? (
            <fieldset key={o.id} className="portal-gas" aria-describedby={error ? `gas-${o.id}-error` : undefined}>
              <legend>{o.statement}</legend>
              {[-2, -1, 0, 1, 2].map((v) => (
                <label key={v} className="portal-gas__option">
                  <input type="radio" name={`gas-${o.id}`} value={v} checked={value === v} onChange={() => set(v)} aria-invalid={error ? true : undefined} />
                  <span className="portal-gas__value" aria-hidden="true">
                    {signed(v)}
                  </span>
                  <span>{t(`portal.before.gas.${GAS_KEYS[v]!}`)}</span>
                </label>
              ))}
              {error ? (
                <p id={`gas-${o.id}-error`} className="field-error">
                  {error}
                </p>
              ) : null}
            </fieldset>
          ) : (
            <RangeField
              key={o.id}
              id={`progress-${o.id}`}
              label={o.statement}
              min={min}
              max={max}
              value={value}
              onChange={set}
              valueText={t('portal.scale.valueOf10', { value })}
              minLabel={t('portal.before.min')}
              maxLabel={t('portal.before.max')}
              error={error}
            />
          );
        })
      }
    </CheckInForm>
  );
}

function AfterForm(at: Answering) {
  const { t } = useTranslation();
  const lang = useLang();
  const middle = Math.round((ALLIANCE_MIN + ALLIANCE_MAX) / 2);
  const [ratings, setRatings] = useState<Record<AllianceItem, number>>(
    () => Object.fromEntries(ALLIANCE_ITEMS.map((item) => [item, at.previous?.ratings?.[item] ?? middle])) as Record<AllianceItem, number>,
  );
  const [comment, setComment] = useState(at.previous?.comment ?? '');

  return (
    <CheckInForm
      {...at}
      intro={t('portal.after.intro')}
      sentText={t('portal.after.sent')}
      answerOf={() => ({ kind: 'after', ratings, ...(comment.trim() ? { comment: comment.trim() } : {}) })}
    >
      {(fieldError) => (
        <>
          {ALLIANCE_ITEMS.map((item) => (
            <RangeField
              key={item}
              id={`alliance-${item}`}
              label={ALLIANCE_ITEM_WORDING[item][lang]}
              min={ALLIANCE_MIN}
              max={ALLIANCE_MAX}
              value={ratings[item]}
              onChange={(v) => setRatings((r) => ({ ...r, [item]: v }))}
              valueText={t('portal.scale.valueOf10', { value: ratings[item] })}
              minLabel={t('portal.after.min')}
              maxLabel={t('portal.after.max')}
              error={fieldError(`ratings.${item}`)}
            />
          ))}
          <TextAreaField
            id="alliance-comment"
            label={t('portal.after.comment')}
            hint={t('portal.after.commentHint')}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={fieldError('comment')}
          />
          <p className="field-hint">{t('portal.after.who')}</p>
        </>
      )}
    </CheckInForm>
  );
}

/** Opens one of her boards, view-only: live while her coach has it open, its pictures otherwise. */
function BoardLink({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const open = useOpenBoard();
  return (
    <>
      <button type="button" className="button button--secondary" disabled={open.isPending} onClick={() => open.mutate(id, { onSuccess: (link) => window.location.assign(link.path) })}>
        {t('portal.session.openBoard', { title })}
      </button>
      <FormError error={open.error} />
    </>
  );
}
