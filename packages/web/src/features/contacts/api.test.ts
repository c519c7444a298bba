import type { Timeline } from '@alliance/api';
import { describe, expect, it } from 'vitest';
import { withEntry } from './api';

const timeline: Timeline = {
  engagementId: 'e',
  heldSessions: 1,
  plannedSessions: 4,
  entries: [
    { kind: 'contract', id: 'e', at: '2026-10-01T00:00:00.000Z', plannedSessions: 4, sponsorVisibility: 'nothing', agreed: true },
    { kind: 'session', id: 's1', at: '2026-10-10T09:00:00.000Z', status: 'held', mode: 'video', durationMinutes: 60, ordinal: 1, plannedSessions: 4 },
    { kind: 'session', id: 's2', at: '2026-12-01T09:00:00.000Z', status: 'planned', mode: 'video', durationMinutes: 60, ordinal: 2, plannedSessions: 4 },
  ],
};

describe('withEntry', () => {
  it('places a new contact in date order, before a session still to come', () => {
    const next = withEntry(timeline, { kind: 'contact', id: 'c1', at: '2026-10-12T18:00:00+02:00', contactKind: 'phone', durationMinutes: 10, initiatedBy: 'client', summary: 'Appel avant la réunion' });
    expect(next?.entries.map((e) => e.id)).toEqual(['e', 's1', 'c1', 's2']);
    // The cached value is not mutated in place.
    expect(timeline.entries).toHaveLength(3);
  });

  it('does not duplicate an entry already fetched', () => {
    const entry = { kind: 'learning' as const, id: 'l1', at: '2026-10-20T10:00:00.000Z', statement: 'Je prends trop les choses à cœur' };
    const once = withEntry(timeline, entry);
    expect(withEntry(once, entry)?.entries.filter((e) => e.id === 'l1')).toHaveLength(1);
  });

  it('leaves an absent timeline absent', () => {
    expect(withEntry(undefined, { kind: 'learning', id: 'l', at: '2026-01-01T00:00:00Z', statement: 'x' })).toBeUndefined();
  });
});
