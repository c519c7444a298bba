/**
 * A constellation told as it happened on its board: the first picture and who stands
 * in it, what was felt at each place, the movements, what was felt after them, the
 * resolution picture, then both pictures side by side. Each board is a constellation
 * of its own: its first picture and its resolution picture are always its own, never
 * one board's first beside another's resolution.
 */

import type { ConstellationWords, MovementWords } from './compose-constellation-words.js';
import { pictureImage } from './pictures.js';

export interface CasePicture {
  id: string;
  name: string;
  isInitial: boolean;
  isResolution: boolean;
  labels: string[];
  /** ISO date-time it was taken. */
  at?: string;
}

export interface CaseFeltSense {
  label: string;
  words: string;
  energy: number;
  /** The element felt, so that a second visit to the same place reads "de nouveau". */
  elementId?: string;
  /** Felt at the client's own figure: "À sa propre place", whatever its label. */
  own?: boolean;
  at?: string;
}

/** A figure moved or turned, as the movement log settled it. */
export interface CaseMovement {
  label: string;
  elementId?: string;
  /** How far it went, in the board's units (percent of its side). */
  distance: number;
  /** How far it turned, signed; null when it faces nowhere. */
  turnedDegrees: number | null;
  at?: string;
}

/** A constellation laid out on one board. */
export interface CaseConstellation {
  /** The held session it was laid out in, 1-based in the case's `sessions`; told after that session's work. */
  session?: number;
  pictures: CasePicture[];
  feltSenses: CaseFeltSense[];
  movements?: CaseMovement[];
}

/**
 * A drag of a figure by a hair or a turn of a few degrees is the hand settling it, not a
 * movement a reader needs told; a half-turn and more is turning round.
 */
const TOLD_DISTANCE = 2;
const TOLD_TURN = 20;
const TURNED_ROUND = 135;

type Moment =
  | { kind: 'felt'; felt: CaseFeltSense; t: number }
  | { kind: 'moved'; movement: CaseMovement; t: number }
  | { kind: 'resolution'; picture: CasePicture; t: number };

const timeOf = (at: string | undefined) => (at ? Date.parse(at) : NaN);

/** What happened after the first picture, in time order when every record says when; else felt senses, movements, then the resolution. */
function momentsOf(c: CaseConstellation, resolution: CasePicture | undefined): Moment[] {
  const moments: Moment[] = [
    ...c.feltSenses.filter((f) => f.words.trim()).map((felt) => ({ kind: 'felt' as const, felt, t: timeOf(felt.at) })),
    ...(c.movements ?? []).map((movement) => ({ kind: 'moved' as const, movement, t: timeOf(movement.at) })),
    ...(resolution ? [{ kind: 'resolution' as const, picture: resolution, t: timeOf(resolution.at) }] : []),
  ];
  // A stable sort: records of the same moment keep their order.
  return moments.every((m) => !Number.isNaN(m.t)) ? moments.sort((a, b) => a.t - b.t) : moments;
}

/** The movements of one run, one entry per figure: moved, turned, or both, as it ended. */
function movesOf(run: CaseMovement[]): MovementWords[] {
  const byFigure = new Map<string, { label: string; distance: number; turned: number }>();
  for (const m of run) {
    const key = m.elementId ?? m.label;
    const seen = byFigure.get(key) ?? { label: m.label, distance: 0, turned: 0 };
    byFigure.set(key, { label: m.label, distance: seen.distance + m.distance, turned: seen.turned + (m.turnedDegrees ?? 0) });
  }
  return [...byFigure.values()]
    .map(({ label, distance, turned }) => ({
      label,
      moved: distance >= TOLD_DISTANCE,
      turned: Math.abs(turned) >= TURNED_ROUND ? ('round' as const) : Math.abs(turned) >= TOLD_TURN ? ('turned' as const) : null,
    }))
    .filter((m) => m.moved || m.turned);
}

const sameLabels = (a: string[], b: string[]) => [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The paragraphs of one constellation: `lead` opens the first ("**La constellation.**"),
 * the pictures' images close it, first and resolution together.
 */
export function constellationLines(c: CaseConstellation, w: ConstellationWords, lead: string): string[] {
  const initial = c.pictures.find((p) => p.isInitial);
  const marked = c.pictures.find((p) => p.isResolution);
  const resolution = marked && marked !== initial ? marked : undefined;
  const paragraphs: string[] = [];
  if (initial) paragraphs.push(w.initial(initial.name, initial.labels));

  // One paragraph a moment: each place felt, each run of movements between two felt senses, the resolution.
  const feltAt = new Set<string>();
  let run: CaseMovement[] = [];
  const tellRun = () => {
    const moves = movesOf(run);
    if (moves.length) paragraphs.push(w.movements(moves));
    run = [];
  };
  for (const m of momentsOf(c, resolution)) {
    if (m.kind === 'moved') {
      run.push(m.movement);
      continue;
    }
    tellRun();
    if (m.kind === 'felt') {
      const place = m.felt.own ? 'own' : (m.felt.elementId ?? m.felt.label);
      paragraphs.push(w.felt({ label: m.felt.own ? null : m.felt.label, words: m.felt.words, energy: m.felt.energy, again: feltAt.has(place) }));
      feltAt.add(place);
    } else paragraphs.push(w.resolution(m.picture.name, initial && sameLabels(initial.labels, m.picture.labels) ? null : m.picture.labels));
  }
  tellRun();
  if (!paragraphs.length) return [];
  paragraphs[0] = `${lead} ${paragraphs[0]}`;
  // The pictures themselves, the before and the after side by side: the coach deletes a line to leave one out.
  if (initial) paragraphs.push(pictureImage(initial.id, w.initialAlt(initial.labels.join(', ')), w.initialCaption(initial.name)));
  if (resolution) paragraphs.push(pictureImage(resolution.id, w.resolutionAlt(resolution.labels.join(', ')), w.resolutionCaption(resolution.name)));
  return paragraphs;
}
