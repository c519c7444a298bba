import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

describe.each(TEST_DATABASES)("a client's data export (%s)", (kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(kind);
  });
  afterAll(() => app.close());

  it('holds her record, engagements, sessions with notes, contacts, feedback, learnings and access log', async () => {
    const coach = await signedInCoach(app);
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Logisud' });
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Sonia', lastName: 'Ferrand', email: 's@example.test', organisationId: org.body.id });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Ça coince', objectives: [{ statement: 'Préparer l’entretien' }] });
    const se = await coach.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'in_person', status: 'held' });
    await coach.call('PATCH', `/api/v1/sessions/${se.body.id}`, { notes: { situation: 'Ça coince au travail' }, privateReflections: 'Mon hypothèse' });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/contacts`, { kind: 'phone', occurredAt: '2026-09-28T18:00:00Z', summary: 'Petit incident' });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/feedback`, { event: 'Entretien', outcome: 'as_hoped' });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/learnings`, { statement: 'Sa place dans l’entreprise' });

    const res = await coach.call('GET', `/api/v1/clients/${cl.body.id}/export`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('alliance-ferrand-sonia.json');
    const archive = res.body;
    expect(archive.format).toBe('alliance.client-export/1');
    expect(archive.client).toMatchObject({ firstName: 'Sonia', lastName: 'Ferrand', email: 's@example.test' });
    expect(archive.organisation.name).toBe('Logisud');
    const [engagement] = archive.engagements;
    expect(engagement).toMatchObject({ title: 'Ça coince', heldSessions: 1 });
    expect(engagement.objectives[0].statement).toBe('Préparer l’entretien');
    expect(engagement.sessions[0].notes.situation).toBe('Ça coince au travail');
    expect(engagement.sessions[0].privateReflections).toBeUndefined();
    expect(engagement.contacts[0].summary).toBe('Petit incident');
    expect(engagement.feedback[0].outcome).toBe('as_hoped');
    expect(engagement.learnings[0].statement).toBe('Sa place dans l’entreprise');
    expect(archive.accessLog.length).toBeGreaterThan(3);

    const withReflections = await coach.call('GET', `/api/v1/clients/${cl.body.id}/export?includePrivateReflections=true`);
    expect(withReflections.body.engagements[0].sessions[0].privateReflections).toBe('Mon hypothèse');

    const other = await signedInCoach(app);
    expect((await other.call('GET', `/api/v1/clients/${cl.body.id}/export`)).status).toBe(404);
  });
});

describe('the client record as a PDF', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp('embedded');
  });
  afterAll(() => app.close());

  it('renders her record in French or English as a PDF document', async () => {
    const coach = await signedInCoach(app);
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Sonia', lastName: 'Ferrand' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Ça coince', contract: { boundaries: [{ party: 'coach', responsibilities: ['le cadre'] }] } });
    const se = await coach.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'in_person', status: 'held' });
    await coach.call('PATCH', `/api/v1/sessions/${se.body.id}`, { notes: { situation: 'Ça coince', emotionsBefore: [{ name: 'stress', intensity: 8 }] } });
    for (const lang of ['fr', 'en']) {
      const res = await coach.call('GET', `/api/v1/clients/${cl.body.id}/export.pdf?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(String(res.headers['content-disposition'])).toContain('alliance-ferrand-sonia.pdf');
      expect(res.raw.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.raw.length).toBeGreaterThan(2_000);
    }
  });
});
