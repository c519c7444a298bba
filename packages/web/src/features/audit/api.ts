import { API, type AuditEvent } from '@alliance/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import { keys } from '../../api/keys';

export const AUDIT_PAGE = 50;

/** Newest first, a page at a time: the next page is what happened before the last line shown. */
export function useAudit(clientId?: string, pageSize = AUDIT_PAGE) {
  return useInfiniteQuery({
    queryKey: clientId ? keys.auditOf(clientId) : keys.audit,
    queryFn: ({ pageParam }) =>
      api.get<{ items: AuditEvent[] }>(withQuery(API.audit, { clientId, before: pageParam, limit: String(pageSize) })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.items.length < pageSize ? undefined : last.items[last.items.length - 1]?.at),
    select: (d) => d.pages.flatMap((p) => p.items),
  });
}
