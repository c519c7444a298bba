import { z } from 'zod';
import {
  CADENCES,
  CONTRACT_PARTIES,
  ENGAGEMENT_ORIGINS,
  ENGAGEMENT_STATUSES,
  SPONSOR_VISIBILITY,
} from '@alliance/domain';
import { id, isoDate, requiredName, text } from './common.js';

export const objectiveInput = z
  .object({
    statement: z.string().trim().min(1).max(2_000),
    baseline: text(2_000).optional(),
    target: text(2_000).optional(),
  })
  .strict();
export const objective = objectiveInput.extend({ id });
export type ObjectiveInput = z.infer<typeof objectiveInput>;
export type Objective = z.infer<typeof objective>;

export const roleBoundary = z
  .object({
    party: z.enum(CONTRACT_PARTIES),
    responsibilities: z.array(z.string().trim().min(1).max(1_000)).max(50).default([]),
    outOfScope: z.array(z.string().trim().min(1).max(1_000)).max(50).default([]),
  })
  .strict();

export const contractInput = z
  .object({
    cadence: z.enum(CADENCES).optional(),
    sessionDurationMinutes: z.number().int().min(5).max(480).optional(),
    boundaries: z.array(roleBoundary).max(3).default([]),
    confidentialityClause: text(10_000).optional(),
    limitsOfConfidentiality: text(10_000).optional(),
    sponsorVisibility: z.enum(SPONSOR_VISIBILITY).default('nothing'),
    agreedOn: isoDate.optional().nullable(),
  })
  .strict();
export const contract = z.object({
  cadence: z.enum(CADENCES).optional(),
  sessionDurationMinutes: z.number().int().optional(),
  boundaries: z.array(
    z.object({ party: z.enum(CONTRACT_PARTIES), responsibilities: z.array(z.string()), outOfScope: z.array(z.string()) }),
  ),
  confidentialityClause: z.string().optional(),
  limitsOfConfidentiality: z.string().optional(),
  sponsorVisibility: z.enum(SPONSOR_VISIBILITY),
  agreedOn: z.string().nullable().optional(),
});
export type ContractInput = z.input<typeof contractInput>;
export type ContractView = z.infer<typeof contract>;

const plannedSessions = z.number().int().min(1).max(200);

export const engagementInput = z
  .object({
    clientId: id,
    title: requiredName,
    sponsorId: id.nullable().optional(),
    origin: z.enum(ENGAGEMENT_ORIGINS).default('direct'),
    plannedSessions: plannedSessions.optional(),
    objectives: z.array(objectiveInput).max(30).default([]),
    contract: contractInput.optional(),
  })
  .strict();
export type EngagementInput = z.input<typeof engagementInput>;

export const engagementPatch = z
  .object({
    title: requiredName,
    sponsorId: id.nullable(),
    origin: z.enum(ENGAGEMENT_ORIGINS),
    plannedSessions: plannedSessions.nullable(),
    /** Replaces the whole list; an item with an id keeps that id. */
    objectives: z.array(objectiveInput.extend({ id: id.optional() })).max(30),
    contract: contractInput,
  })
  .partial()
  .strict();
export type EngagementPatch = z.input<typeof engagementPatch>;

export const transitionInput = z.object({ to: z.enum(ENGAGEMENT_STATUSES) }).strict();

export const planAdvice = z.enum(['none', 'below_minimum', 'short', 'deep_work', 'beyond_deep_work']);

export const engagementSummary = z.object({
  id,
  title: z.string(),
  clientId: id,
  clientName: z.string(),
  sponsorId: id.nullable(),
  sponsorName: z.string().nullable(),
  origin: z.enum(ENGAGEMENT_ORIGINS),
  status: z.enum(ENGAGEMENT_STATUSES),
  plannedSessions: z.number().int().nullable(),
  heldSessions: z.number().int(),
  nextSessionAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EngagementSummary = z.infer<typeof engagementSummary>;

export const engagement = engagementSummary.extend({
  objectives: z.array(objective),
  contract,
  threeWay: z.boolean(),
  allowedTransitions: z.array(z.enum(ENGAGEMENT_STATUSES)),
  planAdvice,
  closingWellBelowPlan: z.boolean(),
});
export type Engagement = z.infer<typeof engagement>;
