import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { signInFailures } from '../db/schema.js';

/**
 * Locks an account after repeated failed sign-ins, whatever address they come
 * from (the per-address throttle cannot see a distributed guess).
 */
export const FAILURES_BEFORE_LOCK = 5;
export const LOCK_MINUTES = 15;

export function signInLockout(db: Database, now: () => Date = () => new Date()) {
  const key = (email: string) => email.trim().toLowerCase();
  return {
    async lockedUntil(email: string): Promise<Date | null> {
      const [row] = await db.select().from(signInFailures).where(eq(signInFailures.email, key(email)));
      return row?.lockedUntil && row.lockedUntil > now() ? row.lockedUntil : null;
    },
    async failed(email: string): Promise<void> {
      const at = now();
      const lockAt = new Date(at.getTime() + LOCK_MINUTES * 60_000);
      // One statement, so concurrent failures all count.
      await db
        .insert(signInFailures)
        .values({ email: key(email), failures: 1, updatedAt: at })
        .onConflictDoUpdate({
          target: signInFailures.email,
          set: {
            failures: sql`case when ${signInFailures.failures} + 1 >= ${FAILURES_BEFORE_LOCK} then 0 else ${signInFailures.failures} + 1 end`,
            lockedUntil: sql`case when ${signInFailures.failures} + 1 >= ${FAILURES_BEFORE_LOCK} then ${lockAt.toISOString()}::timestamptz else ${signInFailures.lockedUntil} end`,
            updatedAt: at,
          },
        });
    },
    async succeeded(email: string): Promise<void> {
      await db.delete(signInFailures).where(eq(signInFailures.email, key(email)));
    },
  };
}
export type SignInLockout = ReturnType<typeof signInLockout>;
