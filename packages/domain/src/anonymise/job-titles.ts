import type { Token } from './text.js';

/** The nouns an English job title ends on ("Senior Project Manager"). */
const JOB_NOUNS = new Set([
  'manager', 'director', 'officer', 'lead', 'leader', 'coordinator', 'consultant', 'engineer', 'analyst', 'specialist', 'executive', 'assistant',
  'adviser', 'advisor', 'administrator', 'supervisor', 'designer', 'developer', 'architect', 'associate', 'controller', 'accountant', 'recruiter',
  'strategist', 'planner', 'partner', 'president', 'representative', 'technician', 'scientist', 'editor', 'producer', 'buyer', 'owner',
]);

/** Capitalised words that are all `plainWord`s, ending on the noun of a job or just before one. */
export function isJobTitle(words: Token[], after: Token | undefined, plainWord: (t: Token) => boolean): boolean {
  const last = words[words.length - 1]!;
  const endsOnJob = JOB_NOUNS.has(last.folded) || (after?.shape === 'title' && JOB_NOUNS.has(after.folded));
  return endsOnJob && words.every((w) => w.shape === 'title' && plainWord(w));
}
