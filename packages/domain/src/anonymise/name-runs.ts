import { isInitial, type Token } from './text.js';
import { NAME_PARTICLES } from './vocabulary.js';

/** A run of words that may be one name: tokens `from` to `to`, particles between them included. */
export interface Run {
  from: number;
  to: number;
}

/** A name broken across a line still joins; a blank line between two words does not. */
export const sameLine = (a: Token, b: Token): boolean => b.start - a.end <= 3 && !b.paragraphStart;

/**
 * Consecutive words that start a name, joined by particles ("Jean-Marc de La Salle"), an
 * ampersand ("Harrow & Finch") or a line break, as one possible name. The hand rules and
 * the model's candidates both read runs so; they differ only in the words that may begin
 * a name and in when a particle may begin one ("M. de Kerguézec", "que Le Gal").
 */
export function nameRuns(tokens: Token[], startsName: (t: Token) => boolean, particleMayStart: (t: Token, i: number) => boolean): Run[] {
  const out: Run[] = [];
  /** The index of the name a run of particles leads to ("de La Salle", "Le Hérissé"), or -1. */
  const throughParticles = (from: number) => {
    let k = from;
    while (k < tokens.length && tokens[k]!.word && NAME_PARTICLES.has(tokens[k]!.folded) && k - from < 3) k++;
    return k > from && k < tokens.length && startsName(tokens[k]!) ? k : -1;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const particleStart = t.word && NAME_PARTICLES.has(t.folded) && particleMayStart(t, i) ? throughParticles(i) : -1;
    if (particleStart < 0 && !startsName(t)) {
      i++;
      continue;
    }
    let to = particleStart >= 0 ? particleStart : i;
    for (let j = to + 1; j < tokens.length; j++) {
      const n = tokens[j]!;
      if (startsName(n) && sameLine(tokens[to]!, n)) {
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
      if (n.text === '&' && tokens[j + 1] && startsName(tokens[j + 1]!)) {
        to = j + 1;
        j = j + 1;
        continue;
      }
      // "Jeremy Hellickson des Rays": after a first name and a surname, "des" leads to his team or
      // his party, not to more of his name ("Madeleine des Ormeaux" has one word before it).
      if (n.folded === 'des' && to > i && particleStart < 0) break;
      const k = n.word && NAME_PARTICLES.has(n.folded) ? throughParticles(j) : -1;
      if (k >= 0) {
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
