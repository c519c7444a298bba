import type { EntityType } from '../anonymise/types.js';
import { decisionKey, spanName } from './name-key.js';

/**
 * A decision for one passage of a name, not for the name: "Florence" the city kept in
 * one sentence while "Florence" the client is masked everywhere else. The draft has no
 * stable ids for its words — the coach rewrites it freely — so the passage is known by
 * what surrounds it when she decides: the name's words and type, a little of the text
 * just before and just after the name (never past a line break, so editing the next
 * paragraph leaves it alone), and, among the passages of that name with those very
 * words around them, which one it was and how many there were.
 *
 * It applies only where all of that still holds. Editing the name or the words around
 * it, or adding or removing an identical passage, makes it stale: that passage falls
 * back on the name's decision (or waits, and holds publication if the name is
 * high-risk), and the review lists the stale decision for the screen to say so. It
 * never moves to another passage: identical passages are told apart by their order
 * only while their number stays what it was.
 */
export interface PassageAnchor {
  /** The text just before the name, at most PASSAGE_CONTEXT characters, from a line break (kept) if one is nearer. */
  before: string;
  /** The text just after the name, likewise, up to a line break (kept). */
  after: string;
  /** Among the passages of this name with this same text around them, in reading order, which one (0 the first). */
  index: number;
  /** How many such passages there were when she decided. */
  count: number;
}

/** Characters of context on each side: enough to tell "Florence m'a dit" from "à Florence, en Italie", few enough that an edit a sentence away leaves the passage alone. */
export const PASSAGE_CONTEXT = 24;

/** A span as the anchor reads it: where the name stands, and its type. */
export interface NamedRange {
  start: number;
  end: number;
  nameStart?: number;
  nameEnd?: number;
  type: EntityType;
}

/** The text around the name between `from` and `to`, as an anchor keeps it. */
export function contextAround(text: string, from: number, to: number): { before: string; after: string } {
  let before = text.slice(Math.max(0, from - PASSAGE_CONTEXT), from);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart >= 0) before = before.slice(lineStart);
  let after = text.slice(to, to + PASSAGE_CONTEXT);
  const lineEnd = after.indexOf('\n');
  if (lineEnd >= 0) after = after.slice(0, lineEnd + 1);
  return { before, after };
}

const nameFrom = (s: NamedRange) => s.nameStart ?? s.start;
const nameTo = (s: NamedRange) => s.nameEnd ?? s.end;

/** What tells passages apart: the name's key and the words around it. */
function passageKey(text: string, s: NamedRange): string {
  const { before, after } = contextAround(text, nameFrom(s), nameTo(s));
  return `${decisionKey(spanName(text, s), s.type)}\u0000${before}\u0000${after}`;
}

/** The passages of `spans` that look alike, each list in reading order. */
function alike<S extends NamedRange>(text: string, spans: readonly S[]): Map<string, S[]> {
  const out = new Map<string, S[]>();
  for (const s of [...spans].sort((a, b) => nameFrom(a) - nameFrom(b))) {
    const key = passageKey(text, s);
    out.set(key, [...(out.get(key) ?? []), s]);
  }
  return out;
}

/**
 * The anchor of `span`, one of `spans` in `text` (every span of the text: the index
 * counts the passages that look alike). The span is found by where its name stands.
 */
export function passageAnchor(text: string, spans: readonly NamedRange[], span: NamedRange): PassageAnchor {
  const same = alike(text, spans).get(passageKey(text, span)) ?? [];
  const index = same.findIndex((s) => nameFrom(s) === nameFrom(span));
  const { before, after } = contextAround(text, nameFrom(span), nameTo(span));
  return index < 0 ? { before, after, index: 0, count: 1 } : { before, after, index, count: same.length };
}

export const sameAnchor = (a: PassageAnchor, b: PassageAnchor) => a.before === b.before && a.after === b.after && a.index === b.index && a.count === b.count;

/**
 * Where her passage decisions apply in `text`: each to the one span its anchor still
 * names, the later decision winning if two name the same; and those whose passage the
 * text no longer holds as it was (`stale`), in the order she made them.
 */
export function placePassageDecisions<S extends NamedRange, D extends { text: string; type: EntityType; passage?: PassageAnchor | undefined }>(
  text: string,
  spans: readonly S[],
  decisions: readonly D[],
): { at: Map<S, D & { passage: PassageAnchor }>; stale: D[] } {
  const at = new Map<S, D & { passage: PassageAnchor }>();
  const stale: D[] = [];
  const own = decisions.filter((d): d is D & { passage: PassageAnchor } => !!d.passage);
  if (own.length === 0) return { at, stale };
  const groups = alike(text, spans);
  for (const d of own) {
    const same = groups.get(`${decisionKey(d.text, d.type)}\u0000${d.passage.before}\u0000${d.passage.after}`) ?? [];
    const span = same.length === d.passage.count ? same[d.passage.index] : undefined;
    if (span) at.set(span, d);
    else stale.push(d);
  }
  return { at, stale };
}
