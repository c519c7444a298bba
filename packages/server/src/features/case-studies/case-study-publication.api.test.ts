import { checkedDetailOf } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, TEST_DATABASES } from '../../testing/harness.js';
import { draftedCaseStudy } from './case-study-fixture.js';


/**
 * Publishing a case study waits for the coach to have read its details to check (an
 * age, a headcount…): "J'ai relu ces détails", stored and dated, covers the details she
 * had before her, and a detail that appears since holds publication again. Once
 * published, the public page keeps the version published until she republishes.
 */
describe.each(TEST_DATABASES)('publishing a case study once its details are read (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  beforeAll(async () => {
    ({ app, coach, id } = await draftedCaseStudy(kind));
    const written = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title: 'Prendre sa place', markdown: 'Maëlys, 42 ans, prépare une réunion difficile.\n\nElle y va sereine.' });
    const whole = `${written.body.title}\n\n${written.body.markdown}`;
    const decisions = written.body.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), type: s.type, action: 'accept' }));
    expect((await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions })).body.review.unresolved).toBe(0);
    expect((await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-05-01' })).status).toBe(200);
  }, 120_000);
  afterAll(() => app.close());

  const publish = () => coach.call('POST', `/api/v1/case-studies/${id}/publish`);

  it('refuses to publish while a detail to check is unread, and lists it', async () => {
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    expect(current.detailsCheckedAt).toBeNull();
    expect(current.review.details.map((d: any) => [d.kind, d.text, d.checked])).toEqual([['age', '42 ans', false]]);
    const refused = await publish();
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('details_unchecked');
    expect(refused.body.error.details.details).toEqual([{ kind: 'age', text: '42 ans' }]);
  });

  it('publishes once she has read them, her confirmation dated by the server', async () => {
    const before = Date.now();
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const read = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { detailsChecked: current.review.details.map(checkedDetailOf) });
    expect(read.status).toBe(200);
    expect(Date.parse(read.body.detailsCheckedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(read.body.review.details.map((d: any) => d.checked)).toEqual([true]);
    // Typing elsewhere keeps it: the detail is the same words.
    const typed = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: 'Maëlys, 42 ans, prépare une réunion très difficile.\n\nElle y va sereine.' });
    expect(typed.body.review.details.map((d: any) => d.checked)).toEqual([true]);
    expect(typed.body.detailsCheckedAt).toBe(read.body.detailsCheckedAt);
    const published = await publish();
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
  });

  it('holds publication again for a detail that appears since, and for it alone', async () => {
    const edited = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: 'Maëlys, 42 ans, prépare une réunion très difficile.\n\nElle dirige une équipe de 120 personnes.' });
    expect(edited.body.review.details.map((d: any) => [d.text, d.checked])).toEqual([
      ['42 ans', true],
      ['de 120 personnes', false],
    ]);
    const refused = await publish();
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('details_unchecked');
    expect(refused.body.error.details.details).toEqual([{ kind: 'headcount', text: 'de 120 personnes' }]);
  });

  it('keeps serving the published version while she edits, says so, and republishes through the same checks', async () => {
    const edited = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    expect(edited.status).toBe('published');
    expect(edited.unpublishedChanges).toBe(true);
    const path = new URL(edited.publicUrl).pathname;
    const shown = async () => (await app.inject({ method: 'GET', url: path })).body;
    // The public page still shows the version she published, not her edits.
    expect(await shown()).toContain('Elle y va sereine.');
    expect(await shown()).not.toContain('120 personnes');
    // Republishing was refused above (a detail appeared): nothing changed on the page. Read, it goes through.
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { detailsChecked: edited.review.details.map(checkedDetailOf) });
    const republished = await publish();
    expect(republished.status).toBe(200);
    expect(republished.body.unpublishedChanges).toBe(false);
    // Same address, the new text.
    expect(republished.body.publicUrl).toBe(edited.publicUrl);
    expect(await shown()).toContain('Elle dirige une équipe de 120 personnes.');
    expect(await shown()).not.toContain('sereine');
    // Read again, unchanged: nothing left to publish (the pictures' JSON comes back from the database as stored).
    expect((await coach.call('GET', `/api/v1/case-studies/${id}`)).body.unpublishedChanges).toBe(false);
    // A decision changes what would be published as much as the words do.
    const decisions = republished.body.decisions.map((d: any) => (d.text === 'Maëlys' ? { ...d, action: 'replace', replacement: 'Sophie' } : d));
    expect((await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions })).body.unpublishedChanges).toBe(true);
  });

  it('weighs a narrowed consent against what the public page shows, not the draft edited since', async () => {
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    // "Garder tel quel" on her first name, which her consent covers: published with it.
    const keep = current.decisions.map((d: any) => (d.text === 'Maëlys' ? { text: d.text, type: d.type, action: 'keep' } : d));
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions: keep });
    await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'first_name', givenOn: '2026-05-01' });
    const published = await publish();
    expect(published.status).toBe(200);
    const path = new URL(published.body.publicUrl).pathname;
    expect((await app.inject({ method: 'GET', url: path })).body).toContain('Maëlys, 42 ans');
    // She then masks it in her draft, not yet republished: the page still names her.
    const masked = current.decisions.map((d: any) => (d.text === 'Maëlys' ? { text: d.text, type: d.type, action: 'accept' } : d));
    expect((await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions: masked })).body.unpublishedChanges).toBe(true);
    // A narrower consent is weighed against the page: the case leaves it at once.
    const narrowed = await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-05-02' });
    expect(narrowed.body.status).toBe('draft');
    expect(narrowed.body.unpublishedChanges).toBe(false);
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });

  it('refuses a confirmation that is not a list of details', async () => {
    const bad = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { detailsChecked: [{ kind: 'shoe_size', text: '38' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('detailsChecked.0.kind');
  });
});
