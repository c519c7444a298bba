import { describe, expect, it } from 'vitest';
import { orderTimeline } from './timeline.js';

describe('the order of an engagement’s story', () => {
  it('puts entries in time order, accepting dates and ISO strings', () => {
    const entries = [
      { kind: 'contact' as const, id: 'c', at: '2026-10-03T09:00:00Z' },
      { kind: 'session' as const, id: 's', at: new Date('2026-10-01T09:00:00Z') },
      { kind: 'learning' as const, id: 'l', at: '2026-10-05T09:00:00.000Z' },
    ];
    expect(orderTimeline(entries).map((e) => e.id)).toEqual(['s', 'c', 'l']);
  });

  it('at the same instant: contract, status, session, contact, feedback, learning, then by id', () => {
    const at = '2026-10-01T09:00:00Z';
    const entries = (['learning', 'feedback', 'contact', 'session', 'status', 'contract'] as const).map((kind) => ({ kind, id: kind, at }));
    expect(orderTimeline(entries).map((e) => e.kind)).toEqual(['contract', 'status', 'session', 'contact', 'feedback', 'learning']);
    expect(orderTimeline([{ kind: 'contact', id: 'b', at }, { kind: 'contact', id: 'a', at }]).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('does not reorder what it was given', () => {
    const entries = [
      { kind: 'contact' as const, id: 'late', at: '2026-10-03T09:00:00Z' },
      { kind: 'contact' as const, id: 'early', at: '2026-10-01T09:00:00Z' },
    ];
    orderTimeline(entries);
    expect(entries[0]!.id).toBe('late');
  });
});
