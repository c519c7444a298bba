import { API, type Me, type Practice, type RetentionDue } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

/** The bounds the server accepts (the domain's MIN/MAX_RETENTION_YEARS), repeated for the input. */
export const RETENTION_MIN_YEARS = 1;
export const RETENTION_MAX_YEARS = 10;

export type DueEngagement = RetentionDue['due'][number];

export function useRetention() {
  return useQuery({ queryKey: keys.retention, queryFn: () => api.get<RetentionDue>(API.retention) });
}

export function useRetentionPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (retentionYears: number) => api.patch<Practice>(API.practice, { retentionYears }),
    onSuccess: (practice) => {
      const me = queryClient.getQueryData<Me>(keys.me);
      if (me) queryClient.setQueryData(keys.me, { ...me, practice });
      void queryClient.invalidateQueries({ queryKey: keys.retention });
    },
  });
}

export function useEraseDue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (engagementIds: string[]) => api.post<{ erasedEngagements: number; erasedClients: number }>(API.retentionErase, { engagementIds }),
    // Whatever happened (a 409 means the list moved), what is shown everywhere is read again.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
