import type { CaseStudy } from '@alliance/api';
import { applyReview } from '@alliance/domain';
import { anonymise, type KnownEntity, loadLexicon } from '@alliance/domain/anonymise';
import type { CaseStudyRecord } from '../../repos/case-studies.js';

/**
 * What the anonymiser finds in the draft, with the coach's decisions applied: the
 * spans she reviews and the title and text as they would be published now. The
 * title and the body are reviewed together, as one text, so one decision covers both.
 */
export async function reviewOf(record: CaseStudyRecord, known: KnownEntity[]) {
  const lexicon = await loadLexicon();
  const whole = `${record.title}\n\n${record.markdown}`;
  const found = anonymise(whole, lexicon, { language: record.language, mode: record.mode, known });
  const reviewed = applyReview(whole, found.spans, record.decisions, record.added);
  const [title = '', ...body] = reviewed.text.split('\n\n');
  return { spans: reviewed.spans, title: title.trim(), text: body.join('\n\n'), unresolved: reviewed.unresolved.length };
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
    review: { spans: review.spans, title: review.title, text: review.text, unresolved: review.unresolved },
    status: record.publishedAt ? 'published' : 'draft',
    publicUrl,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
