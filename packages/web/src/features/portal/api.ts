import {
  API,
  type CheckIn,
  type ClientSpace,
  type Commitment,
  type JournalEntry,
  type PortalMe,
  type SponsorPage,
  type Testimonial,
} from '@alliance/api';
import type { ConsentScope, FeedbackOutcome } from '@alliance/domain';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/**
 * The client's space and the sponsor's view talk to /api/v1/portal/*, with the
 * portal's own cookie. Their cache keys all start with 'portal', so signing out
 * forgets every one of them at once.
 */
export const portalKeys = {
  all: ['portal'] as const,
  me: ['portal', 'me'] as const,
  space: (engagementId: string) => ['portal', 'space', engagementId] as const,
  journal: ['portal', 'journal'] as const,
  checkIn: (sessionId: string, kind: 'before' | 'after') => ['portal', 'check-in', sessionId, kind] as const,
  sponsor: ['portal', 'sponsor'] as const,
};

export function usePortalMe() {
  return useQuery({ queryKey: portalKeys.me, queryFn: () => api.get<PortalMe>(API.portalMe), staleTime: 60_000 });
}

export function useClientSpace(engagementId: string | null) {
  return useQuery({
    queryKey: portalKeys.space(engagementId ?? ''),
    queryFn: () => api.get<ClientSpace>(API.portalSpace(engagementId!)),
    enabled: !!engagementId,
  });
}

export function useSponsorPage() {
  return useQuery({ queryKey: portalKeys.sponsor, queryFn: () => api.get<SponsorPage>(API.portalSponsor) });
}

export function useRequestLink() {
  return useMutation({ mutationFn: (input: { email: string; language: 'fr' | 'en' }) => api.post<{ accepted: true }>(API.portalLinks, input) });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>(API.portalSignOut),
    onSettled: () => queryClient.removeQueries({ queryKey: portalKeys.all }),
  });
}

const refreshSpace = (queryClient: QueryClient, engagementId: string) => queryClient.invalidateQueries({ queryKey: portalKeys.space(engagementId) });

// ——— Commitments and guardrails ———

export function useUpdateCommitment(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; status?: Commitment['status']; clientNote?: string }) => api.patch<Commitment>(API.portalCommitment(id), patch),
    onSuccess: (updated) => {
      queryClient.setQueryData<ClientSpace>(portalKeys.space(engagementId), (space) =>
        space ? { ...space, commitments: space.commitments.map((c) => (c.id === updated.id ? updated : c)) } : space,
      );
    },
  });
}

// ——— Journal ———

export interface JournalDraft {
  occurredOn: string;
  situation?: string;
  emotions: { name: string; intensity: number }[];
  thoughts?: string;
  needs?: string;
}

export function useJournal() {
  return useQuery({ queryKey: portalKeys.journal, queryFn: async () => (await api.get<{ items: JournalEntry[] }>(API.portalJournal)).items });
}

const replaceEntry = (entries: JournalEntry[] | undefined, entry: JournalEntry) => (entries ? entries.map((e) => (e.id === entry.id ? entry : e)) : entries);

export function useCreateJournalEntry(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: JournalDraft) => api.post<JournalEntry>(API.portalJournal, { engagementId, ...draft }),
    onSuccess: (entry) => {
      queryClient.setQueryData<JournalEntry[]>(portalKeys.journal, (entries) => (entries ? [entry, ...entries] : entries));
      void queryClient.invalidateQueries({ queryKey: portalKeys.journal });
    },
  });
}

export function useUpdateJournalEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: Partial<JournalDraft> & { id: string; shared?: boolean }) => api.patch<JournalEntry>(API.portalJournalEntry(id), patch),
    onSuccess: (entry) => queryClient.setQueryData<JournalEntry[]>(portalKeys.journal, (entries) => replaceEntry(entries, entry)),
  });
}

export function useDeleteJournalEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(API.portalJournalEntry(id)),
    onSuccess: (_, id) => queryClient.setQueryData<JournalEntry[]>(portalKeys.journal, (entries) => entries?.filter((e) => e.id !== id)),
  });
}

// ——— Check-ins ———

export function useCheckIn(sessionId: string, kind: 'before' | 'after') {
  return useQuery({ queryKey: portalKeys.checkIn(sessionId, kind), queryFn: () => api.get<CheckIn | null>(API.portalCheckIn(sessionId, kind)) });
}

export type CheckInAnswer =
  | { kind: 'before'; progress: { objectiveId: string; value: number }[] }
  | { kind: 'after'; ratings: { heard: number; mattered: number; approach: number; overall: number }; comment?: string };

export function useAnswerCheckIn(engagementId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: CheckInAnswer) => api.put<CheckIn>(API.portalCheckIn(sessionId, kind), body),
    onSuccess: (answer) => {
      queryClient.setQueryData(portalKeys.checkIn(sessionId, answer.kind), answer);
      void refreshSpace(queryClient, engagementId);
    },
  });
}

// ——— Feedback after the real event, and the testimonial ———

export function useGiveFeedback(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { event: string; eventOn?: string; outcome: FeedbackOutcome; account?: string }) =>
      api.post<{ id: string }>(API.portalFeedback, { engagementId, ...input }),
    onSuccess: () => refreshSpace(queryClient, engagementId),
  });
}

const withTestimonial = (queryClient: QueryClient, engagementId: string, testimonial: Testimonial) =>
  queryClient.setQueryData<ClientSpace>(portalKeys.space(engagementId), (space) => (space ? { ...space, testimonial } : space));

export function useWriteTestimonial(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; consentScope: ConsentScope | null }) => api.put<Testimonial>(API.portalTestimonial, { engagementId, ...input }),
    onSuccess: (t) => withTestimonial(queryClient, engagementId, t),
  });
}

export function useWithdrawConsent(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Testimonial>(API.portalTestimonialWithdraw, { engagementId }),
    onSuccess: (t) => withTestimonial(queryClient, engagementId, t),
  });
}

/** A view-only link to one of her boards, made when she asks (it works a couple of hours). */
export function useOpenBoard() {
  return useMutation({ mutationFn: (boardId: string) => api.post<{ path: string; expiresAt: string }>(API.portalBoardView(boardId), {}) });
}
