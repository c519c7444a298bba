import { checkedDetailOf } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Coach, TEST_DATABASES } from '../../testing/harness.js';
import { draftedCaseStudy } from './case-study-fixture.js';
import { reviewOf } from './review.js';

// The review, counted: the list must not run the anonymiser over a published case whose inputs it has already answered for.
vi.mock('./review.js', async (original) => {
  const actual = await original<typeof import('./review.js')>();
  return { ...actual, reviewOf: vi.fn(actual.reviewOf) };
});
const reviews = vi.mocked(reviewOf);

/**
 * The list of case studies says which published cases have changes their page does not
 * show (`unpublishedChanges`), exactly as each case's own page says it, without
 * reviewing every published case on every listing: an answer is remembered by the
 * fingerprint of everything that decides it, so a change in the case, in the records'
 * names or in the published version is a new question.
 */
describe.each(TEST_DATABASES)('the list of case studies, answering unpublished changes from what it remembers (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  let clientId: string;
  const original = 'Maëlys prépare une réunion difficile.\n\nElle y va sereine.';

  beforeAll(async () => {
    ({ app, coach, id } = await draftedCaseStudy(kind));
    const engagementId = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body.engagementId;
    clientId = (await coach.call('GET', `/api/v1/engagements/${engagementId}`)).body.clientId;
    const written = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title: 'Prendre sa place', markdown: original })).body;
    const whole = `${written.title}\n\n${written.markdown}`;
    const decisions = written.review.spans.map((s: any) => ({ text: whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), type: s.type, action: 'accept' }));
    const decided = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions })).body;
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { detailsChecked: decided.review.details.map(checkedDetailOf) });
    await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-11-20' });
    expect((await coach.call('POST', `/api/v1/case-studies/${id}/publish`)).status).toBe(200);
  }, 120_000);
  afterAll(() => app.close());

  /** The list's answer for the case, and how many reviews the listing ran. */
  const listed = async () => {
    reviews.mockClear();
    const item = (await coach.call('GET', '/api/v1/case-studies')).body.items.find((c: any) => c.id === id);
    return { changed: item.unpublishedChanges as boolean, reviewed: reviews.mock.calls.length };
  };
  const onItsPage = async () => (await coach.call('GET', `/api/v1/case-studies/${id}`)).body.unpublishedChanges as boolean;

  it('answers a published case its page has just answered for without reviewing it again', async () => {
    expect(await listed()).toEqual({ changed: false, reviewed: 0 });
    expect(await onItsPage()).toBe(false);
    expect(await listed()).toEqual({ changed: false, reviewed: 0 });
  });

  it('follows her edits: a change to publish, then the published words again', async () => {
    const edited = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: `${original}\n\nEt revient apaisée.` })).body;
    expect(edited.unpublishedChanges).toBe(true);
    expect(await listed()).toEqual({ changed: true, reviewed: 0 });
    const reverted = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: original })).body;
    expect(reverted.unpublishedChanges).toBe(false);
    expect(await listed()).toEqual({ changed: false, reviewed: 0 });
  });

  it('asks again when something outside the case changes its review — her recorded name — and then remembers', async () => {
    // The text still says "Maëlys", no longer a name the records hold: the review reads it otherwise, and the case itself (its updated-at) did not change.
    expect((await coach.call('PATCH', `/api/v1/clients/${clientId}`, { firstName: 'Maëlle' })).status).toBe(200);
    const first = await listed();
    expect(first).toEqual({ changed: true, reviewed: 1 });
    expect(await onItsPage()).toBe(true);
    expect(await listed()).toEqual({ changed: first.changed, reviewed: 0 });
    // Her name as it was: the first answer again, remembered.
    await coach.call('PATCH', `/api/v1/clients/${clientId}`, { firstName: 'Maëlys' });
    expect(await listed()).toEqual({ changed: false, reviewed: 0 });
  });

  it('asks again once she republishes, as the published version is part of the question', async () => {
    const edited = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: `${original}\n\nEt revient apaisée.` })).body;
    const whole = `${edited.title}\n\n${edited.markdown}`;
    const decisions = [...edited.decisions, ...edited.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), type: s.type, action: 'accept' }))];
    const decided = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions })).body;
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { detailsChecked: decided.review.details.map(checkedDetailOf) });
    expect(await listed()).toEqual({ changed: true, reviewed: 0 });
    expect((await coach.call('POST', `/api/v1/case-studies/${id}/publish`)).body.unpublishedChanges).toBe(false);
    expect(await listed()).toEqual({ changed: false, reviewed: 0 });
  });
});
