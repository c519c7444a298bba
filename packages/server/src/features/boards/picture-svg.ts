import type { BoardDocElement } from '@alliance/api';
import { BOARD_SIZE, FIELD_MAX, FIELD_MIN, gazeMarker, labelOffset, SHAPE_BY_KIND, shapeOutline, SIZE_RADIUS } from '@alliance/domain';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const points = (pts: [number, number][]) => pts.map(([x, y]) => `${x},${y}`).join(' ');
const colour = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : '#57606a');

/** Label text, in board units: large enough to read on a phone where two pictures stand side by side. */
const LABEL_SIZE = 4;
const LINE_HEIGHT = LABEL_SIZE * 1.15;
/** Half the width of one character, in board units (sans-serif averages about 0.55 em). */
const HALF_CHAR = LABEL_SIZE * 0.28;
const LINE_CHARS = 16;

/** A long label on up to three lines of about sixteen characters, broken between words, so neighbours' labels do not run into it. */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.trim().split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  // Beyond three lines the rest joins the third: the label stays whole, only wider.
  return lines.length > 3 ? [...lines.slice(0, 2), lines.slice(2).join(' ')] : lines;
}

const labelHalfWidth = (label: string) => Math.max(0, ...labelLines(label).map((l) => l.length)) * HALF_CHAR;

/**
 * The part of the field worth showing in an article: the board, and the outside band
 * only as far as an element (its shape and its label) stands in it.
 */
function framed(elements: BoardDocElement[]): { x: number; y: number; size: number } {
  let [lo, hi] = [0, BOARD_SIZE];
  for (const el of elements) {
    const r = SIZE_RADIUS[el.size] + 1.2;
    const half = Math.max(r, labelHalfWidth(el.label));
    lo = Math.min(lo, el.place.x - half, el.place.y - r);
    hi = Math.max(hi, el.place.x + half, el.place.y + labelOffset(SIZE_RADIUS[el.size]) + labelLines(el.label).length * LINE_HEIGHT);
  }
  const margin = 3;
  const x = Math.max(FIELD_MIN, lo - margin);
  return { x, y: x, size: Math.min(FIELD_MAX, hi + margin) - x };
}

/**
 * A picture as a standalone SVG file: the same board, shapes and gazes as on screen
 * (one geometry, from the domain), with the labels as text. Every value written into
 * it is escaped or checked, so a label cannot become markup. `framed` shows the board
 * and no more of the outside band than its elements need (a figure in an article).
 */
export function pictureSvg(elements: BoardDocElement[], title: string, options: { framed?: boolean } = {}): string {
  const field = FIELD_MAX - FIELD_MIN;
  const view = options.framed ? framed(elements) : { x: FIELD_MIN, y: FIELD_MIN, size: field };
  const body = elements
    .map((el) => {
      const r = SIZE_RADIUS[el.size];
      const outline = shapeOutline(SHAPE_BY_KIND[el.kind], r);
      const fill = `fill="${colour(el.colour)}" fill-opacity="0.9" stroke="#1f2328" stroke-width="0.35"`;
      const shape = outline.kind === 'circle' ? `<circle r="${outline.r}" ${fill}/>` : `<polygon points="${points(outline.points)}" ${fill}/>`;
      const ring = el.isClient ? `<circle r="${r + 1.1}" fill="none" stroke="#1f2328" stroke-width="0.3"/>` : '';
      const gaze = el.place.facing === null ? '' : `<polygon points="${points(gazeMarker(r))}" fill="#1f2328"/>`;
      // A halo the colour of the board keeps a label legible where it crosses a shape or another label.
      const lines = labelLines(el.label).map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : LINE_HEIGHT}">${escape(line)}</tspan>`);
      const label = `<text y="${labelOffset(r)}" text-anchor="middle" font-family="sans-serif" font-weight="600" font-size="${LABEL_SIZE}" fill="#1f2a2e" stroke="#fbfaf6" stroke-width="0.9" stroke-linejoin="round" paint-order="stroke">${lines.join('')}</text>`;
      return `<g transform="translate(${el.place.x} ${el.place.y})"><g transform="rotate(${el.place.facing ?? 0})">${ring}${shape}${gaze}</g>${label}</g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.size} ${view.size}" width="900" height="900">` +
    `<title>${escape(title)}</title>` +
    `<rect x="${FIELD_MIN}" y="${FIELD_MIN}" width="${field}" height="${field}" fill="#efece5"/>` +
    `<rect x="0" y="0" width="${BOARD_SIZE}" height="${BOARD_SIZE}" rx="1.5" fill="#fbfaf6" stroke="#cbc4b6" stroke-width="0.4"/>` +
    body +
    `</svg>`
  );
}
