/**
 * French liaisons where a replacement meets the text: one small module without any
 * dependency, shared by the anonymiser's own proposals (fit.ts) and the coach's own
 * words (case-study/own-words.ts, which the web bundle reads).
 */

/** The word right before a replacement, when French joins it to the replacement's first word (spaces on one line only). */
const JOINING_WORD = /(de|que|à)[ \t\u00a0]+$/iu;
/** `[ \t\u00a0]`, the spaces JOINING_WORD ends with. */
const isJoiningSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const STARTS_WITH_VOWEL = /^[aeiouyàâéèêëîïôûæœ]/iu;
const CONTRACTIONS: Record<string, Record<string, string>> = { de: { le: 'du', les: 'des' }, à: { le: 'au', les: 'aux' } };
const BUILT_CONTRACTION = /^(de|à) (le|les) /iu;

/**
 * What French does where a replacement meets the word before it: "de La Rochelle" →
 * "d'une ville…", not "de une ville…"; "le dossier de Marc" as a role → "du client", not
 * "de le client"; "à Marc" → "au client"; and inside what was built ("d'Antoine" →
 * "du client"). The word before must stand alone ("monde" is not "de") and after
 * `floor`, the end of the previous replacement, which it must not reach into.
 */
export function liaison(text: string, start: number, replacement: string, floor: number): { start: number; replacement: string } {
  const built = BUILT_CONTRACTION.exec(replacement);
  if (built) replacement = `${keepCase(built[1]!, CONTRACTIONS[built[1]!.toLowerCase()]![built[2]!.toLowerCase()]!)} ${replacement.slice(built[0].length)}`;
  // The joining word ends in a space right before the replacement: without one, no expression to run.
  const space = start - 1 >= floor && start >= 1 && isJoiningSpace(text.charCodeAt(start - 1));
  const before = space ? JOINING_WORD.exec(text.slice(Math.max(floor, start - 12), start)) : null;
  if (!before) return { start, replacement };
  const at = start - before[0].length;
  if (at > 0 && /\p{L}/u.test(text[at - 1]!)) return { start, replacement };
  const word = before[1]!;
  const lower = word.toLowerCase();
  const [first = '', ...rest] = replacement.split(' ');
  const contracted = CONTRACTIONS[lower]?.[first.toLowerCase()];
  if (contracted) return { start: at, replacement: [keepCase(word, contracted), ...rest].join(' ') };
  if (lower !== 'à' && STARTS_WITH_VOWEL.test(replacement)) return { start: at, replacement: `${keepCase(word, lower.slice(0, -1))}'${replacement}` };
  return { start, replacement };
}

const keepCase = (model: string, word: string) => (model[0] === model[0]!.toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word);
