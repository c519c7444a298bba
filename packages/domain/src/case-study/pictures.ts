import { mapOffsets } from './highlight.js';
import { applyReview, nameDecisions, type AddedSpan, type FoundSpan, type SpanDecision } from './review.js';
import type { Detail, EntityType } from '../anonymise/types.js';

/**
 * A constellation picture in a case study is a Markdown image whose address names
 * the board picture: `![alt](board-picture:<id> "caption")`. The coach sees it as
 * one line she can move or delete; the address means nothing outside Alliance, and
 * it resolves only to a picture of the case's own engagement. The alt text and the
 * caption are ordinary text, so the review anonymises them with the rest.
 */
export const PICTURE_SCHEME = 'board-picture:';

const REF = /!\[([^\]\n]*)\]\(board-picture:([0-9A-Za-z-]{1,64})(?:[ \t]+"([^"\n]*)")?\)/g;

export interface PictureRef {
  id: string;
  alt: string;
  caption: string;
  /** Where the whole image stands in the text, and its address `board-picture:<id>`. */
  start: number;
  end: number;
  /** Where the address `board-picture:<id>` stands in the text. */
  urlStart: number;
  urlEnd: number;
}

export function pictureRefs(markdown: string): PictureRef[] {
  return [...markdown.matchAll(REF)].map((m) => {
    const urlStart = m.index + m[0].indexOf('](') + 2;
    return { id: m[2]!, alt: m[1]!, caption: m[3] ?? '', start: m.index, end: m.index + m[0].length, urlStart, urlEnd: urlStart + PICTURE_SCHEME.length + m[2]!.length };
  });
}

/** The text with each picture reference replaced by what `by` makes of it (nothing, an image, a figure). */
export function replacePictureRefs(text: string, by: (ref: PictureRef) => string): string {
  let out = '';
  let at = 0;
  for (const r of pictureRefs(text)) {
    out += text.slice(at, r.start) + by(r);
    at = r.end;
  }
  return out + text.slice(at);
}

/** One image line; brackets and quotes that would end the syntax early are softened. */
export function pictureImage(id: string, alt: string, caption: string): string {
  const a = alt.replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')').trim();
  const c = caption.replace(/\s+/g, ' ').replace(/"/g, '”').trim();
  return `![${a}](${PICTURE_SCHEME}${id}${c ? ` "${c}"` : ''})`;
}

/**
 * The text with every picture address blanked to spaces of the same length: the
 * anonymiser reads it, so an id's digits are never taken for a phone number or a
 * date (which would break the image), and every offset stays the same.
 */
export function maskPictureAddresses(text: string): string {
  let out = text;
  for (const r of pictureRefs(text)) out = out.slice(0, r.urlStart) + ' '.repeat(r.urlEnd - r.urlStart) + out.slice(r.urlEnd);
  return out;
}

/** Where a label stands in the text the anonymiser reads: one paragraph after the case's own text. */
type LabelRange = { label: string; start: number; end: number };

/**
 * What stands between the text and each label. The anonymiser joins capitalised words
 * up to three characters apart as one name (a name broken across a line), and a bare
 * blank line is two: "Jeanne" then "Martin Durand", or "Claire V." then "Biscuiterie
 * Lemoine", were read as one name across two labels and each label drawn with the
 * other's replacement. Four line breaks keep every label a paragraph of its own.
 */
const LABEL_BREAK = '\n\n\n\n';

/**
 * The text the anonymiser reads when pictures are shown: the case's own text, then
 * each label as a paragraph of its own. One pass over both gives a label the same
 * replacement as the same name in the text ("Claire" → "la consultante" in both).
 */
export function withLabels(text: string, labels: string[]): { text: string; ranges: LabelRange[] } {
  let out = text;
  const ranges: LabelRange[] = [];
  for (const label of new Set(labels.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean))) {
    out += LABEL_BREAK;
    ranges.push({ label, start: out.length, end: out.length + label.length });
    out += label;
  }
  return { text: out, ranges };
}

export type { FoundSpan };

/** What a label shows when it cannot be shown: the guard below, or a label the review never read. */
export const MASKED_LABEL = { fr: '[masqué]', en: '[masked]' } as const;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
const phrase = (s: string) => wordsOf(s).join(' ');
/** Parts of a name that are also everyday words: "Anne Le Gall" must not mask "Le DG". */
const PARTICLES = new Set(['des', 'del', 'della', 'van', 'von', 'der', 'den', 'ten', 'ben', 'bin', 'mac', 'saint', 'sainte', 'the', 'and']);

