import type { ProgressView } from '@alliance/api';

/*
 * The progress view laid out for charts and their tables: one column per check-in,
 * in time order, each objective's value in that column (or nothing), and the
 * emotions of a session paired before and after.
 */

export interface Column {
  /** The session when the check-in belongs to one, else the instant it was answered. */
  key: string;
  at: string;
  sessionId: string | null;
  ordinal: number | null;
}

const keyOf = (p: { sessionId: string | null; at: string }) => p.sessionId ?? `at:${p.at}`;
const instant = (at: string) => {
  const t = Date.parse(at);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/** Every check-in any objective has a value in, oldest first; a session's check-in is one column. */
export function checkInColumns(objectives: ProgressView['objectives'], ordinals: ReadonlyMap<string, number | null>): Column[] {
  const byKey = new Map<string, Column>();
  for (const o of objectives) {
    for (const p of o.points) {
      const key = keyOf(p);
      const seen = byKey.get(key);
      // A session answered twice keeps its latest answer's time.
      if (!seen || instant(p.at) > instant(seen.at)) byKey.set(key, { key, at: p.at, sessionId: p.sessionId, ordinal: p.sessionId ? (ordinals.get(p.sessionId) ?? null) : null });
    }
  }
  return [...byKey.values()].sort((a, b) => instant(a.at) - instant(b.at));
}

/** Each objective's value in each column (null where she gave none), the latest when a column holds two. */
export function objectiveRows(objectives: ProgressView['objectives'], columns: Column[]): { id: string; statement: string; values: (number | null)[] }[] {
  const index = new Map(columns.map((c, i) => [c.key, i]));
  return objectives.map((o) => {
    const values: (number | null)[] = columns.map(() => null);
    const latest: number[] = columns.map(() => Number.NEGATIVE_INFINITY);
    for (const p of o.points) {
      const i = index.get(keyOf(p));
      if (i === undefined) continue;
      if (instant(p.at) >= latest[i]!) {
        values[i] = p.value;
        latest[i] = instant(p.at);
      }
    }
    return { id: o.id, statement: o.statement, values };
  });
}

/** One session's emotions, each named once: before's order first, then those only felt after. */
export function emotionPairs(entry: ProgressView['emotions'][number]): { name: string; before: number | null; after: number | null }[] {
  const norm = (s: string) => s.trim().toLocaleLowerCase();
  const rows = new Map<string, { name: string; before: number | null; after: number | null }>();
  for (const e of entry.before) {
    const k = norm(e.name);
    if (!k) continue;
    rows.set(k, { name: rows.get(k)?.name ?? e.name.trim(), before: e.intensity, after: rows.get(k)?.after ?? null });
  }
  for (const e of entry.after) {
    const k = norm(e.name);
    if (!k) continue;
    const row = rows.get(k);
    rows.set(k, { name: row?.name ?? e.name.trim(), before: row?.before ?? null, after: e.intensity });
  }
  return [...rows.values()];
}

/** The alliance alert's detail, "4 / 10" or "7 / 10 (9)": the score and her earlier average. */
export function allianceDetail(detail: string): { score: number; average: number | null } | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*10\s*(?:\(\s*(\d+(?:\.\d+)?)\s*\))?\s*$/.exec(detail);
  if (!m) return null;
  return { score: Number(m[1]), average: m[2] === undefined ? null : Number(m[2]) };
}

/** A long statement cut for a chart legend, at a word where it can. */
export function shorten(text: string, max = 42): string {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
