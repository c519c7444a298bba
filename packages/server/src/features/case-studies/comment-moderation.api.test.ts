import { checkedDetailOf } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, TEST_DATABASES } from '../../testing/harness.js';
import { draftedCaseStudy } from './case-study-fixture.js';

/**
 * A reader's comment that names someone of the engagement would undo the case's
 * anonymisation once approved onto its page. The coach's queue says what each comment
 * reveals (`identifying`), and approving one that names a recorded person or
 * organisation, or gives an e-mail or a phone, is refused (409 comment_identifies)
 * unless she says she has read it (`acknowledged`). Refusing is always allowed.
 */
describe.each(TEST_DATABASES)('moderating a comment that identifies someone (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  let pagePath: string;
  beforeAll(async () => {
    ({ app, coach, id } = await draftedCaseStudy(kind));
    // Her organisation and its contact, recorded: names of the engagement too.
    const draft = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const { clientId } = (await coach.call('GET', `/api/v1/engagements/${draft.engagementId}`)).body;
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Biscuiterie Lemoine', contactName: 'Yannick Morvan' });
    expect((await coach.call('PATCH', `/api/v1/clients/${clientId}`, { organisationId: org.body.id })).status).toBe(200);
    // Her text, every name accepted, the details read, her consent: published.
    const written = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title: 'Prendre sa place', markdown: 'Maëlys prépare une réunion difficile.\n\nElle y va sereine.' })).body;
    const whole = `${written.title}\n\n${written.markdown}`;
    const decisions = written.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), type: s.type, action: 'accept' }));
    const decided = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions })).body;
    expect(decided.review.unresolved).toBe(0);
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { detailsChecked: decided.review.details.map(checkedDetailOf) });
    expect((await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-11-20' })).status).toBe(200);
    const published = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(published.status).toBe(200);
    pagePath = new URL(published.body.publicUrl).pathname;
  }, 120_000);
  afterAll(() => app.close());

  /** Posts a comment as a reader would (each reader from her own address: the form allows five per address), and finds it in the coach's queue. */
  let readers = 0;
  async function posted(form: { name: string; email: string; body: string }) {
    const res = await app.inject({ method: 'POST', url: `${pagePath}/comments`, remoteAddress: `198.51.100.${++readers}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
    expect(res.statusCode).toBe(303);
    const queue = (await coach.call('GET', '/api/v1/comments?status=pending')).body.items;
    const mine = queue.find((c: any) => c.body === form.body);
    expect(mine).toBeDefined();
    return mine;
  }
  const moderate = (commentId: string, body: Record<string, unknown>) => coach.call('POST', `/api/v1/comments/${commentId}/moderation`, body);
  const page = async () => (await app.inject({ method: 'GET', url: pagePath })).body;
  const found = (c: any) => c.identifying.found.map((f: any) => [f.field, f.text, f.type, f.recorded, f.certainty]);

  it('lists what a comment reveals: her name and her organisation, recorded, with their offsets in the comment', async () => {
    const body = 'Bravo Maëlys, on reconnaît bien la Biscuiterie Lemoine !';
    const c = await posted({ name: 'Lucie', email: 'lucie@exemple.fr', body });
    // (What the anonymiser only guesses, « Bravo » by its capital, may come too, as « à vérifier ».)
    const sure = c.identifying.found.filter((f: any) => f.certainty === 'sure');
    expect(found({ identifying: { found: sure } })).toEqual([
      ['body', 'Maëlys', 'person', true, 'sure'],
      ['body', 'Biscuiterie Lemoine', 'organisation', true, 'sure'],
    ]);
    expect(sure.map((f: any) => body.slice(f.start, f.end))).toEqual(['Maëlys', 'Biscuiterie Lemoine']);
    expect(c.identifying.found.every((f: any) => f.certainty === 'sure' || (f.type === 'person' && !f.recorded))).toBe(true);
    expect(c.identifying.needsAcknowledgement).toBe(true);
  });

  it('refuses to approve it by a slip: 409 comment_identifies in the one error shape, listing what was found; the page stays without it', async () => {
    const body = 'Quel courage, MAELYS ! Et merci à Yannick.';
    const c = await posted({ name: 'Lucie', email: 'lucie@exemple.fr', body });
    const refused = await moderate(c.id, { status: 'approved' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('comment_identifies');
    expect(refused.body.error.message).toContain('"MAELYS"');
    expect(refused.body.error.details.found.map((f: any) => [f.text, f.type, f.recorded])).toEqual([
      ['MAELYS', 'person', true],
      ['Yannick', 'person', true],
    ]);
    // "acknowledged": false is no acknowledgement.
    expect((await moderate(c.id, { status: 'approved', acknowledged: false })).status).toBe(409);
    const still = (await coach.call('GET', '/api/v1/comments?status=pending')).body.items.find((x: any) => x.id === c.id);
    expect(still.status).toBe('pending');
    expect(await page()).not.toContain('Quel courage');
  });

  it('approves it once she says she has read it, and the page shows it', async () => {
    const body = 'Je reconnais Mme Kerbrat, bravo.';
    const c = await posted({ name: 'Lucie', email: 'lucie@exemple.fr', body });
    expect(found(c)).toEqual([['body', 'Kerbrat', 'person', true, 'sure']]);
    const approved = await moderate(c.id, { status: 'approved', acknowledged: true });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    // The answer still says what it reveals.
    expect(approved.body.identifying.needsAcknowledgement).toBe(true);
    expect(await page()).toContain('Je reconnais Mme Kerbrat, bravo.');
  });

  it('always lets her reject it, without a word', async () => {
    const c = await posted({ name: 'Lucie', email: 'lucie@exemple.fr', body: 'Salut à toute la biscuiterie lemoine.' });
    expect(c.identifying.needsAcknowledgement).toBe(true);
    const rejected = await moderate(c.id, { status: 'rejected' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect(await page()).not.toContain('Salut à toute');
  });

  it('reads the author’s name for a recorded one: the client signing her own comment', async () => {
    const c = await posted({ name: 'Maëlys K.', email: 'anonyme@exemple.fr', body: 'Je me suis reconnue, merci.' });
    expect(found(c)).toEqual([['name', 'Maëlys K.', 'person', true, 'sure']]);
    expect((await moderate(c.id, { status: 'approved' })).body.error.code).toBe('comment_identifies');
  });

  it('asks her word for an e-mail or a phone in the comment, whoever it belongs to', async () => {
    const c = await posted({ name: 'Lucie', email: 'lucie@exemple.fr', body: 'Écrivez-moi à lucie.b@exemple.fr ou au 06 12 34 56 78.' });
    expect(found(c).filter((f: any[]) => f[4] === 'sure')).toEqual([
      ['body', 'lucie.b@exemple.fr', 'email', false, 'sure'],
      ['body', '06 12 34 56 78', 'phone', false, 'sure'],
    ]);
    expect((await moderate(c.id, { status: 'approved' })).status).toBe(409);
  });

  it('warns of another person’s name without stopping the approval', async () => {
    const c = await posted({ name: 'Lucie', email: 'lucie@exemple.fr', body: 'Cela me rappelle Patrick Durand, mon ancien manager.' });
    expect(found(c)).toEqual([['body', 'Patrick Durand', 'person', false, 'sure']]);
    expect(c.identifying.needsAcknowledgement).toBe(false);
    expect((await moderate(c.id, { status: 'approved' })).status).toBe(200);
  });

  it('never reads the author’s e-mail: one made of her name reveals nothing, and a plain comment is approved at once', async () => {
    const c = await posted({ name: 'Lucie', email: 'maelys.kerbrat@exemple.fr', body: 'Merci pour ce texte, très juste.' });
    expect(c.identifying).toEqual({ found: [], needsAcknowledgement: false });
    const approved = await moderate(c.id, { status: 'approved' });
    expect(approved.status).toBe(200);
    expect(JSON.stringify(approved.body.identifying)).not.toContain('maelys');
  });

  it('refuses an acknowledgement that is not a boolean, and an unknown comment as before', async () => {
    const c = await posted({ name: 'Lucie', email: 'lucie@exemple.fr', body: 'Bravo Maëlys !' });
    const bad = await moderate(c.id, { status: 'approved', acknowledged: 'oui' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
    expect((await moderate('00000000-0000-4000-8000-000000000000', { status: 'approved', acknowledged: true })).status).toBe(404);
  });
});
