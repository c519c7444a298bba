import { type Token, withoutFinalStop } from './text.js';
import { TITLES } from './vocabulary.js';

/** Units of a dose: "Aclasta 5 mg", "Xanax 0,25 mg", "Angiox 250 mg", "Ventoline 100 µg". */
const DOSE_UNITS = new Set(['mg', 'g', 'µg', 'μg', 'mcg', 'ml', 'mL', 'ui', 'UI', 'IU']);

/**
 * The tokens that name a medicine: a capitalised word the text writes right before a dose
 * somewhere ("Aclasta 5 mg solution pour perfusion"), and that word wherever else the text
 * writes it ("Aclasta ne doit pas…"). A medicine identifies no one, and a brand's invented word
 * read as a surname was the commonest word masked too many in medical text. Never after a title:
 * "Mme Xanax" is someone, whatever the text says she takes.
 */
export function medicineTokens(tokens: Token[], isName: (folded: string) => boolean): number[] {
  const names = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [t, amount, unit] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!t.word || t.shape === 'lower' || t.text.length < 4 || afterTitle(tokens, i)) continue;
    if (/^\d/.test(amount.text) && DOSE_UNITS.has(unit.text) && amount.start - t.end === 1 && !isName(t.folded)) names.add(t.folded);
  }
  if (names.size === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.word && tokens[i]!.shape !== 'lower' && names.has(tokens[i]!.folded) && !afterTitle(tokens, i)) out.push(i);
  return out;
}

const afterTitle = (tokens: Token[], i: number) => {
  const before = tokens[i - 1];
  return !!before?.word && TITLES.has(withoutFinalStop(before.folded));
};
