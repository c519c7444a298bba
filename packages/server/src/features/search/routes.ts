import { searchHit, searchQuery } from '@alliance/api';
import { ctx } from '../../http/context.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import type { SearchIndexes } from '../../search/indexes.js';

/** A coach searches all her notes, in French or English. */
export function searchRoutes(app: TypedApp, indexes: SearchIndexes): void {
  app.get('/api/v1/search', { schema: { tags: ['search'], querystring: searchQuery, response: { 200: itemsOf(searchHit), ...errors } } }, async (request) => {
    const { repos, practice } = ctx(request);
    const index = await indexes.indexFor(practice.id, repos.searchSources);
    const hits = index.search(request.query.q, request.query.limit);
    const names = await repos.clients.namesOf(hits.flatMap((h) => (h.clientId ? [h.clientId] : [])));
    return { items: hits.map((h) => ({ ...h, clientName: h.clientId ? (names.get(h.clientId) ?? null) : null })) };
  });
}
