import { sponsorPage } from '@alliance/api';
import { fullName } from '../../repos/clients.js';
import { notFound } from '../../http/errors.js';
import { errors, type TypedApp } from '../../http/typed.js';
import { portalCaller } from '../../portal/principal.js';
import { sponsorViewOf } from '../client-space/progress-data.js';
import { engagementsOf } from './scope.js';

/**
 * The sponsor's view: exactly what the three-way contract allows — nothing,
 * attendance, or attendance and objective progress — built by the domain from bare
 * facts. Never notes, journal, boards, check-in comments or alliance ratings.
 */
export function sponsorRoutes(app: TypedApp): void {
  app.get('/api/v1/portal/sponsor', { schema: { tags: ['portal'], response: { 200: sponsorPage, ...errors } } }, async (request) => {
    const p = portalCaller(request);
    const [engagement] = await engagementsOf(p);
    if (!engagement) throw notFound('Engagement');
    const client = await p.repos.clients.get(engagement.clientId);
    return {
      engagementTitle: engagement.title,
      clientName: client ? fullName(client) : '',
      practiceName: p.practice.name,
      view: await sponsorViewOf(p.repos, engagement),
    };
  });
}
