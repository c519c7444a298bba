import type { Invitation, Member } from '@alliance/api';
import { and, asc, count, eq, gt, isNull } from 'drizzle-orm';
import { hashToken, newToken } from '../crypto/tokens.js';
import type { Database } from '../db/database.js';
import { clients, organisations, practiceInvitations, practiceMembers, practices, user } from '../db/schema.js';
import { isId } from './scope.js';

export const INVITATION_VALIDITY_DAYS = 7;

export type AcceptOutcome = { ok: true; practiceId: string } | { ok: false; reason: 'invalid' | 'own_practice_has_data' };

/** Colleagues invited into a practice, and the practice's members. */
export function invitationRepository(db: Database) {
  const toView = (r: typeof practiceInvitations.$inferSelect): Invitation => ({
    id: r.id,
    email: r.email,
    expiresAt: r.expiresAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
  });
  return {
    async create(practiceId: string, email: string, invitedBy: string, now = new Date()): Promise<Invitation & { token: string }> {
      const token = newToken();
      const [row] = await db
        .insert(practiceInvitations)
        .values({ practiceId, email: email.toLowerCase(), tokenHash: hashToken(token), invitedBy, expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_DAYS * 86_400_000) })
        .returning();
      return { ...toView(row!), token };
    },
    async pending(practiceId: string, now = new Date()): Promise<Invitation[]> {
      const rows = await db
        .select()
        .from(practiceInvitations)
        .where(and(eq(practiceInvitations.practiceId, practiceId), isNull(practiceInvitations.acceptedAt), gt(practiceInvitations.expiresAt, now)))
        .orderBy(asc(practiceInvitations.createdAt));
      return rows.map(toView);
    },
    async revoke(practiceId: string, id: string): Promise<boolean> {
      if (!isId(id)) return false;
      const rows = await db
        .delete(practiceInvitations)
        .where(and(eq(practiceInvitations.id, id), eq(practiceInvitations.practiceId, practiceId)))
        .returning({ id: practiceInvitations.id });
      return rows.length > 0;
    },
    async members(practiceId: string): Promise<Member[]> {
      return db
        .select({ userId: practiceMembers.userId, name: user.name, email: user.email, role: practiceMembers.role })
        .from(practiceMembers)
        .innerJoin(user, eq(user.id, practiceMembers.userId))
        .where(eq(practiceMembers.practiceId, practiceId))
        .orderBy(asc(practiceMembers.createdAt));
    },

    /**
     * The signed-in coach joins the inviting practice. Her own practice, made at
     * sign-up, is removed only if it holds nothing; otherwise she must decide what
     * to do with her clients first, and we refuse.
     */
    async accept(token: string, userId: string, now = new Date()): Promise<AcceptOutcome> {
      return db.transaction(async (tx) => {
        const [inv] = await tx
          .select()
          .from(practiceInvitations)
          .where(and(eq(practiceInvitations.tokenHash, hashToken(token)), isNull(practiceInvitations.acceptedAt), gt(practiceInvitations.expiresAt, now)))
          .for('update');
        if (!inv) return { ok: false, reason: 'invalid' } as const;
        const [current] = await tx.select().from(practiceMembers).where(eq(practiceMembers.userId, userId));
        if (current && current.practiceId !== inv.practiceId) {
          const [c] = await tx.select({ n: count() }).from(clients).where(eq(clients.practiceId, current.practiceId));
          const [o] = await tx.select({ n: count() }).from(organisations).where(eq(organisations.practiceId, current.practiceId));
          if ((c?.n ?? 0) > 0 || (o?.n ?? 0) > 0) return { ok: false, reason: 'own_practice_has_data' } as const;
          const [others] = await tx.select({ n: count() }).from(practiceMembers).where(eq(practiceMembers.practiceId, current.practiceId));
          await tx.delete(practiceMembers).where(eq(practiceMembers.userId, userId));
          if ((others?.n ?? 0) <= 1) await tx.delete(practices).where(eq(practices.id, current.practiceId));
        }
        if (!current || current.practiceId !== inv.practiceId) {
          await tx.insert(practiceMembers).values({ practiceId: inv.practiceId, userId, role: 'coach' });
        }
        await tx.update(practiceInvitations).set({ acceptedAt: now }).where(eq(practiceInvitations.id, inv.id));
        return { ok: true, practiceId: inv.practiceId } as const;
      });
    },
  };
}
export type InvitationRepository = ReturnType<typeof invitationRepository>;
