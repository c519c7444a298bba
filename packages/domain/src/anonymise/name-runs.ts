import { isInitial, type Token } from './text.js';
import { DAYS_AND_MONTHS, NAME_PARTICLES } from './vocabulary.js';

/** A run of words that may be one name: tokens `from` to `to`, particles between them included. */
export interface Run {
  from: number;
  to: number;
}

/** A name broken across a line still joins; a blank line between two words does not. */
export const sameLine = (a: Token, b: Token): boolean => b.start - a.end <= 3 && !b.paragraphStart;

const STRESSED_PRONOUNS = new Set(['moi', 'toi', 'lui', 'elle', 'nous', 'vous', 'eux', 'elles', 'me', 'myself', 'him', 'her', 'us', 'them']);

/**
 * Whether a run whose last word so far is token `to` goes on at token `j`, the first of a
 * new line: only where prose was wrapped in the middle of a sentence ("Elle a revu
 * Jean-Pierre\nMoreau hier"), which a lower-case word earlier on the same line shows. A line of
 * capitalised words and signs is a board's label ("Marc\nLyon\nMoi"), a table's row ("Amir
 * Haddad | Leeds"), a list's item ("- Tata Josiane") or a signature ("Best, Karen"): the run ends
 * with it. Nor does a run go on into a label ("Mouvement : Marc se tourne"), nor into a pronoun
 * alone on its line ("l'équipe de Lyon\nMoi", a board's label for the client herself).
 */
function wrapsAcrossLine(tokens: Token[], to: number, j: number): boolean {
  const after = tokens[j + 1];
  if (after?.text === ':') return false;
  if ((!after || after.lineStart) && STRESSED_PRONOUNS.has(tokens[j]!.folded)) return false;
  for (let k = to; k >= 0; k--) {
    if (tokens[k]!.word && tokens[k]!.shape === 'lower') return true;
    if (tokens[k]!.lineStart) return false;
  }
  return false;
}

/** What opens a list's item: a bullet, or a number and its stop ("1.", "2)"). */
const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '◦', '▪', '‣']);
/** How far, in characters, the hanging indent of an item's next line may be from the name's first part. */
const HANGING_GAP = 16;

/**
 * Whether a run ending at token `to`, last on its line, goes on at token `j`, the first of the next
 * line, indented under it: a list's item or a label's value wrapped with a hanging indent
 * ("- Anne⏎  Lefort", "1. Pauline⏎   Roussel", "Coaché : Claire⏎          Dupont"). A board's labels
 * and a table's rows are not indented so.
 */
function hangsAcrossLine(tokens: Token[], to: number, j: number): boolean {
  const n = tokens[j]!;
  if (!n.lineStart || !n.indented || n.paragraphStart || n.start - tokens[to]!.end > HANGING_GAP || tokens[j + 1]?.text === ':') return false;
  let first = to;
  while (first > 0 && !tokens[first]!.lineStart) first--;
  const opener = tokens[first]!;
  const numbered = /^\d+$/u.test(opener.text) && (tokens[first + 1]?.text === '.' || tokens[first + 1]?.text === ')');
  if (BULLETS.has(opener.text) || numbered) return true;
  for (let k = first; k < to; k++) if (tokens[k]!.text === ':') return true;
  return false;
}

/**
 * Consecutive words that start a name, joined by particles ("Jean-Marc de La Salle"), an
 * ampersand ("Harrow & Finch") or a line break, as one possible name. The hand rules and
 * the model's candidates both read runs so; they differ only in the words that may begin
 * a name and in when a particle may begin one ("M. de Kerguézec", "que Le Gal"). `bridges`:
 * whether a month or a day may follow this word of a run inside the name ("Thi Mai Pham";
 * not "In May Paul", where the first word is the sentence's). `particleJoins`: whether the run
 * from token `from` to `to` goes on through particles to the name at token `name`.
 */
export function nameRuns(
  tokens: Token[],
  startsName: (t: Token) => boolean,
  particleMayStart: (t: Token, i: number) => boolean,
  bridges: (t: Token) => boolean = (t) => !t.sentenceStart,
  particleJoins: (from: number, to: number, name: number) => boolean = () => true,
): Run[] {
  const out: Run[] = [];
  // Each token is asked whether it starts a name once: a run's end is asked again as the next
  // run's start, and the question costs lookups in the lists. 0 not asked, 1 no, 2 yes.
  const answers = new Uint8Array(tokens.length);
  const starts = (k: number): boolean => {
    if (answers[k] === 0) answers[k] = startsName(tokens[k]!) ? 2 : 1;
    return answers[k] === 2;
  };
  /** The index of the name a run of particles leads to ("de La Salle", "Le Hérissé"), or -1. */
  const throughParticles = (from: number) => {
    let k = from;
    while (k < tokens.length && tokens[k]!.word && NAME_PARTICLES.has(tokens[k]!.folded) && k - from < 3) k++;
    return k > from && k < tokens.length && starts(k) ? k : -1;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // (Whether a name follows the particles first: `starts` is asked of that word anyway, and most "de" lead to none.)
    const particleName = t.word && NAME_PARTICLES.has(t.folded) ? throughParticles(i) : -1;
    const particleStart = particleName >= 0 && particleMayStart(t, i) ? particleName : -1;
    if (particleStart < 0 && !starts(i)) {
      i++;
      continue;
    }
    let to = particleStart >= 0 ? particleStart : i;
    for (let j = to + 1; j < tokens.length; j++) {
      const n = tokens[j]!;
      if (starts(j) && ((sameLine(tokens[to]!, n) && (!n.lineStart || wrapsAcrossLine(tokens, to, j))) || hangsAcrossLine(tokens, to, j))) {
        to = j;
        continue;
      }
      // "J.-B.", "J.-P. Martin": the initials of a hyphenated first name are one.
      const after = tokens[j + 1];
      if (n.text === '-' && after && isInitial(tokens[to]) && isInitial(after) && n.start === tokens[to]!.end && after.start === n.end) {
        to = j + 1;
        j = j + 1;
        continue;
      }
      // "Thi Mai Pham", "Anne Juin Leclerc": a month or a day between two words of a name, one
      // space either side, is a word of that name, not a date ("Mai 2024" has its number).
      const next = tokens[j + 1];
      if (n.word && n.shape === 'title' && DAYS_AND_MONTHS.has(n.folded) && next && starts(j + 1) && n.start === tokens[to]!.end + 1 && next.start === n.end + 1 && bridges(tokens[to]!)) {
        to = j + 1;
        j = j + 1;
        continue;
      }
      // "P.-A. M.", "J.M.L.": an initial right after an initial is one more of the same name,
      // though "M." alone would be Monsieur.
      if (isInitial(n) && isInitial(tokens[to]) && n.start - tokens[to]!.end <= 1 && !n.lineStart) {
        to = j;
        continue;
      }
      if (n.text === '&' && tokens[j + 1] && starts(j + 1)) {
        to = j + 1;
        j = j + 1;
        continue;
      }
      // "Jeremy Hellickson des Rays": after a first name and a surname, "des" leads to his team or
      // his party, not to more of his name ("Madeleine des Ormeaux" has one word before it).
      if (n.folded === 'des' && to > i && particleStart < 0) break;
      const k = n.word && NAME_PARTICLES.has(n.folded) ? throughParticles(j) : -1;
      if (k >= 0 && particleJoins(i, to, k)) {
        to = k;
        j = k;
        continue;
      }
      break;
    }
    out.push({ from: i, to });
    i = to + 1;
  }
  return out;
}
