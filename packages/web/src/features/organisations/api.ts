import { API, type Organisation, type OrganisationInput } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export function useOrganisations() {
  return useQuery({
    queryKey: keys.organisations,
    queryFn: () => api.get<{ items: Organisation[] }>(API.organisations),
    select: (d) => d.items,
  });
}

export function useOrganisation(id: string) {
  return useQuery({ queryKey: keys.organisation(id), queryFn: () => api.get<Organisation>(API.organisation(id)) });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) => api.post<Organisation>(API.organisations, input),
    onSuccess: (created) => {
      queryClient.setQueryData(keys.organisation(created.id), created);
      void queryClient.invalidateQueries({ queryKey: keys.organisations, exact: true });
    },
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<OrganisationInput>) => api.patch<Organisation>(API.organisation(id), patch),
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.organisation(id), updated);
      void queryClient.invalidateQueries({ queryKey: keys.organisations, exact: true });
      void queryClient.invalidateQueries({ queryKey: keys.engagements });
    },
  });
}
