import { ANONYMISE_MODES, DETAIL_KINDS, DETECTION_SOURCES, ENTITY_TYPES } from '@alliance/domain';
import { z } from 'zod';

/** Any text a coach wants anonymised: supervision notes, an e-mail, a case study draft. */
export const anonymiseRequest = z
  .object({
    text: z.string().min(1).max(200_000),
    language: z.enum(['fr', 'en']),
    mode: z.enum(ANONYMISE_MODES).optional(),
    /** The engagement whose records (client, organisation, sponsor) must never slip through. */
    engagementId: z.uuid().optional(),
  })
  .strict();
export type AnonymiseRequest = z.infer<typeof anonymiseRequest>;

export const anonymisedSpan = z.object({
  /** Offsets into the input text, in UTF-16 code units; [start, end). */
  start: z.number().int(),
  end: z.number().int(),
  type: z.enum(ENTITY_TYPES),
  replacement: z.string(),
  source: z.enum(DETECTION_SOURCES),
  confidence: z.number().min(0).max(1),
  /** Where the detected name itself stands when [start, end) also takes the words its replacement stands in for ("à Montpellier"). */
  nameStart: z.number().int().optional(),
  nameEnd: z.number().int().optional(),
  /** Mentions the anonymiser counts as one person, organisation or place share it ("e3"; an index within this text). */
  entity: z.string().optional(),
});

/**
 * A telling detail (an age, a headcount, a family, a seniority) left in the text for the
 * coach to check: not replaced, not a span; `suggestion` says it vaguer ("la quarantaine").
 */
export const telltaleDetail = z.object({
  /** Offsets into the input text, in UTF-16 code units; [start, end). */
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(DETAIL_KINDS),
  suggestion: z.string(),
});

export const anonymiseResponse = z.object({
  text: z.string(),
  spans: z.array(anonymisedSpan),
  details: z.array(telltaleDetail),
});
export type AnonymiseResponse = z.infer<typeof anonymiseResponse>;
