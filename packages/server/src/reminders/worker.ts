import { startPeriodic } from '../jobs/periodic.js';
import { reminderKey, reminderWindow } from '@alliance/domain';
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { programmeDays, programmeParticipants, sessions } from '../db/schema.js';
import { programmeReminderMail, sessionReminderMail } from '../mail/templates.js';
import { repositoriesFor } from '../repos/index.js';
import type { PracticeRepository } from '../repos/practices.js';

/**
 * Writes the reminders now due (sessions and programme days starting within 24 hours)
 * to the practices' outboxes. Safe to run from several processes at once: each
 * reminder has a unique key, and the database writes it once — the first insert wins,
 * the others do nothing. Returns how many this call wrote.
 */
export async function sendDueReminders(deps: { db: Database; vault: Vault; practices: PracticeRepository }, now: Date): Promise<number> {
  const { from, to } = reminderWindow(now);
  const dueSessions = await deps.db
    .select({ id: sessions.id, practiceId: sessions.practiceId, clientId: sessions.clientId, scheduledAt: sessions.scheduledAt })
    .from(sessions)
    .where(and(eq(sessions.status, 'planned'), gt(sessions.scheduledAt, from), lte(sessions.scheduledAt, to)));
  const dueDays = await deps.db
    .select({ id: programmeDays.id, practiceId: programmeDays.practiceId, programmeId: programmeDays.programmeId, startsAt: programmeDays.startsAt, clientId: programmeParticipants.clientId })
    .from(programmeDays)
    .innerJoin(programmeParticipants, eq(programmeParticipants.programmeId, programmeDays.programmeId))
    .where(and(gt(programmeDays.startsAt, from), lte(programmeDays.startsAt, to)));

  let written = 0;
  for (const practiceId of new Set([...dueSessions, ...dueDays].map((d) => d.practiceId))) {
    const wrapped = await deps.practices.wrappedKeyOf(practiceId);
    if (!wrapped) continue;
    const repos = repositoriesFor({ db: deps.db, practiceId, keys: deps.vault.forPractice(practiceId, wrapped) });
    const recipient = async (clientId: string) => {
      const client = await repos.clients.get(clientId);
      return client?.email && !client.remindersOff ? client : null;
    };
    for (const s of dueSessions.filter((d) => d.practiceId === practiceId)) {
      const client = await recipient(s.clientId);
      if (!client) continue;
      // French: clients have no language of their own yet.
      const added = await repos.outbox.add('session_reminder', reminderKey('session', s.id, s.scheduledAt, s.clientId), {
        to: client.email!,
        ...sessionReminderMail({ language: 'fr', firstName: client.firstName, at: s.scheduledAt }),
      });
      if (added) written++;
    }
    const programmes = new Map<string, Awaited<ReturnType<typeof repos.programmes.get>>>();
    for (const d of dueDays.filter((x) => x.practiceId === practiceId)) {
      const client = await recipient(d.clientId);
      if (!client) continue;
      if (!programmes.has(d.programmeId)) programmes.set(d.programmeId, await repos.programmes.get(d.programmeId));
      const programme = programmes.get(d.programmeId);
      const added = await repos.outbox.add('programme_reminder', reminderKey('programme_day', d.id, d.startsAt, d.clientId), {
        to: client.email!,
        ...programmeReminderMail({ language: 'fr', firstName: client.firstName, title: programme?.title ?? '', place: programme?.place, at: d.startsAt }),
      });
      if (added) written++;
    }
  }
  return written;
}

/** Looks for due reminders every `intervalMs` in this process; returns the function that stops it (and waits for a running pass). */
export function startReminders(deps: Parameters<typeof sendDueReminders>[0], intervalMs: number, log: { warn(o: unknown, m?: string): void }): () => Promise<void> {
  return startPeriodic(() => sendDueReminders(deps, new Date()), intervalMs, log, 'reminders could not be written this time; the next pass tries again').stop;
}
