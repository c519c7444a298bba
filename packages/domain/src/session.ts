/** A coaching session (séance) and the arc its notes follow (see domain.md). */
export const SESSION_MODES = ['in_person', 'video', 'phone'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_STATUSES = ['planned', 'held', 'cancelled', 'no_show'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const EMOTION_INTENSITY_MIN = 0;
export const EMOTION_INTENSITY_MAX = 10;
export const DEFAULT_SESSION_MINUTES = 60;

export interface NamedEmotion {
  name: string;
  /** 0 (barely there) to 10 (overwhelming). */
  intensity: number;
}

/** The recurring arc of a session, in the order a coach lives it. */
export interface SessionNotes {
  situation?: string;
  peopleInvolved?: string;
  emotionsBefore?: NamedEmotion[];
  stakesAndRisk?: string;
  sessionObjective?: string;
  exploration?: string;
  toolsUsed?: string;
  shift?: string;
  emotionsAfter?: NamedEmotion[];
  insights?: string;
  commitments?: string;
  nextSteps?: string;
}

export const SESSION_NOTE_TEXT_FIELDS = [
  'situation',
  'peopleInvolved',
  'stakesAndRisk',
  'sessionObjective',
  'exploration',
  'toolsUsed',
  'shift',
  'insights',
  'commitments',
  'nextSteps',
] as const satisfies readonly (keyof SessionNotes)[];

/**
 * Autosave sends partial notes: a field present replaces the stored one, a field
 * absent keeps it, an empty string clears it.
 */
export function mergeSessionNotes(stored: SessionNotes, patch: SessionNotes): SessionNotes {
  const merged: SessionNotes = { ...stored };
  for (const [key, value] of Object.entries(patch) as [keyof SessionNotes, unknown][]) {
    if (value === undefined) continue;
    if (value === '' || (Array.isArray(value) && value.length === 0)) {
      delete merged[key];
    } else {
      (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

/** True when a session counts towards the contract's planned sessions. */
export function countsAsHeld(status: SessionStatus): boolean {
  return status === 'held';
}
