/*
 * The live board: one Yjs document per board, synced by Hocuspocus at SYNC_PATH on
 * the same HTTP server. Plain constants only (no zod): the web app imports this at
 * run time. The document's shape is fixed here so that the server, the web app and
 * the benchmarks agree on it.
 */

import { ELEMENT_KINDS, ELEMENT_SIZES, FIELD_MAX, FIELD_MIN } from '@alliance/domain';
import type { BoardDocElement } from './board.js';

/** WebSocket endpoint of the live boards, on the same HTTP server. */
export const SYNC_PATH = '/sync';
/** The Yjs document name of a board. */
export const boardDocumentName = (boardId: string) => `board:${boardId}`;
export const boardIdOfDocument = (name: string): string | null => {
  const m = /^board:([0-9a-f-]{36})$/.exec(name);
  return m ? m[1]! : null;
};

/**
 * The Yjs document:
 * - `elements`: Y.Map of element id → Y.Map with the fields of BoardDocElement;
 *   `place` holds { x, y, facing } as one value so a move is one change, atomic.
 * - `meta`: Y.Map written by the server only (control, locked), shown by clients.
 */
export const BOARD_DOC = { elements: 'elements', meta: 'meta' } as const;
export const ELEMENT_FIELDS = ['kind', 'label', 'colour', 'size', 'isClient', 'place'] as const;

/** Who may change the board: the coach alone, the client alone (handed over), both, or nobody (locked). */
export { BOARD_CONTROLS as BOARD_CONTROL, type BoardControlMode as BoardControl } from '@alliance/domain';

/** Why the server closed a live connection: typed, so the client can say it in words. */
export const SYNC_CLOSE = {
  unauthorised: { code: 4401, reason: 'unauthorised' },
  linkExpired: { code: 4403, reason: 'link_expired' },
  linkRevoked: { code: 4404, reason: 'link_revoked' },
  boardDeleted: { code: 4410, reason: 'board_deleted' },
} as const;
export type SyncCloseReason = (typeof SYNC_CLOSE)[keyof typeof SYNC_CLOSE]['reason'];


/**
 * One element of the document as plain values, from its Y.Map's fields (`get`),
 * with defaults for a field not yet synced. Server and web read elements alike.
 */
export function elementFromFields(id: string, get: (field: string) => unknown): BoardDocElement {
  // Any client can write the document: what it holds is read as untrusted, each field
  // checked and a wrong one replaced by its default, so that a picture, a report or a
  // case study drawn from it never fails on one odd element.
  const place = get('place') as Partial<Record<'x' | 'y' | 'facing', unknown>> | undefined;
  const kind = get('kind');
  const size = get('size');
  const colour = get('colour');
  const coordinate = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(FIELD_MAX, Math.max(FIELD_MIN, v)) : 50);
  const facing = place?.facing;
  return {
    id,
    kind: (ELEMENT_KINDS as readonly unknown[]).includes(kind) ? (kind as BoardDocElement['kind']) : 'person',
    label: String(get('label') ?? ''),
    colour: typeof colour === 'string' ? colour : '#57606a',
    size: (ELEMENT_SIZES as readonly unknown[]).includes(size) ? (size as BoardDocElement['size']) : 'medium',
    isClient: get('isClient') === true,
    place: { x: coordinate(place?.x), y: coordinate(place?.y), facing: typeof facing === 'number' && Number.isFinite(facing) ? facing : null },
  };
}

/** Elements in a stable order (by id), so two copies of a board read the same. */
export const byElementId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
