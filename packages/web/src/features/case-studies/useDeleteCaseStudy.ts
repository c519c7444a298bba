import { API } from '@alliance/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

/**
 * Deletes a case study (DELETE /api/v1/case-studies/:id). The server deletes a published
 * one too, its comments with it: the screen asks first, and says so. Whatever the answer,
 * the list is read again, so a case deleted elsewhere leaves it too.
 */
export function useDeleteCaseStudy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(API.caseStudy(id)),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: keys.caseStudy(id), exact: true });
      // Its comments waiting for moderation went with it.
      void queryClient.invalidateQueries({ queryKey: keys.comments });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.caseStudies, exact: true }),
  });
}
