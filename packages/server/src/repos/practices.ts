import type { Practice, UpdatePractice } from '@alliance/api';
import { eq } from 'drizzle-orm';
import type { Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { instanceFacts, practiceMembers, practices, user } from '../db/schema.js';

export interface Membership {
  practice: Practice;
  wrappedKey: string;
  role: 'owner' | 'coach';
}

const toPractice = (row: typeof practices.$inferSelect): Practice => ({
  id: row.id,
  name: row.name,
  isDemo: row.isDemo,
  minimumSessions: row.minimumSessions,
  deepWorkMin: row.deepWorkMin,
  deepWorkMax: row.deepWorkMax,
  quietAfterDays: row.quietAfterDays,
  requireTwoFactor: row.requireTwoFactor,
  retentionYears: row.retentionYears,
  allianceThreshold: row.allianceThreshold,
  alertDigest: row.alertDigest,
  pageHeading: row.pageHeading,
  pageIntro: row.pageIntro,
});

/**
 * Practices and who belongs to them. Not scoped to one practice: this is what
 * finds the caller's practice in the first place.
 */
/**
 * Every request needs the caller's practice; it changes rarely. Kept this long in
 * memory, and forgotten at once when this process changes a practice or a
 * membership (another process's change shows within this time).
 */
export const MEMBERSHIP_CACHE_MS = 30_000;

export function practiceRepository(db: Database, vault: Vault, now: () => number = Date.now) {
  const cache = new Map<string, { membership: Membership; until: number }>();
  return {
    /** Forget what is cached: a practice or a membership has changed. */
    forgetMemberships(): void {
      cache.clear();
    },

    async membershipOf(userId: string): Promise<Membership | null> {
      const hit = cache.get(userId);
      if (hit && hit.until > now()) return hit.membership;
      const found = await this.loadMembership(userId);
      if (found) cache.set(userId, { membership: found, until: now() + MEMBERSHIP_CACHE_MS });
      else cache.delete(userId);
      return found;
    },

    /** A practice's wrapped key, for work done outside a coach's request (a client's board link). */
    async wrappedKeyOf(practiceId: string): Promise<string | null> {
      const [row] = await db.select({ wrappedKey: practices.wrappedKey }).from(practices).where(eq(practices.id, practiceId));
      return row?.wrappedKey ?? null;
    },

    /** A practice by id, for work done outside a coach's request (a client's or sponsor's portal). */
    async practiceOf(practiceId: string): Promise<{ practice: Practice; wrappedKey: string } | null> {
      const [row] = await db.select().from(practices).where(eq(practices.id, practiceId));
      return row ? { practice: toPractice(row), wrappedKey: row.wrappedKey } : null;
    },

    async loadMembership(userId: string): Promise<Membership | null> {
      const [row] = await db
        .select({ practice: practices, role: practiceMembers.role })
        .from(practiceMembers)
        .innerJoin(practices, eq(practices.id, practiceMembers.practiceId))
        .where(eq(practiceMembers.userId, userId));
      return row ? { practice: toPractice(row.practice), wrappedKey: row.practice.wrappedKey, role: row.role } : null;
    },

    /** Gives a newly signed-up coach a practice of her own; idempotent. Null when the account no longer exists. */
    async ensurePracticeFor(userId: string, name: string, options: { isDemo?: boolean } = {}): Promise<Membership | null> {
      const existing = await this.loadMembership(userId);
      if (existing) return existing;
      const [account] = await db.select({ id: user.id }).from(user).where(eq(user.id, userId));
      if (!account) return null;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(practices)
          .values({ name, isDemo: options.isDemo ?? false, wrappedKey: vault.newWrappedPracticeKey() })
          .returning();
        await tx.insert(practiceMembers).values({ practiceId: row!.id, userId, role: 'owner' }).onConflictDoNothing();
        return { practice: toPractice(row!), wrappedKey: row!.wrappedKey, role: 'owner' as const };
      });
    },

    async update(practiceId: string, patch: UpdatePractice): Promise<Practice> {
      cache.clear();
      const [row] = await db.update(practices).set(patch).where(eq(practices.id, practiceId)).returning();
      return toPractice(row!);
    },

    async markDemo(practiceId: string): Promise<void> {
      cache.clear();
      await db.update(practices).set({ isDemo: true }).where(eq(practices.id, practiceId));
    },

    async demoExists(): Promise<boolean> {
      const rows = await db.select({ id: practices.id }).from(practices).where(eq(practices.isDemo, true)).limit(1);
      return rows.length > 0;
    },

    /**
     * Claims the one-time right to seed the demo: true only on a fresh
     * installation (nobody signed up, demo never seeded), and only once even if
     * two processes start together.
     */
    async claimDemoSeeding(): Promise<boolean> {
      const anyone = await db.select({ id: user.id }).from(user).limit(1);
      if (anyone.length > 0) return false;
      const claimed = await db.insert(instanceFacts).values({ key: 'demo_seeded', value: 'yes' }).onConflictDoNothing().returning();
      return claimed.length === 1;
    },

    /** Deletes a practice, its coaching data (by cascade) and the accounts of its members. */
    async remove(practiceId: string): Promise<void> {
      cache.clear();
      await db.transaction(async (tx) => {
        const members = await tx.select({ userId: practiceMembers.userId }).from(practiceMembers).where(eq(practiceMembers.practiceId, practiceId));
        await tx.delete(practices).where(eq(practices.id, practiceId));
        for (const m of members) await tx.delete(user).where(eq(user.id, m.userId));
      });
      vault.forget(practiceId);
    },
  };
}
export type PracticeRepository = ReturnType<typeof practiceRepository>;
