import { describe, expect, it } from 'vitest';
import { type Dated, orderTimeline, TIMELINE_KINDS, type TimelineKind } from './timeline.js';

const e = (kind: TimelineKind, id: string, at: Date | string): Dated => ({ kind, id, at });
const ids = (entries: readonly Dated[]) => orderTimeline(entries).map((x) => x.id);

describe('the kinds of entries in an engagement’s story', () => {
  it('are the programme it grew out of, then contract, status, session, contact, feedback and learning', () => {
    expect(TIMELINE_KINDS).toEqual(['programme_day', 'programme_contact', 'contract', 'status', 'session', 'contact', 'feedback', 'learning', 'journal']);
  });
});

describe('ordering by time', () => {
  it('puts entries in time order, whatever order they come in', () => {
    const entries = [
      e('learning', 'l', '2026-10-20T09:00:00Z'),
      e('contact', 'c', '2026-10-03T09:00:00Z'),
      e('feedback', 'f', '2026-10-12T17:00:00Z'),
      e('session', 's', '2026-10-08T09:00:00Z'),
      e('contract', 'k', '2026-10-01T00:00:00Z'),
    ];
    expect(ids(entries)).toEqual(['k', 'c', 's', 'f', 'l']);
    expect(ids([...entries].reverse())).toEqual(['k', 'c', 's', 'f', 'l']);
  });

  it('time wins over kind: a learning before a contract stays before it', () => {
    expect(ids([e('contract', 'k', '2026-10-02T09:00:00Z'), e('learning', 'l', '2026-10-01T09:00:00Z')])).toEqual(['l', 'k']);
  });

  it('time wins over id', () => {
    expect(ids([e('contact', 'a', '2026-10-02T09:00:00Z'), e('contact', 'z', '2026-10-01T09:00:00Z')])).toEqual(['z', 'a']);
  });

  it('tells apart entries one millisecond apart', () => {
    expect(ids([e('contract', 'later', '2026-10-01T09:00:00.001Z'), e('learning', 'earlier', '2026-10-01T09:00:00.000Z')])).toEqual(['earlier', 'later']);
  });

  it('follows the story of seed 003: calls before and after the session, then the feedback and what she learnt', () => {
    const entries = [
      e('learning', 'responsabilite', '2026-03-20T10:00:00Z'),
      e('contact', 'appel-apres', '2026-03-12T18:00:00Z'),
      e('session', 'seance', '2026-03-10T09:00:00Z'),
      e('feedback', 'entretien-direction', '2026-03-20T09:00:00Z'),
      e('contact', 'appel-avant', '2026-03-02T12:00:00Z'),
      e('contract', 'contrat', '2026-03-05T00:00:00Z'),
    ];
    expect(ids(entries)).toEqual(['appel-avant', 'contrat', 'seance', 'appel-apres', 'entretien-direction', 'responsabilite']);
  });
});

describe('accepting ISO strings and Dates', () => {
  it('orders Dates among themselves', () => {
    expect(ids([e('contact', 'b', new Date('2026-10-02T09:00:00Z')), e('contact', 'a', new Date('2026-10-01T09:00:00Z'))])).toEqual(['a', 'b']);
  });

  it('orders a mix of Dates and ISO strings by the instant they name', () => {
    const entries = [
      e('contact', 'string-3', '2026-10-03T09:00:00Z'),
      e('session', 'date-1', new Date('2026-10-01T09:00:00Z')),
      e('feedback', 'date-4', new Date('2026-10-04T09:00:00Z')),
      e('learning', 'string-2', '2026-10-02T09:00:00.000Z'),
    ];
    expect(ids(entries)).toEqual(['date-1', 'string-2', 'string-3', 'date-4']);
  });

  it('compares instants, not text: time-zone offsets are honoured', () => {
    // 08:30 in Paris (+02:00) is 06:30 UTC, before 07:00 UTC, though "08:30" sorts after "07:00" as text.
    expect(ids([e('contact', 'utc-0700', '2026-10-01T07:00:00Z'), e('contact', 'paris-0830', '2026-10-01T08:30:00+02:00')])).toEqual(['paris-0830', 'utc-0700']);
  });

  it('a date-only string is midnight UTC', () => {
    expect(ids([e('session', 'morning', '2026-10-01T09:00:00Z'), e('contract', 'agreed', '2026-10-01'), e('contact', 'eve', '2026-09-30T23:59:59Z')])).toEqual([
      'eve',
      'agreed',
      'morning',
    ]);
  });

  it('treats the same instant written differently as the same instant, then orders by kind', () => {
    const entries = [
      e('learning', 'l', '2026-10-01T11:00:00+02:00'),
      e('session', 's', new Date('2026-10-01T09:00:00Z')),
      e('contract', 'k', '2026-10-01T09:00:00.000Z'),
      e('contact', 'c', new Date(Date.UTC(2026, 9, 1, 9))),
    ];
    expect(orderTimeline(entries).map((x) => x.kind)).toEqual(['contract', 'session', 'contact', 'learning']);
  });
});

