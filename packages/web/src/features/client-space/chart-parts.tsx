import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { ReactNode } from 'react';
import { ChartCanvas, GRID, INK } from './ChartCanvas';

/*
 * What the progress charts (objectives, alliance, emotions) have in common: one look
 * for their axes and legend, and a table of the same figures beside every chart, so
 * each chart only says what it plots.
 */

const axisFont = { size: 12 };
const inkTicks = () => ({ color: INK, font: axisFont });

export interface YAxis {
  min: number;
  max: number;
  stepSize: number;
  /** How a tick reads; Chart.js's own numbers without it. */
  format?: (value: number) => string;
  /** The axis's name, written along it. */
  title?: string;
}

/** The value axis: ink ticks, a light grid across. */
export const yScale = ({ min, max, stepSize, format, title }: YAxis) => ({
  min,
  max,
  ticks: { stepSize, ...inkTicks(), ...(format ? { callback: (v: string | number) => format(Number(v)) } : {}) },
  grid: { color: GRID },
  ...(title ? { title: { display: true, text: title, color: INK } } : {}),
});

/** The category axis: ink ticks, no grid. */
export const xScale = (ticks: { autoSkip?: boolean; maxRotation?: number } = {}) => ({ ticks: { ...inkTicks(), ...ticks }, grid: { display: false } });

/** The legend, below the chart; `box` is the size of its swatches, drawn as the series' points when `points`. */
export const legendBelow = (box: number, points: boolean) => ({
  position: 'bottom' as const,
  labels: { ...(points ? { usePointStyle: true } : {}), color: INK, boxWidth: box, boxHeight: box, padding: 16 },
});

/** One series of points joined by a line in `color`; `more` changes its look. */
export const lineOf = (label: string, data: (number | null)[], color: string, more: Partial<ChartDataset<'line'>> = {}): ChartDataset<'line'> => ({
  label,
  data,
  borderColor: color,
  backgroundColor: color,
  pointRadius: 5,
  pointHoverRadius: 7,
  borderWidth: 2.5,
  ...more,
});

/**
 * A line chart over the engagement's check-ins (objectives, alliance): one label per
 * point on the x axis, and its date in the tooltip.
 */
export function overTime<P extends { at: string }>(points: P[], label: (p: P) => string, date: (iso: string) => string, datasets: ChartDataset<'line'>[], y: YAxis): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: { labels: points.map(label), datasets },
    options: {
      layout: { padding: { top: 10, right: 12 } },
      scales: { y: yScale(y), x: xScale() },
      plugins: {
        legend: legendBelow(8, true),
        tooltip: {
          callbacks: {
            title: (items) => {
              const p = points[items[0]?.dataIndex ?? 0];
              return p ? `${label(p)} · ${date(p.at)}` : '';
            },
          },
        },
      },
    },
  };
}

export interface Column {
  key: string;
  label: ReactNode;
  /** A column of numbers: aligned for comparing, header and cells alike. */
  num?: boolean;
  /** Otherwise, a class for its cells only. */
  cell?: string;
}
export interface Row {
  key: string;
  className?: string | undefined;
  /** What the row is about, in its heading cell. */
  head: ReactNode;
  /** One cell for each column after the first. */
  cells: ReactNode[];
}

/** A chart's figures as a table: the first column heads each row; a hidden caption still names it to screen readers. */
export function FiguresTable({ className, caption, columns, rows }: { className: string; caption: { text: string; id?: string; hidden?: boolean }; columns: Column[]; rows: Row[] }) {
  const cellClass = (c: Column | undefined) => (c?.num ? 'data-table__num' : c?.cell);
  return (
    <table className={className}>
      <caption id={caption.id} className={caption.hidden ? 'visually-hidden' : undefined}>
        {caption.text}
      </caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.key} className={c.num ? 'data-table__num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.className}>
            <th scope="row">{r.head}</th>
            {r.cells.map((cell, j) => (
              <td key={columns[j + 1]?.key ?? j} className={cellClass(columns[j + 1])}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Figures = { className: string; caption: string; columns: Column[]; rows: Row[] };

/**
 * A line chart with the table of its figures beside it (below it when `stacked`); the
 * table scrolls on its own, named by its caption (`${id}-caption`).
 */
export function ChartPair({ id, config, chartLabel, height, stacked, table }: { id: string; config: ChartConfiguration<'line'>; chartLabel: string; height: number; stacked?: boolean; table: Figures }) {
  return (
    <div className={stacked ? 'chart-pair chart-pair--stacked' : 'chart-pair'}>
      <div className="chart-pair__chart">
        <ChartCanvas config={config} label={chartLabel} height={height} />
      </div>
      <div className="chart-pair__table table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <FiguresTable {...table} caption={{ text: table.caption, id: `${id}-caption` }} />
      </div>
    </div>
  );
}
