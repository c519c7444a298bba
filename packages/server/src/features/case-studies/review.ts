import type { CaseStudy, Picture } from '@alliance/api';
import {
  applyReview,
  keptRecordedNames,
  labelDetails,
  nameDecisions,
  mapOffsets,
  maskPictureAddresses,
  MASKED_LABEL,
  pictureRefs,
  type Range,
  relabel,
  relabelElements,
  reviewedWhole,
  TITLE_BREAK,
  withChecked,
  withLabels,
} from '@alliance/domain';
import { anonymise, type KnownEntity, loadLexicon } from '@alliance/domain/anonymise';
import type { CaseStudyRecord, PublishedPicture } from '../../repos/case-studies.js';
import { shownElements, shownSvg, type ShownPicture } from './pictures.js';

/**
 * What the anonymiser finds in the draft, with the coach's decisions applied: the
 * spans she reviews and the title and text as they would be published now. The
 * title and the body are reviewed together, as one text, so one decision covers both.
 *
 * The labels of the pictures the text shows are read in the same pass, after the
 * text (`withLabels`), so a name gets one replacement in the words and the pictures,
 * and their telling details are listed with the text's (each with its `label`);
 * a picture of another engagement (not in `pictures`) is never read nor shown.
 *
 * Her decisions for one passage apply to the text only (a label follows the name's);
 * those the text no longer holds as it was come back as `stale`.
 *
 * `kept` lists the recorded names her decisions leave in clear, in the text or a label
 * (`client`: her names, which a consent's scope may allow, known under her id; every
 * other known name is a third party's): the publication guard weighs them against the consent.
 * `seedOf`: the practice's key for choosing pseudonyms (AnonymiseOptions.seedOf).
 */
export async function reviewOf(
  record: CaseStudyRecord,
  known: KnownEntity[],
  pictures: Picture[] = [],
  client: { id: string; firstName: string; lastName: string } | null = null,
  seedOf?: (entityId: string) => string,
) {
  const lexicon = await loadLexicon();
  const whole = reviewedWhole(record.title, record.markdown);
  const byId = new Map(pictures.map((p) => [p.id, p]));
  const shown = [...new Set(pictureRefs(whole).map((r) => r.id))].flatMap((id) => byId.get(id) ?? []);
  const combined = withLabels(whole, shown.flatMap((p) => p.elements.map((e) => e.label)));
  const found = anonymise(maskPictureAddresses(combined.text), lexicon, { language: record.language, mode: record.mode, known, ...(seedOf ? { seedOf } : {}) });
  const inText = found.spans.filter((s) => s.start < whole.length).map((s) => clipToText(s, whole.length));
  const reviewed = applyReview(whole, inText, record.decisions, record.added);
  const [title = '', ...body] = reviewed.text.split(TITLE_BREAK);
  const text = body.join(TITLE_BREAK);
  const masked = MASKED_LABEL[record.language];
  const labels = relabel(combined, found.spans, record, known, masked);
  // Alt text and caption as the review turned them: read from the reviewed text.
  const shownPictures: ShownPicture[] = pictureRefs(text).flatMap((r) => {
    const p = byId.get(r.id);
    return p ? [{ id: r.id, alt: r.alt, caption: r.caption, elements: shownElements(relabelElements(p.elements, labels, masked)) }] : [];
  });
  // The telling details no span masks yet (her own masks included): hers to check, in the text and in the labels drawn.
  const inWords = found.details.filter((d) => d.end <= whole.length && !reviewed.spans.some((s) => s.decision !== 'keep' && s.start < d.end && d.start < s.end));
  const listed = [...inWords, ...labelDetails(combined, found.spans, found.details, record, labels, masked)];
  // Each with its words, and whether her last "J'ai relu ces détails" covers it.
  const details = withChecked(
    listed.map((d) => ({ ...d, text: ((d as { label?: string }).label ?? whole).slice(d.start, d.end) })),
    record.detailsCheck,
  );
  // What stays in clear: the text as reviewed (her passage decisions included), then the labels, which follow the names' decisions.
  const inLabels = applyReview(combined.text, found.spans, nameDecisions(record.decisions), record.added).spans.filter((s) => s.start >= whole.length);
  const kept = keptRecordedNames(combined.text, [...reviewed.spans, ...inLabels], { client, others: known.filter((k) => k.id !== client?.id) });
  return { spans: reviewed.spans, title: title.trim(), text, unresolved: reviewed.unresolved.length, stale: reviewed.stale, details, pictures: shownPictures, kept };
}

/** The pictures as publication stores them: anonymised, their shapes and places, nothing else of the record. */
export function picturesToPublish(review: { pictures: ShownPicture[] }): PublishedPicture[] {
  return review.pictures.map((p) => ({ id: p.id, title: p.alt || p.caption, elements: p.elements }));
}

/**
 * Whether what would be published now (the title, the text and the pictures, all
 * anonymised) differs from what the public page shows: the page keeps the published
 * version until she republishes. The pictures come back from a jsonb column, whose
 * keys PostgreSQL reorders, so they are compared key order aside.
 */
export function unpublishedChanges(published: CaseStudyRecord['published'], review: { title: string; text: string; pictures: ShownPicture[] }): boolean {
  if (!published) return false;
  return published.title !== review.title || published.markdown !== review.text || sortedJson(published.pictures) !== sortedJson(picturesToPublish(review));
}

/** JSON with every object's keys in order, so two equal values read the same whatever order their keys came in. */
export function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function caseStudyView(record: CaseStudyRecord, review: Awaited<ReturnType<typeof reviewOf>>, publicUrl: string | null): CaseStudy {
  return {
    id: record.id,
    engagementId: record.engagementId,
    language: record.language,
    title: record.title,
    markdown: record.markdown,
    mode: record.mode,
    decisions: record.decisions,
    added: record.added,
    consent: record.consent,
    detailsCheckedAt: record.detailsCheck?.checkedAt ?? null,
    review: {
      // Each with the detected name's own offsets (nameStart, nameEnd): the web groups and decides by them.
      spans: review.spans,
      title: review.title,
      text: review.text,
      unresolved: review.unresolved,
      stale: review.stale,
      details: review.details,
      pictures: review.pictures.map((p) => ({ id: p.id, alt: p.alt, caption: p.caption, svg: shownSvg(p) })),
    },
    status: record.publishedAt ? 'published' : 'draft',
    unpublishedChanges: unpublishedChanges(record.published, review),
    publicUrl,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    republishedAt: record.republishedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/**
 * A span cut at the end of the reviewed text (the picture labels read after it are not
 * the text's); its name's own offsets cut with it, and dropped where the name lies
 * wholly past the text, so that the decision falls back on the span's own words.
 */
export function clipToText<S extends Range>(s: S, length: number): S {
  if (s.end <= length) return s;
  const clipped = mapOffsets(s, (at) => Math.min(at, length));
  if (s.nameStart === undefined || s.nameEnd === undefined || s.nameStart >= length) {
    delete clipped.nameStart;
    delete clipped.nameEnd;
  }
  return clipped;
}
