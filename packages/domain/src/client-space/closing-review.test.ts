import { describe, expect, it } from 'vitest';
import type { BeforeCheckIn } from './check-in.js';
import { type ClosingReviewInput, closingReview } from './closing-review.js';

const before = (at: string, progress: [string, number][]): BeforeCheckIn => ({ sessionId: null, at, progress: progress.map(([objectiveId, value]) => ({ objectiveId, value })) });
const held = (n: number) => Array.from({ length: n }, () => ({ status: 'held' as const }));

const base = (more: Partial<ClosingReviewInput> = {}): ClosingReviewInput => ({
  scale: 'zero_ten',
  objectives: [
    { id: 'o1', statement: 'Retrouver une relation de travail avec le PDG', baseline: 'Évite les réunions', target: 'Réunion mensuelle sereine' },
    { id: 'o2', statement: 'Clarifier ses deux rôles' },
  ],
  beforeCheckIns: [before('2026-10-15T09:00:00Z', [['o1', 7], ['o2', 6]]), before('2026-09-01T09:00:00Z', [['o1', 2], ['o2', 5]]), before('2026-10-01T09:00:00Z', [['o1', 4]])],
  plannedSessions: 6,
  sessions: [...held(5), { status: 'cancelled' }, { status: 'no_show' }, { status: 'planned' }],
  learnings: [{ statement: 'Mon investissement affectif dans le travail' }, { statement: 'Le sauveur qui devient persécuteur' }],
  testimonial: { text: 'Je me sens moins de pression.', consent: { scope: 'anonymised', consentedAt: '2026-10-20T10:00:00Z', withdrawnAt: null } },
  client: { firstName: 'Sophie', lastName: 'Martin' },
  ...more,
});

