import { API, type EngagementSummary, type Programme, type ProgrammeSummary } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export interface NewProgramme {
  title: string;
  place: string;
  capacity: number | null;
  betweenDays: string;
  description: string;
  days: { startsAt: string; endsAt: string }[];
}

export function useProgrammes() {
  return useQuery({ queryKey: keys.programmes, queryFn: () => api.get<{ items: ProgrammeSummary[] }>(API.programmes), select: (d) => d.items });
}

export function useProgramme(id: string) {
  return useQuery({ queryKey: keys.programme(id), queryFn: () => api.get<Programme>(API.programme(id)) });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewProgramme) => api.post<Programme>(API.programmes, input),
    onSuccess: (p) => {
      queryClient.setQueryData(keys.programme(p.id), p);
      void queryClient.invalidateQueries({ queryKey: keys.programmes, exact: true });
    },
  });
}

/** Each change answers with the whole programme: it replaces what the page shows. */
function useProgrammeChange<V>(id: string, send: (v: V) => Promise<Programme>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (p) => {
      queryClient.setQueryData(keys.programme(id), p);
      void queryClient.invalidateQueries({ queryKey: keys.programmes, exact: true });
      void queryClient.invalidateQueries({ queryKey: keys.clients });
    },
  });
}

export type ParticipantInput = { clientId: string } | { firstName: string; lastName: string; email?: string };
export const useAddParticipant = (id: string) => useProgrammeChange(id, (p: ParticipantInput) => api.post<Programme>(API.programmeParticipants(id), p));
export const useMarkAttendance = (id: string) =>
  useProgrammeChange(id, (a: { dayId: string; clientId: string; present: boolean }) => api.put<Programme>(API.programmeAttendance(id), a));
export const useLogProgrammeContact = (id: string) =>
  useProgrammeChange(id, (c: { clientId: string; kind: string; occurredAt: string; summary: string }) => api.post<Programme>(API.programmeContacts(id), c));

export const useParticipantNotes = (id: string) =>
  useProgrammeChange(id, ({ clientId, notes }: { clientId: string; notes: string }) => api.put<Programme>(API.programmeParticipantNotes(id, clientId), { notes }));

export const useDayNotes = (id: string) => useProgrammeChange(id, ({ dayId, notes }: { dayId: string; notes: string }) => api.put<Programme>(API.programmeDayNotes(id, dayId), { notes }));
export const useParticipantFeedback = (id: string) =>
  useProgrammeChange(id, ({ clientId, rating, comment }: { clientId: string; rating: number; comment: string }) => api.put<Programme>(API.programmeParticipantFeedback(id, clientId), { rating, comment }));
export const useUpdateProgramme = (id: string) => useProgrammeChange(id, (patch: { materials: { label: string; url: string }[] }) => api.patch<Programme>(API.programme(id), patch));

export function useStartEngagement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, title }: { clientId: string; title: string }) => api.post<EngagementSummary>(API.programmeEngagements(id, clientId), { title }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.programme(id) });
      void queryClient.invalidateQueries({ queryKey: keys.engagements });
    },
  });
}
