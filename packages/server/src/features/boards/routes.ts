import {
  board,
  boardHistory,
  createBoard,
  createdShareLink,
  createShareLink,
  feltSense,
  idParams,
  picture,
  recordFeltSense,
  shareLink,
  takePicture,
  updateBoard,
  updatePicture,
  type Board,
} from '@alliance/api';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit, ctx } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import type { AuditAction } from '../../repos/audit.js';
import type { LiveBoards } from '../../sync/live-boards.js';
import { REPORT_LANGUAGES } from '../../i18n/board-report-labels.js';
import { pictureSvg } from './picture-svg.js';
import { renderBoardReport } from './report-pdf.js';

/** An ASCII file name: constellation-image-1. */
const fileNameOf = (...parts: string[]) =>
  parts.join('-').normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'constellation';

const boardParams = z.object({ id: z.string() });
const pictureParams = z.object({ id: z.string(), pictureId: z.string() });
const linkParams = z.object({ id: z.string(), linkId: z.string() });

/** The board, or a 404; every opening or change is written to the client's access history. */
async function requireBoard(request: FastifyRequest, id: string, action: AuditAction): Promise<Board> {
  const found = await ctx(request).repos.boards.get(id);
  if (!found) throw notFound('Board');
  audit(request, action, 'board', found.id, found.clientId);
  return found;
}

