import { describe, expect, it } from 'vitest';
import { SPONSOR_VISIBILITY, type SponsorVisibility } from '../contract.js';
import { type SponsorSourceObjective, type SponsorSourceSession, sponsorView } from './sponsor-view.js';

const NOW = new Date('2026-10-20T12:00:00Z');
const s = (scheduledAt: string, status: SponsorSourceSession['status'], durationMinutes = 60): SponsorSourceSession => ({ scheduledAt, status, durationMinutes });
const o = (id: string, statement: string, latestFraction: number | null): SponsorSourceObjective => ({ id, statement, latestFraction });

const SESSIONS = [
  s('2026-10-15T08:00:00Z', 'held'),
  s('2026-09-17T08:00:00Z', 'held'),
  s('2026-10-01T08:00:00Z', 'no_show'),
  s('2026-09-24T08:00:00Z', 'cancelled'),
  s('2026-10-29T09:00:00Z', 'planned'),
];
const OBJECTIVES = [o('o1', 'Prendre la parole en comité de direction', 0.6), o('o2', 'Poser des limites claires à son manager', null)];
const view = (visibility: SponsorVisibility, more: Partial<Parameters<typeof sponsorView>[1]> = {}) =>
  sponsorView(visibility, { plannedSessions: 8, sessions: SESSIONS, objectives: OBJECTIVES, now: NOW, ...more });

describe('what each visibility shows', () => {
  it('nothing: neither attendance nor progress', () => {
    expect(view('nothing')).toEqual({ visibility: 'nothing', attendance: null, objectiveProgress: null });
  });

  it('attendance: the sessions, not the objectives', () => {
    const v = view('attendance');
    expect(v.visibility).toBe('attendance');
    expect(v.attendance).not.toBeNull();
    expect(v.objectiveProgress).toBeNull();
  });

  it('attendance and progress: both', () => {
    const v = view('attendance_and_progress');
    expect(v.visibility).toBe('attendance_and_progress');
    expect(v.attendance).not.toBeNull();
    expect(v.objectiveProgress).toEqual([
      { id: 'o1', statement: 'Prendre la parole en comité de direction', fraction: 0.6 },
      { id: 'o2', statement: 'Poser des limites claires à son manager', fraction: null },
    ]);
  });

  it('fails closed on a visibility it does not know', () => {
    expect(view('everything' as SponsorVisibility)).toEqual({ visibility: 'nothing', attendance: null, objectiveProgress: null });
  });
});

describe('attendance', () => {
  it('counts held, cancelled and missed sessions, and dates them in order', () => {
    expect(view('attendance').attendance).toEqual({
      plannedSessions: 8,
      held: 2,
      cancelled: 1,
      noShow: 1,
      dates: [
        { date: '2026-09-17', status: 'held' },
        { date: '2026-09-24', status: 'cancelled' },
        { date: '2026-10-01', status: 'no_show' },
        { date: '2026-10-15', status: 'held' },
      ],
    });
  });

  it('never dates a planned session, even one whose date has passed', () => {
    const a = view('attendance', { sessions: [s('2026-10-10T08:00:00Z', 'planned'), s('2026-10-29T08:00:00Z', 'planned')] }).attendance;
    expect(a).toEqual({ plannedSessions: 8, held: 0, cancelled: 0, noShow: 0, dates: [] });
  });

  it('shows only what has happened by now, not the calendar ahead', () => {
    const a = view('attendance', { sessions: [s('2026-10-20T12:00:00Z', 'held'), s('2026-10-20T12:00:01Z', 'cancelled'), s('2026-11-03T08:00:00Z', 'held')] }).attendance;
    expect(a?.dates).toEqual([{ date: '2026-10-20', status: 'held' }]);
    expect(a?.held).toBe(1);
    expect(a?.cancelled).toBe(0);
  });

  it('dates sessions on the practice’s calendar (Paris unless told)', () => {
    // 23:30 UTC on 14 October is 01:30 on the 15th in Paris, and 19:30 on the 14th in New York.
    const sessions = [s('2026-10-14T23:30:00Z', 'held')];
    expect(view('attendance', { sessions }).attendance?.dates).toEqual([{ date: '2026-10-15', status: 'held' }]);
    expect(view('attendance', { sessions, timeZone: 'America/New_York' }).attendance?.dates).toEqual([{ date: '2026-10-14', status: 'held' }]);
  });

  it('orders by instant whatever the offset written', () => {
    const a = view('attendance', { sessions: [s('2026-10-15T09:30:00+02:00', 'held'), s('2026-10-15T07:45:00Z', 'cancelled')] }).attendance;
    expect(a?.dates.map((d) => d.status)).toEqual(['held', 'cancelled']);
  });

  it('keeps an unknown plan unknown', () => {
    expect(view('attendance', { plannedSessions: null }).attendance?.plannedSessions).toBeNull();
  });

  it('is all zeros, with the plan, before anything happened', () => {
    expect(view('attendance', { sessions: [] }).attendance).toEqual({ plannedSessions: 8, held: 0, cancelled: 0, noShow: 0, dates: [] });
  });

  it('skips sessions with an unreadable date or a status it does not know', () => {
    const sessions = [s('not a date', 'held'), { ...s('2026-10-01T08:00:00Z', 'held'), status: 'private-matter' as 'held' }, s('2026-10-02T08:00:00Z', 'held')];
    const a = view('attendance', { sessions }).attendance;
    expect(a?.dates).toEqual([{ date: '2026-10-02', status: 'held' }]);
    expect(JSON.stringify(a)).not.toContain('private-matter');
  });
});

