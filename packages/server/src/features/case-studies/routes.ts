import {
  caseStudy,
  caseStudyPatch,
  caseStudySummary,
  comment,
  commentsQuery,
  composeCaseStudyInput,
  idParams,
  moderation,
  publicationConsent,
} from '@alliance/api';
import {
  beyondConsent,
  caseStudySlug,
  checkedDetailOf,
  coachPrompts,
  composeCaseStudy,
  consentDatedAfterToday,
  DEFAULT_PRACTICE_TIME_ZONE,
  HIGH_RISK_TYPES,
  localDay,
  publicationRefusal,
  reviewedWhole,
  slugify,
  type PublicationConsent,
} from '@alliance/domain';
import { z } from 'zod';
import { ctx } from '../../http/context.js';
import { AppError, invalidInput, notFound } from '../../http/errors.js';
import { consentFromClientSpace } from './consent.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import type { CaseStudyRecord, CommentRecord } from '../../repos/case-studies.js';
import type { Repositories } from '../../repos/index.js';
import { engagementNames } from '../anonymise/recorded-names.js';
import { caseStudyView, picturesToPublish, reviewOf, unpublishedChanges } from './review.js';
import { changesMemo, reviewFingerprint } from './published-changes.js';
import { caseSourceOf } from './source.js';
import { commentReader } from './comment-findings.js';
import { engagementPictures } from './pictures.js';
import { supervisionMarkdown } from './supervision-md.js';
import { renderSupervisionPdf } from './supervision-pdf.js';

const tags = ['case-studies'];

/**
 * Case studies: drafted from an engagement's records, reviewed span by span, published
 * with consent to the practice's public pages; and the comments readers leave there.
 * `now` is the clock the practice's today is read from (tests set it).
 */
