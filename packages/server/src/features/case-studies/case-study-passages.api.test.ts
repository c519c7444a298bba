import { passageAnchor, reviewedWhole } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

/**
 * A decision for one passage of a name: "Florence" is the client in two sentences and
 * the Italian city in a third. The coach keeps the city in clear for that passage only;
 * the server stores the passage with the decision (in the sealed draft), applies it
 * there only, reports it stale once the text no longer holds that passage, and still
 * refuses publication while a passage of a high-risk name waits.
 */
describe.each(TEST_DATABASES)('case study decisions for one passage (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  const title = 'Une alliance';
  const markdown = "Florence m'a appelée hier.\nElle rentrait de Florence, en Italie.\nFlorence était fatiguée.";
  const whole = reviewedWhole(title, markdown);

  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const client = await coach.call('POST', '/api/v1/clients', { firstName: 'Florence', lastName: 'Ardant' });
    const engagement = await coach.call('POST', '/api/v1/engagements', { clientId: client.body.id, title });
    const draft = await coach.call('POST', `/api/v1/engagements/${engagement.body.id}/case-studies`, { language: 'fr' });
    expect(draft.status).toBe(201);
    id = draft.body.id;
    expect((await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title, markdown, mode: 'roles' })).status).toBe(200);
    // The first review loads the anonymiser's word lists: past 30 s on a busy machine.
  }, 120_000);
  afterAll(() => app.close());

  const florences = (body: any) => body.review.spans.filter((s: any) => whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end) === 'Florence');
  /** The city's passage, as the screen anchors it: in the text the server reviewed, among all its spans. */
  const cityAnchor = (body: any) => passageAnchor(whole, body.review.spans, florences(body)[1]);

  it('stores a decision for one passage, applies it there only, and answers which passage has its own decision', async () => {
    const before = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    expect(florences(before).map((s: any) => s.type)).toEqual(['person', 'person', 'person']);
    const passage = cityAnchor(before);
    expect(passage).toEqual({ before: '\nElle rentrait de ', after: ', en Italie.\n', index: 0, count: 1 });
    const decisions = [
      { text: 'Florence', type: 'person', action: 'accept' },
      { text: 'Florence', type: 'person', action: 'keep', passage },
    ];
    const res = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions });
    expect(res.status).toBe(200);
    expect(res.body.decisions).toEqual(decisions);
    expect(florences(res.body).map((s: any) => [s.decision, s.passage ?? null])).toEqual([
      ['accept', null],
      ['keep', passage],
      ['accept', null],
    ]);
    expect(res.body.review.stale).toEqual([]);
    expect(res.body.review.text).toContain('Elle rentrait de Florence, dans un pays.');
    expect(res.body.review.text.match(/Florence/g)).toHaveLength(1);
    // Read again, from the sealed draft.
    const read = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    expect(read.decisions).toEqual(decisions);
    expect(read.review.text).toBe(res.body.review.text);
  });

  it('reports it stale once the words around the passage are edited, the passage then following the name', async () => {
    const edited = markdown.replace('en Italie', 'en Toscane');
    const res = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: edited });
    expect(res.status).toBe(200);
    expect(res.body.review.stale).toEqual([expect.objectContaining({ text: 'Florence', action: 'keep', passage: expect.objectContaining({ after: ', en Italie.\n' }) })]);
    expect(res.body.review.spans.some((s: any) => s.passage)).toBe(false);
    expect(res.body.review.text).not.toContain('Florence');
    // Written back as it was, the passage takes its own decision again.
    const back = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown });
    expect(back.body.review.stale).toEqual([]);
    expect(back.body.review.text).toContain('de Florence, dans un pays.');
  });

  it("refuses publication while another passage of the name waits, and weighs the kept passage against the consent", async () => {
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const passage = cityAnchor(current);
    const onlyTheCity = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions: [{ text: 'Florence', type: 'person', action: 'keep', passage }] });
    expect(onlyTheCity.body.review.unresolved).toBe(2);
    // Her consent covers her first name: what holds publication is the two passages of the client still undecided.
    await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'first_name', givenOn: '2026-01-10' });
    const refused = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('unresolved_spans');
    expect(refused.body.error.details.unresolved).toHaveLength(2);
    // A consent that allows no name: the word kept, her first name, is refused as such, whatever it means there.
    await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-01-10' });
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions: [{ text: 'Florence', type: 'person', action: 'accept' }, { text: 'Florence', type: 'person', action: 'keep', passage }] });
    const beyond = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(beyond.status).toBe(409);
    expect(beyond.body.error.details.reason).toBe('kept_beyond_consent');
    // Replaced for that passage instead, it publishes: one passage's own words, the others the proposal.
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions: [{ text: 'Florence', type: 'person', action: 'accept' }, { text: 'Florence', type: 'person', action: 'replace', replacement: 'une ville italienne', passage }] });
    const published = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.review.text).toContain("Elle rentrait d'une ville italienne, dans un pays.");
    expect(published.body.review.text).not.toContain('Florence');
  });

  it('answers 400 naming the field of a malformed passage', async () => {
    const decide = (passage: unknown) => coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions: [{ text: 'Florence', type: 'person', action: 'keep', passage }] });
    const cases: [unknown, string][] = [
      [{ before: 'x'.repeat(200), after: '', index: 0, count: 1 }, 'decisions.0.passage.before'],
      [{ before: '', after: 7, index: 0, count: 1 }, 'decisions.0.passage.after'],
      [{ before: '', after: '', index: 2, count: 2 }, 'decisions.0.passage.index'],
      [{ before: '', after: '', index: 0, count: 0 }, 'decisions.0.passage.count'],
      [{ before: '', after: '', index: -1, count: 1 }, 'decisions.0.passage.index'],
      ['the third one', 'decisions.0.passage'],
    ];
    for (const [passage, path] of cases) {
      const res = await decide(passage);
      expect(res.status, JSON.stringify(passage)).toBe(400);
      expect(res.body.error.details.map((d: any) => d.path)).toContain(path);
    }
    const unknownKey = await decide({ before: '', after: '', index: 0, count: 1, nth: 3 });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.details[0].path).toMatch(/^decisions\.0\.passage/);
  });
});
