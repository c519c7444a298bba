import { attendanceInput, dayNotesInput, engagementSummary, idParams, newParticipant, participantFeedbackInput, participantNotesInput, programmePatch, programme, programmeContactInput, programmeInput, programmeSummary, startEngagementInput } from '@alliance/api';
import { canJoin, checkProgrammeDays, seatsLeft } from '@alliance/domain';
import { z } from 'zod';
import { audit, ctx } from '../../http/context.js';
import { AppError, invalidInput, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import type { Repositories } from '../../repos/index.js';
import { engagementSummaries } from '../engagements/view.js';
import { programmeView } from './view.js';

const tags = ['programmes'];

/**
 * Group programmes: their days, participants, attendance and the contacts between
 * the days; and the individual engagement a participant starts, which keeps the
 * programme as its origin.
 */
export function programmeRoutes(app: TypedApp): void {
  const mustGet = async (repos: Repositories, id: string) => {
    const p = await repos.programmes.get(id);
    if (!p) throw notFound('Programme');
    return p;
  };
  const mustParticipate = async (repos: Repositories, programmeId: string, clientId: string) => {
    if (!(await repos.programmes.participants(programmeId)).includes(clientId)) throw notFound('Participant');
  };

  app.post('/api/v1/programmes', { schema: { tags, body: programmeInput, response: { 201: programme, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const body = request.body;
    const days = body.days.map((d) => ({ startsAt: new Date(d.startsAt), endsAt: new Date(d.endsAt) }));
    const { issues } = checkProgrammeDays(days);
    if (issues.length) throw invalidInput(issues.map((i) => ({ path: `days.${i.index}.endsAt`, message: i.problem, code: 'custom' })));
    const created = await repos.programmes.create({ title: body.title, description: body.description ?? '', place: body.place, betweenDays: body.betweenDays ?? '', materials: body.materials ?? [], capacity: body.capacity ?? null, days });
    reply.status(201);
    return programmeView(repos, created);
  });

  app.get('/api/v1/programmes', { schema: { tags, response: { 200: itemsOf(programmeSummary), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const items = (await repos.programmes.list()).map((p) => ({
      id: p.id,
      title: p.title,
      place: p.place,
      capacity: p.capacity,
      seatsLeft: seatsLeft(p.capacity, p.participants),
      participants: p.participants,
      firstDay: p.days[0]?.startsAt.toISOString() ?? null,
      lastDay: p.days[p.days.length - 1]?.startsAt.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
    }));
    return { items };
  });

  app.get('/api/v1/programmes/:id', { schema: { tags, params: idParams, response: { 200: programme, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    return programmeView(repos, await mustGet(repos, request.params.id));
  });

  app.patch('/api/v1/programmes/:id', { schema: { tags, params: idParams, body: programmePatch, response: { 200: programme, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const p = await mustGet(repos, request.params.id);
    if (request.body.capacity && request.body.capacity < (await repos.programmes.participants(p.id)).length) {
      throw invalidInput([{ path: 'capacity', message: 'fewer seats than participants', code: 'too_small' }]);
    }
    return programmeView(repos, (await repos.programmes.update(p.id, request.body))!);
  });

  app.put(
    '/api/v1/programmes/:id/days/:dayId/notes',
    { schema: { tags, params: z.object({ id: z.string(), dayId: z.string() }), body: dayNotesInput, response: { 200: programme, ...errors } } },
    async (request) => {
      const { repos } = ctx(request);
      const p = await mustGet(repos, request.params.id);
      if (!(await repos.programmes.setDayNotes(p.id, request.params.dayId, request.body.notes))) throw notFound('Programme day');
      return programmeView(repos, (await repos.programmes.get(p.id))!);
    },
  );

  app.put(
    '/api/v1/programmes/:id/participants/:clientId/feedback',
    { schema: { tags, params: z.object({ id: z.string(), clientId: z.string() }), body: participantFeedbackInput, response: { 200: programme, ...errors } } },
    async (request) => {
      const { repos } = ctx(request);
      const p = await mustGet(repos, request.params.id);
      await mustParticipate(repos, p.id, request.params.clientId);
      await repos.programmes.setParticipantFeedback(p.id, request.params.clientId, { rating: request.body.rating, comment: request.body.comment ?? '' });
      return programmeView(repos, p);
    },
  );

  app.post('/api/v1/programmes/:id/participants', { schema: { tags, params: idParams, body: newParticipant, response: { 200: programme, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const p = await mustGet(repos, request.params.id);
    const already = await repos.programmes.participants(p.id);
    if (!canJoin(p.capacity, already.length)) throw new AppError('conflict', 'This programme is full', { reason: 'full' });
    let clientId: string;
    if ('clientId' in request.body) {
      if (!(await repos.clients.get(request.body.clientId))) throw notFound('Client');
      clientId = request.body.clientId;
    } else {
      // A participant met on the day: added quickly, completed later on her client page.
      const { firstName, lastName, email, organisationId } = request.body;
      if (organisationId && !(await repos.organisations.get(organisationId))) throw notFound('Organisation');
      clientId = (await repos.clients.create({ firstName, lastName, ...(email ? { email } : {}), ...(organisationId ? { organisationId } : {}) })).id;
    }
    await repos.programmes.addParticipant(p.id, clientId);
    return programmeView(repos, p);
  });

  app.put('/api/v1/programmes/:id/attendance', { schema: { tags, params: idParams, body: attendanceInput, response: { 200: programme, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const p = await mustGet(repos, request.params.id);
    if (!p.days.some((d) => d.id === request.body.dayId)) throw notFound('Programme day');
    await mustParticipate(repos, p.id, request.body.clientId);
    await repos.programmes.mark(request.body.dayId, request.body.clientId, request.body.present);
    return programmeView(repos, p);
  });

  app.post('/api/v1/programmes/:id/contacts', { schema: { tags, params: idParams, body: programmeContactInput, response: { 201: programme, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const p = await mustGet(repos, request.params.id);
    const b = request.body;
    await mustParticipate(repos, p.id, b.clientId);
    await repos.programmes.addContact({ programmeId: p.id, clientId: b.clientId, kind: b.kind, initiatedBy: b.initiatedBy, occurredAt: new Date(b.occurredAt), durationMinutes: b.durationMinutes ?? null, summary: b.summary });
    reply.status(201);
    return programmeView(repos, p);
  });

  app.put(
    '/api/v1/programmes/:id/participants/:clientId/notes',
    { schema: { tags, params: z.object({ id: z.string(), clientId: z.string() }), body: participantNotesInput, response: { 200: programme, ...errors } } },
    async (request) => {
      const { repos } = ctx(request);
      const p = await mustGet(repos, request.params.id);
      await mustParticipate(repos, p.id, request.params.clientId);
      await repos.programmes.setParticipantNotes(p.id, request.params.clientId, request.body.notes);
      return programmeView(repos, p);
    },
  );

  /** From the group to the individual: the engagement keeps the programme as its origin. */
  app.post(
    '/api/v1/programmes/:id/participants/:clientId/engagements',
    { schema: { tags, params: z.object({ id: z.string(), clientId: z.string() }), body: startEngagementInput, response: { 201: engagementSummary, ...errors } } },
    async (request, reply) => {
      const { repos, user } = ctx(request);
      const p = await mustGet(repos, request.params.id);
      await mustParticipate(repos, p.id, request.params.clientId);
      const created = await repos.engagements.create({ clientId: request.params.clientId, title: request.body.title, origin: 'group_programme', objectives: [] }, user.id);
      await repos.engagements.linkProgramme(created.id, p.id);
      audit(request, 'create', 'engagement', created.id, created.clientId);
      reply.status(201);
      const [summary] = await engagementSummaries(repos, [(await repos.engagements.get(created.id))!]);
      return summary!;
    },
  );
}
