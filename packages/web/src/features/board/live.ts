import { BOARD_DOC, boardDocumentName, SYNC_PATH, type BoardControl, type BoardDocElement } from '@alliance/api';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { readElements } from './read';

/*
 * The web twin of the server's sync/ module: the board's Yjs document, kept live
 * over /sync, kept in this browser's IndexedDB so that moves made while offline are
 * merged when the connection comes back, with presence and pointers through Yjs
 * awareness and per-person undo.
 */

export type LiveStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface Peer {
  clientId: number;
  name: string;
  role: 'coach' | 'client';
  colour: string;
  pointer: { x: number; y: number } | null;
  isSelf: boolean;
}

export interface LiveMeta {
  control: BoardControl;
  locked: boolean;
  covert: boolean;
}

export interface LiveBoard {
  doc: Y.Doc;
  elements: BoardDocElement[];
  meta: LiveMeta;
  status: LiveStatus;
  /** Why the server refused or closed (link_expired, link_revoked, …). */
  refusal: string | null;
  peers: Peer[];
  unsaved: boolean;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  setPointer: (p: { x: number; y: number } | null) => void;
}

const PEER_COLOURS = ['#1f6feb', '#bc4c00', '#1a7f37', '#8250df'];

function readMeta(doc: Y.Doc): LiveMeta {
  const m = doc.getMap(BOARD_DOC.meta);
  return { control: (m.get('control') as BoardControl) ?? 'both', locked: m.get('locked') === true, covert: m.get('covert') === true };
}

/** A subscription to a Y.Doc's changes, for useSyncExternalStore. */
function docStore<T>(doc: Y.Doc, read: (doc: Y.Doc) => T) {
  let snapshot = read(doc);
  return {
    subscribe(onChange: () => void) {
      const handler = () => {
        snapshot = read(doc);
        onChange();
      };
      doc.on('update', handler);
      return () => doc.off('update', handler);
    },
    get: () => snapshot,
  };
}

export function useLiveBoard(boardId: string, who: { name: string; role: 'coach' | 'client'; token?: string }): LiveBoard {
  const doc = useMemo(() => new Y.Doc(), [boardId]);
  const elementsStore = useMemo(() => docStore(doc, readElements), [doc]);
  const metaStore = useMemo(() => docStore(doc, readMeta), [doc]);
  const elements = useSyncExternalStore(elementsStore.subscribe, elementsStore.get);
  const meta = useSyncExternalStore(metaStore.subscribe, metaStore.get);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [unsaved, setUnsaved] = useState(false);
  const [history, setHistory] = useState({ canUndo: false, canRedo: false });
  const providerRef = useRef<HocuspocusProvider | null>(null);
  const undoRef = useRef<Y.UndoManager | null>(null);

  useEffect(() => {
    const offline = new IndexeddbPersistence(`alliance-board-${boardId}`, doc);
    // A board this browser may no longer open leaves no copy behind on it.
    const refuse = (reason: string) => {
      setRefusal(reason);
      setStatus('refused');
      void offline.clearData();
    };
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SYNC_PATH}`;
    const provider = new HocuspocusProvider({
      url,
      name: boardDocumentName(boardId),
      document: doc,
      token: who.token ?? '',
      onStatus: ({ status: s }) => setStatus((prev) => (prev === 'refused' ? prev : s === 'connected' ? 'connected' : s === 'connecting' ? 'connecting' : 'offline')),
      onAuthenticationFailed: ({ reason }) => refuse(reason),
      onClose: ({ event }) => {
        if (event.code >= 4400 && event.code < 4500) refuse(event.reason || 'closed');
      },
      onUnsyncedChanges: ({ number }) => setUnsaved(number > 0),
    });
    providerRef.current = provider;
    const awareness = provider.awareness!;
    const colour = PEER_COLOURS[awareness.clientID % PEER_COLOURS.length]!;
    awareness.setLocalStateField('user', { name: who.name, role: who.role, colour });
    const onAwareness = () => {
      const list: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = state.user as { name?: string; role?: 'coach' | 'client'; colour?: string } | undefined;
        if (!user?.name) return;
        list.push({
          clientId,
          name: user.name,
          role: user.role ?? 'client',
          colour: user.colour ?? '#57606a',
          pointer: (state.pointer as Peer['pointer']) ?? null,
          isSelf: clientId === awareness.clientID,
        });
      });
      setPeers(list.sort((a, b) => a.clientId - b.clientId));
    };
    awareness.on('change', onAwareness);
    onAwareness();

    // Each person undoes her own changes only: the local origin is what the undo manager tracks.
    const undo = new Y.UndoManager(doc.getMap(BOARD_DOC.elements), { captureTimeout: 400 });
    const onStack = () => setHistory({ canUndo: undo.undoStack.length > 0, canRedo: undo.redoStack.length > 0 });
    undo.on('stack-item-added', onStack);
    undo.on('stack-item-popped', onStack);
    undo.on('stack-cleared', onStack);
    undoRef.current = undo;

    return () => {
      awareness.off('change', onAwareness);
      undo.destroy();
      provider.destroy();
      void offline.destroy();
      providerRef.current = null;
    };
  }, [boardId, doc, who.name, who.role, who.token]);

  return {
    doc,
    elements,
    meta,
    status,
    refusal,
    peers,
    unsaved,
    undo: () => undoRef.current?.undo(),
    redo: () => undoRef.current?.redo(),
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    setPointer: (p) => providerRef.current?.awareness?.setLocalStateField('pointer', p),
  };
}
