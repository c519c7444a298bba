import { PASSAGE_CONTEXT } from '@alliance/domain';

/**
 * A passage as the review shows it apart from the text: a few words either side of the
 * name, on its line, so "…rentrait de Florence, en Italie…" tells the city from the
 * client. Cut at whole words; an ellipsis says where the sentence goes on.
 */
export interface Snippet {
  before: string;
  name: string;
  after: string;
}

const AROUND = 28;

/** The words before the name, from a line break or a whole word. */
function lead(before: string, cut: boolean): string {
  const line = before.lastIndexOf('\n');
  if (line >= 0) return before.slice(line + 1).trimStart();
  if (!cut) return before.trimStart();
  const space = before.search(/\s/u);
  return space >= 0 ? `…${before.slice(space + 1)}` : `…${before}`;
}

/** The words after the name, up to a line break or a whole word. */
function tail(after: string, cut: boolean): string {
  const line = after.indexOf('\n');
  if (line >= 0) return after.slice(0, line).trimEnd();
  if (!cut) return after.trimEnd();
  const space = after.search(/\s\S*$/u);
  return space > 0 ? `${after.slice(0, space)}…` : `${after}…`;
}

/** The passage of the name between `from` and `to` in `text`. */
export function snippetIn(text: string, from: number, to: number): Snippet {
  const start = Math.max(0, from - AROUND);
  return { before: lead(text.slice(start, from), start > 0), name: text.slice(from, to), after: tail(text.slice(to, to + AROUND), to + AROUND < text.length) };
}

/** The passage a stale decision was made for, from the words its anchor kept. */
export function snippetOfAnchor(anchor: { before: string; after: string }, name: string): Snippet {
  // The anchor kept less than its length only where the text began or ended.
  const cut = (words: string) => !words.includes('\n') && words.length >= PASSAGE_CONTEXT;
  return { before: lead(anchor.before, cut(anchor.before)), name, after: tail(anchor.after, cut(anchor.after)) };
}

/** The snippet as one line of text, for a label that names it. */
export const snippetText = (s: Snippet) => `${s.before}${s.name}${s.after}`;
