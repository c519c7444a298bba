/**
 * The address of a published case study, made from its anonymised title. That title
 * carries the anonymiser's marks — placeholders ("[Personne 1]"), initials ("S.",
 * "M. D.", "S.3"), elisions ("l'entreprise A") — and the composer's prompts, none of
 * which reads well in an address. The slug keeps the words a reader would, in plain
 * ASCII, short, and the same for the same title.
 */

/** At most this many characters, a numbered suffix included: an address fits on a line. */
export const SLUG_MAX_LENGTH = 60;
const FALLBACK = 'article';

/** Letters that NFD does not take apart: written out as French and English readers spell them in ASCII. */
const SPELLED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ŀ: 'l' };

/** Words that say nothing alone: a slug of only these means the title had nothing left after its placeholders. */
const FUNCTION_WORDS = new Set(
  (
    'le la les un une des du de au aux et ou en avec sans son sa ses sur pour par dans chez mais qui que ' +
    'the an of and or to in on at with without her his their for by from but'
  ).split(' '),
);

/**
 * "Recréer l'alliance avec [Personne 1]" → "recreer-alliance"; "S. et le DG de
 * [Organisation 1] : ça coince" → "dg-ca-coince". `n` ≥ 2 numbers a second case with
 * the same title, within the same length.
 */
export function caseStudySlug(title: string, n = 1): string {
  const suffix = n > 1 ? `-${n}` : '';
  const words = plainWords(title);
  const base = words.some((w) => !FUNCTION_WORDS.has(w)) ? shorten(words, SLUG_MAX_LENGTH - suffix.length) : FALLBACK;
  return `${base}${suffix}`;
}

/** Placeholders and prompts (closed, or cut off by the end of the title), and initials: "S.", "M. D.", a second S. numbered "S.3". */
const DEBRIS = /\[[^\]]*(?:\]|$)|(?<![\p{L}\p{N}])\p{Lu}\.\d*/gu;

/**
 * The title's words a reader would keep, lower-case ASCII. Where the anonymiser's marks
 * stood, the little words that joined them go too ("avec [Personne 1]", "S. et"): alone
 * they would dangle.
 */
function plainWords(title: string): string[] {
  const pieces = title.normalize('NFC').split(DEBRIS).map(asciiWords);
  const words: (string | null)[] = pieces.flatMap((piece, i) => (i ? [null, ...piece] : piece));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w && FUNCTION_WORDS.has(w) && (words[i - 1] === null || words[i + 1] === null)) {
        words.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  return words.filter((w): w is string => w !== null);
}

/** Lower-case ASCII words; a lone letter is an elision ("l'", "d'"), an initial without its dot or a company's letter: dropped. */
function asciiWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[œæßøđðłþıŀ]/gu, (c) => SPELLED[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !/^[a-z]$/.test(w));
}

/** Whole words up to the length; a title cut short does not end on "de" or "avec". A single overlong word is cut. */
function shorten(words: string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length + (kept.length ? 1 : 0) + word.length;
    if (next > max) break;
    kept.push(word);
    length = next;
  }
  if (!kept.length) return words[0]!.slice(0, max);
  if (kept.length < words.length) while (kept.length > 1 && FUNCTION_WORDS.has(kept[kept.length - 1]!)) kept.pop();
  return kept.join('-');
}
