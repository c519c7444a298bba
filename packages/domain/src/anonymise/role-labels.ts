import { RELATIVES } from './relatives.js';
import type { Token } from './text.js';
import type { Language } from './types.js';
import { ROLE_LINKS, ROLE_WORDS } from './vocabulary.js';

/** Who else a board label or a list of stakeholders names beside someone: "Sylvain (binôme)", "Roux (sponsor)". */
const WORK_RELATIONS = new Set(['sponsor', 'commanditaire', 'mentor', 'coach', 'coachee', 'coache', 'client', 'cliente', 'boss', 'patron', 'patronne', 'assistant', 'assistante', 'stagiaire', 'adjoint', 'adjointe', 'n+1', 'n+2', 'n+3', 'n-1', 'n-2']);

/** Determiners of an apposition: "Rivière, le DAF, refuse", "Baron, son N+2, est exigeant", "Hill, the CFO, refused". */
const APPOSITION_DETERMINERS = new Set(['le', 'la', "l'", 'son', 'sa', 'mon', 'ma', 'notre', 'leur', 'votre', 'the', 'her', 'his', 'my', 'our', 'their', 'your']);

/** The role or relation word starting at token `i` ("DAF", "N+1", "binôme"), and the index of its last token, or -1. */
function roleAt(tokens: Token[], i: number, language: Language): number {
  const t = tokens[i];
  if (!t?.word) return -1;
  // "N+1", "n-2": three tokens, glued.
  const sign = tokens[i + 1];
  const rank = tokens[i + 2];
  if (t.folded === 'n' && sign && rank && (sign.text === '+' || sign.text === '-') && sign.start === t.end && rank.start === sign.end && /^\d$/.test(rank.text)) return i + 2;
  return ROLE_WORDS.has(t.folded) || WORK_RELATIONS.has(t.folded) || RELATIVES[language].has(t.folded) ? i : -1;
}

/**
 * Whether the word at token `i` is named beside a role, as a board's labels and a coach's lists
 * of stakeholders name people: "Petit (N+1)", "Sylvain (binôme)", "Rivière, le DAF, refuse",
 * "Baron, son N+2, est exigeant". There a surname that is also a word ("Petit", "Rivière") is
 * that person, though first on its line a word is a label's.
 */
export function namedBesideRole(tokens: Token[], i: number, language: Language): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.start - t.end > 1) return false;
  if (next.text === '(') {
    const end = roleAt(tokens, i + 2, language);
    return end > 0 && tokens[end + 1]?.text === ')';
  }
  if (next.text !== ',') return false;
  // "Rivière, le DAF, refuse"; without its determiner the role is a job title itself, ended by a
  // comma or by what it is of: "Roux, directeur financier, refuse", "Roux, DAF du groupe, refuse".
  const determiner = tokens[i + 2];
  const determined = !!determiner?.word && APPOSITION_DETERMINERS.has(determiner.folded);
  const end = roleAt(tokens, determined ? i + 3 : i + 2, language);
  if (end < 0) return false;
  if (tokens[end + 1]?.text === ',') return true;
  if (determined || !ROLE_WORDS.has(tokens[end]!.folded)) return false;
  const after = tokens[end + 1];
  return !!after?.word && (ROLE_LINKS.has(after.folded) || (after.shape === 'lower' && tokens[end + 2]?.text === ','));
}