/** A name the practice recorded, as the anonymiser's `KnownEntity` holds it. */
export interface RecordedName {
  type: 'person' | 'organisation' | 'place';
  name: string;
  aliases?: string[];
}

/**
 * Each label as the review turns it: the spans found in its paragraph of the
 * combined text, with the coach's decisions and additions, exactly as in the text.
 * Then a last guard: a word of a recorded person's name, or a recorded organisation's
 * whole name, still standing in a label — and not one the coach chose to keep —
 * masks the whole label. A real name never reaches a picture.
 */
export function relabel(
  combined: { ranges: LabelRange[] },
  spans: FoundSpan[],
  review: { decisions: SpanDecision[]; added: AddedSpan[] },
  recorded: RecordedName[],
  masked: string,
): Map<string, string> {
  // A name kept for one passage of the text is not kept in a picture: only the name's own decision lifts the guard.
  const kept = new Set(review.decisions.filter((d) => d.action === 'keep' && !d.passage).map((d) => phrase(d.text)));
  const names = recorded.flatMap((r) => [r.name, ...(r.aliases ?? [])].map((n) => ({ type: r.type, n })));
  // A person is known by any part of her name; an organisation by its whole name ("Groupe" alone is a common word).
  const guarded = names
    .flatMap(({ type, n }) => (type === 'organisation' ? [phrase(n)] : wordsOf(n).filter((w) => w.length >= 3 && !PARTICLES.has(w))))
    .filter((g) => g && !kept.has(g));
  const survives = (label: string) => {
    const text = ` ${phrase(label)} `;
    return guarded.some((g) => text.includes(` ${g} `));
  };
  const out = new Map<string, string>();
  for (const r of combined.ranges) {
    const turned = reviewLabel(r, spans, review).text.trim();
    out.set(r.label, survives(turned) ? masked : turned);
  }
  return out;
}

/**
 * One label reviewed as the text is: the spans of its paragraph in its own offsets, the
 * coach's decisions by name and her additions applied. Her decisions for one passage are
 * for a passage of the text: a label follows the name's.
 */
function reviewLabel(r: LabelRange, spans: FoundSpan[], review: { decisions: SpanDecision[]; added: AddedSpan[] }) {
  const within = (at: number) => Math.min(Math.max(at, r.start), r.end) - r.start;
  // The name's own offsets move with the span: the decision on "Claire" is found by them.
  const local = spans.filter((s) => s.start < r.end && r.start < s.end).map((s) => mapOffsets(s, within));
  return applyReview(r.label, local, nameDecisions(review.decisions), review.added);
}

/** A telling detail found in a picture's label: its offsets are into `label` (as `withLabels` holds it), not into the text. */
export type LabelDetail = Detail & { label: string };

/**
 * The telling details the anonymiser found in the labels (an age, a family, a capitalised
 * word nothing masks), each with its label, for the coach to check as she checks the
 * text's: a name the detectors missed in a label is listed, not drawn unseen. Left out:
 * a detail something masks in its label (her own masks included, her "keep" not), and
 * the details of a label `relabel` masks whole, which shows none of its words.
 */
export function labelDetails(
  combined: { ranges: LabelRange[] },
  spans: FoundSpan[],
  details: readonly Detail[],
  review: { decisions: SpanDecision[]; added: AddedSpan[] },
  labels: Map<string, string>,
  masked: string,
): LabelDetail[] {
  const out: LabelDetail[] = [];
  for (const r of combined.ranges) {
    const inside = details.filter((d) => r.start <= d.start && d.end <= r.end);
    if (inside.length === 0 || labels.get(r.label) === masked) continue;
    const reviewed = reviewLabel(r, spans, review).spans;
    for (const d of inside) {
      const local = { ...d, start: d.start - r.start, end: d.end - r.start };
      if (!reviewed.some((s) => s.decision !== 'keep' && s.start < local.end && local.start < s.end)) out.push({ ...local, label: r.label });
    }
  }
  return out;
}

/** The elements with their labels turned; a label not in the map is masked, never shown as it was. */
export function relabelElements<E extends { label: string }>(elements: E[], labels: Map<string, string>, masked: string): E[] {
  return elements.map((e) => {
    const key = e.label.replace(/\s+/g, ' ').trim();
    return { ...e, label: key ? (labels.get(key) ?? masked) : '' };
  });
}
