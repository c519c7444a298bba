import { type Lexicon } from './lexicon.js';
import { fold } from './text.js';
import type { Detection, Language } from './types.js';

/**
 * A document's name, with its extension: "bilan-marie-dupont-2024.pdf", "will.hunter-notes.docx",
 * "marie_dupont_cv.pdf", "Notes séance 3 - Julie Martin.docx" is read by the words around it.
 * Only names glued together by dots, hyphens and underscores are read here: the prose reader sees
 * "bilan-marie-dupont" as one hyphenated word that names no one.
 */
const EXTENSION = /\.(?:docx?|odt|ods|odp|pdf|xlsx?|pptx?|txt|md|rtf|csv|pages|key|numbers|jpe?g|png|heic|mp[34]|m4a|wav|zip)(?![\p{L}\d])/giu;
/** The characters of a file's name before its extension. */
const NAME_CHARACTER = /[\p{L}\p{N}_.-]/u;

/** The words a coach names a file with that are not a person's: what kind of document, when, which version. */
const FILE_WORDS = new Set(
  (
    'notes note bilan cr compte rendu seance seances session sessions rapport report cv resume lettre letter contrat contract convention ' +
    'facture invoice devis quote feedback retour synthese summary plan objectifs objectifs goals draft brouillon final finale version v copie copy scan ' +
    'signe signed minutes agenda ordre jour debrief entretien interview presentation deck slides prise de du des la le les et and of the for pour avec with ' +
    'suivi coaching programme program questionnaire evaluation assessment test resultats results profil profile fiche form formulaire annexe appendix ' +
    'mail email export photo image audio video enregistrement recording transcript transcription support handout bilan360 360 mi mid fin end debut start ' +
    'tripartite sponsor client cliente coach supervision superviseur journal log todo actions rdv meeting reunion call appel'
  ).split(' '),
);

/**
 * The parts of a file's name that name a person: a first name the lists know, and the word
 * glued to it that is not a document's word (its surname: "dupont" after "marie", "hunter"
 * after "will." — the dot or underscore of "prenom.nom" joins a first name to its surname
 * even when the surname is a common word).
 */
export function fileNameParts(text: string, lexicon: Lexicon, language: Language): Detection[] {
  if (!text.includes('.')) return [];
  const found: Detection[] = [];
  // Found from its extension back: reading every word of the text for the start of a file's
  // name cost a tenth of the anonymiser's time.
  for (const e of text.matchAll(EXTENSION)) {
    let from = e.index!;
    while (from > 0 && NAME_CHARACTER.test(text[from - 1]!)) from--;
    // A file's name begins with a letter or a digit; "@" or "/" before it make it an address's or a path's end.
    while (from < e.index! && !/[\p{L}\p{N}]/u.test(text[from]!)) from++;
    if (from === e.index! || (from > 0 && /[@/\\]/.test(text[from - 1]!))) continue;
    const base = text.slice(from, e.index!);
    const parts = [...base.matchAll(/[\p{L}\d]+/gu)].map((p) => ({ text: p[0], start: from + p.index!, folded: fold(p[0]), joiner: base[p.index! - 1] ?? '' }));
    const isFileWord = (f: string) => FILE_WORDS.has(f) || /^\d+$/.test(f) || /^v\d+$/.test(f);
    const isCommon = (f: string) => lexicon.commonWords[language].has(f) || lexicon.commonWords.fr.has(f) || lexicon.commonWords.en.has(f);
    const letters = (i: number) => !!parts[i] && /^\p{L}{2,}$/u.test(parts[i]!.text) && !isFileWord(parts[i]!.folded);
    const firstName = (i: number) => letters(i) && lexicon.firstNames.has(parts[i]!.folded);
    // A word no list knows, glued to a first name: a surname ("dupont" in "marie-dupont").
    const unknown = (i: number) => letters(i) && !isCommon(parts[i]!.folded) && !lexicon.firstNames.has(parts[i]!.folded);
    const isFirstName = (i: number) => {
      if (!firstName(i)) return false;
      if (!isCommon(parts[i]!.folded)) return true;
      // A first name that is also a word ("marie", "rose", "will") is one beside another name,
      // or before the "." or "_" of "prenom.nom" ("will.hunter").
      const next = parts[i + 1];
      return firstName(i - 1) || firstName(i + 1) || unknown(i - 1) || unknown(i + 1) || (letters(i + 1) && (next!.joiner === '.' || next!.joiner === '_'));
    };
    const named = new Set<number>();
    parts.forEach((_, i) => {
      if (!isFirstName(i)) return;
      named.add(i);
      // The surname after it ("prenom.nom", "prenom-nom"), or before it in "dupont_marie".
      const next = parts[i + 1];
      if (letters(i + 1) && (next!.joiner !== '-' || unknown(i + 1) || firstName(i + 1))) named.add(i + 1);
      if (unknown(i - 1)) named.add(i - 1);
    });
    for (const i of [...named].sort((a, b) => a - b)) {
      const p = parts[i]!;
      const end = p.start + p.text.length;
      const last = found[found.length - 1];
      // "marie-dupont", "will.hunter": one person, one span, one replacement.
      if (last && named.has(i - 1) && last.end === p.start - 1) last.end = end;
      else found.push({ start: p.start, end, type: 'person', source: 'first-names', confidence: 0.85 });
    }
  }
  return found;
}
