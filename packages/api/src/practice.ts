import { z } from 'zod';

export const practice = z.object({
  id: z.string(),
  name: z.string(),
  isDemo: z.boolean(),
  minimumSessions: z.number().int(),
  deepWorkMin: z.number().int(),
  deepWorkMax: z.number().int(),
  quietAfterDays: z.number().int(),
});
export type Practice = z.infer<typeof practice>;

export const updatePractice = z
  .object({
    name: z.string().trim().min(1).max(200),
    minimumSessions: z.number().int().min(1).max(100),
    deepWorkMin: z.number().int().min(1).max(100),
    deepWorkMax: z.number().int().min(1).max(200),
    quietAfterDays: z.number().int().min(1).max(365),
  })
  .partial()
  .strict();
export type UpdatePractice = z.infer<typeof updatePractice>;

export const me = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  practice,
});
export type Me = z.infer<typeof me>;
