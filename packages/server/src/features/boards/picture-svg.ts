import type { BoardDocElement } from '@alliance/api';
import { BOARD_SIZE, FIELD_MAX, FIELD_MIN, gazeMarker, labelOffset, SHAPE_BY_KIND, shapeOutline, SIZE_RADIUS } from '@alliance/domain';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const points = (pts: [number, number][]) => pts.map(([x, y]) => `${x},${y}`).join(' ');
const colour = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : '#57606a');

/**
 * A picture as a standalone SVG file: the same board, shapes and gazes as on screen
 * (one geometry, from the domain), with the labels as text. Every value written into
 * it is escaped or checked, so a label cannot become markup.
 */
export function pictureSvg(elements: BoardDocElement[], title: string): string {
  const field = FIELD_MAX - FIELD_MIN;
  const body = elements
    .map((el) => {
      const r = SIZE_RADIUS[el.size];
      const outline = shapeOutline(SHAPE_BY_KIND[el.kind], r);
      const fill = `fill="${colour(el.colour)}" fill-opacity="0.9" stroke="#1f2328" stroke-width="0.35"`;
      const shape = outline.kind === 'circle' ? `<circle r="${outline.r}" ${fill}/>` : `<polygon points="${points(outline.points)}" ${fill}/>`;
      const ring = el.isClient ? `<circle r="${r + 1.1}" fill="none" stroke="#1f2328" stroke-width="0.3"/>` : '';
      const gaze = el.place.facing === null ? '' : `<polygon points="${points(gazeMarker(r))}" fill="#1f2328"/>`;
      const label = `<text y="${labelOffset(r)}" text-anchor="middle" font-family="sans-serif" font-weight="600" font-size="3.4" fill="#1f2a2e">${escape(el.label)}</text>`;
      return `<g transform="translate(${el.place.x} ${el.place.y})"><g transform="rotate(${el.place.facing ?? 0})">${ring}${shape}${gaze}</g>${label}</g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${FIELD_MIN} ${FIELD_MIN} ${field} ${field}" width="900" height="900">` +
    `<title>${escape(title)}</title>` +
    `<rect x="${FIELD_MIN}" y="${FIELD_MIN}" width="${field}" height="${field}" fill="#efece5"/>` +
    `<rect x="0" y="0" width="${BOARD_SIZE}" height="${BOARD_SIZE}" rx="1.5" fill="#fbfaf6" stroke="#cbc4b6" stroke-width="0.4"/>` +
    body +
    `</svg>`
  );
}
