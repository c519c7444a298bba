// The movement log between pictures. The server sees many small changes while an
// element is dragged; the tracker coalesces them into one movement (who, from,
// to, when) once the element has been still for `settleMs`, or when someone else
// takes it. Time is passed in, so the tracker is pure and testable.
import { signedTurn, type Placement } from './element.js';
import { MOVE_EPSILON, TURN_EPSILON } from './picture-diff.js';

export interface Observation {
  elementId: string;
  placement: Placement;
  by: string;
  at: number;
}

export interface Movement {
  elementId: string;
  by: string;
  startedAt: number;
  endedAt: number;
  from: Placement;
  to: Placement;
  distance: number;
  turnedDegrees: number | null;
}

interface Open {
  by: string;
  startedAt: number;
  endedAt: number;
  from: Placement;
  to: Placement;
}

export class MovementTracker {
  readonly #settleMs: number;
  readonly #known = new Map<string, Placement>();
  readonly #open = new Map<string, Open>();

  constructor(options: { settleMs?: number } = {}) {
    this.#settleMs = options.settleMs ?? 1500;
  }

  know(elementId: string, placement: Placement): void {
    this.#known.set(elementId, placement);
  }

  observe(obs: Observation): Movement | null {
    let closed: Movement | null = null;
    const open = this.#open.get(obs.elementId);
    if (open && open.by !== obs.by) {
      closed = this.#close(obs.elementId, open);
    }
    const current = this.#open.get(obs.elementId);
    if (current) {
      current.to = obs.placement;
      current.endedAt = obs.at;
    } else {
      const from = this.#known.get(obs.elementId) ?? obs.placement;
      this.#open.set(obs.elementId, { by: obs.by, startedAt: obs.at, endedAt: obs.at, from, to: obs.placement });
    }
    this.#known.set(obs.elementId, obs.placement);
    return closed;
  }

  flush(now: number): Movement[] {
    const out: Movement[] = [];
    for (const [id, open] of [...this.#open]) {
      if (now - open.endedAt >= this.#settleMs) {
        const m = this.#close(id, open);
        if (m) out.push(m);
      }
    }
    return out;
  }

  flushAll(): Movement[] {
    const out: Movement[] = [];
    for (const [id, open] of [...this.#open]) {
      const m = this.#close(id, open);
      if (m) out.push(m);
    }
    return out;
  }

  #close(id: string, open: Open): Movement | null {
    this.#open.delete(id);
    const distance = Math.hypot(open.to.x - open.from.x, open.to.y - open.from.y);
    const turnedDegrees = open.from.facing === null || open.to.facing === null ? null : signedTurn(open.from.facing, open.to.facing);
    if (distance <= MOVE_EPSILON && (turnedDegrees === null || Math.abs(turnedDegrees) <= TURN_EPSILON)) return null;
    return { elementId: id, by: open.by, startedAt: open.startedAt, endedAt: open.endedAt, from: open.from, to: open.to, distance, turnedDegrees };
  }
}

/**
 * The movements that led to a picture: those ended after the previous picture and
 * no later than this one. Times are ISO instants (they compare as text).
 */
export function movementsBetween<T extends { endedAt: string }>(movements: T[], afterTakenAt: string, upToTakenAt: string): T[] {
  return movements.filter((m) => m.endedAt > afterTakenAt && m.endedAt <= upToTakenAt);
}
