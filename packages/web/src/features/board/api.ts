import { API, type Board, type BoardHistory, type CreatedShareLink, type FeltSense, type Picture, type ShareLink, type SharedBoard } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export function useSessionBoards(sessionId: string) {
  return useQuery({ queryKey: keys.boardsOf(sessionId), queryFn: () => api.get<{ items: Board[] }>(API.sessionBoards(sessionId)), select: (d) => d.items });
}

export function useCreateBoard(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => api.post<Board>(API.sessionBoards(sessionId), { title }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.boardsOf(sessionId) }),
  });
}

export function useBoard(id: string) {
  return useQuery({ queryKey: keys.board(id), queryFn: () => api.get<Board>(API.board(id)) });
}

export function useUpdateBoard(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Pick<Board, 'title' | 'control' | 'locked' | 'covert'>>) => api.patch<Board>(API.board(id), patch),
    onSuccess: (board) => queryClient.setQueryData(keys.board(id), board),
  });
}

/** Pictures, movements and felt senses: refreshed after each picture or felt sense. */
export function useBoardHistory(id: string) {
  return useQuery({ queryKey: keys.boardHistory(id), queryFn: () => api.get<BoardHistory>(API.boardHistory(id)) });
}

export function useTakePicture(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<Picture>(API.boardPictures(id), { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.boardHistory(id) }),
  });
}

export function useMarkResolution(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pictureId, isResolution }: { pictureId: string; isResolution: boolean }) => api.patch<Picture>(API.boardPicture(id, pictureId), { isResolution }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.boardHistory(id) }),
  });
}

export function useRecordFeltSense(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { elementId: string; words: string; energy: number }) => api.post<FeltSense>(API.boardFeltSenses(id), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.boardHistory(id) }),
  });
}

export function useShareLinks(id: string) {
  return useQuery({ queryKey: keys.boardLinks(id), queryFn: () => api.get<{ items: ShareLink[] }>(API.boardShareLinks(id)), select: (d) => d.items });
}

export function useCreateShareLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { mode: 'edit' | 'view'; expiresInMinutes: number }) => api.post<CreatedShareLink>(API.boardShareLinks(id), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.boardLinks(id) }),
  });
}

export function useRevokeShareLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => api.delete(API.boardShareLink(id, linkId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.boardLinks(id) }),
  });
}

/** What the client's link opens; no account, so nothing else is asked. */
export function useSharedBoard(token: string) {
  return useQuery({ queryKey: keys.sharedBoard(token), queryFn: () => api.get<SharedBoard>(API.sharedBoard(token)), retry: false });
}
