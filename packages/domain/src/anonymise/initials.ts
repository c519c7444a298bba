import { fold, isInitial, type Token } from './text.js';
import type { Detection } from './types.js';
import { COMMON_ACRONYMS, ROLE_WORDS } from './vocabulary.js';

/**
 * Acronyms notes use every day, which a person's initials never make a name of, whoever
 * the text names ("Claire Vasseur" does not make every "CV" her), besides the words of
 * vocabulary.ts's COMMON_ACRONYMS ("HT", "CPF"). Roles ("DG", "RH") are in ROLE_WORDS.
 */
export const EVERYDAY_ACRONYMS = new Set([
  'cv', 'it', 'ok', 'tv', 'pc', 'ia', 'ai', 'qa', 'ue', 'eu', 'us', 'uk', 'ca', 'bd', 'sa', 'rs', 'ps', 'pv', 'ce', 'cse', 'kpi',
  'rse', 'pme', 'eti', 'tpe', 'ag', 'cr', 'nb', 'vs', 'pnl', 'nlp', 'sncf', 'ratp', 'tgv', 'sms', 'faq', 'pdf', 'url', 'cf',
]);

/**
 * What a person is called by her initials: "JF" for Jean-François, "JFK" for Jean-François
 * Kessler, "NBS" for Nadia Ben Salah; two or three letters, each the capital of a word of
 * the name (and of each half of a hyphenated first name), folded. None that is an
 * everyday acronym or a role.
 */
/** The folded first letters of `words`. */
const lettersOf = (words: string[]) => words.map((w) => fold(w.charAt(0))).join('');

export function initialsOfName(name: string): string[] {
  const words = name.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (!words.length) return [];
  const firstParts = words[0]!.split('-').filter((p) => /^\p{Lu}/u.test(p));
  const out = new Set<string>();
  if (firstParts.length === 2) out.add(lettersOf(firstParts));
  if (words.length > 1) out.add(lettersOf([...firstParts, ...words.slice(1)]));
  return [...out].filter((i) => i.length >= 2 && i.length <= 3 && !EVERYDAY_ACRONYMS.has(i) && !COMMON_ACRONYMS.has(i) && !ROLE_WORDS.has(i));
}

/** Two or three capitals, with nothing else: how initials stand in a note ("JF", "PR"). */
const INITIALS = /^\p{Lu}{2,3}$/u;
const ROMAN = /^[IVXLC]+$/;

/**
 * "PR now wants to…", "la figurine de JF", where the text names Priya Raman or Jean-François
 * Kessler: capitals that spell the initials of a person found in the text are that person,
 * whether the detectors left them (a leak) or took them for an acronym (an organisation,
 * replaced as "l'entreprise A"). Recorded names' initials are the records' (records.ts).
 * `isWord`: a word of the language, a title or a particle, folded. `spans` are sorted and do
 * not overlap; so are the detections returned.
 */
export function withInitialsOfPeople(text: string, tokens: Token[], spans: Detection[], isWord: (folded: string) => boolean): Detection[] {
  spans = withGluedInitials(tokens, spans);
  /** Each person's initials, and where the text first names her in full: initials refer back to a name. */
  const initials = new Map<string, number>();
  for (const d of spans) if (d.type === 'person') for (const i of initialsOfName(text.slice(d.start, d.end))) if (!initials.has(i)) initials.set(i, d.end);
  if (!initials.size) return spans;
  // "LE", "OU", "MM" in a heading in capitals are words, whoever the text names; "VII" a number.
  // The map is asked first: it answers for most tokens, before any expression is run.
  const isInitials = (t: { text: string; folded: string; start: number }) => (initials.get(t.folded) ?? Infinity) <= t.start && INITIALS.test(t.text) && !isWord(t.folded) && !ROMAN.test(t.text);
  const retyped = spans.map((d) =>
    d.type === 'organisation' && (d.source === 'capitalisation' || d.source === 'model' || d.source === 'elsewhere') && isInitials({ text: text.slice(d.start, d.end), folded: fold(text.slice(d.start, d.end)), start: d.start }) ? { ...d, type: 'person' as const } : d,
  );
  const added: Detection[] = [];
  let s = 0;
  for (const t of tokens) {
    if (!t.word || !isInitials(t)) continue;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s < spans.length && spans[s]!.start < t.end) continue;
    added.push({ start: t.start, end: t.end, type: 'person', source: 'elsewhere', confidence: 0.8 });
  }
  return added.length ? [...retyped, ...added].sort((a, b) => a.start - b.start) : retyped;
}

/**
 * "Signé : C.V.", "(P.M.)": initials written together are one person's, so where a finding
 * took one of them for a person, it takes all of them; masking "V." leaves "C." to name her.
 * Initials glue with nothing between them, or a hyphen ("J.-P."). `spans` are sorted and do
 * not overlap; so are the spans returned.
 */
function withGluedInitials(tokens: Token[], spans: Detection[]): Detection[] {
  /** The token index of the initial glued to token `i` on side `step` (-1 before, +1 after), or -1. */
  const glued = (i: number, step: -1 | 1): number => {
    let j = i + step;
    if (tokens[j]?.text === '-' && (step < 0 ? tokens[j]!.end === tokens[i]!.start : tokens[j]!.start === tokens[i]!.end)) j += step;
    const n = tokens[j];
    const a = step < 0 ? n : tokens[j - step];
    const b = step < 0 ? tokens[j - step] : n;
    return n && a && b && isInitial(n) && a.end === b.start ? j : -1;
  };
  let t = 0;
  return spans.map((d, k) => {
    if (d.type !== 'person') return d;
    while (t < tokens.length && tokens[t]!.start < d.start) t++;
    let first = t;
    let last = t;
    while (tokens[last + 1] && tokens[last + 1]!.end <= d.end) last++;
    if (!tokens[first] || tokens[first]!.start !== d.start || tokens[last]!.end !== d.end) return d;
    const floor = k > 0 ? spans[k - 1]!.end : 0;
    const ceiling = k + 1 < spans.length ? spans[k + 1]!.start : Infinity;
    for (let j = isInitial(tokens[first]) ? glued(first, -1) : -1; j >= 0 && tokens[j]!.start >= floor; j = glued(j, -1)) first = j;
    for (let j = isInitial(tokens[last]) ? glued(last, 1) : -1; j >= 0 && tokens[j]!.end <= ceiling; j = glued(j, 1)) last = j;
    return first === t && tokens[last]!.end === d.end ? d : { ...d, start: tokens[first]!.start, end: tokens[last]!.end };
  });
}
