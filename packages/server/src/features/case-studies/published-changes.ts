import { createHash } from 'node:crypto';
import type { Picture } from '@alliance/api';
import { pictureRefs, reviewedWhole } from '@alliance/domain';
import type { KnownEntity } from '@alliance/domain/anonymise';
import { type CaseStudyRecord, draftOf } from '../../repos/case-studies.js';
import { sortedJson } from './review.js';

/**
 * Whether a published case has changes not yet published, remembered by everything that
 * decides it, so that the list of case studies does not run the anonymiser over every
 * published case on every listing.
 *
 * The answer depends on the review's inputs — the draft as the review reads it, the
 * engagement's recorded names, the pictures the text shows — on the version published,
 * and on the anonymiser itself. The key is a hash of all the inputs and the published
 * version; the anonymiser is the same for the life of the process, so a remembered
 * answer is the answer, and the list says exactly what the case's own page says.
 *
 * Why not a fingerprint stored at publication: it would outlive the anonymiser that
 * produced it. After an upgrade that masks a name the old version let through, the
 * case's page says "unpublished changes" (the coach should republish) while a stored
 * fingerprint would still say "none". Why not a key on the case's updated-at: the
 * recorded names (a client's name corrected) and a board's labels change the review
 * without touching the case. A new process pays one review per published case, once.
 */
export function reviewFingerprint(record: CaseStudyRecord, known: KnownEntity[], pictures: Picture[]): string {
  // The draft as the review reads it; what only the publication rule reads (consent, details checked, names kept) aside.
  const { consent: _consent, detailsCheck: _checked, publishedKept: _kept, ...reviewed } = draftOf(record);
  const shown = new Set(pictureRefs(reviewedWhole(record.title, record.markdown)).map((r) => r.id));
  const inputs = {
    language: record.language,
    reviewed,
    known,
    pictures: pictures.filter((p) => shown.has(p.id)).map((p) => ({ id: p.id, elements: p.elements })),
    published: record.published,
  };
  return createHash('sha256').update(sortedJson(inputs)).digest('base64url');
}

/** Answers by fingerprint, the most recently used kept: a few bytes each, bounded so a long-lived process does not grow. */
export function changesMemo(limit = 5_000) {
  const answers = new Map<string, boolean>();
  return {
    get(key: string): boolean | undefined {
      const answer = answers.get(key);
      if (answer !== undefined) {
        answers.delete(key);
        answers.set(key, answer);
      }
      return answer;
    },
    set(key: string, answer: boolean): void {
      answers.delete(key);
      answers.set(key, answer);
      if (answers.size > limit) answers.delete(answers.keys().next().value!);
    },
  };
}
export type ChangesMemo = ReturnType<typeof changesMemo>;
