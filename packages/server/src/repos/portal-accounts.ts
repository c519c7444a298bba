import type { PortalAccess } from '@alliance/api';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { portalAccounts, portalSessions } from '../db/schema.js';
import { clientSealers, iso, isId, type PracticeScope } from './scope.js';

/** Addresses are compared as typed, less case and surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface PortalIdentity {
  name: string;
  email: string;
  language: 'fr' | 'en';
}

/**
 * Who may open a client's space or a sponsor's view, as the practice manages it.
 * Sealed with the client's key: erasing her closes every door to her record.
 */
export function portalAccountRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const toView = (row: typeof portalAccounts.$inferSelect): PortalAccess & { language: 'fr' | 'en'; clientId: string } => {
    const who = keys.client(row.clientId).open<PortalIdentity>(row.sealed);
    return {
      accountId: row.id,
      kind: row.kind,
      clientId: row.clientId,
      engagementId: row.engagementId,
      name: who.name,
      email: who.email,
      language: who.language,
      createdAt: iso(row.createdAt),
      revokedAt: row.revokedAt ? iso(row.revokedAt) : null,
    };
  };
  const views = async (rows: (typeof portalAccounts.$inferSelect)[]) => {
    await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map(toView);
  };
  return {
    /** The open account for this person and purpose, updated to her current address; made if none. */
    async ensure(kind: 'client' | 'sponsor', clientId: string, engagementId: string | null, who: PortalIdentity) {
      await clientSealers(scope, [clientId]);
      const values = { sealed: keys.client(clientId).seal(who), emailDigest: keys.lookupDigest(normaliseEmail(who.email)) };
      const [existing] = await db
        .select({ id: portalAccounts.id })
        .from(portalAccounts)
        .where(
          and(
            eq(portalAccounts.practiceId, practiceId),
            eq(portalAccounts.kind, kind),
            eq(portalAccounts.clientId, clientId),
            engagementId ? eq(portalAccounts.engagementId, engagementId) : isNull(portalAccounts.engagementId),
            isNull(portalAccounts.revokedAt),
          ),
        );
      const [row] = existing
        ? await db.update(portalAccounts).set(values).where(eq(portalAccounts.id, existing.id)).returning()
        : await db.insert(portalAccounts).values({ practiceId, kind, clientId, engagementId, ...values }).returning();
      return toView(row!);
    },
    async get(accountId: string) {
      if (!isId(accountId)) return null;
      return (await views(await db.select().from(portalAccounts).where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.practiceId, practiceId)))))[0] ?? null;
    },
    async ofClient(clientId: string) {
      return views(await db.select().from(portalAccounts).where(and(eq(portalAccounts.clientId, clientId), eq(portalAccounts.practiceId, practiceId))).orderBy(desc(portalAccounts.createdAt)));
    },
    /** Closes the door: the account's links and sessions stop working at once. */
    async revoke(accountId: string): Promise<boolean> {
      if (!isId(accountId)) return false;
      const rows = await db
        .update(portalAccounts)
        .set({ revokedAt: new Date() })
        .where(and(eq(portalAccounts.id, accountId), eq(portalAccounts.practiceId, practiceId), isNull(portalAccounts.revokedAt)))
        .returning({ id: portalAccounts.id });
      if (rows.length) await db.delete(portalSessions).where(eq(portalSessions.accountId, accountId));
      return rows.length > 0;
    },
  };
}
