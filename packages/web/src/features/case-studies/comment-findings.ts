import type { CommentFinding } from '@alliance/api';

/** One run of a comment's text: plain, or the words of one finding. */
export interface Piece {
  text: string;
  finding?: CommentFinding;
}

/**
 * Cuts one field of a comment (its author's name or its text) into plain runs and the
 * runs a finding covers, so the screen wraps them in <mark> as React elements — the
 * comment is a stranger's text and is never read as HTML. Findings of another field,
 * out of range, empty or overlapping one already taken are left out, never trusted.
 */
export function markedPieces(text: string, findings: readonly CommentFinding[], field: CommentFinding['field']): Piece[] {
  const mine = findings
    .filter((f) => f.field === field && Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.end > f.start)
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const f of mine) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** What a finding is, as the screen words it (caseStudies.comments.identifies.kinds.*). */
export type FindingKind = 'recordedPerson' | 'recordedOrganisation' | 'recordedPlace' | 'email' | 'phone' | 'person' | 'check';

export function findingKind(f: Pick<CommentFinding, 'recorded' | 'type' | 'certainty'>): FindingKind {
  if (f.recorded) return f.type === 'organisation' ? 'recordedOrganisation' : f.type === 'place' ? 'recordedPlace' : 'recordedPerson';
  if (f.type === 'email') return 'email';
  if (f.type === 'phone') return 'phone';
  return f.certainty === 'sure' ? 'person' : 'check';
}

/**
 * The findings to list, each once: the same words of the same kind in the same field
 * are one line however often the comment repeats them; the sure ones first, then those
 * to check, each in the order of the comment.
 */
export function listedFindings(findings: readonly CommentFinding[]): (CommentFinding & { kind: FindingKind })[] {
  const seen = new Set<string>();
  const out: (CommentFinding & { kind: FindingKind })[] = [];
  for (const f of findings) {
    const kind = findingKind(f);
    const key = `${f.field}\u0000${kind}\u0000${f.text.toLocaleLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...f, kind });
  }
  return [...out.filter((f) => f.certainty === 'sure'), ...out.filter((f) => f.certainty !== 'sure')];
}
