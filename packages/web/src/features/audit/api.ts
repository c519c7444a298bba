import { API, type AuditPage } from '@alliance/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import { keys } from '../../api/keys';

export const AUDIT_PAGE = 50;

/** Newest first, a page at a time: the next page follows the server's cursor (entries may share an instant). */
export function useAudit(clientId?: string, pageSize = AUDIT_PAGE) {
  return useInfiniteQuery({
    queryKey: clientId ? keys.auditOf(clientId) : keys.audit,
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(withQuery(API.audit, { clientId, cursor: pageParam, limit: String(pageSize) })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (d) => d.pages.flatMap((p) => p.items),
  });
}
