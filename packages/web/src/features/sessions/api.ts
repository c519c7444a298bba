import { API, type Session, type SessionPatch } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { invalidateEngagement } from '../engagements/api';

export function useSession(id: string) {
  // Always fetched afresh when the editor opens (another device may have written since);
  // not on window focus, which would only move the header while the notes stay the coach's.
  return useQuery({ queryKey: keys.session(id), queryFn: () => api.get<Session>(API.session(id)), staleTime: 0, refetchOnWindowFocus: false });
}

/** Date, length, mode, status: saved as soon as changed, they move the engagement's count. */
export function useUpdateSessionMeta(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Omit<SessionPatch, 'notes' | 'privateReflections'>) => api.patch<Session>(API.session(id), patch),
    onSuccess: (session) => {
      queryClient.setQueryData(keys.session(id), session);
      invalidateEngagement(queryClient, session.engagementId);
    },
  });
}
