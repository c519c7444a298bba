import { headsOf } from './known-things.js';
import type { Token } from './text.js';

/** Whether token `i` is one word of a known organisation of two or three words all in capitals, one space apart ("SOCIÉTÉ GÉNÉRALE"). */
export function inOrganisationInCapitals(tokens: Token[], i: number, organisations: ReadonlySet<string>): boolean {
  let from = i;
  while (from > 0 && from > i - 2 && tokens[from - 1]!.word && tokens[from - 1]!.shape === 'upper' && joinedInCapitals(tokens, from)) from--;
  const heads = headsOf(organisations);
  for (let a = from; a <= i; a++) {
    // A name can only begin on the first word of one: most words in capitals begin none, and are spared joining the next.
    if (!heads.has(tokens[a]!.folded)) continue;
    let words = tokens[a]!.folded;
    for (let b = a + 1; b < a + 3 && joinedInCapitals(tokens, b); b++) {
      words += ` ${tokens[b]!.folded}`;
      if (b >= i && organisations.has(words)) return true;
    }
  }
  return false;
}

/** Token `k` is a word in capitals one space after token `k - 1`. */
function joinedInCapitals(tokens: Token[], k: number): boolean {
  const b = tokens[k];
  return !!b && b.word && b.shape === 'upper' && b.start === tokens[k - 1]!.end + 1;
}
