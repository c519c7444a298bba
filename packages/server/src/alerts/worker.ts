import { startPeriodic } from '../jobs/periodic.js';
import { digestDue, localDay, overdueCommitments, DEFAULT_PRACTICE_TIME_ZONE } from '@alliance/domain';
import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { commitments, practices } from '../db/schema.js';
import { alertDigestMail } from '../mail/templates.js';
import { repositoriesFor } from '../repos/index.js';
import type { InvitationRepository } from '../repos/invitations.js';
import type { PracticeRepository } from '../repos/practices.js';

export interface AlertPassDeps {
  db: Database;
  vault: Vault;
  practices: PracticeRepository;
  invitations: InvitationRepository;
  /** Where the digest's link points: the in-app list of alerts. */
  publicUrl: string | undefined;
  nudge?: () => void;
  log?: { warn(o: unknown, m?: string): void };
}

/**
 * One pass of the coach's alerts that no request raises: commitments now overdue,
 * and the daily digest. Safe from several processes at once — an alert has a
 * unique key per occasion, and a digest is claimed by moving `last_digest_at`
 * with a compare-and-set before it is written.
 */
export async function runAlertPass(deps: AlertPassDeps, now: Date): Promise<{ overdue: number; digests: number }> {
  const today = localDay(now, DEFAULT_PRACTICE_TIME_ZONE);
  let overdue = 0;
  const due = await deps.db
    .select({ id: commitments.id, practiceId: commitments.practiceId, engagementId: commitments.engagementId, clientId: commitments.clientId, kind: commitments.kind, status: commitments.status, dueOn: commitments.dueOn })
    .from(commitments)
    .where(and(eq(commitments.kind, 'commitment'), inArray(commitments.status, ['open', 'in_progress']), lt(commitments.dueOn, today)));
  for (const practiceId of new Set(due.map((c) => c.practiceId))) {
    const repos = await reposOf(deps, practiceId);
    if (!repos) continue;
    for (const c of overdueCommitments(due.filter((d) => d.practiceId === practiceId), today)) {
      if (await repos.alerts.raise({ id: c.engagementId, clientId: c.clientId }, 'commitment_overdue', `overdue:${c.id}:${c.dueOn}`, c.dueOn ?? '', now)) overdue++;
    }
  }

  let digests = 0;
  const candidates = await deps.db.select({ id: practices.id, name: practices.name, lastDigestAt: practices.lastDigestAt }).from(practices).where(eq(practices.alertDigest, 'daily'));
  for (const practice of candidates) {
    const repos = await reposOf(deps, practice.id);
    if (!repos) continue;
    const unread = await repos.alerts.unreadSince(practice.lastDigestAt);
    if (!digestDue({ frequency: 'daily', lastDigestAt: practice.lastDigestAt, now, unreadSinceLast: unread.length })) continue;
    const claimed = await deps.db
      .update(practices)
      .set({ lastDigestAt: now })
      .where(and(eq(practices.id, practice.id), practice.lastDigestAt ? eq(practices.lastDigestAt, practice.lastDigestAt) : isNull(practices.lastDigestAt)))
      .returning({ id: practices.id });
    if (!claimed.length) continue;
    const names = await repos.clients.namesOf(unread.map((a) => a.clientId));
    const alerts = unread.map((a) => ({ kind: a.kind, clientName: names.get(a.clientId) ?? '', at: a.createdAt }));
    const url = `${(deps.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '')}/alerts`;
    for (const coach of await deps.invitations.members(practice.id)) {
      const mail = alertDigestMail({ language: 'fr', practiceName: practice.name, alerts, url });
      await repos.outbox.add('alert_digest', `digest:${practice.id}:${coach.userId}:${today}`, { to: coach.email, ...mail });
    }
    digests++;
  }
  if (overdue + digests > 0) deps.nudge?.();
  return { overdue, digests };
}

/** A practice's repositories, or null when its key cannot be opened here (it is skipped, not the whole pass). */
async function reposOf(deps: AlertPassDeps, practiceId: string) {
  const wrapped = await deps.practices.wrappedKeyOf(practiceId);
  if (!wrapped) return null;
  try {
    return repositoriesFor({ db: deps.db, practiceId, keys: deps.vault.forPractice(practiceId, wrapped) });
  } catch (error) {
    deps.log?.warn({ err: error, practiceId }, 'a practice key could not be opened: its alerts wait');
    return null;
  }
}

/** Runs the pass every `intervalMs` in this process; returns the function that stops it (and waits for a running pass). */
export function startAlertPasses(deps: AlertPassDeps, intervalMs: number, log: { warn(o: unknown, m?: string): void }): () => Promise<void> {
  const withLog = { log, ...deps };
  return startPeriodic(() => runAlertPass(withLog, new Date()), intervalMs, log, 'alerts could not be checked this time; the next pass tries again').stop;
}
