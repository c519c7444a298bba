import type { ProgressView } from '@alliance/api';
import { ALLIANCE_MAX, ALLIANCE_MIN, EMOTION_INTENSITY_MAX, emotionLabel, progressBounds, type ProgressScale } from '@alliance/domain';
import type { ChartConfiguration } from 'chart.js';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { EmptyState } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { ChartCanvas, SERIES } from './ChartCanvas';
import { ChartPair, FiguresTable, legendBelow, lineOf, overTime, xScale, yScale } from './chart-parts';
import { checkInColumns, emotionPairs, objectiveRows, shorten } from './progress-model';

const BEFORE = '#b0641f';
const AFTER = '#2f5d62';
const THRESHOLD = '#a3362a';

/** Numbers in the coach's language; goal attainment shows its sign (+1, 0, -1). */
function useNumbers() {
  const { locale } = useFormat();
  return useMemo(() => {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    return (value: number, scale?: ProgressScale) => (scale === 'goal_attainment' ? signed : plain).format(value);
  }, [locale]);
}

/** "Séance 3" when the check-in belongs to a numbered session, else its date ("12 oct."). */
function useColumnLabel() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const day = useMemo(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }), [locale]);
  return useCallback(
    (c: { at: string; ordinal: number | null }) => {
      if (c.ordinal !== null) return t('progress.sessionN', { ordinal: c.ordinal });
      const d = new Date(c.at);
      return Number.isNaN(d.getTime()) ? '?' : day.format(d);
    },
    [t, day],
  );
}

/** "12 oct. 2026": short enough for a table cell. */
function useShortDate() {
  const { locale } = useFormat();
  const f = useMemo(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }), [locale]);
  return useCallback((iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : f.format(d);
  }, [f]);
}

/** A titled part of the progress tab; `empty` says why there is nothing to show, in place of the rest. */
function Section({ id, title, hint, empty, children }: { id: string; title: string; hint?: string; empty?: string | false; children: ReactNode }) {
  return (
    <section className="progress-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="progress-section__title">
        {title}
      </h2>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {empty ? <EmptyState>{empty}</EmptyState> : children}
    </section>
  );
}

function Missing() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('progress.noValue')}</span>
    </>
  );
}

/** What the timeline knows of each session: its number in the engagement, and when it took place. */
export type SessionInfo = ReadonlyMap<string, { ordinal: number | null; at: string }>;

/** A check-in is shown at its session's date; one between sessions at the date she answered. */
const whenOf = (p: { sessionId: string | null; at: string }, sessions: SessionInfo) => (p.sessionId ? (sessions.get(p.sessionId)?.at ?? p.at) : p.at);

/** In the order of the x axis: by the date shown, a session's check-ins at its session. */
const byDate = <T extends { at: string }>(items: T[]): T[] => [...items].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));

