import { API, type CaseStudy, type PublicationConsentInput, type CaseStudyPatch, type CaseStudySummary, type Comment } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import { keys } from '../../api/keys';


export function useCaseStudies() {
  return useQuery({ queryKey: keys.caseStudies, queryFn: () => api.get<{ items: CaseStudySummary[] }>(API.caseStudies), select: (d) => d.items });
}

export function useCaseStudy(id: string) {
  return useQuery({ queryKey: keys.caseStudy(id), queryFn: () => api.get<CaseStudy>(API.caseStudy(id)) });
}

/** Every change answers with the whole case study, review included: it replaces what the screen shows. */
function useCaseStudyChange<V>(id: string, send: (v: V) => Promise<CaseStudy>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (c) => {
      queryClient.setQueryData(keys.caseStudy(id), c);
      void queryClient.invalidateQueries({ queryKey: keys.caseStudies, exact: true });
    },
  });
}

export const useUpdateCaseStudy = (id: string) => useCaseStudyChange(id, (patch: CaseStudyPatch) => api.patch<CaseStudy>(API.caseStudy(id), patch));
export const useSaveConsent = (id: string) => useCaseStudyChange(id, (consent: PublicationConsentInput) => api.put<CaseStudy>(API.caseStudyConsent(id), consent));
export const usePublish = (id: string) => useCaseStudyChange(id, (publish: boolean) => api.post<CaseStudy>(publish ? API.caseStudyPublish(id) : API.caseStudyUnpublish(id)));

export function useComposeCaseStudy(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: 'fr' | 'en') => api.post<CaseStudy>(API.engagementCaseStudies(engagementId), { language }),
    onSuccess: (c) => {
      queryClient.setQueryData(keys.caseStudy(c.id), c);
      void queryClient.invalidateQueries({ queryKey: keys.caseStudies, exact: true });
    },
  });
}

export function usePendingComments() {
  return useQuery({ queryKey: keys.comments, queryFn: () => api.get<{ items: Comment[] }>(`${API.comments}?status=pending`), select: (d) => d.items });
}

/** `acknowledged`: she has read what the comment reveals and approves it all the same (without it, such an approval is refused). */
export function useModerate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, acknowledged }: { id: string; status: 'approved' | 'rejected'; acknowledged?: boolean }) =>
      api.post<Comment>(API.commentModeration(id), acknowledged ? { status, acknowledged } : { status }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.comments });
      void queryClient.invalidateQueries({ queryKey: keys.caseStudies, exact: true });
    },
    // Refused because it identifies someone her list did not show yet (a name recorded since): the list reads it again and warns.
    onError: (error) => {
      if (isApiError(error) && error.code === 'comment_identifies') void queryClient.invalidateQueries({ queryKey: keys.comments });
    },
  });
}
