import type { Token } from './text.js';
import type { Detection } from './types.js';
import { NAME_PARTICLES, NEVER_NAMES, TITLES } from './vocabulary.js';

const NAMED_TYPES = new Set(['person', 'place', 'organisation']);

/** A word that can carry a name by itself: capitalised, two letters or more, not a title, a particle or a function word. */
function nameWord(t: Token): boolean {
  return t.word && (t.shape === 'title' || t.shape === 'upper') && t.text.length >= 2 && !NAME_PARTICLES.has(t.folded) && !TITLES.has(t.folded) && !TITLES.has(t.folded.replace(/\.$/, '')) && !NEVER_NAMES.has(t.folded);
}

/**
 * One name, one treatment, throughout a text. A word found as part of a name somewhere
 * ("Forestier" after "M.", "Quasimodo" inside a sentence) is that name wherever else the
 * text writes it with a capital, above all first in a sentence, where capitals prove
 * nothing and the detectors are cautious: a name masked in one paragraph and left in
 * the next is the leak the coach would not see. The echo takes the type of the name it
 * repeats; recorded names are left to the records, which already find every variant.
 * `detections` are sorted and do not overlap; so are the detections returned, echoes included.
 */
export function withEchoes(tokens: Token[], detections: Detection[]): Detection[] {
  const sources = new Map<string, Detection>();
  let d = 0;
  for (const t of tokens) {
    while (d < detections.length && detections[d]!.end <= t.start) d++;
    const covering = detections[d];
    if (!covering || covering.start > t.start || !NAMED_TYPES.has(covering.type) || covering.source === 'records' || !nameWord(t)) continue;
    const had = sources.get(t.folded);
    // Where one word was found as two types, the more confident finding speaks for it.
    if (!had || had.confidence < covering.confidence) sources.set(t.folded, covering);
  }
  if (sources.size === 0) return detections;

  const echoes: Detection[] = [];
  let lastToken = -2;
  d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (d < detections.length && detections[d]!.end <= t.start) d++;
    if (d < detections.length && detections[d]!.start < t.end) continue;
    const source = nameWord(t) ? sources.get(t.folded) : undefined;
    if (!source) continue;
    const last = echoes[echoes.length - 1];
    // "Eugénie Grandet" missed twice over is one name again, not two (only a space between them).
    if (last && lastToken === i - 1 && last.type === source.type && t.start - last.end <= 1) {
      last.end = t.end;
      lastToken = i;
      continue;
    }
    lastToken = i;
    const echo: Detection = { start: t.start, end: t.end, type: source.type, source: 'elsewhere', confidence: Math.round(source.confidence * 90) / 100 };
    if (source.gender) echo.gender = source.gender;
    if (source.place) echo.place = source.place;
    echoes.push(echo);
  }
  if (echoes.length === 0) return detections;
  return [...detections, ...echoes].sort((a, b) => a.start - b.start);
}
