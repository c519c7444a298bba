import { KNOWN_ORGANISATIONS } from './known-organisations.js';
import { headsOf, lastOf, LONGEST } from './known-things.js';
import type { Lexicon } from './lexicon.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { fold, type Token } from './text.js';
import type { Detection } from './types.js';
import { FRENCH_ARTICLES } from './vocabulary.js';

/**
 * Whether a run of capitalised words (`words`, folded whole as `folded`) is a known organisation:
 * by itself or with its article ("le Monde", "l'Équipe"); or, of two or three words, one known
 * organisation's name first or last with its product's or its line's ("Nintendo DS", "Super
 * Nintendo", "Honda Civic"), where no other word is a first name or a frequent surname
 * ("Louis Renault", "Yannig Orange" are people).
 */
export function knownOrganisation(folded: string, words: Token[], before: Token | undefined, lexicon: Lexicon): boolean {
  const first = words[0]!;
  if (first.elided) return lexicon.organisations.has(`${first.elided}${folded}`) || lexicon.organisations.has(folded);
  if (before && FRENCH_ARTICLES.has(before.folded) && lexicon.organisations.has(`${before.folded} ${folded}`)) return true;
  if (lexicon.organisations.has(folded)) return true;
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1]!;
  if (!lexicon.organisations.has(first.folded) && !lexicon.organisations.has(last.folded)) return false;
  return words.every((w) => lexicon.organisations.has(w.folded) || (!lexicon.firstNames.has(w.folded) && !SURNAMES.has(w.folded)));
}

/**
 * The known organisations whose name holds a lower-case word ("Habitat et Humanisme",
 * "Médecins sans frontières", "Restos du cœur"): a run of capitalised words stops at that
 * word, so the rules would mask half the name as one thing and the rest as another.
 */
const WITH_LOWER_WORDS: ReadonlySet<string> = new Set(
  KNOWN_ORGANISATIONS.filter((n) => n.split(/\s+/).slice(1).some((w) => /\p{L}/u.test(w) && w === w.toLowerCase())).map(fold),
);

/** The known organisations of several words ("Société Générale", "France Travail"), folded. */
const OF_SEVERAL_WORDS: ReadonlySet<string> = new Set(KNOWN_ORGANISATIONS.filter((n) => /\s/u.test(n.trim())).map(fold));

/**
 * What comes before an organisation's name written all in lower case: a preposition or a
 * determiner ("avec la société générale", "inscrite à france travail", "at bank of america").
 */
const BEFORE_IN_LOWER_CASE = new Set(['chez', 'a', 'au', 'aux', 'pour', 'avec', 'de', 'du', "d'", 'la', 'le', 'les', "l'", 'par', 'contre', 'at', 'for', 'with', 'from', 'the', 'by']);

/**
 * Every known organisation the text names, as written, where the readings of capitals miss it:
 * those whose name holds a lower-case word, with at least their first word capitalised; those
 * of several words typed all in lower case after a preposition or a determiner, as quick notes
 * write them ("point avec la société générale"); and those that open a profile's line.
 */
export function knownOrganisationNames(text: string, tokens: Token[], organisations: ReadonlySet<string>): Detection[] {
  return [...withLowerWords(text, tokens), ...inLowerCase(text, tokens), ...asLineLabels(tokens, organisations)].sort((a, b) => a.start - b.start);
}

/** What ends an employer's name on a profile's line: "Decathlon · CDI", "Airbus | 2019", "Carrefour, Lille". */
const AFTER_A_LABEL = new Set(['·', '•', '|', '–', '—', '-', ',', '(']);

/**
 * "Decathlon · CDI", "Carrefour\n2010 - 2012": a profile's or a CV's line opens on the employer,
 * alone or before a sign. A known organisation of one word there is that organisation, though
 * first on a line a word that is also an everyday one ("décathlon", "carrefour") is a heading's.
 */
function asLineLabels(tokens: Token[], organisations: ReadonlySet<string>): Detection[] {
  const found: Detection[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // In capitals it is names.ts's ("AXA : point", not "TOTAL : 450 €").
    if (!t.word || t.shape !== 'title' || !(i === 0 || t.lineStart) || !organisations.has(t.folded)) continue;
    const after = tokens[i + 1];
    if (after && !after.lineStart && !AFTER_A_LABEL.has(after.text)) continue;
    found.push({ start: t.start, end: t.end, type: 'organisation', source: 'context', confidence: 0.8 });
  }
  return found;
}

function withLowerWords(text: string, tokens: Token[]): Detection[] {
  const found: Detection[] = [];
  const heads = headsOf(WITH_LOWER_WORDS);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.shape === 'lower' || !heads.has(t.folded)) continue;
    for (let n = LONGEST; n >= 2; n--) {
      const last = lastOf(tokens, i, n);
      if (last < 0 || !WITH_LOWER_WORDS.has(fold(text.slice(t.start, tokens[last]!.end)))) continue;
      found.push({ start: t.start, end: tokens[last]!.end, type: 'organisation', source: 'context', confidence: 0.9 });
      i = last;
      break;
    }
  }
  return found;
}

function inLowerCase(text: string, tokens: Token[]): Detection[] {
  const found: Detection[] = [];
  const heads = headsOf(OF_SEVERAL_WORDS);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.shape !== 'lower' || !heads.has(t.folded) || !BEFORE_IN_LOWER_CASE.has(tokens[i - 1]!.folded)) continue;
    for (let n = LONGEST; n >= 2; n--) {
      const last = lastOf(tokens, i, n);
      if (last < 0 || tokens.slice(i, last + 1).some((w) => w.word && w.shape !== 'lower') || !OF_SEVERAL_WORDS.has(fold(text.slice(t.start, tokens[last]!.end)))) continue;
      found.push({ start: t.start, end: tokens[last]!.end, type: 'organisation', source: 'context', confidence: 0.7 });
      i = last;
      break;
    }
  }
  return found;
}
