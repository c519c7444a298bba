import { API, type CalendarFeed, type CalendarView, type OutboxMessage } from '@alliance/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

export function useCalendar(from: string, to: string) {
  return useQuery({ queryKey: keys.calendar(from, to), queryFn: () => api.get<CalendarView>(API.calendar(from, to)) });
}

export function useReschedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, scheduledAt }: { sessionId: string; scheduledAt: string }) => api.patch(API.session(sessionId), { scheduledAt }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      void queryClient.invalidateQueries({ queryKey: keys.engagements });
    },
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: keys.calendarFeed, queryFn: () => api.get<CalendarFeed>(API.calendarFeed) });
}

export function useFeedChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'create' | 'revoke') => (action === 'create' ? api.post<CalendarFeed>(API.calendarFeed) : api.delete(API.calendarFeed).then(() => null)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.calendarFeed }),
  });
}

export function useOutbox() {
  return useQuery({ queryKey: keys.outbox, queryFn: () => api.get<{ items: OutboxMessage[] }>(API.outbox), select: (d) => d.items });
}
