import { consentInForce, DEFAULT_PRACTICE_TIME_ZONE, localDay, type PublicationConsent } from '@alliance/domain';
import { AppError } from '../../http/errors.js';
import type { Repositories } from '../../repos/index.js';

/** The consent the client gave in her space, as a case study's basis for publication; 409 when there is none in force. */
export async function consentFromClientSpace(repos: Repositories, engagementId: string): Promise<PublicationConsent> {
  const testimonial = await repos.testimonials.of(engagementId);
  if (!testimonial || !consentInForce(testimonial.consent)) {
    throw new AppError('conflict', 'The client has not consented to publication in her space (or has withdrawn it)', { reason: 'no_client_space_consent' });
  }
  // The day she consented in the practice's day, not UTC's: just after midnight in Paris, UTC still says the day before.
  return { kind: 'client', scope: testimonial.consent.scope, givenOn: localDay(new Date(testimonial.consent.consentedAt), DEFAULT_PRACTICE_TIME_ZONE), withdrawnOn: null, source: 'client_space' };
}

/**
 * She withdrew her consent in her space: every case study resting on it records the
 * withdrawal and leaves the public pages at once. Returns how many were published.
 */
export async function withdrawClientSpaceConsent(repos: Repositories, engagementId: string, on: Date): Promise<number> {
  let unpublished = 0;
  for (const summary of (await repos.caseStudies.list()).filter((c) => c.engagementId === engagementId)) {
    const record = await repos.caseStudies.get(summary.id);
    const consent = record?.consent;
    if (!record || consent?.kind !== 'client' || consent.source !== 'client_space' || consent.withdrawnOn) continue;
    await repos.caseStudies.saveDraft(record, { ...record, consent: { ...consent, withdrawnOn: localDay(on, DEFAULT_PRACTICE_TIME_ZONE) } });
    if (record.publishedAt) {
      await repos.caseStudies.unpublish(record.id);
      unpublished++;
    }
  }
  return unpublished;
}
