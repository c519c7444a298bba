import type { BoardDocElement } from '@alliance/api';
import { gazeMarker, SHAPE_BY_KIND, shapeOutline, SIZE_RADIUS } from '@alliance/domain';

const points = (pts: [number, number][]) => pts.map(([x, y]) => `${x},${y}`).join(' ');

/**
 * One element drawn at the origin (its group is placed and turned by the caller):
 * the shape of its kind, a gaze marker pointing where it looks, a double ring for the
 * client's own element. Shapes differ by kind so colour is never the only clue.
 */
export function ElementShape({ element, highlight }: { element: BoardDocElement; highlight?: 'moved' | 'added' | null }) {
  const r = SIZE_RADIUS[element.size];
  const outline = shapeOutline(SHAPE_BY_KIND[element.kind], r);
  const common = { fill: element.colour, stroke: '#1f2328', strokeWidth: 0.35, fillOpacity: 0.9 };
  return (
    <g className="board-element__shape">
      {highlight ? <circle r={r + 2.2} className={`board-element__halo board-element__halo--${highlight}`} /> : null}
      {element.isClient ? <circle r={r + 1.1} fill="none" stroke="#1f2328" strokeWidth={0.3} /> : null}
      {outline.kind === 'circle' ? <circle r={outline.r} {...common} /> : <polygon points={points(outline.points)} {...common} />}
      {element.kind === 'resource' ? <circle r={r * 0.45} fill="#ffffff" fillOpacity={0.6} /> : null}
      {element.place.facing !== null ? <polygon points={points(gazeMarker(r))} fill="#1f2328" className="board-element__gaze" /> : null}
    </g>
  );
}
