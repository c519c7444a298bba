import type { BoardDocElement, FeltSense, Movement, Picture } from '@alliance/api';
import { and, asc, eq } from 'drizzle-orm';
import { boardFeltSenses, boardMovements, boardPictures } from '../db/schema.js';
import { clientSealers, iso, isId, type PracticeScope } from './scope.js';

/** The board a record is written for: sealed with its client's key. */
export interface BoardRef {
  id: string;
  clientId: string;
}

type Place = Movement['from'];
export interface NewMovement {
  elementId: string;
  label: string;
  by: string;
  startedAt: Date;
  endedAt: Date;
  from: Place;
  to: Place;
  distance: number;
  turnedDegrees: number | null;
}

/** What happened on a board: its pictures, the movements between them, the felt senses. */
export function boardRecordRepository(scope: PracticeScope) {
  const { db, practiceId } = scope;
  const sealerOf = async (clientId: string) => (await clientSealers(scope, [clientId]))(clientId);
  const ofBoard = <T extends typeof boardPictures | typeof boardMovements | typeof boardFeltSenses>(table: T, boardId: string) =>
    and(eq(table.boardId, boardId), eq(table.practiceId, practiceId));

  return {
    async takePicture(board: BoardRef, input: { name: string; takenBy: string; elements: BoardDocElement[]; at?: Date }): Promise<Picture> {
      const sealer = await sealerOf(board.clientId);
      const [row] = await db
        .insert(boardPictures)
        .values({ practiceId, boardId: board.id, clientId: board.clientId, takenAt: input.at ?? new Date(), sealed: sealer.seal({ name: input.name, takenBy: input.takenBy, elements: input.elements }) })
        .returning();
      const all = await this.pictures(board);
      return all.find((p) => p.id === row!.id)!;
    },

    /** Oldest first; the first is the initial picture. */
    async pictures(board: BoardRef): Promise<Picture[]> {
      const sealer = await sealerOf(board.clientId);
      const rows = await db.select().from(boardPictures).where(ofBoard(boardPictures, board.id)).orderBy(asc(boardPictures.takenAt), asc(boardPictures.id));
      return rows.map((r, i) => {
        const body = sealer.open<{ name: string; takenBy: string; elements: BoardDocElement[] }>(r.sealed);
        return { id: r.id, boardId: r.boardId, name: body.name, takenAt: iso(r.takenAt), takenBy: body.takenBy, isInitial: i === 0, isResolution: r.isResolution, elements: body.elements };
      });
    },

    /** Renames a picture, or marks it as the resolution picture (only one per board). */
    async updatePicture(board: BoardRef, pictureId: string, patch: { name?: string; isResolution?: boolean }): Promise<Picture | null> {
      if (!isId(pictureId)) return null;
      const [row] = await db.select().from(boardPictures).where(and(ofBoard(boardPictures, board.id), eq(boardPictures.id, pictureId)));
      if (!row) return null;
      const sealer = await sealerOf(board.clientId);
      await db.transaction(async (tx) => {
        if (patch.isResolution) await tx.update(boardPictures).set({ isResolution: false }).where(ofBoard(boardPictures, board.id));
        const body = sealer.open<Record<string, unknown>>(row.sealed);
        await tx
          .update(boardPictures)
          .set({
            ...(patch.isResolution === undefined ? {} : { isResolution: patch.isResolution }),
            ...(patch.name === undefined ? {} : { sealed: sealer.seal({ ...body, name: patch.name }) }),
          })
          .where(eq(boardPictures.id, pictureId));
      });
      return (await this.pictures(board)).find((p) => p.id === pictureId) ?? null;
    },

    async addMovements(board: BoardRef, movements: NewMovement[]): Promise<void> {
      if (!movements.length) return;
      const sealer = await sealerOf(board.clientId);
      await db.insert(boardMovements).values(
        movements.map(({ startedAt, endedAt, ...body }) => ({ practiceId, boardId: board.id, clientId: board.clientId, startedAt, endedAt, sealed: sealer.seal(body) })),
      );
    },

    async movements(board: BoardRef): Promise<Movement[]> {
      const sealer = await sealerOf(board.clientId);
      const rows = await db.select().from(boardMovements).where(ofBoard(boardMovements, board.id)).orderBy(asc(boardMovements.endedAt), asc(boardMovements.id));
      return rows.map((r) => ({ id: r.id, startedAt: iso(r.startedAt), endedAt: iso(r.endedAt), ...sealer.open<Omit<NewMovement, 'startedAt' | 'endedAt'>>(r.sealed) }));
    },

    /** `at` defaults to now; a record written afterwards (the demo's past session) gives the moment it was felt. */
    async recordFeltSense(
      board: BoardRef,
      input: { elementId: string; elementLabel: string; words: string; energy: number; recordedBy: string; elements: BoardDocElement[]; at?: Date },
    ): Promise<FeltSense> {
      const { at, ...body } = input;
      const sealer = await sealerOf(board.clientId);
      const [row] = await db
        .insert(boardFeltSenses)
        .values({ practiceId, boardId: board.id, clientId: board.clientId, recordedAt: at ?? new Date(), sealed: sealer.seal(body) })
        .returning();
      return toFeltSense(row!, body);
    },

    async feltSenses(board: BoardRef): Promise<FeltSense[]> {
      const sealer = await sealerOf(board.clientId);
      const rows = await db.select().from(boardFeltSenses).where(ofBoard(boardFeltSenses, board.id)).orderBy(asc(boardFeltSenses.recordedAt), asc(boardFeltSenses.id));
      return rows.map((r) => toFeltSense(r, sealer.open(r.sealed)));
    },
  };
}

function toFeltSense(row: typeof boardFeltSenses.$inferSelect, body: { elementId: string; elementLabel: string; words: string; energy: number; recordedBy: string }): FeltSense {
  return {
    id: row.id,
    boardId: row.boardId,
    elementId: body.elementId,
    elementLabel: body.elementLabel,
    words: body.words,
    energy: body.energy,
    recordedAt: iso(row.recordedAt),
    recordedBy: body.recordedBy,
  };
}
export type BoardRecordRepository = ReturnType<typeof boardRecordRepository>;
