import {
  API,
  type Engagement,
  type EngagementInput,
  type EngagementPatch,
  type EngagementSummary,
  type Session,
  type SessionInput,
  type Timeline,
} from '@alliance/api';
import type { EngagementStatus } from '@alliance/domain';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export function useEngagements() {
  return useQuery({
    queryKey: keys.engagements,
    queryFn: () => api.get<{ items: EngagementSummary[] }>(API.engagements),
    select: (d) => d.items,
  });
}

export function useEngagement(id: string) {
  return useQuery({ queryKey: keys.engagement(id), queryFn: () => api.get<Engagement>(API.engagement(id)), enabled: Boolean(id) });
}

export function useTimeline(id: string) {
  return useQuery({ queryKey: keys.timeline(id), queryFn: () => api.get<Timeline>(API.timeline(id)) });
}

/** What changes when anything about one engagement changes: it, its story, the lists and the dashboard. */
export function invalidateEngagement(queryClient: QueryClient, id: string) {
  void queryClient.invalidateQueries({ queryKey: keys.engagement(id) });
  void queryClient.invalidateQueries({ queryKey: keys.timeline(id) });
  void queryClient.invalidateQueries({ queryKey: keys.engagements });
  void queryClient.invalidateQueries({ queryKey: keys.dashboard });
}

export function useCreateEngagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EngagementInput) => api.post<Engagement>(API.engagements, input),
    onSuccess: (created) => {
      queryClient.setQueryData(keys.engagement(created.id), created);
      void queryClient.invalidateQueries({ queryKey: keys.engagements });
      void queryClient.invalidateQueries({ queryKey: keys.dashboard });
    },
  });
}

export function useUpdateEngagement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: EngagementPatch) => api.patch<Engagement>(API.engagement(id), patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.engagement(id), updated);
      invalidateEngagement(queryClient, id);
    },
  });
}

export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: EngagementStatus) => api.post<Engagement>(API.transitions(id), { to }),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.engagement(id), updated);
      invalidateEngagement(queryClient, id);
    },
    // A refused move (409) means our view is stale: show what the server says now.
    onError: () => invalidateEngagement(queryClient, id),
  });
}

export function usePlanSession(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SessionInput) => api.post<Session>(API.engagementSessions(engagementId), input),
    onSuccess: (created) => {
      queryClient.setQueryData(keys.session(created.id), created);
      invalidateEngagement(queryClient, engagementId);
    },
  });
}
