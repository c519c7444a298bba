import type { ConsentScope, TestimonialConsent } from '@alliance/domain';
import { and, eq } from 'drizzle-orm';
import { testimonials } from '../db/schema.js';
import { clientSealers, type EngagementRef, iso, isId, type PracticeScope } from './scope.js';

export interface TestimonialRecord {
  id: string;
  engagementId: string;
  clientId: string;
  text: string;
  consent: TestimonialConsent | null;
  updatedAt: Date;
}

/**
 * Her testimonial and her consent to publish it. Consent is dated; withdrawing it
 * keeps the date it was given and adds the date it was withdrawn. Changing the text
 * after consenting asks for consent again: she consented to words, not to a slot.
 */
export function testimonialRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const toRecord = (row: typeof testimonials.$inferSelect): TestimonialRecord => ({
    id: row.id,
    engagementId: row.engagementId,
    clientId: row.clientId,
    text: keys.client(row.clientId).open<{ text: string }>(row.sealed).text,
    consent: row.consentScope && row.consentedAt ? { scope: row.consentScope, consentedAt: iso(row.consentedAt), withdrawnAt: row.withdrawnAt ? iso(row.withdrawnAt) : null } : null,
    updatedAt: row.updatedAt,
  });

  return {
    async of(engagementId: string): Promise<TestimonialRecord | null> {
      if (!isId(engagementId)) return null;
      const [row] = await db.select().from(testimonials).where(and(eq(testimonials.engagementId, engagementId), eq(testimonials.practiceId, practiceId)));
      if (!row) return null;
      await clientSealers(scope, [row.clientId]);
      return toRecord(row);
    },
    async write(engagement: EngagementRef, text: string, consentScope: ConsentScope | null): Promise<TestimonialRecord> {
      await clientSealers(scope, [engagement.clientId]);
      const current = await this.of(engagement.id);
      const now = new Date();
      const sameText = current?.text === text;
      const keepConsent = sameText && current?.consent && !current.consent.withdrawnAt && current.consent.scope === consentScope;
      const given = current?.consent ?? null;
      // No scope: no (new) consent. One in force is withdrawn now; a dated past one is kept as it was.
      const consent = consentScope
        ? { consentScope, consentedAt: keepConsent ? new Date(given!.consentedAt) : now, withdrawnAt: null }
        : given
          ? { consentScope: given.scope, consentedAt: new Date(given.consentedAt), withdrawnAt: given.withdrawnAt ? new Date(given.withdrawnAt) : now }
          : { consentScope: null, consentedAt: null, withdrawnAt: null };
      const sealed = keys.client(engagement.clientId).seal({ text });
      const [row] = await db
        .insert(testimonials)
        .values({ practiceId, engagementId: engagement.id, clientId: engagement.clientId, sealed, ...consent })
        .onConflictDoUpdate({ target: testimonials.engagementId, set: { sealed, ...consent, updatedAt: now } })
        .returning();
      return toRecord(row!);
    },
    async withdraw(engagementId: string): Promise<TestimonialRecord | null> {
      const current = await this.of(engagementId);
      if (!current?.consent || current.consent.withdrawnAt) return current;
      const [row] = await db
        .update(testimonials)
        .set({ withdrawnAt: new Date(), updatedAt: new Date() })
        .where(and(eq(testimonials.engagementId, engagementId), eq(testimonials.practiceId, practiceId)))
        .returning();
      return row ? toRecord(row) : null;
    },
  };
}