describe('objectives: where each started and ended', () => {
  it('takes the first and final values by date, and the change between them', () => {
    expect(closingReview(base()).objectives).toEqual([
      { id: 'o1', statement: 'Retrouver une relation de travail avec le PDG', baseline: 'Évite les réunions', target: 'Réunion mensuelle sereine', firstValue: 2, finalValue: 7, change: 5 },
      { id: 'o2', statement: 'Clarifier ses deux rôles', firstValue: 5, finalValue: 6, change: 1 },
    ]);
  });

  it('leaves out a baseline or target never written, rather than showing them empty', () => {
    const [, o2] = closingReview(base()).objectives;
    expect(o2).not.toHaveProperty('baseline');
    expect(o2).not.toHaveProperty('target');
  });

  it('shows a change for the worse as negative', () => {
    const r = closingReview(base({ beforeCheckIns: [before('2026-09-01T09:00:00Z', [['o1', 6]]), before('2026-10-01T09:00:00Z', [['o1', 3]])] }));
    expect(r.objectives[0]).toMatchObject({ firstValue: 6, finalValue: 3, change: -3 });
  });

  it('counts change in raw units on the goal-attainment scale', () => {
    const r = closingReview(base({ scale: 'goal_attainment', beforeCheckIns: [before('2026-09-01T09:00:00Z', [['o1', -2]]), before('2026-10-01T09:00:00Z', [['o1', 1]])] }));
    expect(r.objectives[0]).toMatchObject({ firstValue: -2, finalValue: 1, change: 3 });
  });

  it('shows no change, not zero, with a single check-in', () => {
    const r = closingReview(base({ beforeCheckIns: [before('2026-09-01T09:00:00Z', [['o1', 4]])] }));
    expect(r.objectives[0]).toMatchObject({ firstValue: 4, finalValue: 4, change: null });
  });

  it('shows a real zero when two check-ins agree', () => {
    const r = closingReview(base({ beforeCheckIns: [before('2026-09-01T09:00:00Z', [['o1', 4]]), before('2026-10-01T09:00:00Z', [['o1', 4]])] }));
    expect(r.objectives[0]?.change).toBe(0);
  });

  it('shows nothing for an objective never measured', () => {
    expect(closingReview(base({ beforeCheckIns: [] })).objectives.map((o) => [o.firstValue, o.finalValue, o.change])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('ignores values off the scale and values for objectives not in the review', () => {
    const r = closingReview(base({ beforeCheckIns: [before('2026-09-01T09:00:00Z', [['o1', 12], ['gone', 3]]), before('2026-10-01T09:00:00Z', [['o1', 8]])] }));
    expect(r.objectives[0]).toMatchObject({ firstValue: 8, finalValue: 8, change: null });
    expect(JSON.stringify(r)).not.toContain('gone');
  });

  it('is empty without objectives', () => {
    expect(closingReview(base({ objectives: [] })).objectives).toEqual([]);
  });
});

describe('sessions against the plan', () => {
  it('counts held, cancelled and missed sessions; planned ones are not held', () => {
    expect(closingReview(base()).sessions).toEqual({ held: 5, planned: 6, cancelled: 1, noShow: 1, againstPlan: 'below' });
  });

  it('says as planned, beyond or below', () => {
    expect(closingReview(base({ sessions: held(6) })).sessions.againstPlan).toBe('as_planned');
    expect(closingReview(base({ sessions: held(7) })).sessions.againstPlan).toBe('beyond');
    expect(closingReview(base({ sessions: held(0) })).sessions.againstPlan).toBe('below');
  });

  it('says none without a plan', () => {
    expect(closingReview(base({ plannedSessions: null, sessions: held(3) })).sessions).toEqual({ held: 3, planned: null, cancelled: 0, noShow: 0, againstPlan: 'none' });
    expect(closingReview(base({ plannedSessions: 0, sessions: held(3) })).sessions.againstPlan).toBe('none');
  });

  it('does not count cancelled or missed sessions towards the plan', () => {
    const sessions = [...held(4), { status: 'cancelled' as const }, { status: 'no_show' as const }];
    expect(closingReview(base({ sessions })).sessions.againstPlan).toBe('below');
  });
});

describe('learnings', () => {
  it('lists her learnings in order, as text', () => {
    expect(closingReview(base()).learnings).toEqual(['Mon investissement affectif dans le travail', 'Le sauveur qui devient persécuteur']);
  });

  it('trims them and leaves out empty ones', () => {
    expect(closingReview(base({ learnings: [{ statement: '  Poser mes limites ' }, { statement: '   ' }, { statement: '' }] })).learnings).toEqual(['Poser mes limites']);
  });

  it('is empty without learnings', () => {
    expect(closingReview(base({ learnings: [] })).learnings).toEqual([]);
  });
});

describe('the testimonial', () => {
  const withConsent = (scope: 'anonymised' | 'first_name' | 'full_name', withdrawnAt: string | null = null) =>
    base({ testimonial: { text: '  Je me sens moins de pression.  ', consent: { scope, consentedAt: '2026-10-20T10:00:00Z', withdrawnAt } } });

  it('appears signed as far as she agreed', () => {
    expect(closingReview(withConsent('anonymised')).testimonial).toEqual({ text: 'Je me sens moins de pression.', attribution: 'S.', scope: 'anonymised' });
    expect(closingReview(withConsent('first_name')).testimonial).toEqual({ text: 'Je me sens moins de pression.', attribution: 'Sophie', scope: 'first_name' });
    expect(closingReview(withConsent('full_name')).testimonial).toEqual({ text: 'Je me sens moins de pression.', attribution: 'Sophie Martin', scope: 'full_name' });
  });

  it('disappears once consent is withdrawn, leaving no trace of its text or her name', () => {
    const r = closingReview(withConsent('full_name', '2026-10-25T10:00:00Z'));
    expect(r.testimonial).toBeNull();
    expect(JSON.stringify(r)).not.toContain('pression');
    expect(JSON.stringify(r)).not.toContain('Sophie');
  });

  it('does not appear without consent', () => {
    expect(closingReview(base({ testimonial: { text: 'Merci', consent: null } })).testimonial).toBeNull();
  });

  it('does not appear when there is none, or when it is empty', () => {
    expect(closingReview(base({ testimonial: null })).testimonial).toBeNull();
    expect(closingReview(base({ testimonial: { text: '   ', consent: { scope: 'full_name', consentedAt: '2026-10-20', withdrawnAt: null } } })).testimonial).toBeNull();
  });
});

describe('the whole review', () => {
  it('carries only its four parts', () => {
    expect(Object.keys(closingReview(base())).sort()).toEqual(['learnings', 'objectives', 'sessions', 'testimonial']);
  });

  it('handles an engagement with nothing recorded', () => {
    expect(
      closingReview({ scale: 'zero_ten', objectives: [], beforeCheckIns: [], plannedSessions: null, sessions: [], learnings: [], testimonial: null, client: { firstName: '', lastName: '' } }),
    ).toEqual({ objectives: [], sessions: { held: 0, planned: null, cancelled: 0, noShow: 0, againstPlan: 'none' }, learnings: [], testimonial: null });
  });
});
