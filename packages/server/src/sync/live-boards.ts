import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { BOARD_DOC, boardDocumentName, boardIdOfDocument, SYNC_CLOSE, SYNC_PATH, type Board, type BoardDocElement } from '@alliance/api';
import { canEditBoard } from '@alliance/domain';
import { Redis } from '@hocuspocus/extension-redis';
import { type Connection, type Extension, Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { BoardAccess, BoardAccessControl } from './access.js';
import { docFrom, elementsOf } from './doc.js';
import { updateCarriedBy } from './incoming-update.js';
import { MovementLog } from './movement-log.js';
import { SavedAcks } from './saved-acks.js';
import { UpdateWriter } from './update-writer.js';

/** The server itself writes the board's `meta` map with this origin; clients only read it. */
const SERVER_ORIGIN = 'alliance-server';

export interface LiveBoardsOptions {
  access: BoardAccessControl;
  /** With REDIS_URL, several server processes share live boards. */
  redisUrl?: string;
  /** How long changes may gather before the updates are folded into the stored state. */
  compactAfterMs?: number;
  log?: { warn(obj: unknown, msg?: string): void };
}

/**
 * The live constellation boards: one Yjs document per board, served by Hocuspocus
 * at /sync on the app's own HTTP server. Every update reaches the others at once and
 * is sealed and written before its sender hears it was saved, so a change
 * acknowledged is never lost; updates are folded into one sealed state after a
 * quiet moment.
 */
export class LiveBoards {
  readonly hocuspocus: Hocuspocus;
  readonly #access: BoardAccessControl;
  readonly #writer = new UpdateWriter();
  readonly #movements: MovementLog;
  readonly #wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  readonly #acks: SavedAcks;
  /** Boards whose live document holds changes a failed write did not store. */
  readonly #unsaved = new Set<string>();

  constructor(options: LiveBoardsOptions) {
    this.#access = options.access;
    this.#movements = new MovementLog(options.access);
    this.#acks = new SavedAcks((connection, error) => {
      const { document } = connection as Connection;
      options.log?.warn({ err: error, document: document.name }, 'a board update could not be written; kept in memory until the next store');
      this.#unsaved.add(document.name);
      // Its sender never hears "saved"; reconnecting resends what it still holds.
      (connection as Connection).close();
    });
    const extensions: Extension[] = [];
    if (options.redisUrl) {
      const url = new URL(options.redisUrl);
      extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379), options: { password: url.password || undefined } }));
    }
    const self = this;
    this.hocuspocus = new Hocuspocus({
      name: 'alliance',
      quiet: true,
      debounce: options.compactAfterMs ?? 2000,
      maxDebounce: (options.compactAfterMs ?? 2000) * 5,
      extensions,
      async onAuthenticate({ documentName, token, requestHeaders, request, connectionConfig }) {
        const access = await self.#access.authenticate({ documentName, token: token ?? '', headers: requestHeaders, ip: request.socket.remoteAddress ?? '' });
        const board = await self.#board(access);
        connectionConfig.readOnly = !canEditBoard({ role: access.role, control: board.control, locked: board.locked, linkMode: access.linkMode });
        return { access };
      },
      async onLoadDocument({ document, documentName, context }) {
        const access = (context as { access: BoardAccess }).access;
        const repos = await self.#access.reposOf(access.practiceId);
        const stored = await repos.boardUpdates.load({ id: access.boardId, clientId: access.clientId });
        for (const part of stored.state ? [stored.state, ...stored.updates] : stored.updates) {
          try {
            Y.applyUpdate(document, part);
          } catch (error) {
            options.log?.warn({ err: error, board: access.boardId }, 'a stored board update could not be applied');
          }
        }
        const board = await self.#board(access);
        writeMeta(document, board);
        self.#movements.watch(documentName, document, { id: access.boardId, clientId: access.clientId, practiceId: access.practiceId });
        return document;
      },
      async beforeHandleMessage({ connection, update, context }) {
        if (connection.readOnly) return;
        const carried = updateCarriedBy(update);
        if (!carried) return;
        const access = (context as { access: BoardAccess }).access;
        const repos = await self.#access.reposOf(access.practiceId);
        // Written before it is acknowledged, but applied and sent to the others at once.
        self.#acks.writing(connection, self.#writer.append({ id: access.boardId, clientId: access.clientId }, repos, carried));
      },
      async onStoreDocument({ documentName, document, context }) {
        const access = (context as { access?: BoardAccess }).access;
        const boardId = boardIdOfDocument(documentName);
        if (!access || !boardId) return;
        if (self.#unsaved.has(documentName)) {
          const repos = await self.#access.reposOf(access.practiceId);
          await self.#writer.append({ id: boardId, clientId: access.clientId }, repos, Y.encodeStateAsUpdate(document));
          self.#unsaved.delete(documentName);
        }
        await self.#movements.flush(documentName, false);
        await self.compact({ id: boardId, clientId: access.clientId, practiceId: access.practiceId });
      },
      async beforeUnloadDocument({ documentName }) {
        await self.#movements.unwatch(documentName);
      },
    });
  }

  /** Routes WebSocket upgrades on /sync to Hocuspocus; anything else is refused. */
  attach(server: HttpServer): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0];
      if (path !== SYNC_PATH) {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(request, socket, head, (ws) => this.hocuspocus.handleConnection(ws, request));
    });
  }

  /** Folds the stored updates into one sealed state, deleting exactly the updates it folded. */
  async compact(board: { id: string; clientId: string; practiceId: string }): Promise<void> {
    await this.#writer.idle();
    const repos = await this.#access.reposOf(board.practiceId);
    const stored = await repos.boardUpdates.load(board);
    if (!stored.updateIds.length) return;
    const doc = docFrom(stored.state ? [stored.state, ...stored.updates] : stored.updates);
    await repos.boardUpdates.compact(board, Y.encodeStateAsUpdate(doc), stored.updateIds);
    doc.destroy();
  }

  /** The arrangement now: from the live document when the board is open, else from storage. */
  async elementsOf(board: { id: string; clientId: string; practiceId: string }): Promise<BoardDocElement[]> {
    const live = this.hocuspocus.documents.get(boardDocumentName(board.id));
    if (live) return elementsOf(live);
    await this.#writer.idle();
    const repos = await this.#access.reposOf(board.practiceId);
    const stored = await repos.boardUpdates.load(board);
    const doc = docFrom(stored.state ? [stored.state, ...stored.updates] : stored.updates);
    const elements = elementsOf(doc);
    doc.destroy();
    return elements;
  }

  /** Writes down the movements still settling, so a picture or a report includes them. */
  flushMovements(boardId: string): Promise<void> {
    return this.#movements.flush(boardDocumentName(boardId), true);
  }

  /** After control, lock or covert mode changed: tell every open connection, and who may now edit. */
  applySettings(board: Board): void {
    const document = this.hocuspocus.documents.get(boardDocumentName(board.id));
    if (!document) return;
    writeMeta(document, board);
    for (const { connection } of connectionsOf(document)) {
      const access = (connection.context as { access?: BoardAccess }).access;
      if (!access) continue;
      connection.readOnly = !canEditBoard({ role: access.role, control: board.control, locked: board.locked, linkMode: access.linkMode });
    }
  }

  /** A revoked link closes at once on every screen that used it. */
  closeLink(boardId: string, linkId: string): void {
    const document = this.hocuspocus.documents.get(boardDocumentName(boardId));
    if (!document) return;
    for (const { connection } of connectionsOf(document)) {
      if ((connection.context as { access?: BoardAccess }).access?.shareLinkId === linkId) connection.close(SYNC_CLOSE.linkRevoked);
    }
  }

  /** A deleted board closes on every screen. */
  closeBoard(boardId: string): void {
    const document = this.hocuspocus.documents.get(boardDocumentName(boardId));
    if (!document) return;
    for (const { connection } of connectionsOf(document)) connection.close(SYNC_CLOSE.boardDeleted);
  }

  async close(): Promise<void> {
    this.hocuspocus.closeConnections();
    await this.#writer.idle();
    await this.#movements.flushAll();
    this.#wss.close();
  }

  async #board(access: BoardAccess): Promise<Board> {
    const repos = await this.#access.reposOf(access.practiceId);
    const board = await repos.boards.get(access.boardId);
    if (!board) throw Object.assign(new Error('board deleted'), { reason: SYNC_CLOSE.boardDeleted.reason });
    return board;
  }
}

function connectionsOf(document: { connections: Map<unknown, { connection: Connection }> }) {
  return [...document.connections.values()];
}

function writeMeta(document: Y.Doc, board: Board): void {
  const meta = document.getMap(BOARD_DOC.meta);
  document.transact(() => {
    if (meta.get('control') !== board.control) meta.set('control', board.control);
    if (meta.get('locked') !== board.locked) meta.set('locked', board.locked);
    if (meta.get('covert') !== board.covert) meta.set('covert', board.covert);
  }, SERVER_ORIGIN);
}
