import { API, type SearchHit } from '@alliance/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import { keys } from '../../api/keys';

export const SEARCH_LIMIT = 30;

/** Her notes ranked as the server ranks them; nothing is asked for an empty query. */
export function useSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: keys.search(query),
    queryFn: ({ signal }) => api.get<{ items: SearchHit[] }>(withQuery(API.search, { q: query, limit: String(SEARCH_LIMIT) }), { signal }),
    select: (d) => d.items,
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Where a hit opens: the session itself, the engagement its note belongs to, or her record. */
export function hitPath(hit: SearchHit): string | null {
  switch (hit.kind) {
    case 'session':
      return `/sessions/${hit.recordId}`;
    case 'client':
      return `/clients/${hit.recordId}`;
    default:
      return hit.engagementId ? `/engagements/${hit.engagementId}` : null;
  }
}
