import { decisionKey, HIGH_RISK_TYPES, spanName, type EntityType, type PassageAnchor, type ReviewedSpan, type ReviewField, type SpanDecision } from '@alliance/domain';

/**
 * The review as a coach decides it: by person, not by the words that name her. The
 * anonymiser tells which mentions are one entity ("Claire", "Claire Vasseur", "Mme
 * Vasseur" are `e3`); the server keeps decisions by a name's words (`decisionKey`), so
 * one decision about a person is written once for each of her names.
 *
 * A name belongs to one group only, so that deciding a person never decides half of a
 * name: a name the anonymiser ties to two entities (two Claires) goes with the one most
 * of its passages are of, the first met on a tie. A name tied to no entity (a span the
 * coach added, a server that does not say) is a group of its own, as before.
 *
 * A passage may have a decision of its own ("Florence" the city kept, where "Florence"
 * the client is masked): it overrides its name's there only, so a name's decision is read
 * from its other passages, and the passages decided apart are listed as such.
 */

/** The title and the body, each with its text and its spans in that text's offsets. */
export type ReviewedFieldsOf<S> = Record<ReviewField, { text: string; spans: readonly S[] }>;

export interface Passage<S> {
  field: ReviewField;
  span: S;
}

/** One name as the server keeps its decision: the detected words and their type, however many passages. */
export interface ReviewName<S> {
  key: string;
  /** As written where it stands alone, else as first met. */
  text: string;
  type: EntityType;
  /** What replaces it where it stands alone ("la consultante", not "de la consultante"). */
  replacement: string;
  source: string;
  confidence: number;
  /**
   * Its decision, read from its passages without one of their own; null while any of them
   * waits (a decision kept by another passage's whole stretch). Every passage decided
   * apart: their decision if they agree, else 'byPassage'.
   */
  decision: ReviewedSpan['decision'] | 'byPassage';
  /** Every passage, decided or not, in reading order. */
  passages: Passage<S>[];
}

/** Who or what one decision is about: a person (or organisation, place…) under all its names. */
export interface EntityGroup<S> {
  key: string;
  type: EntityType;
  /** Its names: the fullest first ("Claire Vasseur"), then the others in the order she meets them. */
  names: ReviewName<S>[];
  /** Null while a passage waits; 'mixed' once every name is decided, not all alike; 'byPassage' when its one name is decided passage by passage. */
  decision: ReviewedSpan['decision'] | 'mixed' | 'byPassage';
  /** Every passage, decided or not, in reading order: what one decision covers. */
  passages: Passage<S>[];
  /** The passages still waiting for a decision, in reading order. */
  open: Passage<S>[];
  /** The passages with a decision of their own, overriding their name's, in reading order. */
  own: Passage<S>[];
  /** The passages of a type that needs no decision (a place, a date) still on the proposal: hers to check if she wishes. */
  optional: Passage<S>[];
}

/** Reading order: the title, then the body. */
const FIELDS: readonly ReviewField[] = ['title', 'body'];

export const isOpen = (s: ReviewedSpan) => s.decision === null && HIGH_RISK_TYPES.has(s.type);
/** Undecided, of a type publication does not wait for: the proposal stands unless she says otherwise. */
export const isOptional = (s: ReviewedSpan) => s.decision === null && !HIGH_RISK_TYPES.has(s.type);

/** The name a span's decision is kept by, in the text it was found in. */
export const nameOf = (text: string, span: ReviewedSpan) => decisionKey(spanName(text, span), span.type);

const entityKeyOf = (s: ReviewedSpan) => (s.entity ? `entity:${s.type}|${s.entity}` : null);
const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;
/** Passages in reading order: by field, then by place. */
const byReading = <S extends ReviewedSpan>(a: Passage<S>, b: Passage<S>) => (a.field === b.field ? a.span.start - b.span.start : a.field === 'title' ? -1 : 1);

/** The names of the title and the body, each with its passages, in the order she first meets them. */
function namesIn<S extends ReviewedSpan>(fields: ReviewedFieldsOf<S>): { name: ReviewName<S>; votes: Map<string, number> }[] {
  const names = new Map<string, { name: ReviewName<S>; votes: Map<string, number>; plain: boolean }>();
  for (const field of FIELDS) {
    const { text, spans } = fields[field];
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      const key = nameOf(text, span);
      const words = spanName(text, span);
      const plain = span.start === (span.nameStart ?? span.start);
      let had = names.get(key);
      if (!had) {
        had = { name: { key, text: words, type: span.type, replacement: span.replacement, source: span.source, confidence: span.confidence, decision: null, passages: [] }, votes: new Map(), plain };
        names.set(key, had);
      } else if (plain && !had.plain) {
        Object.assign(had.name, { text: words, replacement: span.replacement });
        had.plain = true;
      }
      had.name.passages.push({ field, span });
      const entity = entityKeyOf(span);
      if (entity) had.votes.set(entity, (had.votes.get(entity) ?? 0) + 1);
    }
  }
  for (const { name } of names.values()) name.decision = nameDecision(name.passages.map((p) => p.span));
  return [...names.values()];
}

