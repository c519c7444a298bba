import { sharedBoard } from '@alliance/api';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { user } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { errors, type TypedApp } from '../../http/typed.js';
import { type BoardAccessControl, SyncRefusal } from '../../sync/access.js';

/**
 * What a client's share link opens, without an account: the board's title, whether
 * she may move figures, and until when. Registered outside the coach's API, so it
 * needs no session; the token itself is the key, and only this board's.
 */
export function sharedBoardRoutes(app: TypedApp, access: BoardAccessControl, db: Database): void {
  app.get(
    '/api/v1/shared-boards/:token',
    { schema: { tags: ['boards'], params: z.object({ token: z.string() }), response: { 200: sharedBoard, ...errors } } },
    async (request) => {
      let link;
      try {
        link = await access.shareLink(request.params.token);
      } catch (error) {
        if (error instanceof SyncRefusal) throw new AppError('not_found', 'This link is unknown, expired or revoked', { reason: error.reason });
        throw error;
      }
      const repos = await access.reposOf(link.practiceId);
      const found = await repos.boards.get(link.boardId);
      if (!found) throw new AppError('not_found', 'This board no longer exists');
      const client = await repos.clients.get(found.clientId);
      const [coach] = link.createdBy ? await db.select({ name: user.name }).from(user).where(eq(user.id, link.createdBy)) : [];
      return { boardId: found.id, title: found.title, mode: link.mode, expiresAt: link.expiresAt.toISOString(), coachName: coach?.name ?? '', clientFirstName: client?.firstName ?? '' };
    },
  );
}
