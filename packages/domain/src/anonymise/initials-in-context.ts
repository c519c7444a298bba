import type { Lexicon } from './lexicon.js';
import { EVERYDAY_ACRONYMS } from './initials.js';
import { TEXTING } from './lower-case-names.js';
import type { Token } from './text.js';
import type { Detection, Language } from './types.js';
import { COMMON_ACRONYMS, ROLE_WORDS } from './vocabulary.js';

/** Two or three capitals and nothing else: how notes write a person's initials ("SB", "JPL"). */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** Words right before someone: "cc MR", "vu avec KL", "rappeler JP", "selon SB". */
const PERSON_BEFORE = new Set(['cc', 'cci', 'avec', 'with', 'vu', 'revu', 'voir', 'rappeler', 'rappelle', 'appeler', 'appelle', 'relancer', 'relance', 'contacter', 'contacte', 'prevenir', 'remercier', 'selon', 'dixit', 'per', 'ask', 'call', 'met', 'told']);
/** Verbs right after someone: "SB relance", "KL dit", "MR says". */
const PERSON_AFTER = new Set([
  'relance', 'dit', 'pense', 'veut', 'propose', 'demande', 'confirme', 'valide', 'refuse', 'rappelle', 'appelle', 'ecrit', 'envoie', 'souhaite', 'trouve', 'explique',
  'says', 'said', 'thinks', 'wants', 'asked', 'called', 'confirmed', 'agreed', 'refused', 'wrote', 'emailed',
]);
/** "MR a dit", "SB a relancé": "a" and a past participle of speech or contact. */
const PARTICIPLES = new Set(['dit', 'demande', 'propose', 'valide', 'refuse', 'appele', 'ecrit', 'relance', 'confirme', 'rappele', 'envoye', 'explique']);

/**
 * "SB relance KL demain, cc MR": notes name colleagues by their initials, which no list holds
 * and no full name in the text spells (initials.ts reads those). Two or three capitals are a
 * person where the words around say someone: after "cc", "avec", a verb of contact, or before
 * a verb of speech. Not an everyday acronym, a role ("DG", "RH"), an organisation every reader
 * knows ("EDF"), nor a word in capitals ("OU").
 */
export function initialsInContext(tokens: Token[], lexicon: Lexicon, language: Language): Detection[] {
  const found: Detection[] = [];
  const common = lexicon.commonWords[language];
  let lastLower = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "cc MR." at the end of a sentence: the full stop the tokens left on it is the sentence's.
    const letters = t.text.endsWith('.') ? t.text.slice(0, -1) : t.text;
    if (t.word && t.shape === 'lower' && lowerCaseInitials(t.folded, lexicon, language)) {
      if (saysSomeoneIn(tokens, i) || listedAfter(tokens, i, lastLower)) {
        found.push({ start: t.start, end: t.start + letters.length, type: 'person', source: 'context', confidence: 0.6 });
        lastLower = i;
      }
      continue;
    }
    if (!t.word || t.shape !== 'upper' || !INITIALS.test(letters)) continue;
    const f = t.folded.replace(/\.$/, '');
    if (EVERYDAY_ACRONYMS.has(f) || COMMON_ACRONYMS.has(f) || ROLE_WORDS.has(f) || lexicon.organisations.has(f) || common.has(f)) continue;
    if (saysSomeoneIn(tokens, i)) found.push({ start: t.start, end: t.start + letters.length, type: 'person', source: 'context', confidence: 0.6 });
  }
  return found;
}

/** Whether the words around token `i` say someone: "avec SB", "cc jb", "KL dit", "MR a relancé". */
function saysSomeoneIn(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const next = tokens[i + 2];
  const saysBefore = !!before?.word && before.shape === 'lower' && PERSON_BEFORE.has(before.folded) && !t.lineStart;
  const saysAfter = !!after?.word && after.shape === 'lower' && !after.lineStart && (PERSON_AFTER.has(after.folded) || (after.folded === 'a' && !!next?.word && PARTICIPLES.has(next.folded)));
  return saysBefore || saysAfter;
}

/** Joined by "et", a comma, "&" or "+" to the initials at token `previous`: "avec jb et mc". */
const listedAfter = (tokens: Token[], i: number, previous: number) => previous >= 0 && previous === i - 2 && LIST_JOINTS.has(tokens[i - 1]!.folded);
const LIST_JOINTS = new Set(['et', 'and', ',', '&', '+']);

/**
 * "déj avec jb et mc", "cc sl": initials typed in lower case, two or three letters and no vowel
 * (a word has one), which no list, abbreviation of texting, acronym or role reads otherwise.
 */
function lowerCaseInitials(folded: string, lexicon: Lexicon, language: Language): boolean {
  if (!/^[b-df-hj-np-tv-xz]{2,3}$/u.test(folded)) return false;
  return !TEXTING.has(folded) && !PERSON_BEFORE.has(folded) && !EVERYDAY_ACRONYMS.has(folded) && !COMMON_ACRONYMS.has(folded) && !ROLE_WORDS.has(folded) && !lexicon.organisations.has(folded) && !lexicon.commonWords[language].has(folded);
}
