import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { portalAccounts, portalLinks, portalSessions } from '../db/schema.js';

/** An invitation stays valid a week (she may read it days later); a link she asked for, one hour. */
export const LINK_LIFETIME_MS = { invitation: 7 * 24 * 3_600_000, sign_in: 3_600_000 } as const;
/** She stays signed in on her phone for a month: the client side must stay light. */
export const SESSION_LIFETIME_MS = 30 * 24 * 3_600_000;
export const PORTAL_COOKIE = 'alliance_portal';

const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export type PortalAccountRow = typeof portalAccounts.$inferSelect;

/**
 * Sign-in links and sessions of clients and sponsors. Not bound to a practice:
 * a token is what says which account (and so which practice) is asking. Tokens
 * are kept only as their SHA-256; a link works once.
 */
export function portalStore(db: Database) {
  const liveAccount = (id: string) => and(eq(portalAccounts.id, id), isNull(portalAccounts.revokedAt));
  return {
    async issueLink(accountId: string, lifetimeMs: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
      const token = newToken();
      const expiresAt = new Date(now.getTime() + lifetimeMs);
      await db.insert(portalLinks).values({ accountId, tokenHash: tokenHash(token), expiresAt });
      return { token, expiresAt };
    },
    /** Uses the link (once: a second use finds it used) and returns its account if still open. */
    async redeemLink(token: string, now = new Date()): Promise<PortalAccountRow | null> {
      const [used] = await db
        .update(portalLinks)
        .set({ usedAt: now })
        .where(and(eq(portalLinks.tokenHash, tokenHash(token)), isNull(portalLinks.usedAt), gt(portalLinks.expiresAt, now)))
        .returning({ accountId: portalLinks.accountId });
      if (!used) return null;
      const [account] = await db.select().from(portalAccounts).where(liveAccount(used.accountId));
      return account ?? null;
    },
    async openSession(accountId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
      const token = newToken();
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      await db.insert(portalSessions).values({ accountId, tokenHash: tokenHash(token), expiresAt });
      return { token, expiresAt };
    },
    async findSession(token: string, now = new Date()): Promise<PortalAccountRow | null> {
      const [row] = await db
        .select({ account: portalAccounts })
        .from(portalSessions)
        .innerJoin(portalAccounts, eq(portalAccounts.id, portalSessions.accountId))
        .where(and(eq(portalSessions.tokenHash, tokenHash(token)), gt(portalSessions.expiresAt, now), isNull(portalAccounts.revokedAt)));
      return row?.account ?? null;
    },
    async closeSession(token: string): Promise<void> {
      await db.delete(portalSessions).where(eq(portalSessions.tokenHash, tokenHash(token)));
    },
    /** Open accounts whose address has one of these digests (see Vault.lookupDigests). */
    async accountsByDigest(digests: string[]): Promise<PortalAccountRow[]> {
      if (!digests.length) return [];
      return db.select().from(portalAccounts).where(and(inArray(portalAccounts.emailDigest, digests), isNull(portalAccounts.revokedAt)));
    },
  };
}
export type PortalStore = ReturnType<typeof portalStore>;
