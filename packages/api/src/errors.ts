import { z } from 'zod';

/** One error shape everywhere: `{ error: { code, message, details } }`. */
export const ERROR_CODES = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  illegal_transition: 409,
  conflict: 409,
  /** Approving a comment that names someone of the engagement (or gives an e-mail, a phone) without `acknowledged`. */
  comment_identifies: 409,
  too_many_requests: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * One refused field. `code` is machine-readable (zod's issue code: too_small,
 * too_big, invalid_format, invalid_type, invalid_value, unrecognized_keys, custom…)
 * with its bounds in `minimum` / `maximum`, so the web app can word it in the
 * coach's language; `message` is the server's English wording.
 */
export const fieldIssue = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  /** For a date refused as too late (`code` after_today): the latest day allowed, "YYYY-MM-DD", as the server counts days. */
  latest: z.string().optional(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
