/**
 * The server explains a refused field in English (zod's words). The coach reads
 * French, so the usual cases get a sentence of our own; anything else is shown
 * as the server said it rather than hidden.
 */
export type IssueKind =
  | { kind: 'required' }
  | { kind: 'email' }
  | { kind: 'tooLong'; max: number | null }
  | { kind: 'tooSmall'; min: number }
  | { kind: 'tooBig'; max: number }
  | { kind: 'order' }
  | { kind: 'date' }
  | { kind: 'number' }
  | { kind: 'other'; message: string };

export function classifyIssue(message: string): IssueKind {
  const m = message.trim();
  if (/expected string to have >=1 characters/i.test(m) || /received undefined/i.test(m) || /^required$/i.test(m)) {
    return { kind: 'required' };
  }
  if (/email/i.test(m)) return { kind: 'email' };
  // An id is only ever refused when nothing was chosen in a select.
  if (/invalid uuid/i.test(m)) return { kind: 'required' };
  let match = /expected string to have <=\s*(\d+)/i.exec(m);
  if (match) return { kind: 'tooLong', max: Number(match[1]) };
  match = /expected (?:number|int) to be >=?\s*(-?\d+)/i.exec(m);
  if (match) return { kind: 'tooSmall', min: Number(match[1]) };
  match = /expected (?:number|int) to be <=?\s*(-?\d+)/i.exec(m);
  if (match) return { kind: 'tooBig', max: Number(match[1]) };
  if (/at least the value before it/i.test(m)) return { kind: 'order' };
  if (/invalid (?:iso )?(?:date|datetime)/i.test(m)) return { kind: 'date' };
  if (/expected (?:number|int)/i.test(m)) return { kind: 'number' };
  return { kind: 'other', message: m };
}
