import { client, clientExport, clientInput, clientPatch, idParams, organisation, organisationInput, organisationPatch } from '@alliance/api';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit, ctx } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import type { AuditWriter } from '../../http/audit-writer.js';
import type { Repositories } from '../../repos/index.js';
import { EXPORT_LANGUAGES } from '../../i18n/export-labels.js';
import { exportClient } from './export.js';
import { renderClientPdf } from './export-pdf.js';

async function assertOrganisation(repos: Repositories, organisationId: string | null | undefined) {
  if (organisationId && !(await repos.organisations.get(organisationId))) {
    throw new AppError('invalid_input', 'Invalid input: organisationId', [{ path: 'organisationId', message: 'No such organisation' }]);
  }
}

/** An ASCII file name from her name: alliance-ferrand-sonia. */
const exportFileName = (c: { firstName: string; lastName: string }) =>
  `alliance-${c.lastName}-${c.firstName}`.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

export function clientRoutes(app: TypedApp, auditWriter: AuditWriter): void {
  const tags = ['clients'];
  app.get('/api/v1/clients', { schema: { tags, response: { 200: itemsOf(client), ...errors } } }, async (request) => ({
    items: await ctx(request).repos.clients.list(),
  }));
  app.post('/api/v1/clients', { schema: { tags, body: clientInput, response: { 201: client, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    await assertOrganisation(repos, request.body.organisationId);
    const created = await repos.clients.create(request.body);
    audit(request, 'create', 'client', created.id, created.id);
    return reply.status(201).send(created);
  });
  app.get('/api/v1/clients/:id', { schema: { tags, params: idParams, response: { 200: client, ...errors } } }, async (request) => {
    const found = await ctx(request).repos.clients.get(request.params.id);
    if (!found) throw notFound('Client');
    audit(request, 'read', 'client', found.id, found.id);
    return found;
  });
  app.patch('/api/v1/clients/:id', { schema: { tags, params: idParams, body: clientPatch, response: { 200: client, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    await assertOrganisation(repos, request.body.organisationId);
    const updated = await repos.clients.update(request.params.id, request.body);
    if (!updated) throw notFound('Client');
    audit(request, 'update', 'client', updated.id, updated.id);
    return updated;
  });
  app.delete('/api/v1/clients/:id', { schema: { tags, params: idParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    if (!(await ctx(request).repos.clients.remove(request.params.id))) throw notFound('Client');
    audit(request, 'delete', 'client', request.params.id, request.params.id);
    return reply.status(204).send(null);
  });

  /** Her complete record, as the export routes hand it over; opening it is audited. */
  async function archiveOf(request: FastifyRequest, clientId: string, withReflections: 'true' | 'false') {
    const { repos } = ctx(request);
    const found = await repos.clients.get(clientId);
    if (!found) throw notFound('Client');
    audit(request, 'read', 'client', found.id, found.id);
    // Her archive includes who opened her record: write what is still gathered first.
    await auditWriter.flush();
    const archive = await exportClient(repos, found, { includePrivateReflections: withReflections === 'true' });
    return { archive, fileName: exportFileName(found) };
  }
  const includePrivateReflections = z.enum(['true', 'false']).default('false');

  app.get(
    '/api/v1/clients/:id/export',
    { schema: { tags, params: idParams, querystring: z.object({ includePrivateReflections }), response: { 200: clientExport, ...errors } } },
    async (request, reply) => {
      const { archive, fileName } = await archiveOf(request, request.params.id, request.query.includePrivateReflections);
      return reply.header('content-disposition', `attachment; filename="${fileName}.json"`).send(archive);
    },
  );

  app.get(
    '/api/v1/clients/:id/export.pdf',
    {
      schema: {
        tags,
        params: idParams,
        querystring: z.object({ lang: z.enum(EXPORT_LANGUAGES).default('fr'), includePrivateReflections }),
        response: { 200: z.any().describe('The record as a PDF document (application/pdf)'), ...errors },
      },
    },
    async (request, reply) => {
      const { archive, fileName } = await archiveOf(request, request.params.id, request.query.includePrivateReflections);
      const pdf = await renderClientPdf(archive, request.query.lang);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}.pdf"`).send(pdf);
    },
  );

  const orgTags = ['organisations'];
  app.get('/api/v1/organisations', { schema: { tags: orgTags, response: { 200: itemsOf(organisation), ...errors } } }, async (request) => ({
    items: await ctx(request).repos.organisations.list(),
  }));
  app.post('/api/v1/organisations', { schema: { tags: orgTags, body: organisationInput, response: { 201: organisation, ...errors } } }, async (request, reply) => {
    const created = await ctx(request).repos.organisations.create(request.body);
    audit(request, 'create', 'organisation', created.id, null);
    return reply.status(201).send(created);
  });
  app.get('/api/v1/organisations/:id', { schema: { tags: orgTags, params: idParams, response: { 200: organisation, ...errors } } }, async (request) => {
    return (await ctx(request).repos.organisations.get(request.params.id)) ?? Promise.reject(notFound('Organisation'));
  });
  app.patch('/api/v1/organisations/:id', { schema: { tags: orgTags, params: idParams, body: organisationPatch, response: { 200: organisation, ...errors } } }, async (request) => {
    const updated = await ctx(request).repos.organisations.update(request.params.id, request.body);
    if (!updated) throw notFound('Organisation');
    audit(request, 'update', 'organisation', updated.id, null);
    return updated;
  });
}
