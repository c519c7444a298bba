import { API, type CreatedInvitation, type Invitation, type Me, type Member } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { useCurrentMe } from '../auth/api';

export function useMembers() {
  return useQuery({ queryKey: keys.members, queryFn: () => api.get<{ items: Member[] }>(API.members), select: (d) => d.items });
}

/** The owner alone changes the practice's settings, invites, and applies the retention period. */
export function useIsOwner(): boolean {
  return useCurrentMe().role === 'owner';
}

export function useInvitations(enabled: boolean) {
  return useQuery({ queryKey: keys.invitations, queryFn: () => api.get<{ items: Invitation[] }>(API.invitations), select: (d) => d.items, enabled });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => api.post<CreatedInvitation>(API.invitations, { email }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.invitations }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(API.invitation(id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.invitations }),
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<Me>(API.acceptInvitation, { token }),
    onSuccess: (me) => {
      // Another practice: nothing seen before belongs to it.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.me[0] });
      queryClient.setQueryData(keys.me, me);
    },
  });
}

/** The link to send: this very server, the path the invitation names. */
export const joinLink = (joinPath: string, origin = window.location.origin) => `${origin}${joinPath}`;
