import type { AnonymiseResponse } from '@alliance/api';
import { decisionKey, segmentsOf, spanName } from '@alliance/domain';

export type FoundSpan = AnonymiseResponse['spans'][number];
export type Detail = AnonymiseResponse['details'][number];

/** A stretch of the anonymised text: plain, a replacement, or words left in clear that the coach should check. */
export type Piece = { text: string; span: FoundSpan; detail?: undefined } | { text: string; detail: Detail; span?: undefined } | { text: string; span?: undefined; detail?: undefined };

type Mark = { start: number; end: number; span?: FoundSpan; detail?: Detail };

/**
 * The anonymised text cut into stretches, each replacement and each detail marked. The
 * server's offsets are into the input; the output is the input with every span replaced,
 * so the input's stretches are walked and a span's replacement written where its words
 * were. Null when that does not give back the server's text exactly (spans that
 * overlap, a future change of the server): then the text is shown unmarked rather than
 * marked wrongly.
 */
export function anonymisedPieces(input: string, result: AnonymiseResponse): Piece[] | null {
  const marks: Mark[] = [
    ...result.spans.map((span) => ({ start: span.start, end: span.end, span })),
    ...result.details.map((detail) => ({ start: detail.start, end: detail.end, detail })),
  ];
  const pieces: Piece[] = segmentsOf(input, marks).map(({ text, span: mark }) => {
    if (mark?.span) return { text: mark.span.replacement, span: mark.span };
    if (mark?.detail) return { text, detail: mark.detail };
    return { text };
  });
  return pieces.map((p) => p.text).join('') === result.text ? pieces.filter((p) => p.text !== '') : null;
}

/** One name as the coach reads it in the list: what was found, what it became, why, and how often. */
export interface FoundName {
  key: string;
  words: string;
  type: FoundSpan['type'];
  replacement: string;
  source: FoundSpan['source'];
  confidence: number;
  count: number;
}

/**
 * One row per name and type, in the order they first appear: "d'Anne" and "Anne" are
 * one row about "Anne". The row shows the replacement of a mention read alone where there
 * is one ("A.", not "d'A." shaped by its sentence), and the surest source that found it.
 */
export function foundNames(input: string, spans: readonly FoundSpan[]): FoundName[] {
  const rows = new Map<string, FoundName & { plain: boolean }>();
  for (const s of spans) {
    const words = spanName(input, s);
    const key = decisionKey(words, s.type);
    const plain = s.start === (s.nameStart ?? s.start);
    const had = rows.get(key);
    if (!had) {
      rows.set(key, { key, words, type: s.type, replacement: s.replacement, source: s.source, confidence: s.confidence, count: 1, plain });
      continue;
    }
    had.count++;
    if (plain && !had.plain) Object.assign(had, { words, replacement: s.replacement, plain: true });
    if (s.confidence > had.confidence) Object.assign(had, { source: s.source, confidence: s.confidence });
  }
  return [...rows.values()].map(({ plain: _plain, ...row }) => row);
}

/** The details to check, once per words and kind: the same age twice is one thing to look at. */
export function detailsToCheck(input: string, details: readonly Detail[]): (Detail & { words: string })[] {
  const seen = new Map<string, Detail & { words: string }>();
  for (const d of details) {
    const words = input.slice(d.start, d.end);
    const key = `${d.kind}|${words.normalize('NFC').toLowerCase()}`;
    if (words.trim() && !seen.has(key)) seen.set(key, { ...d, words });
  }
  return [...seen.values()];
}
