import { API } from '@alliance/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

/** The token of the newest sign-in link the outbox holds for this address. */
async function linkFor(coach: Coach, email: string): Promise<string> {
  const items = (await coach.call('GET', API.outbox)).body.items as { kind: string; to: string; body: string }[];
  const message = items.find((m) => m.kind === 'sign_in_link' && m.to === email);
  const match = message?.body.match(/\/espace\/lien#([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no sign-in link for ${email}`);
  return match[1]!;
}

describe.each(TEST_DATABASES)('the client space (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let clientId: string;
  let engagementId: string;
  let heldId: string;
  let objectiveIds: string[];
  const sophie = () => client(app);

  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const sponsor = (await coach.call('POST', API.organisations, { name: 'Groupe Hélios', contactName: 'Marc Lefort', contactEmail: 'marc@helios.test' })).body.id;
    clientId = (await coach.call('POST', API.clients, { firstName: 'Sophie', lastName: 'Arnaud', email: 'Sophie.Arnaud@example.test' })).body.id;
    const engagement = await coach.call('POST', API.engagements, {
      clientId,
      title: 'Prendre sa place',
      sponsorId: sponsor,
      plannedSessions: 6,
      objectives: [{ statement: 'Oser dire non en réunion' }, { statement: 'Poser des garde-fous' }],
      contract: { sponsorVisibility: 'attendance', boundaries: [{ party: 'sponsor', responsibilities: ['Financer'], outOfScope: ['Lire les notes'] }] },
    });
    expect(engagement.status).toBe(201);
    engagementId = engagement.body.id;
    objectiveIds = engagement.body.objectives.map((o: { id: string }) => o.id);
    heldId = (await coach.call('POST', API.engagementSessions(engagementId), { scheduledAt: '2026-01-10T09:00:00+01:00', durationMinutes: 60, mode: 'video', status: 'held', notes: { exploration: 'SECRET-NOTES' } })).body.id;
    await coach.call('PATCH', API.session(heldId), { privateReflections: 'SECRET-REFLECTION' });
  }, 60_000);
  afterAll(() => app.close());

  it('invites by a single-use link that opens her space, and nothing of another client', async () => {
    const invited = await coach.call('POST', API.clientInvitation(clientId), {});
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ kind: 'client', sentTo: 'Sophie.Arnaud@example.test', delivery: 'outbox' });
    const token = await linkFor(coach, 'Sophie.Arnaud@example.test');

    const browser = sophie();
    expect((await browser.call('GET', API.portalMe)).status).toBe(401);
    const signedIn = await browser.call('POST', API.portalSignIn, { token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ kind: 'client', name: 'Sophie', engagements: [{ id: engagementId }] });
    expect((await browser.call('GET', API.portalMe)).status).toBe(200);
    // Single use.
    expect((await sophie().call('POST', API.portalSignIn, { token })).status).toBe(404);

    // Her space holds no notes, no reflections, and only shared summaries.
    await coach.call('PUT', API.sessionSummary(heldId), { summary: 'Ce que nous avons vu', shared: false });
    let space = await browser.call('GET', API.portalSpace(engagementId));
    expect(space.status).toBe(200);
    expect(space.raw.toString()).not.toMatch(/SECRET-NOTES|SECRET-REFLECTION|Ce que nous avons vu/);
    await coach.call('PUT', API.sessionSummary(heldId), { shared: true });
    space = await browser.call('GET', API.portalSpace(engagementId));
    expect(space.body.sessions[0].summary).toBe('Ce que nous avons vu');
    expect(space.body.sponsor).toMatchObject({ name: 'Groupe Hélios', view: { visibility: 'attendance', objectiveProgress: null } });

    // Another client of the same practice reaches nothing of Sophie's.
    const otherId = (await coach.call('POST', API.clients, { firstName: 'Paul', lastName: 'Other', email: 'paul@example.test' })).body.id;
    await coach.call('POST', API.clientInvitation(otherId), {});
    const paul = client(app);
    expect((await paul.call('POST', API.portalSignIn, { token: await linkFor(coach, 'paul@example.test') })).status).toBe(200);
    expect((await paul.call('GET', API.portalSpace(engagementId))).status).toBe(404);
    expect((await paul.call('PUT', API.portalCheckIn(heldId, 'after'), { ratings: { heard: 1, mattered: 1, approach: 1, overall: 1 } })).status).toBe(404);
    // A portal session opens nothing of the coach's API.
    expect((await browser.call('GET', API.clients)).status).toBe(403);
  });

  it('opens her own boards with a view-only link, and no one else’s', async () => {
    const board = (await coach.call('POST', API.sessionBoards(heldId), { title: 'Première image' })).body;
    const browser = sophie();
    await client(app).call('POST', API.portalLinks, { email: 'sophie.arnaud@example.test' });
    await browser.call('POST', API.portalSignIn, { token: await linkFor(coach, 'Sophie.Arnaud@example.test') });
    expect((await browser.call('GET', API.portalSpace(engagementId))).body.sessions[0].boards).toEqual([{ id: board.id, title: 'Première image' }]);
    const link = await browser.call('POST', API.portalBoardView(board.id));
    expect(link.status).toBe(201);
    const shared = await client(app).call('GET', API.sharedBoard(link.body.path.slice('/b/'.length)));
    expect(shared.body).toMatchObject({ boardId: board.id, mode: 'view' });
    const paul = client(app);
    await client(app).call('POST', API.portalLinks, { email: 'paul@example.test' });
    await paul.call('POST', API.portalSignIn, { token: await linkFor(coach, 'paul@example.test') });
    expect((await paul.call('POST', API.portalBoardView(board.id))).status).toBe(404);
  });

  it('sends a new link on request without saying whether the address is known', async () => {
    const before = (await coach.call('GET', API.outbox)).body.items.length;
    const known = await client(app).call('POST', API.portalLinks, { email: '  sophie.arnaud@EXAMPLE.test ' });
    const unknown = await client(app).call('POST', API.portalLinks, { email: 'nobody@example.test' });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    expect((await coach.call('GET', API.outbox)).body.items.length).toBe(before + 1);
    expect((await client(app).call('POST', API.portalLinks, { email: 'not an address' })).status).toBe(400);
  });

  it('keeps the journal private until she shares an entry, then alerts the coach once', async () => {
    const browser = sophie();
    await browser.call('POST', API.portalSignIn, { token: await (async () => (await client(app).call('POST', API.portalLinks, { email: 'sophie.arnaud@example.test' }), linkFor(coach, 'Sophie.Arnaud@example.test')))() });
    const created = await browser.call('POST', API.portalJournal, {
      engagementId,
      occurredOn: '2026-01-12',
      situation: 'Réunion avec le DG',
      emotions: [{ name: 'anxiety', intensity: 7 }, { name: 'ma propre colère', intensity: 4 }],
      needs: 'Être entendue',
    });
    expect(created.status).toBe(201);
    expect(created.body.sharedAt).toBeNull();
    expect((await coach.call('GET', API.engagementJournal(engagementId))).body.items).toEqual([]);
    const bad = await browser.call('POST', API.portalJournal, { engagementId, occurredOn: '2026-01-12', emotions: [{ name: 'joy', intensity: 11 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('emotions.0.intensity');

    const shared = await browser.call('PATCH', API.portalJournalEntry(created.body.id), { shared: true });
    expect(shared.body.sharedAt).not.toBeNull();
    expect(shared.body.emotions).toHaveLength(2);
    const timeline = (await coach.call('GET', API.timeline(engagementId))).body.entries;
    expect(timeline.find((e: { kind: string }) => e.kind === 'journal')).toMatchObject({ situation: 'Réunion avec le DG', needs: 'Être entendue' });
    await browser.call('PATCH', API.portalJournalEntry(created.body.id), { shared: false });
    expect((await coach.call('GET', API.engagementJournal(engagementId))).body.items).toEqual([]);
    await browser.call('PATCH', API.portalJournalEntry(created.body.id), { shared: true });
    const alerts = (await coach.call('GET', API.alerts)).body.items.filter((a: { kind: string }) => a.kind === 'journal_shared');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ clientName: 'Sophie Arnaud', engagementId });
  });

  it('records check-ins on the engagement’s scale and alerts on a low alliance rating', async () => {
    const browser = sophie();
    await client(app).call('POST', API.portalLinks, { email: 'sophie.arnaud@example.test' });
    await browser.call('POST', API.portalSignIn, { token: await linkFor(coach, 'Sophie.Arnaud@example.test') });
    const outOfScale = await browser.call('PUT', API.portalCheckIn(heldId, 'before'), { progress: [{ objectiveId: objectiveIds[0], value: 3 }] });
    expect(outOfScale.status).toBe(200);
    await coach.call('PUT', API.progressScale(engagementId), { progressScale: 'goal_attainment' });
    const refused = await browser.call('PUT', API.portalCheckIn(heldId, 'before'), { progress: [{ objectiveId: objectiveIds[0], value: 3 }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('progress.0.value');
    expect((await browser.call('PUT', API.portalCheckIn(heldId, 'before'), { progress: [{ objectiveId: objectiveIds[0], value: 1 }, { objectiveId: objectiveIds[1], value: -1 }] })).status).toBe(200);

    const after = await browser.call('PUT', API.portalCheckIn(heldId, 'after'), { ratings: { heard: 5, mattered: 4, approach: 3, overall: 4 }, comment: 'COMMENT-X' });
    expect(after.body.score).toBe(4);
    const alerts = (await coach.call('GET', API.alerts)).body.items.filter((a: { kind: string }) => a.kind === 'alliance_low');
    expect(alerts).toHaveLength(1);
    const progress = (await coach.call('GET', API.progress(engagementId))).body;
    expect(progress.alliance).toEqual([expect.objectContaining({ sessionId: heldId, score: 4 })]);
    expect(progress.objectives[1].points.at(-1)).toMatchObject({ value: -1, fraction: 0.25 });
  });

  it('records her testimonial with dated consent, withdrawable', async () => {
    const browser = sophie();
    await client(app).call('POST', API.portalLinks, { email: 'sophie.arnaud@example.test' });
    await browser.call('POST', API.portalSignIn, { token: await linkFor(coach, 'Sophie.Arnaud@example.test') });
    const written = await browser.call('PUT', API.portalTestimonial, { engagementId, text: 'J’ai osé dire non.', consentScope: 'first_name' });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ attribution: 'Sophie', consent: { scope: 'first_name', withdrawnAt: null } });
    const withdrawn = await browser.call('POST', API.portalTestimonialWithdraw, { engagementId });
    expect(withdrawn.body.attribution).toBeNull();
    expect(withdrawn.body.consent.withdrawnAt).not.toBeNull();
    const seen = (await coach.call('GET', API.engagementTestimonial(engagementId))).body;
    expect(seen).toMatchObject({ text: 'J’ai osé dire non.', attribution: null });
    // Saving without a scope keeps the dated history: given, then withdrawn.
    const resaved = await browser.call('PUT', API.portalTestimonial, { engagementId, text: 'J’ai osé dire non.', consentScope: null });
    expect(resaved.body.consent).toEqual(withdrawn.body.consent);
    const again = await browser.call('PUT', API.portalTestimonial, { engagementId, text: 'J’ai osé dire non.', consentScope: 'anonymised' });
    const droppedByEmptyScope = await browser.call('PUT', API.portalTestimonial, { engagementId, text: 'J’ai osé dire non.' });
    expect(droppedByEmptyScope.body.consent).toMatchObject({ scope: 'anonymised', consentedAt: again.body.consent.consentedAt });
    expect(droppedByEmptyScope.body.consent.withdrawnAt).not.toBeNull();
    const feedback = await browser.call('POST', API.portalFeedback, { engagementId, event: 'Comité de direction', outcome: 'as_hoped' });
    expect(feedback.status).toBe(201);
  });

  it('lets a case study rest on the consent she gave in her space, and follows her withdrawal', async () => {
    const browser = sophie();
    await client(app).call('POST', API.portalLinks, { email: 'sophie.arnaud@example.test' });
    await browser.call('POST', API.portalSignIn, { token: await linkFor(coach, 'Sophie.Arnaud@example.test') });
    const caseStudy = (await coach.call('POST', API.engagementCaseStudies(engagementId), { language: 'fr' })).body;
    // Her consent was withdrawn in the previous test: nothing to rest on.
    const refused = await coach.call('PUT', API.caseStudyConsent(caseStudy.id), { kind: 'client_space' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('no_client_space_consent');
    await browser.call('PUT', API.portalTestimonial, { engagementId, text: 'J’ai osé dire non.', consentScope: 'anonymised' });
    const linked = await coach.call('PUT', API.caseStudyConsent(caseStudy.id), { kind: 'client_space' });
    expect(linked.status).toBe(200);
    expect(linked.body.consent).toMatchObject({ kind: 'client', scope: 'anonymised', source: 'client_space', withdrawnOn: null });
    await browser.call('POST', API.portalTestimonialWithdraw, { engagementId });
    const after = (await coach.call('GET', API.caseStudy(caseStudy.id))).body;
    expect(after.consent.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await coach.call('POST', API.caseStudyPublish(caseStudy.id))).status).toBe(409);
    // The first case study of a worker loads the anonymiser's word lists.
  }, 120_000);

  it('shows the sponsor only what the contract allows', async () => {
    const invited = await coach.call('POST', API.sponsorInvitation(engagementId), {});
    expect(invited.status).toBe(201);
    const marc = client(app);
    expect((await marc.call('POST', API.portalSignIn, { token: await linkFor(coach, 'marc@helios.test') })).body.kind).toBe('sponsor');
    const page = await marc.call('GET', API.portalSponsor);
    expect(page.status).toBe(200);
    expect(page.body.view).toMatchObject({ visibility: 'attendance', attendance: { held: 1, plannedSessions: 6 }, objectiveProgress: null });
    expect(page.raw.toString()).not.toMatch(/SECRET|COMMENT-X|Oser dire non|Réunion avec le DG|osé dire non/);
    // The sponsor reaches nothing of the client's space.
    expect((await marc.call('GET', API.portalSpace(engagementId))).status).toBe(403);
    expect((await marc.call('GET', API.portalJournal)).status).toBe(403);
    // Revoked: her session stops at once.
    await coach.call('DELETE', API.portalAccount(invited.body.accountId));
    expect((await marc.call('GET', API.portalSponsor)).status).toBe(401);
  });
});