describe('objective progress', () => {
  it('keeps the objectives in the order given', () => {
    expect(view('attendance_and_progress').objectiveProgress?.map((p) => p.id)).toEqual(['o1', 'o2']);
  });

  it('shows no fraction for an objective not measured, and clamps a fraction off 0..1', () => {
    const objectives = [o('a', 'A', Number.NaN), o('b', 'B', 1.4), o('c', 'C', -0.2), o('d', 'D', 0), o('e', 'E', 1)];
    expect(view('attendance_and_progress', { objectives }).objectiveProgress?.map((p) => p.fraction)).toEqual([null, 1, 0, 0, 1]);
  });

  it('is an empty list when there are no objectives, not null', () => {
    expect(view('attendance_and_progress', { objectives: [] }).objectiveProgress).toEqual([]);
  });
});

describe('nothing else leaks', () => {
  const MARKERS = ['NOTES-MARKER', 'COMMENT-MARKER', 'RATINGS-MARKER', 'JOURNAL-MARKER', 'TOP-LEVEL-MARKER'];
  const leakySessions = SESSIONS.map((x, i) => ({
    ...x,
    id: `session-${i}`,
    notes: { situation: 'NOTES-MARKER: tension with the CEO' },
    comment: 'COMMENT-MARKER',
    ratings: { heard: 2, note: 'RATINGS-MARKER' },
  }));
  const leakyObjectives = OBJECTIVES.map((x) => ({ ...x, baseline: 'NOTES-MARKER', comment: 'COMMENT-MARKER', journal: ['JOURNAL-MARKER'] }));
  const leakyInput = { plannedSessions: 8, sessions: leakySessions, objectives: leakyObjectives, now: NOW, notes: 'TOP-LEVEL-MARKER', clientEmail: 'TOP-LEVEL-MARKER' };

  for (const visibility of SPONSOR_VISIBILITY) {
    it(`carries no extra field of the inputs (${visibility})`, () => {
      const json = JSON.stringify(sponsorView(visibility, leakyInput));
      for (const marker of MARKERS) expect(json).not.toContain(marker);
      for (const key of ['notes', 'comment', 'ratings', 'journal', 'baseline', 'durationMinutes', 'scheduledAt', 'session-', 'clientEmail']) {
        expect(json).not.toContain(key);
      }
    });

    it(`builds only new objects, sharing none with the inputs (${visibility})`, () => {
      const out = sponsorView(visibility, leakyInput);
      const inputs = new Set<unknown>([leakyInput, ...leakySessions, ...leakyObjectives, leakyInput.sessions, leakyInput.objectives]);
      const seen: unknown[] = [];
      const walk = (v: unknown) => {
        if (v && typeof v === 'object') {
          seen.push(v);
          Object.values(v).forEach(walk);
        }
      };
      walk(out);
      for (const v of seen) expect(inputs.has(v)).toBe(false);
    });
  }

  it('has exactly the allowed keys at every level', () => {
    const out = sponsorView('attendance_and_progress', leakyInput);
    expect(Object.keys(out).sort()).toEqual(['attendance', 'objectiveProgress', 'visibility']);
    expect(Object.keys(out.attendance ?? {}).sort()).toEqual(['cancelled', 'dates', 'held', 'noShow', 'plannedSessions']);
    for (const d of out.attendance?.dates ?? []) expect(Object.keys(d).sort()).toEqual(['date', 'status']);
    for (const p of out.objectiveProgress ?? []) expect(Object.keys(p).sort()).toEqual(['fraction', 'id', 'statement']);
  });
});
