import * as Y from 'yjs';
import type { BoardRef } from '../repos/board-records.js';
import type { Repositories } from '../repos/index.js';

/** How long a write waits for more updates to carry (see #drain). */
const GATHER_MS = 8;

interface Batch {
  updates: Uint8Array[];
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
}

/**
 * Writes a board's incoming Yjs updates before they are acknowledged, grouping what
 * arrives while a write is under way into the next single INSERT (group commit):
 * with twenty moves a second from each of ten people, one statement carries many.
 * Writes for one board never overlap, so a batch is in the database before the next.
 */
export class UpdateWriter {
  readonly #queued = new Map<string, Batch>();
  readonly #writing = new Map<string, Promise<void>>();

  append(board: BoardRef, repos: Repositories, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      let batch = this.#queued.get(board.id);
      if (!batch) {
        batch = { updates: [], waiters: [] };
        this.#queued.set(board.id, batch);
        if (!this.#writing.has(board.id)) void this.#drain(board, repos);
      }
      batch.updates.push(update);
      batch.waiters.push({ resolve, reject });
    });
  }

  /** Settles once everything queued so far is written (used before compaction and on shutdown). */
  async idle(): Promise<void> {
    while (this.#writing.size) await Promise.allSettled([...this.#writing.values()]);
  }

  async #drain(board: BoardRef, repos: Repositories): Promise<void> {
    const run = (async () => {
      // Let the messages of the next few milliseconds join this batch: an embedded
      // database blocks the event loop while it writes, so fewer, larger writes keep
      // the broadcast to the others prompt. The sender's "saved" waits that long more.
      await new Promise((r) => setTimeout(r, GATHER_MS));
      for (let batch = this.#queued.get(board.id); batch; batch = this.#queued.get(board.id)) {
        this.#queued.delete(board.id);
        try {
          await repos.boardUpdates.append(board, [batch.updates.length > 1 ? Y.mergeUpdates(batch.updates) : batch.updates[0]!]);
          for (const w of batch.waiters) w.resolve();
        } catch (error) {
          for (const w of batch.waiters) w.reject(error);
        }
      }
    })();
    this.#writing.set(board.id, run);
    try {
      await run;
    } finally {
      this.#writing.delete(board.id);
    }
  }
}
