/**
 * The anonymiser finds a recorded organisation by its whole name only ("Groupe" alone
 * names nothing), but a coach writes "Logisud" for "Logisud Édition (démo)" and
 * "Lemoine" for "Biscuiterie Lemoine SAS". These are the shorter ways a text names it,
 * given to the anonymiser as the organisation's aliases: its name without an aside in
 * brackets or a legal form, an aside that names it ("(SG)"), and every run of its words,
 * from a capitalised word to a capitalised word, holding a word that only names it —
 * capitalised, not an everyday word of either language (`isCommonWord`, folded), nor a
 * legal form.
 */
export function organisationAliases(name: string, isCommonWord: (folded: string) => boolean): string[] {
  const asides = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !isLegalForm(w));
  const names = (w: string) => {
    const letters = w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    // An acronym of two capitals names it too ("SG"); a shorter word in lower case is too often another's.
    const long = letters.length >= 3 || /^\p{Lu}{2}$/u.test(letters);
    return long && /^\p{Lu}/u.test(letters) && !isCommonWord(fold(letters)) && !isLegalForm(letters);
  };
  const out = new Set<string>();
  const add = (alias: string) => {
    const a = alias.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').trim();
    if (a && fold(a) !== fold(name)) out.add(a);
  };
  for (const aside of asides) if (aside.split(/\s+/).some(names)) add(aside);
  // Names of more words than this are sentences, not names: their whole is enough.
  if (words.length > 8) return [...out];
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      const run = words.slice(from, to);
      // A run begins and ends on a capitalised word: "de Bretagne" is "Bretagne" already.
      const capitalised = /^[^\p{L}\d]*[\p{Lu}\d]/u.test(run[0]!) && /^[^\p{L}\d]*[\p{Lu}\d]/u.test(run[run.length - 1]!);
      if ((capitalised && run.some(names)) || (from === 0 && to === words.length)) add(run.join(' '));
    }
  }
  return [...out];
}

/** Folded as the anonymiser's word lists are: no accents, lower case, no dots ("S.A.S." is "sas"). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '');

/** A legal form as names write it, capitalised ("SA", "S.A.S.", "Inc."): "sa" in lower case is a French word ("Trouver sa place"). */
const isLegalForm = (w: string) => /^\p{Lu}/u.test(w) && LEGAL_FORMS.has(fold(w));

/** Legal forms, French, European and English: they name the form, not the organisation. */
const LEGAL_FORMS = new Set(['sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'scop', 'scic', 'snc', 'sca', 'gie', 'selarl', 'selas', 'gmbh', 'ag', 'bv', 'nv', 'spa', 'srl', 'inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'co']);