/** A name's decision: its passages without one of their own, one waiting keeping it open; or, all decided apart, theirs. */
function nameDecision(spans: readonly ReviewedSpan[]): ReviewName<unknown>['decision'] {
  const byName = spans.filter((s) => !s.passage);
  const read = byName.length ? byName : spans;
  if (read.some((s) => s.decision === null)) return null;
  const first = read[0]!.decision;
  // By name, the passages share one decision (the first met, should an old one kept by a whole stretch differ).
  return byName.length > 0 || read.every((s) => s.decision === first) ? first : 'byPassage';
}

/** The entity most of a name's passages are of, the first met on a tie; none when no passage says. */
function entityOfName(votes: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [entity, n] of votes) if (best === null || n > votes.get(best)!) best = entity;
  return best;
}

function decisionOf(names: readonly ReviewName<unknown>[]): EntityGroup<unknown>['decision'] {
  if (names.some((n) => n.decision === null)) return null;
  const first = names[0]!.decision;
  return names.every((n) => n.decision === first) ? first : 'mixed';
}

/**
 * The names of the title and the body grouped by the entity they name, in the order she
 * first meets each group; every span of the fields is a passage of exactly one group.
 */
export function groupByEntity<S extends ReviewedSpan>(fields: ReviewedFieldsOf<S>): EntityGroup<S>[] {
  const groups = new Map<string, ReviewName<S>[]>();
  for (const { name, votes } of namesIn(fields)) {
    const key = entityOfName(votes) ?? `name:${name.key}`;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups].map(([key, names]) => {
    // The fullest name heads the group: the most letters, the first met on a tie.
    const head = names.reduce((best, n) => (letters(n.text) > letters(best.text) ? n : best));
    const ordered = [head, ...names.filter((n) => n !== head)];
    const passages = names.flatMap((n) => n.passages).sort(byReading);
    return {
      key,
      type: head.type,
      names: ordered,
      decision: decisionOf(ordered) as EntityGroup<S>['decision'],
      passages,
      open: passages.filter((p) => isOpen(p.span)),
      own: passages.filter((p) => p.span.passage),
      optional: passages.filter((p) => isOptional(p.span)),
    };
  });
}

/** The group a name belongs to, by the name's key. */
export function groupOfName<S>(groups: readonly EntityGroup<S>[], nameKey: string): EntityGroup<S> | undefined {
  return groups.find((g) => g.names.some((n) => n.key === nameKey));
}

/** The groups still waiting for a decision, in the order she meets their first passage waiting. */
export function groupsToDecide<S extends ReviewedSpan>(groups: readonly EntityGroup<S>[]): EntityGroup<S>[] {
  return groups.filter((g) => g.open.length > 0).sort((a, b) => byReading(a.open[0]!, b.open[0]!));
}

/**
 * What waits, as she counts it: people first, then the other sensitive names, and the
 * passages they cover. And apart, by type, what she may check if she wishes (places,
 * dates still on the proposal): publication does not wait for them, but their rows say
 * so, and the count must not leave them unexplained.
 */
export function countToDecide(groups: readonly EntityGroup<ReviewedSpan>[]): { people: number; names: number; passages: number; optional: Partial<Record<EntityType, number>> } {
  const open = groups.filter((g) => g.open.length > 0);
  const people = open.filter((g) => g.type === 'person').length;
  const optional: Partial<Record<EntityType, number>> = {};
  for (const g of groups) if (g.optional.length > 0) optional[g.type] = (optional[g.type] ?? 0) + 1;
  return { people, names: open.length - people, passages: open.reduce((n, g) => n + g.open.length, 0), optional };
}

export type DecisionAction = { action: 'accept' | 'keep' } | { action: 'replace'; replacement: string };

/** One decision about these names, as the server keeps it: one per name, by its words; with `passage`, for that one passage of the name only. */
export function decisionsFor(names: readonly Pick<ReviewName<unknown>, 'text' | 'type'>[], d: DecisionAction, passage?: PassageAnchor): SpanDecision[] {
  const about = (n: Pick<ReviewName<unknown>, 'text' | 'type'>) => ({ text: n.text, type: n.type, ...(passage ? { passage } : {}) });
  return names.map((n): SpanDecision => (d.action === 'replace' ? { ...about(n), action: 'replace', replacement: d.replacement } : { ...about(n), action: d.action }));
}
