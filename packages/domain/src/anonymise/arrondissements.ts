import type { Detection } from './types.js';

/** "15e", "1er", "8ème" right after a place: its arrondissement (not "2e étage"). */
const ARRONDISSEMENT = /^[ \u00a0]+(?:[1-9]|1\d|20)(?:e|er|ème|eme|è)(?![\p{L}\d])(?![ \u00a0]+(?:étage|etage|rang|fois|place|édition|siècle)\b)/u;

/**
 * "Paris 15e", "Marseille 8e", "Lyon 3e": the arrondissement after a town narrows it to a
 * district, and left after the town's replacement ("une grande ville… 15e") it still says
 * which. The place's span takes it in. `detections` are sorted and do not overlap.
 */
export function withArrondissements(text: string, detections: Detection[]): Detection[] {
  return detections.map((d, k) => {
    if (d.type !== 'place') return d;
    const m = ARRONDISSEMENT.exec(text.slice(d.end, d.end + 24));
    if (!m) return d;
    const next = detections[k + 1];
    if (next && next.start < d.end + m[0].length) return d;
    return { ...d, end: d.end + m[0].length };
  });
}
