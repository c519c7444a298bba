import { BOARD_DOC } from '@alliance/api';
import { MovementTracker, type Movement as TrackedMovement, type Placement } from '@alliance/domain';
import type { Connection } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { BoardAccess, BoardAccessControl } from './access.js';
import { elementsOf } from './doc.js';

interface Watched {
  ref: { id: string; clientId: string; practiceId: string };
  doc: Y.Doc;
  tracker: MovementTracker;
  stop: () => void;
}

const FLUSH_EVERY_MS = 1000;

const placeOf = (el: unknown): Placement | null => {
  if (!(el instanceof Y.Map)) return null;
  const p = el.get('place') as Placement | undefined;
  return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x, y: p.y, facing: p.facing ?? null } : null;
};

/**
 * Turns the stream of changes on a live board into the movement log: who moved or
 * turned which element, from where to where, when. A drag of many small steps is one
 * movement (the domain's MovementTracker decides when it has settled). Only changes
 * made by a connected person count: what arrives from another server process is
 * logged by that process.
 */
export class MovementLog {
  readonly #watched = new Map<string, Watched>();
  readonly #timer: NodeJS.Timeout;

  constructor(private readonly access: BoardAccessControl) {
    this.#timer = setInterval(() => {
      for (const name of this.#watched.keys()) void this.flush(name, false).catch(() => undefined);
    }, FLUSH_EVERY_MS);
    this.#timer.unref();
  }

  watch(documentName: string, doc: Y.Doc, ref: Watched['ref']): void {
    if (this.#watched.has(documentName)) return;
    const elements = doc.getMap(BOARD_DOC.elements);
    const tracker = new MovementTracker();
    elements.forEach((el, id) => {
      const p = placeOf(el);
      if (p) tracker.know(id, p);
    });
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      const access = (transaction.origin as Connection | null)?.context?.access as BoardAccess | undefined;
      if (!access) return;
      const at = Date.now();
      for (const event of events) {
        // An element's own map changed: its place, if that is what changed.
        if (event.target !== elements && event.target.parent === elements && (event as Y.YMapEvent<unknown>).keysChanged.has('place')) {
          const id = event.path[0] as string;
          const p = placeOf(event.target);
          if (p) tracker.observe({ elementId: id, placement: p, by: access.name, at });
        }
        // An element added whole: where it was put is where its movements start.
        if (event.target === elements) {
          for (const [id, change] of (event as Y.YMapEvent<unknown>).changes.keys) {
            const p = change.action === 'add' ? placeOf(elements.get(id)) : null;
            if (p) tracker.know(id, p);
          }
        }
      }
    };
    elements.observeDeep(observer);
    this.#watched.set(documentName, { ref, doc, tracker, stop: () => elements.unobserveDeep(observer) });
  }

  /** Writes the settled movements (all of them when `all`, e.g. before a picture). */
  async flush(documentName: string, all: boolean): Promise<void> {
    const w = this.#watched.get(documentName);
    if (!w) return;
    const done: TrackedMovement[] = all ? w.tracker.flushAll() : w.tracker.flush(Date.now());
    if (!done.length) return;
    const labels = new Map(elementsOf(w.doc).map((e) => [e.id, e.label]));
    const repos = await this.access.reposOf(w.ref.practiceId);
    await repos.boardRecords.addMovements(
      w.ref,
      done.map((m) => ({
        elementId: m.elementId,
        label: labels.get(m.elementId) ?? '',
        by: m.by,
        startedAt: new Date(m.startedAt),
        endedAt: new Date(m.endedAt),
        from: m.from,
        to: m.to,
        distance: m.distance,
        turnedDegrees: m.turnedDegrees,
      })),
    );
  }

  async unwatch(documentName: string): Promise<void> {
    const w = this.#watched.get(documentName);
    if (!w) return;
    await this.flush(documentName, true);
    w.stop();
    this.#watched.delete(documentName);
  }

  async flushAll(): Promise<void> {
    clearInterval(this.#timer);
    for (const name of [...this.#watched.keys()]) await this.unwatch(name);
  }
}
