import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartType,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the parts the progress charts use, so the rest of Chart.js stays out of the bundle.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A4 portrait, less margins, at 96 dpi: the width a chart is drawn at for paper. */
const PRINT_WIDTH = 660;

/** Colours that hold on white and in greyscale print, each with its own point shape and dash, for readers who cannot tell colours apart. */
export const SERIES = [
  { color: '#2f5d62', point: 'circle', dash: [] },
  { color: '#b0641f', point: 'rect', dash: [6, 4] },
  { color: '#6b3a78', point: 'triangle', dash: [2, 3] },
  { color: '#284f8f', point: 'rectRot', dash: [10, 3, 2, 3] },
  { color: '#a3362a', point: 'crossRot', dash: [1, 2] },
  { color: '#2d6a3e', point: 'star', dash: [12, 4] },
] as const;

export const INK = '#1f2a2e';
export const GRID = '#e4e0d7';

/**
 * One Chart.js chart on a canvas. The canvas is an image with a short name; the
 * numbers themselves are in the table that goes with every chart. The chart is
 * drawn again whenever `config` changes (memoise it), and redrawn at paper width
 * for printing.
 */
export function ChartCanvas<T extends ChartType>({ config, label, height = 280 }: { config: ChartConfiguration<T>; label: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const chart = new Chart(el, {
      ...config,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Sharp on paper and on high-density screens.
        devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2),
        ...config.options,
      },
    } as ChartConfiguration<T>);
    const toPaper = () => chart.resize(PRINT_WIDTH, height);
    const toScreen = () => chart.resize();
    window.addEventListener('beforeprint', toPaper);
    window.addEventListener('afterprint', toScreen);
    return () => {
      window.removeEventListener('beforeprint', toPaper);
      window.removeEventListener('afterprint', toScreen);
      chart.destroy();
    };
  }, [config, height]);
  return (
    <div className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