export function caseStudyRoutes(app: TypedApp, publicBase: (request: { protocol: string; host: string }) => string, now: () => Date = () => new Date()): void {
  // Whether each published case differs from its page, by the fingerprint of what decides it (published-changes.ts).
  const memo = changesMemo();
  /** What the review reads besides the record: the recorded names and the engagement's pictures (database reads, no anonymiser). */
  const reviewInputs = async (repos: Repositories, record: CaseStudyRecord) => {
    const [names, pictures] = await Promise.all([engagementNames(repos, record.engagementId), engagementPictures(repos, record.engagementId, reviewedWhole(record.title, record.markdown))]);
    return { names, pictures, fingerprint: reviewFingerprint(record, names.known, pictures) };
  };
  const reviewFor = async (repos: Repositories, record: CaseStudyRecord) => {
    const { names, pictures, fingerprint } = await reviewInputs(repos, record);
    const review = await reviewOf(record, names.known, pictures, names.client, repos.pseudonyms.seedOf);
    // Every review answers for the list too: a case she has just opened or edited costs the list nothing.
    if (record.published) memo.set(fingerprint, unpublishedChanges(record.published, review));
    return review;
  };
  /** A published case's changes as its page would say them: remembered by fingerprint, else reviewed (one at a time: the anonymiser is all CPU). */
  const publishedChanges = async (repos: Repositories, record: CaseStudyRecord) => {
    if (!record.published) return false;
    const { names, pictures, fingerprint } = await reviewInputs(repos, record);
    const known = memo.get(fingerprint);
    if (known !== undefined) return known;
    const changed = unpublishedChanges(record.published, await reviewOf(record, names.known, pictures, names.client, repos.pseudonyms.seedOf));
    memo.set(fingerprint, changed);
    return changed;
  };
  const view = async (repos: Repositories, record: CaseStudyRecord, request: { protocol: string; host: string }) => {
    const review = await reviewFor(repos, record);
    const page = await repos.caseStudies.pageOf();
    const publicUrl = page && record.publishedAt && record.slug ? `${publicBase(request)}/p/${page.slug}/${record.slug}` : null;
    return { review, body: caseStudyView(record, review, publicUrl) };
  };
  const mustGet = async (repos: Repositories, id: string) => {
    const record = await repos.caseStudies.get(id);
    if (!record) throw notFound('Case study');
    return record;
  };

  app.post('/api/v1/engagements/:id/case-studies', { schema: { tags, params: idParams, body: composeCaseStudyInput, response: { 201: caseStudy, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const engagement = await repos.engagements.get(request.params.id);
    if (!engagement) throw notFound('Engagement');
    const { title, markdown } = composeCaseStudy(await caseSourceOf(repos, engagement, request.body.language));
    const record = await repos.caseStudies.create(engagement, request.body.language, { title, markdown, mode: 'roles', decisions: [], added: [], consent: null });
    reply.status(201);
    return (await view(repos, record, request)).body;
  });

  app.get('/api/v1/case-studies', { schema: { tags, response: { 200: itemsOf(caseStudySummary), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const page = await repos.caseStudies.pageOf();
    const items = [];
    for (const r of await repos.caseStudies.list()) {
      // As her case's own page says it: only a published case can differ from its page.
      const changed = await publishedChanges(repos, r);
      items.push({
        id: r.id,
        engagementId: r.engagementId,
        language: r.language,
        title: r.title,
        status: r.publishedAt ? ('published' as const) : ('draft' as const),
        unpublishedChanges: changed,
        publicUrl: page && r.publishedAt && r.slug ? `${publicBase(request)}/p/${page.slug}/${r.slug}` : null,
        publishedAt: r.publishedAt?.toISOString() ?? null,
        republishedAt: r.republishedAt?.toISOString() ?? null,
        updatedAt: r.updatedAt.toISOString(),
        pendingComments: r.pendingComments,
      });
    }
    return { items };
  });

  app.get('/api/v1/case-studies/:id', { schema: { tags, params: idParams, response: { 200: caseStudy, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    return (await view(repos, await mustGet(repos, request.params.id), request)).body;
  });

  app.patch('/api/v1/case-studies/:id', { schema: { tags, params: idParams, body: caseStudyPatch, response: { 200: caseStudy, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const record = await mustGet(repos, request.params.id);
    const { title, markdown, mode, decisions, added, detailsChecked } = request.body;
    // What the body leaves out stays as it was (the consent, what the published version keeps…).
    const saved = await repos.caseStudies.saveDraft(record, {
      ...record,
      title: title ?? record.title,
      markdown: markdown ?? record.markdown,
      mode: mode ?? record.mode,
      decisions: decisions ?? record.decisions,
      added: added ?? record.added,
      // Dated by the server: when she said she had read them.
      detailsCheck: detailsChecked ? { checkedAt: new Date().toISOString(), details: detailsChecked } : (record.detailsCheck ?? null),
    });
    return (await view(repos, saved, request)).body;
  });

  app.delete('/api/v1/case-studies/:id', { schema: { tags, params: idParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    if (!(await repos.caseStudies.remove(request.params.id))) throw notFound('Case study');
    reply.status(204);
    return null;
  });

  app.put('/api/v1/case-studies/:id/consent', { schema: { tags, params: idParams, body: publicationConsent, response: { 200: caseStudy, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const record = await mustGet(repos, request.params.id);
    const body = request.body;
    // A consent she records cannot be dated after today, the practice's day (a date is a calendar day, not an instant).
    const today = localDay(now(), DEFAULT_PRACTICE_TIME_ZONE);
    if (body.kind === 'client' && consentDatedAfterToday({ ...body, source: 'coach' }, today)) {
      throw invalidInput([{ path: 'givenOn', code: 'after_today', message: `The consent cannot be dated after today (${today})`, latest: today }]);
    }
    // The composite statement is dated by the server: when the coach made it.
    const consent: PublicationConsent =
      body.kind === 'composite'
        ? { kind: 'composite', statement: body.statement, statedAt: new Date().toISOString() }
        : body.kind === 'client_space'
          ? await consentFromClientSpace(repos, record.engagementId)
          : { ...body, source: 'coach' };
    let saved = await repos.caseStudies.saveDraft(record, { ...record, consent });
    if (!saved.publishedAt) return (await view(repos, saved, request)).body;
    // Consent withdrawn, or narrowed below a name the published case keeps: the case leaves the public pages at once.
    // What the public page shows is the version published, whatever she has edited since.
    const current = await view(repos, saved, request);
    if ((consent.kind === 'client' && consent.withdrawnOn) || beyondConsent(consent, saved.publishedKept ?? current.review.kept).length > 0) {
      await repos.caseStudies.unpublish(saved.id);
      saved = (await repos.caseStudies.get(saved.id))!;
      return (await view(repos, saved, request)).body;
    }
    return current.body;
  });

  app.post('/api/v1/case-studies/:id/publish', { schema: { tags, params: idParams, response: { 200: caseStudy, ...errors } } }, async (request) => {
    const { repos, practice } = ctx(request);
    const record = await mustGet(repos, request.params.id);
    const { review } = await view(repos, record, request);
    // Read in the coach's own text: in the anonymised one a prompt's first word may itself be masked ("[T. write: …]").
    const prompts = coachPrompts(reviewedWhole(record.title, record.markdown));
    const unchecked = review.details.filter((d) => !d.checked).map(checkedDetailOf);
    const refusal = publicationRefusal({ publishedText: review.text, unresolved: review.unresolved, consent: record.consent, prompts: prompts.length, kept: review.kept, uncheckedDetails: unchecked.length });
    if (refusal) {
      // The very spans the guard counted: undecided and of a high-risk type.
      const unresolved = review.spans
        .filter((s) => s.decision === null && HIGH_RISK_TYPES.has(s.type))
        .map((s) => ({ start: s.start, end: s.end, type: s.type, nameStart: s.nameStart, nameEnd: s.nameEnd }));
      // And the names her decisions keep in clear that the consent does not cover ("Sonia" kept, consent "anonymised").
      const kept = record.consent ? beyondConsent(record.consent, review.kept) : [];
      // And the details to check that her "J'ai relu ces détails" does not cover (new since, or never confirmed).
      throw new AppError('conflict', `This case study cannot be published yet: ${refusal}`, { reason: refusal, unresolved, prompts, kept, details: unchecked });
    }
    await ensurePage(repos, practice.name);
    // Made once, at the first publication, from the anonymised title; kept after, so the address never moves.
    let slug = record.slug ?? caseStudySlug(review.title);
    for (let n = 2; await repos.caseStudies.slugTaken(slug, record.id); n++) slug = caseStudySlug(review.title, n);
    // The names this version keeps in clear, which a narrower consent later is weighed against.
    await repos.caseStudies.saveDraft(record, { ...record, publishedKept: review.kept });
    // The pictures are published as the text is: anonymised, in clear, fixed at this moment.
    const version = { title: review.title, markdown: review.text, pictures: picturesToPublish(review) };
    if (!record.published) await repos.caseStudies.publish(record.id, { slug, ...version });
    // Already on the page: her changes replace it at the same address, under its first date (and its place in the feed),
    // dated as republished; nothing changed, nothing is dated.
    else if (unpublishedChanges(record.published, review)) await repos.caseStudies.republish(record.id, version);
    return (await view(repos, (await repos.caseStudies.get(record.id))!, request)).body;
  });

  app.post('/api/v1/case-studies/:id/unpublish', { schema: { tags, params: idParams, response: { 200: caseStudy, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const record = await mustGet(repos, request.params.id);
    await repos.caseStudies.unpublish(record.id);
    return (await view(repos, (await repos.caseStudies.get(record.id))!, request)).body;
  });

  /** For supervision: always anonymised, with the current decisions; needs no publication consent. */
  app.get('/api/v1/case-studies/:id/supervision.md', { schema: { tags, params: idParams } }, async (request, reply) => {
    const { repos } = ctx(request);
    const { review } = await view(repos, await mustGet(repos, request.params.id), request);
    reply.header('content-type', 'text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${caseStudySlug(review.title)}.md"`);
    return supervisionMarkdown(review);
  });

  app.get('/api/v1/case-studies/:id/supervision.pdf', { schema: { tags, params: idParams } }, async (request, reply) => {
    const { repos } = ctx(request);
    const record = await mustGet(repos, request.params.id);
    const { review } = await view(repos, record, request);
    const pdf = await renderSupervisionPdf({ title: review.title, text: review.text, pictures: review.pictures, language: record.language, generatedAt: new Date() });
    reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${caseStudySlug(review.title)}.pdf"`);
    return pdf;
  });

  app.get('/api/v1/comments', { schema: { tags, querystring: commentsQuery, response: { 200: itemsOf(comment), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const view = await commentViews(repos);
    const items = [];
    // One at a time: the anonymiser is all CPU.
    for (const c of await repos.caseStudies.comments({ status: request.query.status })) items.push(await view(c));
    return { items };
  });

  app.post('/api/v1/comments/:id/moderation', { schema: { tags, params: idParams, body: moderation, response: { 200: comment, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const { status, acknowledged } = request.body;
    const existing = await repos.caseStudies.comment(request.params.id);
    if (!existing) throw notFound('Comment');
    const view = await commentViews(repos);
    // Approving what names someone of the engagement (or gives an e-mail, a phone) is never a slip: she says she has read it.
    // Read now, not as her list showed it: the records may have learnt a name since. Refusing is always allowed.
    if (status === 'approved' && !acknowledged) {
      const { identifying } = await view(existing);
      if (identifying.needsAcknowledgement) {
        const what = identifying.found.filter((f) => f.certainty === 'sure').map((f) => `"${f.text}"`);
        throw new AppError('comment_identifies', `This comment identifies someone (${what.join(', ')}): approve it with "acknowledged": true once you have read it`, { found: identifying.found });
      }
    }
    const moderated = await repos.caseStudies.moderate(existing.id, status);
    if (!moderated) throw notFound('Comment');
    return view(moderated);
  });
}

/** Comments as the coach sees them: with the published title of the case they are on, and what each would reveal on its page. */
async function commentViews(repos: Repositories) {
  const [titles, identifying] = await Promise.all([repos.caseStudies.published().then((cases) => new Map(cases.map((c) => [c.id, c.title]))), commentReader(repos)]);
  return async (c: CommentRecord) => ({ ...c, caseStudyTitle: titles.get(c.caseStudyId) ?? '', createdAt: c.createdAt.toISOString(), identifying: await identifying(c) });
}

/** The practice's public address, from its name, at its first publication. */
async function ensurePage(repos: Repositories, practiceName: string): Promise<void> {
  if (await repos.caseStudies.pageOf()) return;
  const base = slugify(practiceName);
  for (let n = 1; n < 50; n++) if (await repos.caseStudies.createPage(n === 1 ? base : `${base}-${n}`, practiceName)) return;
  throw new AppError('conflict', 'No public address could be found for this practice');
}
