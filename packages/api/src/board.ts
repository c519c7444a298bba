import { z } from 'zod';
import { ELEMENT_KINDS, ELEMENT_SIZES, ENERGY_MAX, ENERGY_MIN } from '@alliance/domain';
import { BOARD_CONTROL } from './sync.js';

/*
 * The constellation board's REST records: the board, its share links, pictures,
 * movements and felt senses. Its live state is the Yjs document described in
 * sync.ts.
 */

export const place = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  facing: z.number().finite().min(0).lt(360).nullable(),
});

export const boardElement = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(ELEMENT_KINDS),
  label: z.string().max(200),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  size: z.enum(ELEMENT_SIZES),
  isClient: z.boolean(),
  place,
});
export type BoardDocElement = z.infer<typeof boardElement>;

export const boardControl = z.enum(BOARD_CONTROL);

export const createBoard = z.object({ title: z.string().trim().min(1).max(200) }).strict();
export const updateBoard = z
  .object({
    title: z.string().trim().min(1).max(200),
    control: boardControl,
    locked: z.boolean(),
    covert: z.boolean(),
  })
  .partial()
  .strict();

export const board = z.object({
  id: z.string(),
  sessionId: z.string(),
  engagementId: z.string(),
  clientId: z.string(),
  title: z.string(),
  control: boardControl,
  locked: z.boolean(),
  /** Covert mode: labels hidden on the coach's screen, known only to the client. */
  covert: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Board = z.infer<typeof board>;

export const SHARE_MODES = ['edit', 'view'] as const;
export const createShareLink = z
  .object({
    mode: z.enum(SHARE_MODES).default('edit'),
    /** From ten minutes to a week; a session's link usually lives a few hours. */
    expiresInMinutes: z.number().int().min(10).max(7 * 24 * 60).default(240),
  })
  .strict();
export const shareLink = z.object({
  id: z.string(),
  mode: z.enum(SHARE_MODES),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
/** Only the creation answer carries the token: it is stored hashed. */
export const createdShareLink = shareLink.extend({ token: z.string(), path: z.string() });
export type ShareLink = z.infer<typeof shareLink>;
export type CreatedShareLink = z.infer<typeof createdShareLink>;

/** What the client's page learns from her link, without an account. */
export const sharedBoard = z.object({
  boardId: z.string(),
  title: z.string(),
  mode: z.enum(SHARE_MODES),
  expiresAt: z.string(),
  coachName: z.string(),
  /** How she appears to the coach on the board. */
  clientFirstName: z.string(),
});
export type SharedBoard = z.infer<typeof sharedBoard>;

export const takePicture = z.object({ name: z.string().trim().min(1).max(200) }).strict();
export const updatePicture = z.object({ name: z.string().trim().min(1).max(200), isResolution: z.boolean() }).partial().strict();
export const picture = z.object({
  id: z.string(),
  boardId: z.string(),
  name: z.string(),
  takenAt: z.string(),
  takenBy: z.string(),
  isInitial: z.boolean(),
  isResolution: z.boolean(),
  elements: z.array(boardElement),
});
export type Picture = z.infer<typeof picture>;

export const movement = z.object({
  id: z.string(),
  elementId: z.string(),
  label: z.string(),
  by: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  from: place,
  to: place,
  distance: z.number(),
  turnedDegrees: z.number().nullable(),
});
export type Movement = z.infer<typeof movement>;

export const recordFeltSense = z
  .object({
    elementId: z.string().min(1).max(64),
    words: z.string().trim().min(1).max(5000),
    energy: z.number().int().min(ENERGY_MIN).max(ENERGY_MAX),
  })
  .strict();
export const feltSense = z.object({
  id: z.string(),
  boardId: z.string(),
  elementId: z.string(),
  elementLabel: z.string(),
  words: z.string(),
  energy: z.number().int(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type FeltSense = z.infer<typeof feltSense>;

/** Everything that happened on a board, for its history, replay and report. */
export const boardHistory = z.object({
  board,
  pictures: z.array(picture),
  movements: z.array(movement),
  feltSenses: z.array(feltSense),
});
export type BoardHistory = z.infer<typeof boardHistory>;