describe('entries at the same instant', () => {
  const at = '2026-10-01T09:00:00Z';

  it('come in kind order: contract, status, session, contact, feedback, learning', () => {
    const entries = (['learning', 'feedback', 'contact', 'session', 'status', 'contract'] as const).map((kind) => e(kind, 'same-id', at));
    expect(orderTimeline(entries).map((x) => x.kind)).toEqual(['contract', 'status', 'session', 'contact', 'feedback', 'learning']);
  });

  it('kind wins over id', () => {
    // The ids sort the other way round from the kinds.
    const entries = [e('contract', 'z', at), e('status', 'y', at), e('session', 'x', at), e('contact', 'w', at), e('feedback', 'v', at), e('learning', 'u', at)];
    expect(ids([...entries].reverse())).toEqual(['z', 'y', 'x', 'w', 'v', 'u']);
  });

  it.each(
    TIMELINE_KINDS.flatMap((a, i) => TIMELINE_KINDS.slice(i + 1).map((b) => [a, b] as const)),
  )('%s comes before %s', (first, second) => {
    expect(orderTimeline([e(second, 'a', at), e(first, 'b', at)]).map((x) => x.kind)).toEqual([first, second]);
    expect(orderTimeline([e(first, 'b', at), e(second, 'a', at)]).map((x) => x.kind)).toEqual([first, second]);
  });

  it('same kind and instant: by id', () => {
    expect(ids([e('contact', 'b', at), e('contact', 'a', at)])).toEqual(['a', 'b']);
    expect(ids([e('contact', 'c', at), e('contact', 'a', at), e('contact', 'b', at)])).toEqual(['a', 'b', 'c']);
  });

  it('by id also when one is a Date and the other a string', () => {
    expect(ids([e('session', 'b', at), e('session', 'a', new Date(at))])).toEqual(['a', 'b']);
  });

  it('a full mix: time, then kind, then id', () => {
    const t1 = '2026-10-01T09:00:00Z';
    const t2 = '2026-10-02T09:00:00Z';
    const entries = [
      e('learning', 'l1', t2),
      e('contact', 'c2', t1),
      e('session', 's1', t2),
      e('contact', 'c1', t1),
      e('status', 'st', t1),
      e('contract', 'k', t2),
    ];
    expect(ids(entries)).toEqual(['st', 'c1', 'c2', 'k', 's1', 'l1']);
  });
});

describe('orderTimeline has no side effects', () => {
  it('does not reorder the list it was given', () => {
    const entries = [e('contact', 'late', '2026-10-03T09:00:00Z'), e('session', 'middle', new Date('2026-10-02T09:00:00Z')), e('contact', 'early', '2026-10-01T09:00:00Z')];
    const before = [...entries];
    const sorted = orderTimeline(entries);
    expect(sorted.map((x) => x.id)).toEqual(['early', 'middle', 'late']);
    expect(entries.map((x) => x.id)).toEqual(['late', 'middle', 'early']);
    entries.forEach((x, i) => expect(x).toBe(before[i]));
  });

  it('returns a new list even when already in order, holding the very same entries', () => {
    const entries = [e('contract', 'k', '2026-10-01T00:00:00Z'), e('session', 's', '2026-10-02T09:00:00Z')];
    const sorted = orderTimeline(entries);
    expect(sorted).not.toBe(entries);
    expect(sorted).toEqual(entries);
    expect(sorted[0]).toBe(entries[0]);
    expect(sorted[1]).toBe(entries[1]);
  });

  it('does not change the entries, nor turn strings into Dates', () => {
    const date = new Date('2026-10-02T09:00:00Z');
    const entries = [e('session', 's', date), e('contact', 'c', '2026-10-01T09:00:00Z')];
    orderTimeline(entries);
    expect(entries[0]!.at).toBe(date);
    expect(date.toISOString()).toBe('2026-10-02T09:00:00.000Z');
    expect(entries[1]!.at).toBe('2026-10-01T09:00:00Z');
  });

  it('accepts a frozen list', () => {
    const entries = Object.freeze([e('contact', 'b', '2026-10-02T09:00:00Z'), e('contact', 'a', '2026-10-01T09:00:00Z')]);
    expect(ids(entries)).toEqual(['a', 'b']);
  });

  it('keeps every entry, with whatever else it carries', () => {
    const entries = [
      { kind: 'session' as const, id: 's', at: '2026-10-02T09:00:00Z', ordinal: 3, plannedSessions: 8 },
      { kind: 'feedback' as const, id: 'f', at: '2026-10-05T09:00:00Z', outcome: 'as_hoped' },
      { kind: 'contract' as const, id: 'k', at: '2026-10-01T00:00:00Z', agreed: true },
    ];
    const sorted = orderTimeline(entries);
    expect(sorted).toHaveLength(3);
    expect(sorted).toEqual([entries[2], entries[0], entries[1]]);
  });

  it('an empty story stays empty', () => {
    expect(orderTimeline([])).toEqual([]);
  });
});
