import type { IncomingHttpHeaders } from 'node:http';
import { boardIdOfDocument, SYNC_CLOSE } from '@alliance/api';
import { eq } from 'drizzle-orm';
import type { SessionLookup } from '../auth/session-lookup.js';
import { hashToken } from '../crypto/tokens.js';
import type { Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { boards, boardShareLinks } from '../db/schema.js';
import type { PracticeRepository } from '../repos/practices.js';
import { repositoriesFor, type Repositories } from '../repos/index.js';

/** Who is on a live board, and on what terms; kept as the connection's context. */
export interface BoardAccess {
  boardId: string;
  clientId: string;
  practiceId: string;
  role: 'coach' | 'client';
  /** Shown to the others and written in the movement log. */
  name: string;
  userId?: string;
  shareLinkId?: string;
  linkMode?: 'edit' | 'view';
}

/** Thrown from onAuthenticate: Hocuspocus refuses the connection with this reason. */
export class SyncRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Decides who may open a board's live document: a coach of the board's practice
 * (her session cookie), or the bearer of an unexpired, unrevoked share link of
 * that very board. Also opens a practice's repositories for work done outside a
 * coach's request.
 */
export class BoardAccessControl {
  readonly #scopes = new Map<string, Repositories>();

  constructor(
    private readonly deps: { db: Database; vault: Vault; practices: PracticeRepository; sessions: SessionLookup },
  ) {}

  async reposOf(practiceId: string): Promise<Repositories> {
    const hit = this.#scopes.get(practiceId);
    if (hit) return hit;
    const wrapped = await this.deps.practices.wrappedKeyOf(practiceId);
    if (!wrapped) throw new SyncRefusal(SYNC_CLOSE.boardDeleted.reason);
    const repos = repositoriesFor({ db: this.deps.db, practiceId, keys: this.deps.vault.forPractice(practiceId, wrapped) });
    this.#scopes.set(practiceId, repos);
    return repos;
  }

  async authenticate(input: { documentName: string; token: string; headers: IncomingHttpHeaders; ip: string }): Promise<BoardAccess> {
    const boardId = boardIdOfDocument(input.documentName);
    if (!boardId) throw new SyncRefusal(SYNC_CLOSE.unauthorised.reason);
    const [row] = await this.deps.db.select({ practiceId: boards.practiceId, clientId: boards.clientId }).from(boards).where(eq(boards.id, boardId));
    if (!row) throw new SyncRefusal(SYNC_CLOSE.boardDeleted.reason);
    if (input.token) return this.byShareLink(boardId, row, input.token);
    return this.byCoachSession(boardId, row, input);
  }

  private async byCoachSession(boardId: string, row: { practiceId: string; clientId: string }, input: { headers: IncomingHttpHeaders; ip: string }): Promise<BoardAccess> {
    const found = await this.deps.sessions.find({ headers: input.headers, ip: input.ip });
    if (!found) throw new SyncRefusal(SYNC_CLOSE.unauthorised.reason);
    const membership = await this.deps.practices.membershipOf(found.user.id);
    if (!membership || membership.practice.id !== row.practiceId) throw new SyncRefusal(SYNC_CLOSE.unauthorised.reason);
    const twoFactor = Boolean((found.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled);
    if (membership.practice.requireTwoFactor && !twoFactor) throw new SyncRefusal(SYNC_CLOSE.unauthorised.reason);
    return { boardId, clientId: row.clientId, practiceId: row.practiceId, role: 'coach', name: found.user.name, userId: found.user.id };
  }

  /** The live link behind a token, or the reason it opens nothing. */
  async shareLink(token: string): Promise<typeof boardShareLinks.$inferSelect> {
    if (token.length > 200) throw new SyncRefusal(SYNC_CLOSE.unauthorised.reason);
    const [link] = await this.deps.db.select().from(boardShareLinks).where(eq(boardShareLinks.tokenHash, hashToken(token)));
    if (!link) throw new SyncRefusal(SYNC_CLOSE.unauthorised.reason);
    if (link.revokedAt) throw new SyncRefusal(SYNC_CLOSE.linkRevoked.reason);
    if (link.expiresAt.getTime() <= Date.now()) throw new SyncRefusal(SYNC_CLOSE.linkExpired.reason);
    return link;
  }

  private async byShareLink(boardId: string, row: { practiceId: string; clientId: string }, token: string): Promise<BoardAccess> {
    const link = await this.shareLink(token);
    if (link.boardId !== boardId) throw new SyncRefusal(SYNC_CLOSE.unauthorised.reason);
    return {
      boardId,
      clientId: row.clientId,
      practiceId: row.practiceId,
      role: 'client',
      name: await this.clientFirstName(row.practiceId, row.clientId),
      shareLinkId: link.id,
      linkMode: link.mode,
    };
  }

  /** The client appears to the coach under her first name. */
  private async clientFirstName(practiceId: string, clientId: string): Promise<string> {
    const repos = await this.reposOf(practiceId);
    const client = await repos.clients.get(clientId);
    return client?.firstName ?? 'Client';
  }
}
