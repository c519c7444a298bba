import type { ProgressView } from '@alliance/api';
import { ALLIANCE_MAX, ALLIANCE_MIN, EMOTION_INTENSITY_MAX, emotionLabel, progressBounds, type ProgressScale } from '@alliance/domain';
import type { ChartConfiguration } from 'chart.js';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { EmptyState } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { ChartCanvas, GRID, INK, SERIES } from './ChartCanvas';
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

function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section className="progress-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="progress-section__title">
        {title}
      </h2>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {children}
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

const axisFont = { size: 12 };

/** What the timeline knows of each session: its number in the engagement, and when it took place. */
export type SessionInfo = ReadonlyMap<string, { ordinal: number | null; at: string }>;

/** A check-in is shown at its session's date; one between sessions at the date she answered. */
const whenOf = (p: { sessionId: string | null; at: string }, sessions: SessionInfo) => (p.sessionId ? (sessions.get(p.sessionId)?.at ?? p.at) : p.at);

/** In the order of the x axis: by the date shown, a session's check-ins at its session. */
const byDate = <T extends { at: string }>(items: T[]): T[] => [...items].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));

const legendLabels = { usePointStyle: true, color: INK, boxWidth: 8, boxHeight: 8, padding: 16 } as const;

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
  const config = useMemo<ChartConfiguration<'line'>>(() => {
    const { min, max } = progressBounds(scale);
    return {
      type: 'line',
      data: {
        labels: columns.map(label),
        datasets: rows.map((r, i) => {
          const s = SERIES[i % SERIES.length]!;
          return {
            label: `${i + 1}. ${shorten(r.statement)}`,
            data: r.values,
            borderColor: s.color,
            backgroundColor: s.color,
            pointStyle: s.point,
            pointRadius: 5,
            pointHoverRadius: 7,
            borderWidth: 2.5,
            borderDash: [...s.dash],
            spanGaps: true,
          };
        }),
      },
      options: {
        layout: { padding: { top: 10, right: 12 } },
        scales: {
          y: {
            min,
            max,
            ticks: { stepSize: 1, color: INK, font: axisFont, callback: (v) => number(Number(v), scale) },
            grid: { color: GRID },
            title: { display: true, text: t(`progress.scale.${scale}`), color: INK },
          },
          x: { ticks: { color: INK, font: axisFont }, grid: { display: false } },
        },
        plugins: {
          legend: { position: 'bottom', labels: legendLabels },
          tooltip: { callbacks: { title: (items) => { const c = columns[items[0]?.dataIndex ?? 0]; return c ? `${label(c)} · ${format.date(c.at)}` : ''; } } },
        },
      },
    };
  }, [columns, rows, scale, label, number, format, t]);

  return (
    <Section id="progress-objectives" title={t('progress.objectives.title')} hint={t('progress.objectives.hint')}>
      {view.objectives.length === 0 ? (
        <EmptyState>{t('progress.objectives.none')}</EmptyState>
      ) : columns.length === 0 ? (
        <EmptyState>{t('progress.objectives.empty')}</EmptyState>
      ) : (
        <div className="chart-pair chart-pair--stacked">
          <div className="chart-pair__chart">
            <ChartCanvas config={config} label={t('progress.objectives.chartLabel')} height={300} />
          </div>
          <div className="chart-pair__table table-scroll" tabIndex={0} role="region" aria-labelledby="progress-objectives-caption">
            <table className="data-table data-table--objectives">
              <caption id="progress-objectives-caption">{t('progress.objectives.caption', { scale: t(`progress.scale.${scale}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.objectives.objective')}</th>
                  {columns.map((c) => (
                    <th scope="col" key={c.key} className="data-table__num">
                      {label(c)}
                      <span className="data-table__sub">{c.ordinal !== null ? shortDate(c.at) : t('progress.betweenSessions')}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <span className="series-swatch" style={{ background: SERIES[i % SERIES.length]!.color }} aria-hidden="true" />
                      {i + 1}. {r.statement}
                    </th>
                    {r.values.map((v, j) => (
                      <td key={columns[j]!.key} className="data-table__num">
                        {v === null ? <Missing /> : number(v, scale)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
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
  const config = useMemo<ChartConfiguration<'line'>>(
    () => ({
      type: 'line',
      data: {
        labels: points.map(label),
        datasets: [
          {
            label: t('progress.alliance.score'),
            data: points.map((p) => p.score),
            borderColor: SERIES[0].color,
            backgroundColor: SERIES[0].color,
            pointRadius: 5,
            pointHoverRadius: 7,
            borderWidth: 2.5,
          },
          {
            label: t('progress.alliance.threshold', { value: threshold }),
            data: points.map(() => threshold),
            borderColor: THRESHOLD,
            backgroundColor: THRESHOLD,
            borderDash: [6, 4],
            borderWidth: 1.5,
            pointRadius: 0,
            pointHoverRadius: 0,
            pointStyle: 'line',
          },
        ],
      },
      options: {
        layout: { padding: { top: 10, right: 12 } },
        scales: {
          y: { min: ALLIANCE_MIN, max: ALLIANCE_MAX, ticks: { stepSize: 2, color: INK, font: axisFont, callback: (v) => number(Number(v)) }, grid: { color: GRID } },
          x: { ticks: { color: INK, font: axisFont }, grid: { display: false } },
        },
        plugins: {
          legend: { position: 'bottom', labels: legendLabels },
          tooltip: { callbacks: { title: (items) => { const p = points[items[0]?.dataIndex ?? 0]; return p ? `${label(p)} · ${format.date(p.at)}` : ''; } } },
        },
      },
    }),
    [points, threshold, label, number, format, t],
  );

  return (
    <Section id="progress-alliance" title={t('progress.alliance.title')} hint={t('progress.alliance.hint')}>
      {points.length === 0 ? (
        <EmptyState>{t('progress.alliance.empty')}</EmptyState>
      ) : (
        <div className="chart-pair">
          <div className="chart-pair__chart">
            <ChartCanvas config={config} label={t('progress.alliance.chartLabel')} height={260} />
          </div>
          <div className="chart-pair__table table-scroll" tabIndex={0} role="region" aria-labelledby="progress-alliance-caption">
            <table className="data-table">
              <caption id="progress-alliance-caption">{t('progress.alliance.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.session')}</th>
                  <th scope="col">{t('progress.date')}</th>
                  <th scope="col" className="data-table__num">
                    {t('progress.alliance.scoreColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p, i) => (
                  <tr key={`${p.sessionId ?? p.at}-${i}`} className={p.score < threshold ? 'data-table__row--low' : undefined}>
                    <th scope="row">{p.ordinal !== null ? label(p) : t('progress.betweenSessions')}</th>
                    <td className="data-table__date">{shortDate(p.at)}</td>
                    <td className="data-table__num">
                      {number(p.score)}
                      {p.score < threshold ? <span className="data-table__flag">{t('progress.alliance.belowThreshold')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </Section>
  );
}

export function EmotionCharts({ view }: { view: ProgressView }) {
  const { t } = useTranslation();
  return (
    <Section id="progress-emotions" title={t('progress.emotions.title')} hint={t('progress.emotions.hint')}>
      {view.emotions.length === 0 ? (
        <EmptyState>{t('progress.emotions.empty')}</EmptyState>
      ) : (
        <ol className="emotion-charts plain-list">
          {view.emotions.map((entry) => (
            <li key={entry.sessionId}>
              <SessionEmotions entry={entry} />
            </li>
          ))}
        </ol>
      )}
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
        scales: {
          y: { min: 0, max: EMOTION_INTENSITY_MAX, ticks: { stepSize: 2, color: INK, font: axisFont }, grid: { color: GRID } },
          x: { ticks: { color: INK, font: axisFont, autoSkip: false, maxRotation: 45 }, grid: { display: false } },
        },
        plugins: { legend: { position: 'bottom', labels: { color: INK, boxWidth: 12, boxHeight: 12, padding: 16 } } },
      },
    }),
    [rows, t],
  );
  const id = `emotions-${entry.sessionId}`;
  return (
    <article className="emotion-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="emotion-chart__title">
        {title} <span className="muted">· {format.date(entry.at)}</span>
      </h3>
      <ChartCanvas config={config} label={t('progress.emotions.chartLabel', { session: title })} height={220} />
      <div className="table-scroll">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('progress.emotions.caption', { session: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.emotions.emotion')}</th>
              <th scope="col" className="data-table__num">
                {t('progress.emotions.before')}
              </th>
              <th scope="col" className="data-table__num">
                {t('progress.emotions.after')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.label}</th>
                <td className="data-table__num">{r.before === null ? <Missing /> : `${number(r.before)}/${EMOTION_INTENSITY_MAX}`}</td>
                <td className="data-table__num">{r.after === null ? <Missing /> : `${number(r.after)}/${EMOTION_INTENSITY_MAX}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
