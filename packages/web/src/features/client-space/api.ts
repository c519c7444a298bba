import {
  API,
  type Alert,
  type CheckIn,
  type Commitment,
  type PortalAccess,
  type ProgressView,
  type Testimonial,
} from '@alliance/api';
import type { CommitmentKind, CommitmentStatus, ProgressScale } from '@alliance/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

/*
 * The coach's side of the client space: invitations and access, commitments and
 * guardrails, the summary shared after a session, the client's check-ins, the
 * progress measures, the testimonial and the alerts.
 */

export const spaceKeys = {
  access: (clientId: string) => ['client-space', 'access', clientId] as const,
  commitments: (engagementId: string) => ['client-space', 'commitments', engagementId] as const,
  progress: (engagementId: string) => ['client-space', 'progress', engagementId] as const,
  testimonial: (engagementId: string) => ['client-space', 'testimonial', engagementId] as const,
  summary: (sessionId: string) => ['client-space', 'summary', sessionId] as const,
  checkIns: (sessionId: string) => ['client-space', 'check-ins', sessionId] as const,
  alerts: ['client-space', 'alerts'] as const,
};

export interface Invitation {
  accountId: string;
  kind: 'client' | 'sponsor';
  sentTo: string;
  expiresAt: string;
  delivery: 'smtp' | 'outbox';
}

export interface SessionSummary {
  sessionId: string;
  summary: string;
  sharedAt: string | null;
}

export type Language = 'fr' | 'en';

// ——— Access to the space ———

export function useClientAccess(clientId: string) {
  return useQuery({ queryKey: spaceKeys.access(clientId), queryFn: () => api.get<{ items: PortalAccess[] }>(API.clientAccess(clientId)), select: (d) => d.items });
}

export function useInviteClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => api.post<Invitation>(API.clientInvitation(clientId), { language }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: spaceKeys.access(clientId) });
      void queryClient.invalidateQueries({ queryKey: keys.outbox });
    },
  });
}

export function useInviteSponsor(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; email?: string; language: Language }) => api.post<Invitation>(API.sponsorInvitation(engagementId), input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['client-space', 'access'] });
      void queryClient.invalidateQueries({ queryKey: keys.outbox });
    },
  });
}

export function useRevokeAccess(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) => api.delete(API.portalAccount(accountId)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: spaceKeys.access(clientId) }),
  });
}

// ——— Commitments and guardrails ———

export function useCommitments(engagementId: string) {
  return useQuery({ queryKey: spaceKeys.commitments(engagementId), queryFn: () => api.get<{ items: Commitment[] }>(API.commitments(engagementId)), select: (d) => d.items });
}

export interface CommitmentChange {
  statement?: string;
  dueOn?: string | null;
  status?: CommitmentStatus;
}

export function useCommitmentChanges(engagementId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: spaceKeys.commitments(engagementId) });
  const create = useMutation({
    mutationFn: (input: { kind: CommitmentKind; statement: string; dueOn?: string | null }) => api.post<Commitment>(API.commitments(engagementId), input),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, change }: { id: string; change: CommitmentChange }) => api.patch<Commitment>(API.commitment(id), change),
    onSuccess: (saved) => {
      queryClient.setQueryData<{ items: Commitment[] }>(spaceKeys.commitments(engagementId), (old) => (old ? { items: old.items.map((c) => (c.id === saved.id ? saved : c)) } : old));
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => api.delete(API.commitment(id)), onSettled: refresh });
  return { create, update, remove };
}

// ——— Progress ———

export function useProgress(engagementId: string) {
  return useQuery({ queryKey: spaceKeys.progress(engagementId), queryFn: () => api.get<ProgressView>(API.progress(engagementId)), enabled: Boolean(engagementId) });
}

export function useSetProgressScale(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (progressScale: ProgressScale) => api.put<{ progressScale: ProgressScale }>(API.progressScale(engagementId), { progressScale }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: spaceKeys.progress(engagementId) }),
  });
}

export function useTestimonial(engagementId: string) {
  return useQuery({ queryKey: spaceKeys.testimonial(engagementId), queryFn: () => api.get<Testimonial | null>(API.engagementTestimonial(engagementId)) });
}

// ——— One session: the summary for the client, and her check-ins ———

export function useSessionSummary(sessionId: string) {
  return useQuery({ queryKey: spaceKeys.summary(sessionId), queryFn: () => api.get<SessionSummary>(API.sessionSummary(sessionId)), refetchOnWindowFocus: false });
}

export function useSaveSessionSummary(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { summary?: string; shared?: boolean }) => api.put<SessionSummary>(API.sessionSummary(sessionId), input),
    onSuccess: (saved) => queryClient.setQueryData(spaceKeys.summary(sessionId), saved),
  });
}

export function useSessionCheckIns(sessionId: string) {
  return useQuery({ queryKey: spaceKeys.checkIns(sessionId), queryFn: () => api.get<{ items: CheckIn[] }>(API.sessionCheckIns(sessionId)), select: (d) => d.items });
}

// ——— Alerts ———

export function useAlerts() {
  return useQuery({
    queryKey: spaceKeys.alerts,
    queryFn: () => api.get<{ items: Alert[] }>(API.alerts),
    // Newest first, whatever order the server keeps.
    select: (d) => [...d.items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
  });
}

export function useMarkAlertRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await api.post(API.alertRead(id));
    },
    onMutate: (ids) => {
      const readAt = new Date().toISOString();
      queryClient.setQueryData<{ items: Alert[] }>(spaceKeys.alerts, (old) => (old ? { items: old.items.map((a) => (ids.includes(a.id) && !a.readAt ? { ...a, readAt } : a)) } : old));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: spaceKeys.alerts }),
  });
}
