import { publicComment } from '@alliance/api';
import rateLimit from '@fastify/rate-limit';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Vault } from '../../crypto/vault.js';
import type { Database } from '../../db/database.js';
import { practicePages } from '../../db/schema.js';
import type { PracticeRepository } from '../../repos/practices.js';
import { repositoriesFor, type Repositories } from '../../repos/index.js';
import type { PublishedCase } from '../../repos/case-studies.js';
import { pictureSvg } from '../boards/picture-svg.js';
import { publicBase } from './base-url.js';
import { atomFeed, sitemap } from './feeds.js';
import { articlePage, type FormState, indexPage, type Site } from './pages.js';

export interface PublicPagesDeps {
  db: Database;
  vault: Vault;
  practices: PracticeRepository;
  /** The address readers use, when set; otherwise the request's own. */
  publicUrl?: string;
}

/** How many comments one address may post, and over how long. */
const COMMENT_LIMIT = { max: 5, timeWindow: '10 minutes' };

/**
 * The coach's public pages, rendered on the server (fast, indexable, no script):
 * /p/<practice>/ lists the published case studies, /p/<practice>/<article> shows one
 * with its approved comments and the form to leave one, plus an Atom feed and a
 * sitemap. Comments wait for the coach's moderation; a honeypot field, a rate limit
 * per address and length limits keep spam out; everything shown is escaped.
 */
export async function publicPages(app: FastifyInstance, deps: PublicPagesDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(rateLimit, { global: false });
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 32 * 1024 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    const siteOf = async (request: FastifyRequest<{ Params: { practice: string } }>) => {
      const [page] = await deps.db.select().from(practicePages).where(eq(practicePages.slug, request.params.practice));
      if (!page) return null;
      const owner = await deps.practices.practiceOf(page.practiceId);
      if (!owner) return null;
      const repos = repositoriesFor({ db: deps.db, practiceId: page.practiceId, keys: deps.vault.forPractice(page.practiceId, owner.wrappedKey) });
      const { pageHeading, pageIntro } = owner.practice;
      const site: Site = { slug: page.slug, heading: page.heading, base: publicBase(deps.publicUrl, request), page: { heading: pageHeading, intro: pageIntro } };
      return { site, repos, cases: await repos.caseStudies.published() };
    };
    const htmlReply = (reply: FastifyReply, status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
    const notFoundPage = (reply: FastifyReply) => htmlReply(reply, 404, '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page introuvable</title></head><body><main><h1>Page introuvable</h1></main></body></html>');
    const showArticle = async (reply: FastifyReply, found: { site: Site; repos: Repositories; cases: PublishedCase[] }, c: PublishedCase, form: FormState, status = 200) => {
      const comments = await found.repos.caseStudies.comments({ status: 'approved', caseStudyId: c.id });
      return htmlReply(reply, status, articlePage(found.site, c, found.cases.filter((o) => o.id !== c.id).slice(0, 5), comments, form));
    };

    type PracticeParams = { Params: { practice: string } };
    type ArticleParams = { Params: { practice: string; article: string }; Querystring: { comment?: string } };

    scope.get<PracticeParams>('/p/:practice/', async (request, reply) => {
      const found = await siteOf(request);
      if (!found) return notFoundPage(reply);
      return htmlReply(reply, 200, indexPage(found.site, found.cases, found.cases[0]?.language ?? 'fr'));
    });
    scope.get<PracticeParams>('/p/:practice', async (request, reply) => reply.redirect(`/p/${encodeURIComponent(request.params.practice)}/`, 301));

    scope.get<PracticeParams>('/p/:practice/feed.atom', async (request, reply) => {
      const found = await siteOf(request);
      if (!found) return notFoundPage(reply);
      return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(found.site, found.cases));
    });
    scope.get<PracticeParams>('/p/:practice/sitemap.xml', async (request, reply) => {
      const found = await siteOf(request);
      if (!found) return notFoundPage(reply);
      return reply.type('application/xml; charset=utf-8').send(sitemap(found.site, found.cases));
    });

    // A constellation picture of a published article, exactly as published: its labels anonymised.
    scope.get<{ Params: { practice: string; article: string; picture: string } }>('/p/:practice/:article/pictures/:picture.svg', async (request, reply) => {
      const found = await siteOf(request);
      const picture = found?.cases.find((x) => x.slug === request.params.article)?.pictures.find((p) => p.id === request.params.picture);
      if (!picture) return notFoundPage(reply);
      return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'no-cache').send(pictureSvg(picture.elements, picture.title, { framed: true }));
    });

    scope.get<ArticleParams>('/p/:practice/:article', async (request, reply) => {
      const found = await siteOf(request);
      const c = found?.cases.find((x) => x.slug === request.params.article);
      if (!found || !c) return notFoundPage(reply);
      return showArticle(reply, found, c, { message: request.query.comment === 'pending' ? 'pending' : null });
    });

    scope.post<ArticleParams & { Body: Record<string, string> }>(
      '/p/:practice/:article/comments',
      {
        config: { rateLimit: COMMENT_LIMIT },
        // Too many comments from one address: say so on the page, not in JSON.
        errorHandler: async (error, request, reply) => {
          const found = await siteOf(request);
          const c = found?.cases.find((x) => x.slug === request.params.article);
          if (!found || !c) return notFoundPage(reply);
          const status = (error as { statusCode?: number }).statusCode === 429 ? 429 : 400;
          return showArticle(reply, found, c, { message: status === 429 ? 'tooMany' : null, errors: status === 400 ? ['body'] : [] }, status);
        },
      },
      async (request, reply) => {
        const found = await siteOf(request);
        const c = found?.cases.find((x) => x.slug === request.params.article);
        if (!found || !c) return notFoundPage(reply);
        const raw = typeof request.body === 'object' && request.body ? request.body : {};
        const parsed = publicComment.safeParse(raw);
        if (!parsed.success) {
          // The honeypot filled: a robot. It hears the same thanks and nothing is kept.
          if (parsed.error.issues.some((i) => i.path[0] === 'company')) return reply.redirect(`/p/${found.site.slug}/${c.slug}?comment=pending#leave`, 303);
          const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
          return showArticle(reply, found, c, { values: { name: raw.name, email: raw.email, website: raw.website, body: raw.body }, errors: fields }, 400);
        }
        const { name, email, website, body } = parsed.data;
        await found.repos.caseStudies.addComment(c.id, { name, email, website: website || null, body });
        return reply.redirect(`/p/${found.site.slug}/${c.slug}?comment=pending#leave`, 303);
      },
    );
  });
}