export function ObjectivesChart({ view, sessions }: { view: ProgressView; sessions: SessionInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = useNumbers();
  const label = useColumnLabel();
  const shortDate = useShortDate();
  const scale = view.progressScale;
  const columns = useMemo(() => {
    const ordinals = new Map([...sessions].map(([id, info]) => [id, info.ordinal]));
    return byDate(checkInColumns(view.objectives, ordinals).map((c) => ({ ...c, at: whenOf(c, sessions) })));
  }, [view.objectives, sessions]);
  const rows = useMemo(() => objectiveRows(view.objectives, columns), [view.objectives, columns]);
  const config = useMemo(() => {
    const datasets = rows.map((r, i) => {
      const s = SERIES[i % SERIES.length]!;
      return lineOf(`${i + 1}. ${shorten(r.statement)}`, r.values, s.color, { pointStyle: s.point, borderDash: [...s.dash], spanGaps: true });
    });
    const y = { ...progressBounds(scale), stepSize: 1, format: (v: number) => number(v, scale), title: t(`progress.scale.${scale}`) };
    return overTime(columns, label, format.date, datasets, y);
  }, [columns, rows, scale, label, number, format, t]);

  const empty = view.objectives.length === 0 ? t('progress.objectives.none') : columns.length === 0 && t('progress.objectives.empty');
  return (
    <Section id="progress-objectives" title={t('progress.objectives.title')} hint={t('progress.objectives.hint')} empty={empty}>
      <ChartPair
        id="progress-objectives"
        stacked
        config={config}
        chartLabel={t('progress.objectives.chartLabel')}
        height={300}
        table={{
          className: 'data-table data-table--objectives',
          caption: t('progress.objectives.caption', { scale: t(`progress.scale.${scale}`) }),
          columns: [
            { key: 'objective', label: t('progress.objectives.objective') },
            ...columns.map((c) => ({
              key: c.key,
              num: true,
              label: (
                <>
                  {label(c)}
                  <span className="data-table__sub">{c.ordinal !== null ? shortDate(c.at) : t('progress.betweenSessions')}</span>
                </>
              ),
            })),
          ],
          rows: rows.map((r, i) => ({
            key: r.id,
            head: (
              <>
                <span className="series-swatch" style={{ background: SERIES[i % SERIES.length]!.color }} aria-hidden="true" />
                {i + 1}. {r.statement}
              </>
            ),
            cells: r.values.map((v) => (v === null ? <Missing /> : number(v, scale))),
          })),
        }}
      />
    </Section>
  );
}

export function AllianceChart({ view, sessions }: { view: ProgressView; sessions: SessionInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = useNumbers();
  const label = useColumnLabel();
  const threshold = useCurrentMe().practice.allianceThreshold;
  const shortDate = useShortDate();
  const points = useMemo(
    () => byDate(view.alliance.map((p) => ({ ...p, at: whenOf(p, sessions), ordinal: p.sessionId ? (sessions.get(p.sessionId)?.ordinal ?? null) : null }))),
    [view.alliance, sessions],
  );
  const config = useMemo(() => {
    const score = lineOf(t('progress.alliance.score'), points.map((p) => p.score), SERIES[0].color);
    const line = lineOf(t('progress.alliance.threshold', { value: threshold }), points.map(() => threshold), THRESHOLD, {
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      pointHoverRadius: 0,
      pointStyle: 'line',
    });
    return overTime(points, label, format.date, [score, line], { min: ALLIANCE_MIN, max: ALLIANCE_MAX, stepSize: 2, format: (v) => number(v) });
  }, [points, threshold, label, number, format, t]);

  return (
    <Section id="progress-alliance" title={t('progress.alliance.title')} hint={t('progress.alliance.hint')} empty={points.length === 0 && t('progress.alliance.empty')}>
      <ChartPair
        id="progress-alliance"
        config={config}
        chartLabel={t('progress.alliance.chartLabel')}
        height={260}
        table={{
          className: 'data-table',
          caption: t('progress.alliance.caption'),
          columns: [
            { key: 'session', label: t('progress.session') },
            { key: 'date', label: t('progress.date'), cell: 'data-table__date' },
            { key: 'score', label: t('progress.alliance.scoreColumn'), num: true },
          ],
          rows: points.map((p, i) => ({
            key: `${p.sessionId ?? p.at}-${i}`,
            className: p.score < threshold ? 'data-table__row--low' : undefined,
            head: p.ordinal !== null ? label(p) : t('progress.betweenSessions'),
            cells: [
              shortDate(p.at),
              <>
                {number(p.score)}
                {p.score < threshold ? <span className="data-table__flag">{t('progress.alliance.belowThreshold')}</span> : null}
              </>,
            ],
          })),
        }}
      />
    </Section>
  );
}

export function EmotionCharts({ view }: { view: ProgressView }) {
  const { t } = useTranslation();
  return (
    <Section id="progress-emotions" title={t('progress.emotions.title')} hint={t('progress.emotions.hint')} empty={view.emotions.length === 0 && t('progress.emotions.empty')}>
      <ol className="emotion-charts plain-list">
        {view.emotions.map((entry) => (
          <li key={entry.sessionId}>
            <SessionEmotions entry={entry} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function SessionEmotions({ entry }: { entry: ProgressView['emotions'][number] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const number = useNumbers();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const rows = useMemo(() => emotionPairs(entry).map((r) => ({ ...r, label: emotionLabel(r.name, language) })), [entry, language]);
  const title = entry.ordinal !== null ? t('progress.sessionN', { ordinal: entry.ordinal }) : t('progress.session');
  const config = useMemo<ChartConfiguration<'bar'>>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          { label: t('progress.emotions.before'), data: rows.map((r) => r.before), backgroundColor: BEFORE, borderColor: BEFORE, borderWidth: 1 },
          { label: t('progress.emotions.after'), data: rows.map((r) => r.after), backgroundColor: AFTER, borderColor: AFTER, borderWidth: 1 },
        ],
      },
      options: {
        scales: { y: yScale({ min: 0, max: EMOTION_INTENSITY_MAX, stepSize: 2 }), x: xScale({ autoSkip: false, maxRotation: 45 }) },
        plugins: { legend: legendBelow(12, false) },
      },
    }),
    [rows, t],
  );
  const id = `emotions-${entry.sessionId}`;
  const outOfMax = (v: number | null) => (v === null ? <Missing /> : `${number(v)}/${EMOTION_INTENSITY_MAX}`);
  return (
    <article className="emotion-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="emotion-chart__title">
        {title} <span className="muted">· {format.date(entry.at)}</span>
      </h3>
      <ChartCanvas config={config} label={t('progress.emotions.chartLabel', { session: title })} height={220} />
      <div className="table-scroll">
        <FiguresTable
          className="data-table data-table--compact"
          caption={{ text: t('progress.emotions.caption', { session: title }), hidden: true }}
          columns={[
            { key: 'emotion', label: t('progress.emotions.emotion') },
            { key: 'before', label: t('progress.emotions.before'), num: true },
            { key: 'after', label: t('progress.emotions.after'), num: true },
          ]}
          rows={rows.map((r) => ({ key: r.name, head: r.label, cells: [outOfMax(r.before), outOfMax(r.after)] }))}
        />
      </div>
    </article>
  );
}
