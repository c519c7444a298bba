import { initialsOfName } from './initials.js';
import { fold } from './text.js';
import type { Detection } from './types.js';
import { ADDRESS_TITLES, NAME_PARTICLES } from './vocabulary.js';

/** Which detection wins where two overlap: what is certain over what is guessed. */
function rank(d: Detection): number {
  if (d.type === 'email' || d.type === 'url' || d.type === 'phone' || d.type === 'identifier') return 8;
  if (d.type === 'role') return 7;
  if (d.source === 'records') return 6;
  if (d.source === 'pattern' || d.source === 'date-library') return 5;
  if (d.source === 'context' || d.source === 'legal-forms') return 4;
  if (d.source === 'capitalisation') return 1;
  return 3;
}

/**
 * One detection per stretch of text. The stronger wins an overlap, and what a weaker
 * one covered beyond it is kept as a detection of its own: a name half-matched by a
 * record ("Sophie Martin" in "Sophie Martin-Dupont") still loses its other half.
 */
export function resolveOverlaps(text: string, detections: Detection[]): Detection[] {
  const ordered = [...detections].sort((a, b) => rank(b) - rank(a) || b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // One mark per character taken: checking a detection costs its own length, not the count of the others.
  const taken = new Uint8Array(text.length);
  const kept: Detection[] = [];
  for (const d of ordered) {
    let at = d.start;
    while (at < d.end) {
      while (at < d.end && taken[at]) at++;
      const from = at;
      while (at < d.end && !taken[at]) at++;
      if (at === from) continue;
      const trimmed = trim(text, from, at);
      if (!trimmed) continue;
      const whole = trimmed.start === d.start && trimmed.end === d.end;
      kept.push(whole ? d : { ...d, ...trimmed, confidence: Math.min(d.confidence, 0.7), key: undefined });
      taken.fill(1, trimmed.start, trimmed.end);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The piece without its surrounding spaces and punctuation, or null when nothing is left. */
function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  // "(617) 555-0123": a bracket the stretch closes is part of it.
  while (start < end && /[\s\p{P}]/u.test(text[start]!) && !(text[start] === '(' && text.slice(start, end).includes(')'))) start++;
  while (end > start && /[\s,;:!?()«»"“”-]/u.test(text[end - 1]!)) end--;
  return /[\p{L}\d]{2,}|\p{Lu}/u.test(text.slice(start, end)) ? { start, end } : null;
}

/** A title right before a name ("M. ", "Mme de ", "Dr "), which makes a lone word a surname. */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ADDRESS_TITLES})\\.?\\s+(?:(?:de|du|d['’])\\s*)?$`, 'u');

export interface Entity {
  id: string;
  part: 'full' | 'first' | 'last' | 'alias';
}

/**
 * Which mentions are one entity, so each gets one replacement everywhere: a recorded
 * person by her record; "Jeanne Dubois", "Mme Dubois" and "Jeanne" by their shared
 * words; anything else by its folded text.
 */
export function entityOf(text: string, spans: Detection[], isFirstName: (folded: string) => boolean): Map<Detection, Entity> {
  const out = new Map<Detection, Entity>();
  // "d'Antoine Lefèvre" is Antoine Lefèvre: an elision the span took in is not a word of the name.
  const words = (d: Detection) => fold(text.slice(d.start, d.end)).replace(/^(?:d|l|qu)'(?=\p{L})/u, '').split(/[\s'’]+/).filter(Boolean);
  /** "de Rênal" is Rênal's surname with its particle, not a first name "de": the particles are left out. */
  const withoutParticles = (w: string[]) => {
    let i = 0;
    while (i < w.length - 1 && NAME_PARTICLES.has(w[i]!)) i++;
    return w.slice(i);
  };
  const fullNames = new Map<string, { id: string; words: string[]; written: string }>();
  for (const d of spans) {
    if (d.key?.startsWith('record:')) {
      const [, id, part] = d.key.split(':');
      out.set(d, { id: `record:${id}`, part: part as Entity['part'] });
    }
  }
  // Names in full first, then those whose first name is an initial ("P. Lenoir"), which are the
  // full name of the same surname and initial wherever the text has one ("Patrick Lenoir").
  const isInitialWord = (x: string) => /^\p{L}\.$/u.test(x);
  for (const initialled of [false, true]) {
    for (const d of spans) {
      if (out.has(d) || d.type !== 'person') continue;
      const w = words(d);
      if (w.length < 2 || NAME_PARTICLES.has(w[0]!) || isInitialWord(w[0]!) !== initialled) continue;
      const rest = w.slice(1).join(' ');
      const same = initialled ? [...fullNames.values()].find((f) => f.words.slice(1).join(' ') === rest && f.words[0]!.charAt(0) === w[0]!.charAt(0) && !isInitialWord(f.words[0]!)) : undefined;
      if (same) {
        out.set(d, { id: same.id, part: 'full' });
        continue;
      }
      const id = `person:${w.join(' ')}`;
      fullNames.set(id, { id, words: w, written: text.slice(d.start, d.end) });
      out.set(d, { id, part: 'full' });
    }
  }
  const byLast = new Map<string, string>();
  const byFirst = new Map<string, string>();
  /** "JB", "J.-B.": the initials of a hyphenated first name ("Jean-Baptiste") are its nickname. */
  const byInitials = new Map<string, string>();
  /** "Lan" of "Thi Lan Nguyen": a name of three words or more may be called by its middle one. */
  const byMiddle = new Map<string, string>();
  for (const f of fullNames.values()) {
    const last = f.words.slice(1).join(' ');
    if (!byLast.has(last)) byLast.set(last, f.id);
    if (!byFirst.has(f.words[0]!)) byFirst.set(f.words[0]!, f.id);
    for (const w of withoutParticles(f.words).slice(1, -1)) if (!NAME_PARTICLES.has(w) && !byMiddle.has(w)) byMiddle.set(w, f.id);
    for (const initials of initialsOfName(f.written)) if (!byInitials.has(initials)) byInitials.set(initials, f.id);
  }
  // "M. Rênal" anywhere makes Rênal a surname everywhere, even if a first name is spelt so.
  const titled = new Set<string>();
  for (const d of spans) {
    if (d.type === 'person' && !out.has(d) && TITLE_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start))) titled.add(withoutParticles(words(d)).join(' '));
  }
  for (const d of spans) {
    if (out.has(d)) continue;
    const w = words(d);
    if (d.type === 'person') {
      const surname = withoutParticles(w);
      const one = surname.join(' ');
      const last = byLast.get(one);
      const first = byFirst.get(one) ?? initialsOf(text.slice(d.start, d.end), byInitials) ?? byMiddle.get(one);
      if (last) out.set(d, { id: last, part: 'last' });
      else if (first) out.set(d, { id: first, part: 'first' });
      else out.set(d, { id: `person:${one}`, part: surname.length === w.length && !titled.has(one) && isFirstName(w[0] ?? '') ? 'first' : 'last' });
      continue;
    }
    out.set(d, { id: `${d.type}:${w.join(' ')}`, part: 'full' });
  }
  return organisationsByPrefix(text, spans, out);
}

/** The entity whose first name's initials a mention in capitals spells ("JB", "J.-B.", "J.B."). */
function initialsOf(written: string, byInitials: Map<string, string>): string | undefined {
  if (!byInitials.size || !/^(?:\p{Lu}\.?-?){2,3}$/u.test(written)) return undefined;
  return byInitials.get(fold(written.replace(/[.-]/g, '')));
}

const ARTICLE = /^(?:le|la|les|l')\s*/u;

/**
 * "la Caisse" after "la Caisse d'Épargne Rhône-Alpes", "le Groupe" after "le Groupe Arvel Conseil": an
 * organisation named by the first words of a longer name in the same text is that organisation,
 * and takes its replacement.
 */
function organisationsByPrefix(text: string, spans: Detection[], out: Map<Detection, Entity>): Map<Detection, Entity> {
  const names = spans.filter((d) => d.type === 'organisation' && !d.key?.startsWith('record:')).map((d) => ({ d, name: fold(text.slice(d.start, d.end)).replace(ARTICLE, '') }));
  if (names.length < 2) return out;
  for (const a of names) {
    const whole = names.find((b) => b.name.length > a.name.length && b.name.startsWith(`${a.name} `));
    if (whole) out.set(a.d, { id: out.get(whole.d)!.id, part: 'alias' });
  }
  return out;
}
