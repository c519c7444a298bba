import type { Lexicon } from './lexicon.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { isInitial, type Token } from './text.js';
import type { Detection, Language } from './types.js';
import { COMMON_ACRONYMS, isFormOfAddress, NAME_PARTICLES, ROLE_WORDS } from './vocabulary.js';

/** Labels of a list of people in minutes, invitations and e-mails ("Présents :", "Excusés :", "Attendees:", "Cc :"), and of a form's person. */
const PEOPLE_LABELS = new Set([
  'present', 'presents', 'presente', 'presentes', 'participant', 'participants', 'participante', 'participantes', 'absent', 'absents',
  'absente', 'absentes', 'excuse', 'excuses', 'excusee', 'excusees', 'invite', 'invites', 'invitee', 'invitees', 'destinataire',
  'destinataires', 'copie', 'cc', 'cci', 'bcc', 'attendees', 'attendee', 'apologies', 'to', 'a', 'de', 'from', 'redacteur', 'redactrice',
  // A form's or a contract's fields that hold a person ("Nom : PETIT", "Coachée : FONTAINE Julie"); not "Client :", often a firm.
  'nom', 'noms', 'prenom', 'prenoms', 'name', 'surname', 'coache', 'coachee', 'coaches', 'coachees', 'beneficiaire', 'manager', 'referent', 'referente',
  'interlocuteur', 'interlocutrice', 'signataire', 'superviseur', 'superviseure', 'mentor', 'tuteur', 'tutrice',
]);
/** The words before "name" that make a form's field of it: "First name:", "Last name:". */
const NAME_QUALIFIERS = new Set(['first', 'last', 'given', 'family', 'full', 'middle', 'maiden']);
/** The fields that hold a name and nothing else, whatever its words: "Nom : Petit", "Surname: Strong". */
const NAME_FIELDS = new Set(['nom', 'noms', 'prenom', 'prenoms', 'name', 'surname']);
/** What separates the people of a list written on one line: "Fontaine, Blanc et Marchand". */
const SEPARATORS = new Set([',', ';', 'et', 'and', '&', '/']);
/** What opens an item of a list written one person a line. */
const BULLETS = new Set(['-', '*', '•', '–', '—', '·']);

/**
 * "Présents : Fontaine, Blanc et Marchand", "Excusés :\n- Boucher\n- Léa Roux": under a label
 * that lists people, each item's capitalised words are a person, though they are also words
 * ("Blanc", "Boucher") or a town ("Fontaine"), which nothing else reads as someone there. An
 * item whose every word is a word of the language and no frequent surname, first name or town
 * ("Direction Générale", "RH") is a department, and is left to the other readings. The list
 * ends at a blank line, a full stop, or an item that is no one's name.
 */
export function attendanceLists(tokens: Token[], lexicon: Lexicon, language: Language): Detection[] {
  const found: Detection[] = [];
  const common = lexicon.commonWords[language];
  const nameLike = (t: Token) => !common.has(t.folded) || SURNAMES.has(t.folded) || lexicon.firstNames.has(t.folded) || lexicon.places.has(t.folded) || isInitial(t);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const label = tokens[i]!;
    if (!label.word || !PEOPLE_LABELS.has(label.folded) || tokens[i + 1]!.text !== ':') continue;
    // "First name:", "Last name:": the label's first word opens the line.
    const qualifier = tokens[i - 1];
    const qualified = !!qualifier?.word && NAME_QUALIFIERS.has(qualifier.folded) && (qualifier.lineStart || qualifier.sentenceStart || i === 1) && label.start === qualifier.end + 1;
    if (label.shape === 'lower' && !qualified) continue;
    // The label opens its line: "Présents :", not "les présents : ils…".
    if (!label.sentenceStart && !label.lineStart && !qualified) continue;
    // A field that holds a name holds one, whatever its words ("Surname: Strong").
    const nameField = qualified || NAME_FIELDS.has(label.folded);
    let k = i + 2;
    while (k < tokens.length) {
      const t = tokens[k]!;
      if (t.paragraphStart && k > i + 2) break;
      if (SEPARATORS.has(t.folded) || BULLETS.has(t.text)) {
        k++;
        continue;
      }
      // The item: capitalised words, initials and particles between them, on one line.
      let end = k;
      while (end < tokens.length && isNamePart(tokens[end]!) && (end === k || !tokens[end]!.lineStart)) end++;
      while (end > k && NAME_PARTICLES.has(tokens[end - 1]!.folded) && tokens[end - 1]!.shape === 'lower') end--;
      // "M. Blanc", "Dr Roux": the title stays, the name after it is the person.
      let from = k;
      while (from < end && isFormOfAddress(tokens[from]!.folded)) from++;
      const words = tokens.slice(from, end);
      if (!words.length || words[0]!.shape === 'lower' || ROLE_WORDS.has(words[0]!.folded)) break;
      // "Prénom :", "N+1 : Martin" on the next line is the next field's label: the list is over.
      if (labelAhead(tokens, end)) break;
      // "Ordre du jour :" on the next line: the list is over.
      if (!words.some((w) => w.shape !== 'lower' && !COMMON_ACRONYMS.has(w.folded) && (nameField || nameLike(w)))) break;
      found.push({ start: words[0]!.start, end: words[words.length - 1]!.end, type: 'person', source: 'context', confidence: 0.85 });
      k = skipRestOfItem(tokens, end);
      if (k < 0) break;
    }
    i = Math.max(i, k - 1);
  }
  return found;
}

/** A colon a few signs on, on the same line, before any separator: the item is a field's label ("N+1 :", "Prénom :"). */
function labelAhead(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4 && (k === from || !tokens[k]!.lineStart); k++) {
    if (tokens[k]!.text === ':') return true;
    if (SEPARATORS.has(tokens[k]!.folded) || tokens[k]!.word) return false;
  }
  return false;
}

/** A word of a name in a list: capitalised, an initial, or a particle ("de", "van"). */
function isNamePart(t: Token): boolean {
  return t.word && (t.shape !== 'lower' || NAME_PARTICLES.has(t.folded));
}

/**
 * Past what follows a name in its item ("(DRH)", ", coach"…) up to the next separator or line;
 * -1 where the list ends: a full stop or a line that opens on no name or bullet.
 */
function skipRestOfItem(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.paragraphStart) return -1;
    if (t.lineStart) return k;
    if (t.text === '.' || t.text === '!' || t.text === '?') return -1;
    if (SEPARATORS.has(t.folded)) return k;
  }
  return -1;
}
