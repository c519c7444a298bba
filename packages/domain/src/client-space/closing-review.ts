/**
 * The closing review (bilan) of an engagement: where each objective started and
 * ended, the sessions held against the plan, what she learned, and her testimonial
 * when, and only when, her consent is in force.
 */
import { type BeforeCheckIn, objectiveSeries, type ProgressScale } from './check-in.js';
import { attribution, type ConsentScope, consentInForce, type TestimonialConsent } from './testimonial.js';

export interface ClosingReviewInput {
  scale: ProgressScale;
  objectives: { id: string; statement: string; baseline?: string; target?: string }[];
  beforeCheckIns: BeforeCheckIn[];
  plannedSessions: number | null;
  sessions: { status: 'planned' | 'held' | 'cancelled' | 'no_show' }[];
  learnings: { statement: string }[];
  testimonial: { text: string; consent: TestimonialConsent | null } | null;
  client: { firstName: string; lastName: string };
}

export interface ClosingReview {
  objectives: {
    id: string;
    statement: string;
    baseline?: string;
    target?: string;
    firstValue: number | null;
    finalValue: number | null;
    /** final - first in raw scale units; null unless there were two check-ins or more to compare. */
    change: number | null;
  }[];
  sessions: { held: number; planned: number | null; cancelled: number; noShow: number; againstPlan: 'none' | 'below' | 'as_planned' | 'beyond' };
  learnings: string[];
  /** Only when consent is in force. */
  testimonial: { text: string; attribution: string; scope: ConsentScope } | null;
}

function againstPlan(held: number, planned: number | null): ClosingReview['sessions']['againstPlan'] {
  if (planned === null || !Number.isFinite(planned) || planned <= 0) return 'none';
  if (held < planned) return 'below';
  return held === planned ? 'as_planned' : 'beyond';
}

export function closingReview(input: ClosingReviewInput): ClosingReview {
  const series = objectiveSeries(
    input.scale,
    input.objectives.map((o) => o.id),
    input.beforeCheckIns,
  );
  const pointsOf = new Map(series.map((s) => [s.objectiveId, s.points]));

  const objectives = input.objectives.map((o) => {
    const points = pointsOf.get(o.id) ?? [];
    const first = points[0]?.value ?? null;
    const final = points[points.length - 1]?.value ?? null;
    return {
      id: o.id,
      statement: o.statement,
      ...(o.baseline !== undefined ? { baseline: o.baseline } : {}),
      ...(o.target !== undefined ? { target: o.target } : {}),
      firstValue: first,
      finalValue: final,
      // A single check-in is both first and final: it shows neither movement nor its absence.
      change: points.length >= 2 && first !== null && final !== null ? final - first : null,
    };
  });

  const count = (status: ClosingReviewInput['sessions'][number]['status']) => input.sessions.filter((s) => s.status === status).length;
  const held = count('held');
  const planned = input.plannedSessions;

  const learnings = input.learnings.map((l) => l.statement.trim()).filter((s) => s !== '');

  const t = input.testimonial;
  const testimonial =
    t !== null && consentInForce(t.consent) && t.text.trim() !== ''
      ? { text: t.text.trim(), attribution: attribution(t.consent.scope, input.client), scope: t.consent.scope }
      : null;

  return {
    objectives,
    sessions: { held, planned, cancelled: count('cancelled'), noShow: count('no_show'), againstPlan: againstPlan(held, planned) },
    learnings,
    testimonial,
  };
}
