import { z } from 'zod';

export const SEARCH_KINDS = ['session', 'contact', 'feedback', 'learning', 'objectives', 'client'] as const;

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  recordId: z.string(),
  engagementId: z.string().nullable(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  at: z.string(),
  score: z.number(),
  /** Plain text; `highlights` are [start, end) offsets of the matched words in it. Never HTML. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchHit = z.infer<typeof searchHit>;
