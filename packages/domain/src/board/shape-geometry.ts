// The outline of each element shape and of the gaze marker, in board units around
// the element's centre, "up" being the direction it faces. One geometry for every
// drawing of a board: on screen, in an exported SVG, in the PDF report.
import type { ElementShape } from './element.js';

export type Outline = { kind: 'circle'; r: number } | { kind: 'polygon'; points: [number, number][] };

/** Points of a regular polygon of `n` corners on a circle of radius r, the first corner up. */
export function regularPolygon(n: number, r: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = ((Math.PI * 2) / n) * i - Math.PI / 2;
    return [round(Math.cos(a) * r), round(Math.sin(a) * r)] as [number, number];
  });
}

export function shapeOutline(shape: ElementShape, r: number): Outline {
  switch (shape) {
    case 'figure':
    case 'circle':
      return { kind: 'circle', r };
    case 'square': {
      const h = round(r * 0.88);
      return { kind: 'polygon', points: [[-h, -h], [h, -h], [h, h], [-h, h]] };
    }
    case 'diamond':
      return { kind: 'polygon', points: regularPolygon(4, r * 1.1) };
    case 'hexagon':
      return { kind: 'polygon', points: regularPolygon(6, r) };
    case 'triangle':
      return { kind: 'polygon', points: regularPolygon(3, r * 1.15) };
  }
}

/** The gaze marker: a small triangle beyond the rim, pointing where the element looks. */
export function gazeMarker(r: number): [number, number][] {
  return [
    [0, round(-r - 2.2)],
    [-1.4, round(-r + 0.4)],
    [1.4, round(-r + 0.4)],
  ];
}

/** Where the label sits below an element of radius r. */
export const labelOffset = (r: number) => round(r + 4.2);

const round = (n: number) => Math.round(n * 100) / 100;
