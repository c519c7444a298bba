import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

describe.each(TEST_DATABASES)('a coach records an engagement end to end (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
  });
  afterAll(() => app.close());

  async function newEngagement(extra: Record<string, unknown> = {}) {
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Sophie', lastName: 'Marchetti', email: 'sophie@example.test', role: 'avant-vente' });
    expect(cl.status).toBe(201);
    const en = await coach.call('POST', '/api/v1/engagements', {
      clientId: cl.body.id,
      title: "Recréer l'alliance",
      plannedSessions: 6,
      objectives: [{ statement: 'Retrouver une relation constructive avec le DG', baseline: 'en froid', target: 'une réunion qui avance' }],
      ...extra,
    });
    expect(en.status).toBe(201);
    return { clientId: cl.body.id as string, engagement: en.body };
  }

  it('creates an engagement as a prospect with its objectives and guidance', async () => {
    const { engagement } = await newEngagement();
    expect(engagement.status).toBe('prospect');
    expect(engagement.clientName).toBe('Sophie Marchetti');
    expect(engagement.objectives).toHaveLength(1);
    expect(engagement.objectives[0]).toMatchObject({ statement: 'Retrouver une relation constructive avec le DG', baseline: 'en froid' });
    expect(engagement.planAdvice).toBe('deep_work');
    expect(engagement.allowedTransitions).toEqual(['contracted', 'cancelled']);
  });

  it('stores a three-way contract with its boundaries and what the sponsor may see', async () => {
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Logisud', contactName: 'DRH' });
    expect(org.status).toBe(201);
    const { engagement } = await newEngagement({
      sponsorId: org.body.id,
      contract: {
        cadence: 'fortnightly',
        sessionDurationMinutes: 60,
        sponsorVisibility: 'attendance',
        agreedOn: '2026-11-01',
        confidentialityClause: 'Le contenu reste entre coach et cliente.',
        boundaries: [
          { party: 'coach', responsibilities: ['le cadre'], outOfScope: ['concevoir la stratégie'] },
          { party: 'sponsor', responsibilities: ['financer'], outOfScope: ['lire les notes'] },
        ],
      },
    });
    expect(engagement.threeWay).toBe(true);
    expect(engagement.sponsorName).toBe('Logisud');
    expect(engagement.contract.sponsorVisibility).toBe('attendance');
    expect(engagement.contract.agreedOn).toBe('2026-11-01');
    expect(engagement.contract.boundaries[1]).toEqual({ party: 'sponsor', responsibilities: ['financer'], outOfScope: ['lire les notes'] });
    const got = await coach.call('GET', `/api/v1/engagements/${engagement.id}`);
    expect(got.body.contract.confidentialityClause).toBe('Le contenu reste entre coach et cliente.');
  });

  it('enforces the status lifecycle: 409 for an illegal move, 400 for an unknown status', async () => {
    const { engagement } = await newEngagement();
    const illegal = await coach.call('POST', `/api/v1/engagements/${engagement.id}/transitions`, { to: 'closing' });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.code).toBe('illegal_transition');
    expect(illegal.body.error.details.allowed).toEqual(['contracted', 'cancelled']);
    const unknown = await coach.call('POST', `/api/v1/engagements/${engagement.id}/transitions`, { to: 'no-such-status' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('to');
    for (const to of ['contracted', 'active', 'paused', 'active', 'closing', 'closed']) {
      const moved = await coach.call('POST', `/api/v1/engagements/${engagement.id}/transitions`, { to });
      expect(moved.status, `to ${to}`).toBe(200);
      expect(moved.body.status).toBe(to);
    }
    const timeline = await coach.call('GET', `/api/v1/engagements/${engagement.id}/timeline`);
    const statuses = timeline.body.entries.filter((e: any) => e.kind === 'status').map((e: any) => e.to);
    expect(statuses).toEqual(['prospect', 'contracted', 'active', 'paused', 'active', 'closing', 'closed']);
  });

  it('records sessions with notes, contacts, feedback and learnings, all on the timeline in order', async () => {
    const { engagement } = await newEngagement();
    const first = await coach.call('POST', `/api/v1/engagements/${engagement.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00+02:00', durationMinutes: 60, mode: 'video', status: 'held' });
    const second = await coach.call('POST', `/api/v1/engagements/${engagement.id}/sessions`, { scheduledAt: '2026-10-15T09:00:00+02:00', durationMinutes: 60, mode: 'in_person' });
    expect(first.status).toBe(201);
    expect(first.body.ordinal).toBe(1);
    expect(second.body.ordinal).toBe(2);
    expect(second.body.plannedSessions).toBe(6);

    const situation = 'Elle est en froid avec le DG depuis le refus de sa proposition.';
    const patched = await coach.call('PATCH', `/api/v1/sessions/${first.body.id}`, {
      notes: { situation, emotionsBefore: [{ name: 'agacement', intensity: 7 }] },
      privateReflections: 'Triangle dramatique ?',
    });
    expect(patched.status).toBe(200);
    // Autosave sends one field at a time: the others stay.
    const more = await coach.call('PATCH', `/api/v1/sessions/${first.body.id}`, { notes: { sessionObjective: 'Préparer la réunion' } });
    expect(more.body.notes).toMatchObject({ situation, sessionObjective: 'Préparer la réunion', emotionsBefore: [{ name: 'agacement', intensity: 7 }] });
    expect(more.body.privateReflections).toBe('Triangle dramatique ?');
    const cleared = await coach.call('PATCH', `/api/v1/sessions/${first.body.id}`, { notes: { situation: '' } });
    expect(cleared.body.notes.situation).toBeUndefined();

    const contact = await coach.call('POST', `/api/v1/engagements/${engagement.id}/contacts`, { kind: 'phone', occurredAt: '2026-10-08T18:00:00Z', durationMinutes: 10, summary: 'Appel court sur un petit incident' });
    expect(contact.status).toBe(201);
    expect(contact.body.initiatedBy).toBe('client');
    const fb = await coach.call('POST', `/api/v1/engagements/${engagement.id}/feedback`, { event: 'Réunion avec le DG', outcome: 'as_hoped', receivedAt: '2026-10-20T10:00:00Z' });
    expect(fb.status).toBe(201);
    const learning = await coach.call('POST', `/api/v1/engagements/${engagement.id}/learnings`, { statement: 'Son investissement affectif', sessionId: first.body.id, recordedAt: '2026-10-21T10:00:00Z' });
    expect(learning.status).toBe(201);

    const tl = await coach.call('GET', `/api/v1/engagements/${engagement.id}/timeline`);
    expect(tl.status).toBe(200);
    expect(tl.body.heldSessions).toBe(1);
    expect(tl.body.plannedSessions).toBe(6);
    const kinds = tl.body.entries.filter((e: any) => e.kind !== 'status' && e.kind !== 'contract').map((e: any) => e.kind);
    expect(kinds).toEqual(['session', 'contact', 'session', 'feedback', 'learning']);
    const sessionEntry = tl.body.entries.find((e: any) => e.id === first.body.id);
    expect(sessionEntry).toMatchObject({ ordinal: 1, plannedSessions: 6, sessionObjective: 'Préparer la réunion' });
    expect(JSON.stringify(tl.body)).not.toContain('Triangle dramatique');
  });

  it('refuses a learning tied to a session of another engagement', async () => {
    const a = await newEngagement();
    const b = await newEngagement();
    const s = await coach.call('POST', `/api/v1/engagements/${a.engagement.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'phone' });
    const res = await coach.call('POST', `/api/v1/engagements/${b.engagement.id}/learnings`, { statement: 'x', sessionId: s.body.id });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('sessionId');
  });

  it('flags an engagement closing well below its plan, and shows it on the dashboard', async () => {
    const { engagement } = await newEngagement();
    await coach.call('POST', `/api/v1/engagements/${engagement.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'phone', status: 'held' });
    for (const to of ['contracted', 'active', 'closing']) await coach.call('POST', `/api/v1/engagements/${engagement.id}/transitions`, { to });
    const got = await coach.call('GET', `/api/v1/engagements/${engagement.id}`);
    expect(got.body.closingWellBelowPlan).toBe(true);
    const dash = await coach.call('GET', '/api/v1/dashboard');
    expect(dash.status).toBe(200);
    const entry = dash.body.attention.find((a: any) => a.engagementId === engagement.id);
    expect(entry.reasons).toContainEqual({ kind: 'closing_below_plan', held: 1, planned: 6 });
  });

  it('lists upcoming sessions on the dashboard with their number', async () => {
    const { engagement } = await newEngagement();
    const when = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const s = await coach.call('POST', `/api/v1/engagements/${engagement.id}/sessions`, { scheduledAt: when, durationMinutes: 45, mode: 'video' });
    const dash = await coach.call('GET', '/api/v1/dashboard');
    const up = dash.body.upcomingSessions.find((u: any) => u.sessionId === s.body.id);
    expect(up).toMatchObject({ engagementTitle: "Recréer l'alliance", clientName: 'Sophie Marchetti', ordinal: 1, plannedSessions: 6, durationMinutes: 45 });
  });

  it('replaces objectives and keeps the contract when other fields change', async () => {
    const { engagement } = await newEngagement({ contract: { sponsorVisibility: 'nothing', confidentialityClause: 'Clause' } });
    const res = await coach.call('PATCH', `/api/v1/engagements/${engagement.id}`, {
      title: 'Nouveau titre',
      objectives: [{ id: engagement.objectives[0].id, statement: 'Reformulé' }, { statement: 'Second objectif' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('Nouveau titre');
    expect(res.body.objectives.map((o: any) => o.statement)).toEqual(['Reformulé', 'Second objectif']);
    expect(res.body.objectives[0].id).toBe(engagement.objectives[0].id);
    expect(res.body.contract.confidentialityClause).toBe('Clause');
  });

  it('lists engagements, filtered by client', async () => {
    const a = await newEngagement();
    await newEngagement();
    const all = await coach.call('GET', '/api/v1/engagements');
    expect(all.body.items.length).toBeGreaterThanOrEqual(2);
    const mine = await coach.call('GET', `/api/v1/engagements?clientId=${a.clientId}`);
    expect(mine.body.items.map((e: any) => e.id)).toEqual([a.engagement.id]);
  });
});
