/**
 * The client's check-ins: before a session she says where she stands on each
 * objective; after it she rates the working alliance in four short items.
 */
export const PROGRESS_SCALES = ['zero_ten', 'goal_attainment'] as const;
export type ProgressScale = (typeof PROGRESS_SCALES)[number];

const BOUNDS: Record<ProgressScale, { min: number; max: number }> = {
  zero_ten: { min: 0, max: 10 },
  // Goal attainment scaling: -2 much less than expected, 0 the expected outcome, +2 much more.
  goal_attainment: { min: -2, max: 2 },
};

export function progressBounds(scale: ProgressScale): { min: number; max: number } {
  const { min, max } = BOUNDS[scale];
  return { min, max };
}

/** An integer within the scale's bounds. */
export function isValidProgress(scale: ProgressScale, value: number): boolean {
  const { min, max } = BOUNDS[scale];
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Progress on a common 0..1 footing, so charts can show either scale and "baseline vs final" can be compared.
 * A value off the scale is clamped, so a chart never leaves its frame.
 */
export function progressFraction(scale: ProgressScale, value: number): number {
  const { min, max } = BOUNDS[scale];
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

export const ALLIANCE_ITEMS = ['heard', 'mattered', 'approach', 'overall'] as const;
export type AllianceItem = (typeof ALLIANCE_ITEMS)[number];

// Our own wording, written for Alliance: not taken from any published questionnaire.
export const ALLIANCE_ITEM_WORDING: Record<AllianceItem, { fr: string; en: string }> = {
  heard: { fr: 'Je me suis senti·e écouté·e et respecté·e.', en: 'I felt heard and respected.' },
  mattered: { fr: 'Nous avons travaillé sur ce qui comptait pour moi.', en: 'We worked on what mattered to me.' },
  approach: { fr: 'La façon de travailler m’a convenu.', en: 'The approach suited me.' },
  overall: { fr: 'Dans l’ensemble, cette séance était ce qu’il me fallait.', en: 'Overall, this session was right for me.' },
};

export type AllianceRatings = Record<AllianceItem, number>;
export const ALLIANCE_MIN = 0;
export const ALLIANCE_MAX = 10;

/** One item's rating: an integer from ALLIANCE_MIN to ALLIANCE_MAX. */
export function isValidAllianceRating(value: number): boolean {
  return Number.isInteger(value) && value >= ALLIANCE_MIN && value <= ALLIANCE_MAX;
}

/** The mean of the four items, rounded to one decimal (halves up: 6.25 → 6.3). */
export function allianceScore(r: AllianceRatings): number {
  const sum = ALLIANCE_ITEMS.reduce((total, item) => total + r[item], 0);
  return Math.round((sum / ALLIANCE_ITEMS.length) * 10) / 10;
}

export interface ObjectiveProgressPoint {
  objectiveId: string;
  value: number;
}

export interface BeforeCheckIn {
  sessionId: string | null;
  /** ISO 8601 instant. */
  at: string;
  progress: ObjectiveProgressPoint[];
}

export interface AfterCheckIn {
  sessionId: string | null;
  at: string;
  ratings: AllianceRatings;
}

// Instants, not strings: "…T09:00+02:00" comes before "…T08:00Z". Equal instants keep their input
// order; an unreadable date goes last rather than scrambling the sort.
const instant = (at: string) => {
  const t = Date.parse(at);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};
const byTime = <T extends { at: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => {
    const x = instant(a.at);
    const y = instant(b.at);
    return x === y ? 0 : x < y ? -1 : 1;
  });

/**
 * One series per objective, points in time order, each with the raw value and its fraction.
 * Values for unknown objective ids are ignored; so are values off the scale (recorded on
 * another scale, say), which would mean nothing on this chart. If one check-in holds two
 * values for an objective, the later one in the list is her correction and is the one kept.
 */
export function objectiveSeries(
  scale: ProgressScale,
  objectiveIds: readonly string[],
  checkIns: readonly BeforeCheckIn[],
): { objectiveId: string; points: { at: string; sessionId: string | null; value: number; fraction: number }[] }[] {
  const ids = [...new Set(objectiveIds)];
  const sorted = byTime(checkIns);
  return ids.map((objectiveId) => {
    const points: { at: string; sessionId: string | null; value: number; fraction: number }[] = [];
    for (const c of sorted) {
      const mine = c.progress.filter((p) => p.objectiveId === objectiveId && isValidProgress(scale, p.value));
      const last = mine[mine.length - 1];
      if (last) points.push({ at: c.at, sessionId: c.sessionId, value: last.value, fraction: progressFraction(scale, last.value) });
    }
    return { objectiveId, points };
  });
}

/** The alliance score of each after-session check-in, in time order. */
export function allianceSeries(checkIns: readonly AfterCheckIn[]): { at: string; sessionId: string | null; score: number }[] {
  return byTime(checkIns).map((c) => ({ at: c.at, sessionId: c.sessionId, score: allianceScore(c.ratings) }));
}
