import type { Session, SessionPatch } from '@alliance/api';
import { EMOTION_INTENSITY_MAX, EMOTION_INTENSITY_MIN, SESSION_NOTE_TEXT_FIELDS, type NamedEmotion } from '@alliance/domain';

/**
 * The session editor's values, what changed since the last save, and the
 * local draft that keeps unsaved typing across a reload. Pure functions, so
 * the rules that protect a coach's notes are tested on their own.
 */
export type NoteTextField = (typeof SESSION_NOTE_TEXT_FIELDS)[number];
export const EMOTION_FIELDS = ['emotionsBefore', 'emotionsAfter'] as const;
export type EmotionField = (typeof EMOTION_FIELDS)[number];

export type EditorValues = Record<NoteTextField, string> & Record<EmotionField, NamedEmotion[]> & { privateReflections: string };
export type FieldKey = keyof EditorValues;

/** The session arc in the order a coach lives it (domain.md), then her private reflections. */
export const FIELD_KEYS = [
  'situation',
  'peopleInvolved',
  'emotionsBefore',
  'stakesAndRisk',
  'sessionObjective',
  'exploration',
  'toolsUsed',
  'shift',
  'emotionsAfter',
  'insights',
  'commitments',
  'nextSteps',
  'privateReflections',
] as const satisfies readonly FieldKey[];

export const isEmotionField = (key: FieldKey): key is EmotionField => key === 'emotionsBefore' || key === 'emotionsAfter';

export function valuesOf(session: Pick<Session, 'notes' | 'privateReflections'>): EditorValues {
  const values = { privateReflections: session.privateReflections ?? '' } as EditorValues;
  for (const key of SESSION_NOTE_TEXT_FIELDS) values[key] = session.notes[key] ?? '';
  for (const key of EMOTION_FIELDS) values[key] = (session.notes[key] ?? []).map((e) => ({ ...e }));
  return values;
}

/** What is sent for a list of emotions: named ones only, intensity a whole number within bounds. */
export function normalizeEmotions(rows: readonly NamedEmotion[]): NamedEmotion[] {
  return rows
    .map((r) => ({ name: r.name.trim(), intensity: Math.min(EMOTION_INTENSITY_MAX, Math.max(EMOTION_INTENSITY_MIN, Math.round(Number(r.intensity) || 0))) }))
    .filter((r) => r.name.length > 0);
}

function same(key: FieldKey, a: EditorValues[FieldKey], b: EditorValues[FieldKey]): boolean {
  if (isEmotionField(key)) return JSON.stringify(normalizeEmotions(a as NamedEmotion[])) === JSON.stringify(normalizeEmotions(b as NamedEmotion[]));
  return a === b;
}

/** Fields whose current value differs from the last one the server accepted. */
export function changedFields(saved: EditorValues, current: EditorValues): FieldKey[] {
  return FIELD_KEYS.filter((key) => !same(key, saved[key], current[key]));
}

export function pick(values: EditorValues, keys: readonly FieldKey[]): Partial<EditorValues> {
  const out: Partial<EditorValues> = {};
  for (const key of keys) (out as Record<string, unknown>)[key] = values[key];
  return out;
}

/** The PATCH body for those fields only; an emptied field is sent as "" (or []) so the server clears it. */
export function patchOf(values: EditorValues, keys: readonly FieldKey[]): SessionPatch {
  const notes: NonNullable<SessionPatch['notes']> = {};
  const patch: SessionPatch = {};
  for (const key of keys) {
    if (key === 'privateReflections') patch.privateReflections = values.privateReflections;
    else if (isEmotionField(key)) notes[key] = normalizeEmotions(values[key]);
    else notes[key] = values[key];
  }
  if (Object.keys(notes).length) patch.notes = notes;
  return patch;
}

/** After a save: the baseline becomes what was sent, never what was typed since. */
export function applySaved(saved: EditorValues, sent: Partial<EditorValues>): EditorValues {
  return { ...saved, ...sent };
}

// ——— The local draft ————————————————————————————————————————————————

export interface StoredDraft {
  v: 1;
  sessionId: string;
  /** When the coach last typed (ms since epoch, her clock). */
  editedAt: number;
  /** The server's updatedAt the unsaved fields were typed against. */
  baseUpdatedAt: string;
  /** Only the unsaved fields. */
  fields: Partial<EditorValues>;
}

export const draftKey = (sessionId: string) => `alliance.sessionDraft.${sessionId}`;

function isEmotionList(value: unknown): value is NamedEmotion[] {
  return Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && typeof e.name === 'string' && typeof e.intensity === 'number');
}

/** Reads a stored draft, ignoring anything malformed (an old version, a hand edit). */
export function parseDraft(raw: string | null, sessionId: string): StoredDraft | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Partial<StoredDraft>;
  if (d.v !== 1 || d.sessionId !== sessionId || typeof d.editedAt !== 'number' || typeof d.baseUpdatedAt !== 'string' || typeof d.fields !== 'object' || d.fields === null) {
    return null;
  }
  const fields: Partial<EditorValues> = {};
  for (const key of FIELD_KEYS) {
    const value = (d.fields as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (isEmotionField(key) ? isEmotionList(value) : typeof value === 'string') (fields as Record<string, unknown>)[key] = value;
  }
  return { v: 1, sessionId, editedAt: d.editedAt, baseUpdatedAt: d.baseUpdatedAt, fields };
}

export function draftOf(sessionId: string, saved: EditorValues, current: EditorValues, baseUpdatedAt: string, now: number): StoredDraft | null {
  const dirty = changedFields(saved, current);
  if (!dirty.length) return null;
  return { v: 1, sessionId, editedAt: now, baseUpdatedAt, fields: pick(current, dirty) };
}

/**
 * On load: a draft typed after the server's last save (or against the very
 * version the server still has) wins for the fields it holds; an older draft
 * is discarded, because the server has since received something newer.
 */
export function restoreDraft(
  session: Pick<Session, 'notes' | 'privateReflections' | 'updatedAt'>,
  draft: StoredDraft | null,
): { values: EditorValues; pending: FieldKey[] } | null {
  if (!draft) return null;
  const server = valuesOf(session);
  const serverTime = Date.parse(session.updatedAt);
  const newer = draft.baseUpdatedAt === session.updatedAt || !(draft.editedAt <= serverTime);
  if (!newer) return null;
  const values: EditorValues = { ...server, ...draft.fields };
  const pending = changedFields(server, values);
  return pending.length ? { values, pending } : null;
}
