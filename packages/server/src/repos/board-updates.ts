import { and, eq, inArray } from 'drizzle-orm';
import { boards, boardUpdates } from '../db/schema.js';
import { clientSealers, type PracticeScope } from './scope.js';
import type { BoardRef } from './board-records.js';

const toBase64 = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');
const fromBase64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

/**
 * A live board's Yjs document at rest: a compacted state plus every update received
 * since, each sealed with the client's key. Updates are appended before the change
 * is acknowledged to its sender; compaction folds them into the state and deletes
 * exactly the rows it folded, so an update written meanwhile is never lost.
 */
export function boardUpdateRepository(scope: PracticeScope) {
  const { db, practiceId } = scope;
  const sealerOf = async (clientId: string) => (await clientSealers(scope, [clientId]))(clientId);
  const ofBoard = (boardId: string) => and(eq(boardUpdates.boardId, boardId), eq(boardUpdates.practiceId, practiceId));

  return {
    async append(board: BoardRef, updates: Uint8Array[]): Promise<void> {
      if (!updates.length) return;
      const sealer = await sealerOf(board.clientId);
      await db.insert(boardUpdates).values(updates.map((u) => ({ practiceId, boardId: board.id, clientId: board.clientId, sealed: sealer.seal(toBase64(u)) })));
    },

    /** The state (if compacted once) then the updates since, with the ids of those updates. */
    async load(board: BoardRef): Promise<{ state: Uint8Array | null; updates: Uint8Array[]; updateIds: string[] }> {
      const sealer = await sealerOf(board.clientId);
      const [row] = await db.select({ stateSealed: boards.stateSealed }).from(boards).where(and(eq(boards.id, board.id), eq(boards.practiceId, practiceId)));
      const rows = await db.select({ id: boardUpdates.id, sealed: boardUpdates.sealed }).from(boardUpdates).where(ofBoard(board.id));
      return {
        state: row?.stateSealed ? fromBase64(sealer.open<string>(row.stateSealed)) : null,
        updates: rows.map((r) => fromBase64(sealer.open<string>(r.sealed))),
        updateIds: rows.map((r) => r.id),
      };
    },

    /** Stores `state` (which contains the updates `foldedIds`) and deletes those updates, in one transaction. */
    async compact(board: BoardRef, state: Uint8Array, foldedIds: string[]): Promise<void> {
      const sealer = await sealerOf(board.clientId);
      await db.transaction(async (tx) => {
        await tx.update(boards).set({ stateSealed: sealer.seal(toBase64(state)) }).where(and(eq(boards.id, board.id), eq(boards.practiceId, practiceId)));
        for (let i = 0; i < foldedIds.length; i += 1000) {
          await tx.delete(boardUpdates).where(and(ofBoard(board.id), inArray(boardUpdates.id, foldedIds.slice(i, i + 1000))));
        }
      });
    },
  };
}
export type BoardUpdateRepository = ReturnType<typeof boardUpdateRepository>;
