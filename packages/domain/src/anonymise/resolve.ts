import { initialsOfName } from './initials.js';
import { fold, surnameFirstWords } from './text.js';
import type { Detection } from './types.js';
import { ADDRESS_TITLES, NAME_PARTICLES } from './vocabulary.js';

/** Which detection wins where two overlap: what is certain over what is guessed. */
function rank(d: Detection): number {
  if (d.type === 'email' || d.type === 'url' || d.type === 'phone' || d.type === 'identifier') return 8;
  if (d.type === 'role') return 7;
  // A recorded word found inside another name ("Thi" in "Ms Le Thi Hoa") has no key: that other name's finding wins.
  if (d.source === 'records') return d.key ? 6 : 1;
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
  const ordered = byStrength(detections);
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

/** The detections strongest first (rank, confidence, length, then position); each ranked once, not at every comparison. */
function byStrength(detections: Detection[]): Detection[] {
  const ranks = detections.map(rank);
  const order = detections.map((_, i) => i);
  order.sort((i, j) => {
    const a = detections[i]!;
    const b = detections[j]!;
    return ranks[j]! - ranks[i]! || b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start;
  });
  return order.map((i) => detections[i]!);
}

/** The piece without its surrounding spaces and punctuation, or null when nothing is left. */
function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  // "(617) 555-0123": a bracket the stretch closes is part of it; "@julie.m", "#88213": a handle's
  // sign and a number's are part of them.
  while (start < end && /[\s\p{P}]/u.test(text[start]!) && !(text[start] === '(' && text.slice(start, end).includes(')')) && !/[@#]/u.test(text[start]!)) start++;
  // (A closing bracket whose opening one the stretch holds stays with it: "Marc (head of sales, Acme)".)
  while (end > start && /[\s,;:!?()«»"“”-]/u.test(text[end - 1]!) && !(text[end - 1] === ')' && text.slice(start, end - 1).includes('('))) end--;
  return /[\p{L}\d]{2,}|\p{Lu}/u.test(text.slice(start, end)) ? { start, end } : null;
}

/** A title right before a name ("M. ", "Mme de ", "Dr "), which makes a lone word a surname. */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ADDRESS_TITLES})\\.?\\s+(?:(?:de|du|d['’])\\s*)?$`, 'u');

const PLACE_ARTICLES = new Set(['le', 'la', 'les', 'the']);

export interface Entity {
  id: string;
  part: 'full' | 'first' | 'last' | 'alias';
}

/**
 * Which mentions are one entity, so each gets one replacement everywhere: a recorded
 * person by her record; "Jeanne Dubois", "Mme Dubois", "Jeanne", "J. Dubois" and
 * "Jeanne D." by their shared words; "J.D." and "JD" by their letters; anything else by
 * its folded text.
 */
export function entityOf(text: string, spans: Detection[], isFirstName: (folded: string) => boolean): Map<Detection, Entity> {
  const out = new Map<Detection, Entity>();
  // "d'Antoine Lefèvre" is Antoine Lefèvre: an elision the span took in is not a word of the name.
  // Read once per mention: the passes below ask for them up to four times. The arrays are never changed.
  const wordsRead = new Map<Detection, string[]>();
  const words = (d: Detection) => {
    let w = wordsRead.get(d);
    if (!w) {
      const written = text.slice(d.start, d.end);
      // ("O'Neill" is one word: split at its apostrophe, "Ms O'Neill" read as a first and a last name was someone else.)
      w = fold(written).replace(/^(?:d|l|qu)'(?=\p{L})/u, '').replace(/'s$/u, '').split(/\s+/).filter(Boolean);
      // "DUPONT Claire" is Claire Dupont: her given name first, as every other mention reads it.
      const surname = d.type === 'person' ? surnameFirstWords(written, isFirstName) : 0;
      if (surname && w.length === written.trim().split(/\s+/u).length) w = [...w.slice(surname), ...w.slice(0, surname)];
      wordsRead.set(d, w);
    }
    return w;
  };
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
  // Names in full first, then those with a word written as its initial ("P. Lenoir", "Isabelle G."),
  // which are the one full name in the text those words and initials spell ("Patrick Lenoir").
  for (const initialled of [false, true]) {
    for (const d of spans) {
      if (out.has(d) || d.type !== 'person') continue;
      const w = words(d);
      if (w.length < 2 || NAME_PARTICLES.has(w[0]!) || w.every(isInitialWord) || w.some(isInitialWord) !== initialled) continue;
      const spelt = initialled ? new Set([...fullNames.values()].filter((f) => spells(w, f.words)).map((f) => f.id)) : new Set<string>();
      if (spelt.size === 1) {
        out.set(d, { id: [...spelt][0]!, part: 'full' });
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
  /**
   * Any other word of a name: "Lan" of "Thi Lan Nguyen" (a middle name) or of "Nguyen Thi Lan" (a given
   * name written last), "Lopez" of "Garnier-Lopez" (one half of a double surname).
   */
  const byWord = new Map<string, string>();
  for (const f of fullNames.values()) {
    const last = f.words.slice(1).join(' ');
    if (!byLast.has(last)) byLast.set(last, f.id);
    if (!byFirst.has(f.words[0]!)) byFirst.set(f.words[0]!, f.id);
    for (const w of withoutParticles(f.words).slice(1)) for (const part of [w, ...(w.includes('-') ? w.split('-') : [])]) if (part.length > 1 && !NAME_PARTICLES.has(part) && !byWord.has(part)) byWord.set(part, f.id);
    for (const initials of initialsOfName(f.written)) if (!byInitials.has(initials)) byInitials.set(initials, f.id);
  }
  // "M. Rênal" anywhere makes Rênal a surname everywhere, even if a first name is spelt so.
  const titled = new Set<string>();
  for (const d of spans) {
    if (d.type === 'person' && !out.has(d) && TITLE_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start))) titled.add(withoutParticles(words(d)).join(' '));
  }
  // "Jennifer Lopez-Garcia (Jen)", "Liz (Elizabeth Warrington-Smythe)": a nickname in brackets
  // beside the full name is that person's first name.
  for (const [alias, full, nick] of nicknames(text, spans)) {
    const entity = out.get(full);
    if (!entity || out.has(alias)) continue;
    out.set(alias, { id: entity.id, part: 'first' });
    if (!byFirst.has(nick)) byFirst.set(nick, entity.id);
  }
  // Initials last: they refer to a name the text writes in full, a lone "Jean-Pierre" as well.
  const initialsOnly = (d: Detection) => d.type === 'person' && lettersOfInitials(text.slice(d.start, d.end)) !== undefined;
  for (const d of spans) {
    if (out.has(d) || initialsOnly(d)) continue;
    const w = words(d);
    if (d.type === 'person') {
      const surname = withoutParticles(w);
      const one = surname.join(' ');
      const last = byLast.get(one);
      const first = byFirst.get(one);
      const other = byWord.get(one);
      const firstName = !titled.has(one) && isFirstName(w[0] ?? '');
      if (last) out.set(d, { id: last, part: 'last' });
      else if (first) out.set(d, { id: first, part: titled.has(one) ? 'last' : 'first' });
      else if (other) out.set(d, { id: other, part: firstName ? 'first' : 'last' });
      else {
        const part = surname.length === w.length && firstName ? 'first' : 'last';
        out.set(d, { id: `person:${one}`, part });
        if (part === 'first') for (const initials of initialsOfName(text.slice(d.start, d.end))) if (!byInitials.has(initials)) byInitials.set(initials, `person:${one}`);
      }
      continue;
    }
    // "Le Mans" and "au Mans" are one town: a place's article comes and goes with the grammar;
    // so does the arrondissement of "Paris 15e" (arrondissements.ts).
    let name = d.type === 'place' && w.length > 1 && PLACE_ARTICLES.has(w[0]!) ? w.slice(1) : w;
    if (d.type === 'place' && name.length > 1 && /^\d+(?:e|er|eme)$/u.test(name[name.length - 1]!)) name = name.slice(0, -1);
    out.set(d, { id: `${d.type}:${name.join(' ')}`, part: 'full' });
  }
  for (const d of spans) {
    if (out.has(d)) continue;
    const letters = lettersOfInitials(text.slice(d.start, d.end))!;
    out.set(d, { id: byInitials.get(letters) ?? `person:${letters}`, part: byInitials.has(letters) ? 'first' : 'full' });
  }
  return organisationsByPrefix(text, spans, out);
}

/**
 * Pairs of a one-word person and the full name beside it, one of them in brackets or quotes
 * ("Jennifer Lopez-Garcia (Jen)", "Liz (Elizabeth Warrington-Smythe)"), where the word is the
 * first name's start, a part of it ("Seun" of "Oluwaseun", "Liz" of "Elizabeth") or shares its
 * initial: a nickname. `spans` are sorted.
 */
function nicknames(text: string, spans: Detection[]): [alias: Detection, full: Detection, nickname: string][] {
  const pairs: [Detection, Detection, string][] = [];
  const OPENS = /^\s*[(«"“]\s*$/u;
  const CLOSES = /^\s*[)»"”]/u;
  for (let i = 0; i + 1 < spans.length; i++) {
    const [a, b] = [spans[i]!, spans[i + 1]!];
    if (a.type !== 'person' || b.type !== 'person' || !OPENS.test(text.slice(a.end, b.start)) || !CLOSES.test(text.slice(b.end, b.end + 3))) continue;
    const [aw, bw] = [fold(text.slice(a.start, a.end)).split(/\s+/), fold(text.slice(b.start, b.end)).split(/\s+/)];
    const pair = aw.length === 1 && bw.length > 1 ? ([a, b, aw[0]!, bw[0]!] as const) : bw.length === 1 && aw.length > 1 ? ([b, a, bw[0]!, aw[0]!] as const) : undefined;
    if (!pair) continue;
    const [alias, full, nick, first] = pair;
    if (nick.length < 2 || !(first.includes(nick) || first[0] === nick[0])) continue;
    pairs.push([alias, full, nick]);
  }
  return pairs;
}

const isInitialWord = (x: string) => /^\p{L}\.$/u.test(x);

/** Whether `w` ("p. lenoir", "isabelle g.") spells the full name `full` ("patrick lenoir", "isabelle garnier-lopez"), word for word or by initial. */
function spells(w: string[], full: string[]): boolean {
  return w.length === full.length && w.every((x, i) => x === full[i] || (isInitialWord(x) && !isInitialWord(full[i]!) && full[i]!.charAt(0) === x.charAt(0)));
}

/** The letters of a mention written in initials ("JB", "J.-B.", "J.D.", "J. D."), folded; undefined for anything else. */
function lettersOfInitials(written: string): string | undefined {
  return /^(?:\p{Lu}\.?[-\s]?){2,3}$/u.test(written.trim()) ? fold(written.replace(/[^\p{L}]/gu, '')) : undefined;
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
