import { API, type Client, type ClientInput, type ClientPatch, type EngagementSummary } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import { keys } from '../../api/keys';

export function useClients() {
  return useQuery({ queryKey: keys.clients, queryFn: () => api.get<{ items: Client[] }>(API.clients), select: (d) => d.items });
}

export function useClient(id: string) {
  return useQuery({ queryKey: keys.client(id), queryFn: () => api.get<Client>(API.client(id)) });
}

export function useClientEngagements(clientId: string) {
  return useQuery({
    queryKey: keys.engagementsOf(clientId),
    queryFn: () => api.get<{ items: EngagementSummary[] }>(withQuery(API.engagements, { clientId })),
    select: (d) => d.items,
  });
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ClientInput) => api.post<Client>(API.clients, input),
    onSuccess: (created) => {
      queryClient.setQueryData(keys.client(created.id), created);
      void queryClient.invalidateQueries({ queryKey: keys.clients });
      void queryClient.invalidateQueries({ queryKey: keys.dashboard });
    },
  });
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ClientPatch) => api.patch<Client>(API.client(id), patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.client(id), updated);
      void queryClient.invalidateQueries({ queryKey: keys.clients, exact: true });
      // Her name appears on engagements, the dashboard and timelines.
      void queryClient.invalidateQueries({ queryKey: keys.engagements });
      void queryClient.invalidateQueries({ queryKey: keys.dashboard });
    },
  });
}

export function useDeleteClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(API.client(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keys.client(id) });
      void queryClient.invalidateQueries();
    },
  });
}

export const clientName = (c: Pick<Client, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`.trim();
