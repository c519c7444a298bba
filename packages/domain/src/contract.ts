/**
 * The contract of an engagement: who is responsible for what, what is out of
 * scope, what stays confidential and what a sponsor may see.
 */
export const SPONSOR_VISIBILITY = ['nothing', 'attendance', 'attendance_and_progress'] as const;
export type SponsorVisibility = (typeof SPONSOR_VISIBILITY)[number];

export const CONTRACT_PARTIES = ['coach', 'client', 'sponsor'] as const;
export type ContractParty = (typeof CONTRACT_PARTIES)[number];

export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'as_needed'] as const;
export type Cadence = (typeof CADENCES)[number];

/** One party's side of the contract, written as explicit boundaries. */
export interface RoleBoundary {
  party: ContractParty;
  responsibilities: string[];
  outOfScope: string[];
}

export interface Contract {
  plannedSessions?: number;
  cadence?: Cadence;
  sessionDurationMinutes?: number;
  boundaries: RoleBoundary[];
  confidentialityClause?: string;
  limitsOfConfidentiality?: string;
  sponsorVisibility: SponsorVisibility;
  /** ISO date (YYYY-MM-DD). */
  agreedOn?: string;
}

/** The practice's guidance; seed 003: 4–5 at least, 6–10 for deep, lasting change. */
export interface SessionGuidance {
  minimumSessions: number;
  deepWorkMin: number;
  deepWorkMax: number;
}

export const DEFAULT_SESSION_GUIDANCE: SessionGuidance = {
  minimumSessions: 4,
  deepWorkMin: 6,
  deepWorkMax: 10,
};

export type PlanAdvice = 'none' | 'below_minimum' | 'short' | 'deep_work' | 'beyond_deep_work';

/** Guidance, never a rule: what the practice's defaults say about a planned number. */
export function advisePlannedSessions(planned: number | undefined, guidance: SessionGuidance = DEFAULT_SESSION_GUIDANCE): PlanAdvice {
  if (planned === undefined || !Number.isFinite(planned) || planned <= 0) return 'none';
  if (planned < guidance.minimumSessions) return 'below_minimum';
  if (planned < guidance.deepWorkMin) return 'short';
  if (planned <= guidance.deepWorkMax) return 'deep_work';
  return 'beyond_deep_work';
}

export function validateGuidance(g: SessionGuidance): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(g.minimumSessions) || g.minimumSessions < 1) problems.push('minimumSessions');
  if (!Number.isInteger(g.deepWorkMin) || g.deepWorkMin < g.minimumSessions) problems.push('deepWorkMin');
  if (!Number.isInteger(g.deepWorkMax) || g.deepWorkMax < g.deepWorkMin) problems.push('deepWorkMax');
  return problems;
}

/** A three-way contract (contrat tripartite) is one where the sponsor is a party. */
export function isThreeWay(contract: Pick<Contract, 'boundaries'>, hasSponsor: boolean): boolean {
  return hasSponsor && contract.boundaries.some((b) => b.party === 'sponsor');
}

export function emptyContract(): Contract {
  return { boundaries: [], sponsorVisibility: 'nothing' };
}

/** What a sponsor may know of an engagement, by contract. Never session content. */
export function sponsorMaySee(visibility: SponsorVisibility): { attendance: boolean; objectiveProgress: boolean } {
  return {
    attendance: visibility !== 'nothing',
    objectiveProgress: visibility === 'attendance_and_progress',
  };
}
