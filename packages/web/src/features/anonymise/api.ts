import { API, type AnonymiseRequest, type AnonymiseResponse } from '@alliance/api';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';

/**
 * Sends a text to be anonymised. A mutation, not a query, forgotten as soon as the
 * screen closes (gcTime 0): neither the text nor its answer outlives the screen, even
 * in the browser's memory.
 */
export function useAnonymise() {
  return useMutation({ mutationFn: (request: AnonymiseRequest) => api.post<AnonymiseResponse>(API.anonymise, request), gcTime: 0 });
}
