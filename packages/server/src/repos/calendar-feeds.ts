import { eq } from 'drizzle-orm';
import { hashToken, newToken } from '../crypto/tokens.js';
import type { Database } from '../db/database.js';
import { calendarFeeds } from '../db/schema.js';

/** Calendar subscriptions are found by their secret, before anyone is signed in: not practice-bound. */
export function calendarFeedRepository(db: Database) {
  return {
    /** A new secret for this coach (the old URL stops working); the token is returned once. */
    async rotate(userId: string, practiceId: string): Promise<{ token: string; createdAt: Date }> {
      const token = newToken();
      const [row] = await db
        .insert(calendarFeeds)
        .values({ userId, practiceId, tokenHash: hashToken(token) })
        .onConflictDoUpdate({ target: calendarFeeds.userId, set: { practiceId, tokenHash: hashToken(token), createdAt: new Date() } })
        .returning();
      return { token, createdAt: row!.createdAt };
    },
    async of(userId: string): Promise<{ createdAt: Date } | null> {
      const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
      return row ? { createdAt: row.createdAt } : null;
    },
    async revoke(userId: string): Promise<boolean> {
      return (await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning()).length > 0;
    },
    async byToken(token: string): Promise<{ userId: string; practiceId: string } | null> {
      const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hashToken(token)));
      return row ? { userId: row.userId, practiceId: row.practiceId } : null;
    },
  };
}
