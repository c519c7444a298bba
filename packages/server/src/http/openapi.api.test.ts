import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';

describe('the public API describes itself', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp('embedded');
  });
  afterAll(() => app.close());

  it('reports its health and which database it runs on', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: 'embedded' });
  });

  it('publishes an OpenAPI document with every public path and the request schemas', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/clients',
      '/api/v1/clients/{id}',
      '/api/v1/organisations',
      '/api/v1/engagements',
      '/api/v1/engagements/{id}',
      '/api/v1/engagements/{id}/transitions',
      '/api/v1/engagements/{id}/timeline',
      '/api/v1/engagements/{id}/sessions',
      '/api/v1/sessions/{id}',
      '/api/v1/engagements/{id}/contacts',
      '/api/v1/engagements/{id}/feedback',
      '/api/v1/engagements/{id}/learnings',
      '/api/health',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const createClient = doc.paths['/api/v1/clients'].post.requestBody.content['application/json'].schema;
    expect(createClient.required).toEqual(expect.arrayContaining(['firstName', 'lastName']));
  });

  it('serves a browsable page at /api/docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });
});
