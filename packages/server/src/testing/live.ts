import { boardDocumentName, BOARD_DOC, SYNC_PATH } from '@alliance/api';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface LiveBoard {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  elements: Y.Map<Y.Map<unknown>>;
  /** Resolves once every local change has been acknowledged by the server. */
  saved(): Promise<void>;
  close(): void;
}

/** A WebSocket that sends a browser's cookie, as a signed-in coach's browser does. */
const withCookie = (cookie: string) =>
  class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  };

/** Opens a board's live document like the web app does: as the coach (cookie) or through a share link (token). */
export function openLiveBoard(base: string, boardId: string, who: { cookie?: string; token?: string }): Promise<LiveBoard> {
  const doc = new Y.Doc();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('board did not sync within 10 s')), 10_000);
    const socket = new HocuspocusProviderWebsocket({
      url: base.replace(/^http/, 'ws') + SYNC_PATH,
      WebSocketPolyfill: who.cookie ? withCookie(who.cookie) : WebSocket,
    });
    const close = () => {
      provider.destroy();
      socket.destroy();
    };
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name: boardDocumentName(boardId),
      document: doc,
      token: who.token ?? '',
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer);
        close();
        reject(Object.assign(new Error(`refused: ${reason}`), { reason }));
      },
      onSynced: () => {
        clearTimeout(timer);
        resolve({
          provider,
          doc,
          elements: doc.getMap(BOARD_DOC.elements),
          saved: () => waitUntil(() => !provider.hasUnsyncedChanges),
          close,
        });
      },
    });
    provider.attach();
  });
}

export async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Adds an element the way the web app does: one Y.Map with its fields. */
export function addElement(board: Pick<LiveBoard, 'doc' | 'elements'>, id: string, fields: { label: string; kind?: string; x: number; y: number; facing?: number | null; isClient?: boolean }): void {
  board.doc.transact(() => {
    const el = new Y.Map<unknown>();
    el.set('kind', fields.kind ?? 'person');
    el.set('label', fields.label);
    el.set('colour', '#1f6feb');
    el.set('size', 'medium');
    el.set('isClient', fields.isClient ?? false);
    el.set('place', { x: fields.x, y: fields.y, facing: fields.facing ?? 0 });
    board.elements.set(id, el);
  });
}

export function moveElement(board: LiveBoard, id: string, place: { x: number; y: number; facing: number | null }): void {
  board.elements.get(id)!.set('place', place);
}
