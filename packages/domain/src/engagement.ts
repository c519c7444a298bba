/** An engagement (accompagnement): a client, an optional sponsor, objectives and a contract. */
export const ENGAGEMENT_ORIGINS = ['direct', 'referral', 'group_programme'] as const;
export type EngagementOrigin = (typeof ENGAGEMENT_ORIGINS)[number];

export interface Objective {
  statement: string;
  /** Where the client starts, in her words or a number. */
  baseline?: string;
  /** What "done" looks like. */
  target?: string;
}

export const CONTACT_KINDS = ['phone', 'message', 'email', 'meeting'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_INITIATORS = ['client', 'coach', 'sponsor'] as const;
export type ContactInitiator = (typeof CONTACT_INITIATORS)[number];

/** Did the real event the sessions prepared go as hoped? */
export const FEEDBACK_OUTCOMES = ['as_hoped', 'partly', 'not_as_hoped'] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];
