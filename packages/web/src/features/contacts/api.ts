import { API, type Contact, type ContactInput, type Feedback, type FeedbackInput, type Learning, type LearningInput, type Timeline, type TimelineEntry } from '@alliance/api';
import { orderTimeline } from '@alliance/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { invalidateEngagement } from '../engagements/api';

/** Puts a new entry on the cached timeline at once; the refetch that follows confirms it. */
export function withEntry(timeline: Timeline | undefined, entry: TimelineEntry): Timeline | undefined {
  if (!timeline) return timeline;
  const others = timeline.entries.filter((e) => !(e.kind === entry.kind && e.id === entry.id));
  return { ...timeline, entries: orderTimeline([...others, entry]) };
}

export function useLogContact(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) => api.post<Contact>(API.contacts(engagementId), input),
    onSuccess: (c) => {
      queryClient.setQueryData<Timeline>(keys.timeline(engagementId), (tl) =>
        withEntry(tl, { kind: 'contact', id: c.id, at: c.occurredAt, contactKind: c.kind, durationMinutes: c.durationMinutes, initiatedBy: c.initiatedBy, summary: c.summary }),
      );
      invalidateEngagement(queryClient, engagementId);
    },
  });
}

export function useRecordFeedback(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FeedbackInput) => api.post<Feedback>(API.feedback(engagementId), input),
    onSuccess: (f) => {
      queryClient.setQueryData<Timeline>(keys.timeline(engagementId), (tl) =>
        withEntry(tl, { kind: 'feedback', id: f.id, at: f.receivedAt, event: f.event, outcome: f.outcome, ...(f.account ? { account: f.account } : {}) }),
      );
      invalidateEngagement(queryClient, engagementId);
    },
  });
}

export function useRecordLearning(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LearningInput) => api.post<Learning>(API.learnings(engagementId), input),
    onSuccess: (l) => {
      queryClient.setQueryData<Timeline>(keys.timeline(engagementId), (tl) => withEntry(tl, { kind: 'learning', id: l.id, at: l.recordedAt, statement: l.statement }));
      invalidateEngagement(queryClient, engagementId);
    },
  });
}
