import { z } from 'zod';
import { SESSION_MODES, SESSION_STATUSES, EMOTION_INTENSITY_MAX, EMOTION_INTENSITY_MIN } from '@alliance/domain';
import { id, isoDateTime, text } from './common.js';

export const namedEmotion = z
  .object({
    name: z.string().trim().min(1).max(100),
    intensity: z.number().int().min(EMOTION_INTENSITY_MIN).max(EMOTION_INTENSITY_MAX),
  })
  .strict();

const noteText = text(50_000);
/** The session arc of domain.md. Every field optional: autosave sends what changed. */
export const sessionNotes = z
  .object({
    situation: noteText,
    peopleInvolved: noteText,
    emotionsBefore: z.array(namedEmotion).max(30),
    stakesAndRisk: noteText,
    sessionObjective: noteText,
    exploration: noteText,
    toolsUsed: noteText,
    shift: noteText,
    emotionsAfter: z.array(namedEmotion).max(30),
    insights: noteText,
    commitments: noteText,
    nextSteps: noteText,
  })
  .partial()
  .strict();
export type SessionNotesInput = z.infer<typeof sessionNotes>;

export const sessionInput = z
  .object({
    scheduledAt: isoDateTime,
    durationMinutes: z.number().int().min(5).max(480),
    mode: z.enum(SESSION_MODES),
    status: z.enum(SESSION_STATUSES).default('planned'),
    notes: sessionNotes.optional(),
  })
  .strict();
export type SessionInput = z.input<typeof sessionInput>;

export const sessionPatch = z
  .object({
    scheduledAt: isoDateTime,
    durationMinutes: z.number().int().min(5).max(480),
    mode: z.enum(SESSION_MODES),
    status: z.enum(SESSION_STATUSES),
    notes: sessionNotes,
    /** Private reflections: the coach's alone, never shared with anyone. */
    privateReflections: text(50_000),
  })
  .partial()
  .strict();
export type SessionPatch = z.infer<typeof sessionPatch>;

export const session = z.object({
  id,
  engagementId: id,
  scheduledAt: z.string(),
  durationMinutes: z.number().int(),
  mode: z.enum(SESSION_MODES),
  status: z.enum(SESSION_STATUSES),
  /** "Session 3 of 8": the number this session has (or will have) among held sessions. */
  ordinal: z.number().int().nullable(),
  plannedSessions: z.number().int().nullable(),
  notes: sessionNotes,
  privateReflections: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof session>;
