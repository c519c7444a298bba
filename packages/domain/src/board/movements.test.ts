import { describe, expect, it } from 'vitest';
import { MovementTracker, movementsBetween } from './movements.js';

const at = (x: number, y: number, facing: number | null = 0) => ({ x, y, facing });

describe('the movement log', () => {
  it('turns a drag of many small steps into one movement once the element is still', () => {
    const t = new MovementTracker({ settleMs: 1000 });
    t.know('a', at(0, 0));
    for (let i = 1; i <= 20; i++) t.observe({ elementId: 'a', placement: at(i, 0), by: 'Claire', at: 1000 + i * 50 });
    expect(t.flush(1000 + 20 * 50 + 999)).toEqual([]); // still settling
    const [m] = t.flush(1000 + 20 * 50 + 1000);
    expect(m).toEqual({ elementId: 'a', by: 'Claire', startedAt: 1050, endedAt: 2000, from: at(0, 0), to: at(20, 0), distance: 20, turnedDegrees: 0 });
    expect(t.flush(10_000)).toEqual([]);
  });

  it('starts the next movement where the last one ended', () => {
    const t = new MovementTracker({ settleMs: 100 });
    t.know('a', at(0, 0));
    t.observe({ elementId: 'a', placement: at(5, 0), by: 'Claire', at: 0 });
    t.flush(200);
    t.observe({ elementId: 'a', placement: at(5, 5, 90), by: 'Claire', at: 300 });
    const [m] = t.flushAll();
    expect(m!.from).toEqual(at(5, 0));
    expect(m!.turnedDegrees).toBe(90);
  });

  it('closes a movement when someone else takes the element', () => {
    const t = new MovementTracker();
    t.know('a', at(0, 0));
    t.observe({ elementId: 'a', placement: at(3, 4), by: 'Claire', at: 0 });
    const closed = t.observe({ elementId: 'a', placement: at(6, 8), by: 'Hélène', at: 10 });
    expect(closed).toMatchObject({ by: 'Claire', distance: 5 });
    expect(t.flushAll()).toEqual([expect.objectContaining({ by: 'Hélène', from: at(3, 4), to: at(6, 8) })]);
  });

  it('drops a drag that ends where it began, and starts a new element where it was first seen', () => {
    const t = new MovementTracker();
    t.know('a', at(10, 10));
    t.observe({ elementId: 'a', placement: at(12, 10), by: 'Claire', at: 0 });
    t.observe({ elementId: 'a', placement: at(10, 10), by: 'Claire', at: 10 });
    t.observe({ elementId: 'new', placement: at(40, 40), by: 'Claire', at: 20 });
    expect(t.flushAll()).toEqual([]);
  });

  it('keeps movements of several elements apart, and no turn when a gaze is missing', () => {
    const t = new MovementTracker();
    t.know('a', at(0, 0, null));
    t.know('b', at(0, 0));
    t.observe({ elementId: 'a', placement: at(1, 0, null), by: 'Claire', at: 0 });
    t.observe({ elementId: 'b', placement: at(0, 2), by: 'Claire', at: 0 });
    const all = t.flushAll();
    expect(all.map((m) => [m.elementId, m.distance, m.turnedDegrees])).toEqual([
      ['a', 1, null],
      ['b', 2, 0],
    ]);
  });
});

describe('movements between two pictures', () => {
  it('takes those ended after the first picture and up to the second, boundaries as pictures are taken', () => {
    const m = (endedAt: string) => ({ endedAt });
    const all = [m('2026-11-22T10:00:00.000Z'), m('2026-11-22T10:00:01.000Z'), m('2026-11-22T10:00:05.000Z'), m('2026-11-22T10:00:06.000Z')];
    expect(movementsBetween(all, '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:05.000Z')).toEqual([all[1], all[2]]);
    expect(movementsBetween(all, '', '2026-11-22T10:00:00.000Z')).toEqual([all[0]]);
    expect(movementsBetween(all, '2026-11-22T10:00:06.000Z', '2026-11-22T11:00:00.000Z')).toEqual([]);
  });
});
