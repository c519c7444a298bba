import { API } from '@alliance/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../testing/harness.js';
import { runAlertPass } from './worker.js';

describe.each(TEST_DATABASES)('alerts no request raises (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  const deps = () => ({ db: app.services.db, vault: app.services.vault, practices: app.services.practices, invitations: app.services.invitations, publicUrl: 'https://coach.example' });
  const digestsTo = async (email: string) =>
    (await coach.call('GET', API.outbox)).body.items.filter((m: { kind: string; to: string }) => m.kind === 'alert_digest' && m.to === email);

  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const clientId = (await coach.call('POST', API.clients, { firstName: 'Inès', lastName: 'Morel' })).body.id;
    const engagementId = (await coach.call('POST', API.engagements, { clientId, title: 'Suivi' })).body.id;
    await coach.call('POST', API.commitments(engagementId), { kind: 'commitment', statement: 'Parler à son N+1', dueOn: '2030-03-01' });
    await coach.call('POST', API.commitments(engagementId), { kind: 'commitment', statement: 'Plus tard', dueOn: '2030-03-20' });
    await coach.call('POST', API.commitments(engagementId), { kind: 'guardrail', statement: 'Pas de mails après 20 h' });
  }, 60_000);
  afterAll(() => app.close());

  it('raises an overdue commitment once, and sends at most one digest a day', async () => {
    const first = await runAlertPass(deps(), new Date('2030-03-05T08:00:00Z'));
    expect(first.overdue).toBe(1);
    const again = await runAlertPass(deps(), new Date('2030-03-05T09:00:00Z'));
    expect(again).toEqual({ overdue: 0, digests: 0 });
    const alerts = (await coach.call('GET', API.alerts)).body.items;
    expect(alerts.map((a: { kind: string; clientName: string }) => [a.kind, a.clientName])).toContainEqual(['commitment_overdue', 'Inès Morel']);
    const digests = await digestsTo(coach.email);
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toContain('Inès Morel');
    expect(digests[0].body).toContain('https://coach.example/alerts');

    // The next day: the second commitment falls due, and a new digest goes out.
    const later = await runAlertPass(deps(), new Date('2030-03-21T08:00:00Z'));
    expect(later).toEqual({ overdue: 1, digests: 1 });
    expect(await digestsTo(coach.email)).toHaveLength(2);
  });

  it('sends no digest to a practice that turned it off', async () => {
    const quiet = await signedInCoach(app);
    expect((await quiet.call('PATCH', API.practice, { alertDigest: 'off' })).body.alertDigest).toBe('off');
    const clientId = (await quiet.call('POST', API.clients, { firstName: 'Léa', lastName: 'Roux' })).body.id;
    const engagementId = (await quiet.call('POST', API.engagements, { clientId, title: 'Suivi' })).body.id;
    await quiet.call('POST', API.commitments(engagementId), { kind: 'commitment', statement: 'Écrire', dueOn: '2030-04-01' });
    await runAlertPass(deps(), new Date('2030-04-03T08:00:00Z'));
    expect((await quiet.call('GET', API.alerts)).body.items).toHaveLength(1);
    expect((await quiet.call('GET', API.outbox)).body.items.filter((m: { kind: string }) => m.kind === 'alert_digest')).toEqual([]);
  });
});
