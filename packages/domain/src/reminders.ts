/**
 * Reminders go out the day before: a session or a programme day starting within the
 * next 24 hours, and not yet begun, is due. Looking every few minutes, a reminder is
 * written at most a few minutes after the 24-hour mark; a reminder is tied to the
 * start it announces, so a rescheduled session is announced again.
 */
export const REMINDER_LEAD_HOURS = 24;

export function reminderDue(startsAt: Date, now: Date, leadHours = REMINDER_LEAD_HOURS): boolean {
  const until = startsAt.getTime() - now.getTime();
  return until > 0 && until <= leadHours * 3_600_000;
}

/** The window a reminder pass looks in: from now to the lead time ahead. */
export function reminderWindow(now: Date, leadHours = REMINDER_LEAD_HOURS): { from: Date; to: Date } {
  return { from: now, to: new Date(now.getTime() + leadHours * 3_600_000) };
}

/** One key per occasion and start: the same reminder is never written twice. */
export function reminderKey(kind: 'session' | 'programme_day', id: string, startsAt: Date, recipientId: string): string {
  return `${kind}:${id}:${startsAt.toISOString()}:${recipientId}`;
}
