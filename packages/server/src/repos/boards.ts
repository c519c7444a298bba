import type { Board, BoardControl, ShareLink } from '@alliance/api';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { hashToken, newToken } from '../crypto/tokens.js';
import { boards, boardShareLinks } from '../db/schema.js';
import { clientSealers, iso, isId, type PracticeScope } from './scope.js';

export interface BoardParent {
  id: string;
  engagementId: string;
  clientId: string;
}

export interface BoardChanges {
  title?: string;
  control?: BoardControl;
  locked?: boolean;
  covert?: boolean;
}

/** The constellation boards of one practice, and the links that open them to a client. */
export function boardRepository(scope: PracticeScope) {
  const { db, practiceId } = scope;
  const toBoard = async (row: typeof boards.$inferSelect): Promise<Board> => {
    const sealer = (await clientSealers(scope, [row.clientId]))(row.clientId);
    return {
      id: row.id,
      sessionId: row.sessionId,
      engagementId: row.engagementId,
      clientId: row.clientId,
      title: sealer.open<{ title: string }>(row.sealed).title,
      control: row.control,
      locked: row.locked,
      covert: row.covert,
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
    };
  };
  const mine = (id: string) => and(eq(boards.id, id), eq(boards.practiceId, practiceId));
  const toLink = (r: typeof boardShareLinks.$inferSelect): ShareLink => ({
    id: r.id,
    mode: r.mode,
    expiresAt: iso(r.expiresAt),
    revokedAt: r.revokedAt ? iso(r.revokedAt) : null,
    createdAt: iso(r.createdAt),
  });

  return {
    async create(session: BoardParent, title: string): Promise<Board> {
      const sealer = (await clientSealers(scope, [session.clientId]))(session.clientId);
      const [row] = await db
        .insert(boards)
        .values({ practiceId, sessionId: session.id, engagementId: session.engagementId, clientId: session.clientId, sealed: sealer.seal({ title }) })
        .returning();
      return toBoard(row!);
    },

    async listForSession(sessionId: string): Promise<Board[]> {
      if (!isId(sessionId)) return [];
      const rows = await db.select().from(boards).where(and(eq(boards.sessionId, sessionId), eq(boards.practiceId, practiceId))).orderBy(asc(boards.createdAt));
      return Promise.all(rows.map(toBoard));
    },

    async get(id: string): Promise<Board | null> {
      if (!isId(id)) return null;
      const [row] = await db.select().from(boards).where(mine(id));
      return row ? toBoard(row) : null;
    },

    async update(board: Board, changes: BoardChanges): Promise<Board> {
      const { title, ...flags } = changes;
      const sealed = title === undefined ? {} : { sealed: (await clientSealers(scope, [board.clientId]))(board.clientId).seal({ title }) };
      const [row] = await db
        .update(boards)
        .set({ ...flags, ...sealed, updatedAt: new Date() })
        .where(mine(board.id))
        .returning();
      return toBoard(row!);
    },

    async remove(id: string): Promise<boolean> {
      if (!isId(id)) return false;
      const rows = await db.delete(boards).where(mine(id)).returning({ id: boards.id });
      return rows.length > 0;
    },

    async createShareLink(board: Board, input: { mode: 'edit' | 'view'; expiresAt: Date; createdBy: string | null }): Promise<ShareLink & { token: string }> {
      const token = newToken();
      const [row] = await db
        .insert(boardShareLinks)
        .values({ practiceId, boardId: board.id, clientId: board.clientId, tokenHash: hashToken(token), mode: input.mode, expiresAt: input.expiresAt, createdBy: input.createdBy })
        .returning();
      return { ...toLink(row!), token };
    },

    async shareLinks(boardId: string): Promise<ShareLink[]> {
      const rows = await db
        .select()
        .from(boardShareLinks)
        .where(and(eq(boardShareLinks.boardId, boardId), eq(boardShareLinks.practiceId, practiceId)))
        .orderBy(asc(boardShareLinks.createdAt));
      return rows.map(toLink);
    },

    async revokeShareLink(boardId: string, linkId: string): Promise<boolean> {
      if (!isId(linkId)) return false;
      const rows = await db
        .update(boardShareLinks)
        .set({ revokedAt: new Date() })
        .where(and(eq(boardShareLinks.id, linkId), eq(boardShareLinks.boardId, boardId), eq(boardShareLinks.practiceId, practiceId), isNull(boardShareLinks.revokedAt)))
        .returning({ id: boardShareLinks.id });
      return rows.length > 0;
    },
  };
}
export type BoardRepository = ReturnType<typeof boardRepository>;
