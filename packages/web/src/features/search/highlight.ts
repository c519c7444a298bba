/** One run of a snippet: plain, or one of the words the search matched. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts a snippet into plain and matched runs from the server's [start, end)
 * offsets, so the page wraps matches in <mark> as React elements — the snippet
 * is the coach's own (untrusted) text and is never read as HTML. Offsets out of
 * range, empty or overlapping are clamped and merged rather than trusted.
 */
export function segmentsOf(snippet: string, highlights: readonly (readonly [number, number])[]): Segment[] {
  const ranges = highlights
    .map(([s, e]) => [Math.max(0, Math.min(s, snippet.length)), Math.max(0, Math.min(e, snippet.length))] as const)
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: snippet.slice(at, s), marked: false });
    out.push({ text: snippet.slice(s, e), marked: true });
    at = e;
  }
  if (at < snippet.length) out.push({ text: snippet.slice(at), marked: false });
  return out;
}
