import { randomUUID } from 'node:crypto';
import { BOARD_DOC, type BoardDocElement } from '@alliance/api';
import { MovementTracker, type Placement } from '@alliance/domain';
import * as Y from 'yjs';
import type { Repositories } from '../repos/index.js';
import type { SessionRecord } from '../repos/sessions.js';

/** One figure of the demo board, as the coach put it down at the start. */
type Figure = Omit<BoardDocElement, 'id'> & { key: Key };
type Key = 'claire' | 'solution' | 'dg' | 'company' | 'mission' | 'control';

/**
 * Seed 000's individual constellation, as the coach and Claire laid it out in the
 * session: her figure with its eyes on her solution (« son bébé ») standing between
 * her and the CEO, who has turned his back on her to face his company; the mission
 * far off, unseen; her need for control close at her side. The first label is her
 * recorded first name, as a coach writes it, so the anonymiser's relabelling shows.
 */
const FIGURES: Figure[] = [
  { key: 'claire', kind: 'person', label: 'Claire', colour: '#1f6feb', size: 'medium', isClient: true, place: { x: 32, y: 82, facing: 31 } },
  { key: 'solution', kind: 'solution', label: 'Sa solution (son bébé)', colour: '#bc4c00', size: 'large', isClient: false, place: { x: 50, y: 52, facing: null } },
  { key: 'dg', kind: 'person', label: 'Le DG', colour: '#d1242f', size: 'medium', isClient: false, place: { x: 62, y: 30, facing: 45 } },
  { key: 'company', kind: 'organisation', label: "L'entreprise cliente", colour: '#0e7490', size: 'large', isClient: false, place: { x: 84, y: 10, facing: 228 } },
  { key: 'mission', kind: 'mission', label: 'La mission', colour: '#8250df', size: 'medium', isClient: false, place: { x: 18, y: 26, facing: null } },
  { key: 'control', kind: 'need', label: 'Son besoin de contrôle', colour: '#9a6700', size: 'small', isClient: false, place: { x: 10, y: 66, facing: null } },
];

/**
 * What happened on the board, minute by minute into the session: she feels her own
 * place, then takes her client's (the pressure of her posture, his history, what he
 * has already changed); she sets her solution aside, puts down her need for control,
 * turns towards him; in his place she can turn towards her; back in her own, the
 * anger is gone and some sadness remains.
 */
type Step =
  | { at: number; picture: string; resolution?: boolean }
  | { at: number; felt: Key; words: string; energy: number }
  | { at: number; move: Key; to: Placement };
const STEPS: Step[] = [
  { at: 24, picture: 'Au départ' },
  { at: 26, felt: 'claire', energy: -3, words: 'Crispée, les yeux fixés sur la solution ; de l’agacement envers le DG, et de la tristesse' },
  { at: 29, felt: 'dg', energy: -2, words: 'Une pression dans le dos : elle pousse, elle attend ; mon histoire pèse, et personne ne voit ce que nous avons déjà changé' },
  { at: 32, felt: 'solution', energy: -1, words: 'Tenue de trop près, sans place pour vivre chez eux' },
  { at: 35, move: 'solution', to: { x: 68, y: 76, facing: null } },
  { at: 36, move: 'control', to: { x: 14, y: 92, facing: null } },
  { at: 37, move: 'claire', to: { x: 40, y: 60, facing: 36 } },
  { at: 39, felt: 'dg', energy: 2, words: 'La pression tombe ; je pourrais me retourner vers elle' },
  { at: 40, move: 'dg', to: { x: 62, y: 30, facing: 216 } },
  { at: 43, felt: 'claire', energy: 3, words: 'Plus de colère ; un reste de tristesse pour la solution, et de nouveau l’envie de travailler avec lui' },
  { at: 45, picture: 'Après le mouvement', resolution: true },
];

const MINUTE_MS = 60_000;
/** How long a figure takes to be dragged, and when the movement log counts it as settled (MovementTracker's default). */
const DRAG_MS = 1_200;
const SETTLE_MS = 1_500;

/**
 * Records seed 000's constellation on the held session through the repositories the
 * live board and its routes write with: the board's document as the updates its
 * figures and moves made (sealed, as the sync layer stores them), the pictures, the
 * movements as the movement log coalesces them, and the felt senses.
 */
export async function demoConstellation(repos: Repositories, session: SessionRecord, who: { coach: string; client: string }): Promise<void> {
  const created = await repos.boards.create(session, 'Constellation');
  // As the route does: a remote constellation starts with both hands on the board.
  const board = await repos.boards.update(created, { control: 'both' });

  // Ids drawn like the web app's, sorted so the figures read in the order above (elements are listed by id).
  const ids = FIGURES.map(() => randomUUID()).sort();
  const idOf = new Map(FIGURES.map((f, i) => [f.key, ids[i]!]));
  const elementsNow = new Map<string, BoardDocElement>(FIGURES.map(({ key, ...f }) => [idOf.get(key)!, { id: idOf.get(key)!, ...f }]));
  const arrangement = () => [...elementsNow.values()].map((e) => ({ ...e, place: { ...e.place } }));

  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const elements = doc.getMap<Y.Map<unknown>>(BOARD_DOC.elements);
  for (const e of elementsNow.values()) {
    // One transaction per figure, as the web app adds them.
    doc.transact(() => {
      const el = new Y.Map<unknown>();
      for (const field of ['kind', 'label', 'colour', 'size', 'isClient', 'place'] as const) el.set(field, e[field]);
      elements.set(e.id, el);
    });
  }

  const tracker = new MovementTracker({ settleMs: SETTLE_MS });
  for (const e of elementsNow.values()) tracker.know(e.id, e.place);
  const minute = (m: number) => new Date(session.scheduledAt.getTime() + m * MINUTE_MS);

  for (const step of STEPS) {
    const at = minute(step.at);
    if ('picture' in step) {
      const taken = await repos.boardRecords.takePicture(board, { name: step.picture, takenBy: who.coach, elements: arrangement(), at });
      if (step.resolution) await repos.boardRecords.updatePicture(board, taken.id, { isResolution: true });
    } else if ('felt' in step) {
      const element = elementsNow.get(idOf.get(step.felt)!)!;
      await repos.boardRecords.recordFeltSense(board, { elementId: element.id, elementLabel: element.label, words: step.words, energy: step.energy, recordedBy: who.coach, elements: arrangement(), at });
    } else {
      const element = elementsNow.get(idOf.get(step.move)!)!;
      // She drags her figure on her own screen: a first step, then where she lets it go.
      const halfway = { x: (element.place.x + step.to.x) / 2, y: (element.place.y + step.to.y) / 2, facing: step.to.facing };
      tracker.observe({ elementId: element.id, placement: halfway, by: who.client, at: at.getTime() });
      tracker.observe({ elementId: element.id, placement: step.to, by: who.client, at: at.getTime() + DRAG_MS });
      elements.get(element.id)!.set('place', step.to);
      element.place = { ...step.to };
      const settled = tracker.flush(at.getTime() + DRAG_MS + SETTLE_MS);
      await repos.boardRecords.addMovements(
        board,
        settled.map((m) => ({ ...m, label: element.label, startedAt: new Date(m.startedAt), endedAt: new Date(m.endedAt) })),
      );
    }
  }
  await repos.boardUpdates.append(board, updates);
  doc.destroy();
}
