import { isWellKnownPlace, type Lexicon } from './lexicon.js';
import { fold, lowerBound, type Token } from './text.js';
import type { Detection, Language } from './types.js';
import { FRENCH_EMPLOYER_WORDS } from './vocabulary.js';

/** The nouns that head the name of a body inside any organisation: "Direction Générale", "Comité de Direction", "Équipe Marketing". */
const DEPARTMENT_HEADS = new Set([
  'direction', 'comite', 'conseil', 'service', 'services', 'equipe', 'departement', 'pole', 'cellule', 'division', 'bureau', 'assemblee',
  'team', 'department', 'board', 'committee', 'division', 'office', 'unit',
]);

/** The heads French writes first in a body's name, and last in a firm's: "Osmose Conseil" is a firm. */
const DEPARTMENT_HEADS_FIRST = new Set(['conseil', 'direction', 'comite', 'service', 'services', 'equipe', 'departement', 'pole', 'cellule', 'division', 'bureau', 'assemblee']);
const RUN_ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);

/**
 * "la Direction Générale", "le Comité de Direction", "l'Équipe Marketing", "the Sales Team": a
 * department or a board, which every organisation has, capitalised as a company writes it. It
 * identifies nothing, and masked it would fill a corporate coaching note with placeholders. A
 * name of a person or an organisation found inside such a run of capitalised words, where every
 * word of the run is a word of the language (or of English, which French offices borrow) and
 * one is the head noun of a body, is dropped. "Conseil Régional de Bretagne" keeps its place;
 * "Service Dupont" keeps Dupont, who is no word.
 */
export function withoutDepartments(tokens: Token[], found: Detection[], lexicon: Lexicon, language: Language): Detection[] {
  if (!tokens.some((t) => t.shape !== 'lower' && DEPARTMENT_HEADS.has(t.folded))) return found;
  const words = (t: Token) => lexicon.commonWords[language].has(t.folded) || lexicon.commonWords.en.has(t.folded);
  const generic = (d: Detection): boolean => {
    if (d.type !== 'organisation' && d.type !== 'person') return false;
    if (d.source === 'records' || d.source === 'legal-forms') return false;
    let from = lowerBound(tokens, d.start);
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1]!.start < d.end) to++;
    // The run of capitalised words around the name, "Direction" before "Générale"; not across a
    // particle, which may lead to the organisation the body is part of ("… de la Fondation Abbé Pierre").
    const inRun = (t: Token | undefined) => !!t && t.word && !t.lineStart && t.shape !== 'lower';
    while (from > 0 && inRun(tokens[from]) && inRun(tokens[from - 1]) && !tokens[from]!.sentenceStart) from--;
    while (inRun(tokens[to]) && inRun(tokens[to + 1])) to++;
    let head = false;
    // The body's noun opens the run after its article: "Le Comité de Direction" first in a sentence.
    let opening = from;
    while (opening < to && RUN_ARTICLES.has(tokens[opening]!.folded)) opening++;
    for (let k = from; k <= to; k++) {
      const t = tokens[k]!;
      if (t.shape === 'lower') continue;
      if (!words(t) || lexicon.popularFirstNames.has(t.folded) || isWellKnownPlace(lexicon.places.get(t.folded))) return false;
      // "l'Équipe", the newspaper, alone: an organisation every reader knows stays one ("l'Équipe Marketing" is a team).
      if (from === to && (lexicon.organisations.has(t.folded) || (t.elided && lexicon.organisations.has(`${fold(t.elided)}${t.folded}`)))) return false;
      // French names a body head first ("Direction Générale", "Comité de Direction"): "Osmose Conseil",
      // "Horizon Conseil" are consultancies, named last. English names it last ("the Sales Team").
      if (DEPARTMENT_HEADS.has(t.folded) && (k === opening || language === 'en' || !DEPARTMENT_HEADS_FIRST.has(t.folded))) head = true;
    }
    // After "chez" or "a rejoint", it is the employer: "chez Osmose Conseil".
    const before = tokens[from - 1];
    if (before?.word && before.shape === 'lower' && FRENCH_EMPLOYER_WORDS.has(before.folded)) return false;
    return head;
  };
  // Each detection asked once: those before the first generic one are kept as they are.
  const first = found.findIndex(generic);
  if (first < 0) return found;
  const kept = found.slice(0, first);
  for (let i = first + 1; i < found.length; i++) if (!generic(found[i]!)) kept.push(found[i]!);
  return kept;
}