/** A coach's constellation boards: created from a session, shared with the client by a link, recorded. */
export function boardRoutes(app: TypedApp, live: LiveBoards): void {
  const tags = ['boards'];
  const refOf = (request: FastifyRequest, b: Board) => ({ id: b.id, clientId: b.clientId, practiceId: ctx(request).practice.id });

  app.post('/api/v1/sessions/:id/boards', { schema: { tags, params: idParams, body: createBoard, response: { 201: board, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const session = await repos.sessions.get(request.params.id);
    if (!session) throw notFound('Session');
    const created = await repos.boards.create(session, request.body.title);
    // A remote constellation starts with both hands on the board: the client places her figures.
    const shared = await repos.boards.update(created, { control: 'both' });
    audit(request, 'create', 'board', shared.id, shared.clientId);
    return reply.status(201).send(shared);
  });
  app.get('/api/v1/sessions/:id/boards', { schema: { tags, params: idParams, response: { 200: itemsOf(board), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const session = await repos.sessions.get(request.params.id);
    if (!session) throw notFound('Session');
    return { items: await repos.boards.listForSession(session.id) };
  });
  app.get('/api/v1/boards/:id', { schema: { tags, params: boardParams, response: { 200: board, ...errors } } }, async (request) => requireBoard(request, request.params.id, 'read'));
  app.patch('/api/v1/boards/:id', { schema: { tags, params: boardParams, body: updateBoard, response: { 200: board, ...errors } } }, async (request) => {
    const current = await requireBoard(request, request.params.id, 'update');
    const updated = await ctx(request).repos.boards.update(current, request.body);
    live.applySettings(updated);
    return updated;
  });
  app.delete('/api/v1/boards/:id', { schema: { tags, params: boardParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const current = await requireBoard(request, request.params.id, 'delete');
    live.closeBoard(current.id);
    await ctx(request).repos.boards.remove(current.id);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/boards/:id/history', { schema: { tags, params: boardParams, response: { 200: boardHistory, ...errors } } }, async (request) => {
    const current = await requireBoard(request, request.params.id, 'read');
    await live.flushMovements(current.id);
    const records = ctx(request).repos.boardRecords;
    const [pictures, movements, feltSenses] = await Promise.all([records.pictures(current), records.movements(current), records.feltSenses(current)]);
    return { board: current, pictures, movements, feltSenses };
  });

  app.post('/api/v1/boards/:id/pictures', { schema: { tags, params: boardParams, body: takePicture, response: { 201: picture, ...errors } } }, async (request, reply) => {
    const current = await requireBoard(request, request.params.id, 'update');
    await live.flushMovements(current.id);
    const elements = await live.elementsOf(refOf(request, current));
    const taken = await ctx(request).repos.boardRecords.takePicture(current, { name: request.body.name, takenBy: ctx(request).user.name, elements });
    return reply.status(201).send(taken);
  });
  app.patch('/api/v1/boards/:id/pictures/:pictureId', { schema: { tags, params: pictureParams, body: updatePicture, response: { 200: picture, ...errors } } }, async (request) => {
    const current = await requireBoard(request, request.params.id, 'update');
    const updated = await ctx(request).repos.boardRecords.updatePicture(current, request.params.pictureId, request.body);
    if (!updated) throw notFound('Picture');
    return updated;
  });

  app.post('/api/v1/boards/:id/felt-senses', { schema: { tags, params: boardParams, body: recordFeltSense, response: { 201: feltSense, ...errors } } }, async (request, reply) => {
    const current = await requireBoard(request, request.params.id, 'update');
    const elements = await live.elementsOf(refOf(request, current));
    const element = elements.find((e) => e.id === request.body.elementId);
    if (!element) throw new AppError('invalid_input', 'Invalid input: elementId', [{ path: 'elementId', message: 'No such element on this board' }]);
    const recorded = await ctx(request).repos.boardRecords.recordFeltSense(current, {
      ...request.body,
      elementLabel: element.label,
      recordedBy: ctx(request).user.name,
      elements,
    });
    return reply.status(201).send(recorded);
  });

  app.get(
    '/api/v1/boards/:id/pictures/:pictureId.svg',
    { schema: { tags, params: pictureParams, response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const current = await requireBoard(request, request.params.id, 'read');
      const found = (await ctx(request).repos.boardRecords.pictures(current)).find((p) => p.id === request.params.pictureId);
      if (!found) throw notFound('Picture');
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileNameOf(current.title, found.name)}.svg"`)
        .send(pictureSvg(found.elements, `${current.title} — ${found.name}`));
    },
  );
  app.get(
    '/api/v1/boards/:id/report.pdf',
    { schema: { tags, params: boardParams, querystring: z.object({ lang: z.enum(REPORT_LANGUAGES).default('fr') }), response: { 200: z.any(), ...errors } } },
    async (request, reply) => {
      const current = await requireBoard(request, request.params.id, 'read');
      const { repos } = ctx(request);
      await live.flushMovements(current.id);
      const [pictures, movements, feltSenses, client, session] = await Promise.all([
        repos.boardRecords.pictures(current),
        repos.boardRecords.movements(current),
        repos.boardRecords.feltSenses(current),
        repos.clients.get(current.clientId),
        repos.sessions.get(current.sessionId),
      ]);
      const lang = request.query.lang;
      const sessionDate = session ? new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(session.scheduledAt) : '';
      const pdf = await renderBoardReport({ board: current, pictures, movements, feltSenses }, lang, { clientName: client ? `${client.firstName} ${client.lastName}` : '', sessionDate });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileNameOf(current.title, 'rapport')}.pdf"`).send(pdf);
    },
  );

  app.get('/api/v1/boards/:id/share-links', { schema: { tags, params: boardParams, response: { 200: itemsOf(shareLink), ...errors } } }, async (request) => {
    const current = await requireBoard(request, request.params.id, 'read');
    return { items: await ctx(request).repos.boards.shareLinks(current.id) };
  });
  app.post('/api/v1/boards/:id/share-links', { schema: { tags, params: boardParams, body: createShareLink, response: { 201: createdShareLink, ...errors } } }, async (request, reply) => {
    const current = await requireBoard(request, request.params.id, 'update');
    const { mode, expiresInMinutes } = request.body;
    const created = await ctx(request).repos.boards.createShareLink(current, { mode, expiresAt: new Date(Date.now() + expiresInMinutes * 60_000), createdBy: ctx(request).user.id });
    return reply.status(201).send({ ...created, path: `/b/${created.token}` });
  });
  app.delete('/api/v1/boards/:id/share-links/:linkId', { schema: { tags, params: linkParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const current = await requireBoard(request, request.params.id, 'update');
    if (!(await ctx(request).repos.boards.revokeShareLink(current.id, request.params.linkId))) throw notFound('Share link');
    live.closeLink(current.id, request.params.linkId);
    return reply.status(204).send(null);
  });
}
