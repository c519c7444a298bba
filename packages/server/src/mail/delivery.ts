import { and, asc, eq, gt, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Sealer, Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { IDLE, startPeriodic, type Periodic } from '../jobs/periodic.js';
import { OUTBOX_KINDS, outbox, type OutboxKind } from '../db/schema.js';
import type { OutboxMessage } from '../repos/outbox.js';
import type { PracticeRepository } from '../repos/practices.js';
import type { Mailer } from './mailer.js';

/*
 * Sends what waits in the outbox through the mail server. The outbox row is the
 * message: it was written (and acknowledged) before anyone tried to send it, and a
 * failed send leaves it there, readable on the outbox page.
 *
 * Several processes may run this at once. Each row is claimed before it is sent by
 * one conditional UPDATE that only one of them can win; while it is being sent,
 * `attempts` holds the negated count (-(n + 1)), so no one else picks it up, and the
 * outcome writes it back positive (with `sent_at` when the server accepted it). A
 * claim left behind by a process that died mid-send is released by the others once
 * they have seen it unchanged for CLAIM_TIMEOUT_MS: the message may then go twice,
 * which only a crash at that instant can cause.
 */

export const MAX_ATTEMPTS = 8;
export const BATCH_SIZE = 50;
/** Longer than any send can last with the mailer's timeouts. */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * A message older than this is no longer sent (it stays in the outbox, marked as not
 * sent): a reminder of yesterday's session, or a sign-in link long expired, would only
 * confuse. This matters when a mail server is configured after weeks without one.
 */
export const MAX_AGE_MS: Record<OutboxKind, number> = {
  session_reminder: 12 * 3_600_000,
  programme_reminder: 12 * 3_600_000,
  // An invitation's link lasts 7 days.
  sign_in_link: 7 * 24 * 3_600_000,
  alert_digest: 3 * 24 * 3_600_000,
};

export interface DeliveryDeps {
  db: Database;
  vault: Vault;
  practices: PracticeRepository;
  mailer: Mailer;
  /** Where refusals and an unreachable server are told (without addresses). */
  log?: Log;
}
type Log = { warn(o: unknown, m?: string): void };

/** Failures that say nothing about this message: the server could not be reached or would not let us in. */
const UNREACHABLE = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ETLS', 'EPROXY', 'EAUTH', 'ENOAUTH', 'EOAUTH2', 'EPROTOCOL', 'EMAXLIMIT']);
interface SendError {
  code?: string;
  responseCode?: number;
  command?: string;
  message?: string;
}
const unreachable = (e: SendError) => e.responseCode === 421 || (e.code !== undefined && UNREACHABLE.has(e.code));

// Claims held by this process, and claims of others seen (id → the claimed value, first seen at).
const ownClaims = new Set<string>();
const othersClaims = new Map<string, { attempts: number; since: number }>();

/**
 * One pass over the oldest waiting messages (at most BATCH_SIZE). Returns how many the
 * mail server accepted and how many it did not. A message the server refused counts
 * an attempt (after MAX_ATTEMPTS it is no longer tried); when the server cannot be
 * reached at all, the pass stops and the message keeps its count.
 */
export async function deliverOutbox(deps: DeliveryDeps, now: Date, options: { shouldStop?: () => boolean } = {}): Promise<{ sent: number; failed: number }> {
  const { sent, failed } = await deliveryPass(deps, now, options);
  return { sent, failed };
}

async function deliveryPass(
  deps: DeliveryDeps,
  now: Date,
  options: { shouldStop?: () => boolean },
): Promise<{ sent: number; failed: number; unreachable: boolean; full: boolean }> {
  const { db, log } = deps;
  await releaseAbandonedClaims(db, now);
  const fresh = or(...OUTBOX_KINDS.map((kind) => and(eq(outbox.kind, kind), gt(outbox.createdAt, new Date(now.getTime() - MAX_AGE_MS[kind])))));
  const waiting = and(isNull(outbox.sentAt), gte(outbox.attempts, 0), lt(outbox.attempts, MAX_ATTEMPTS), fresh);

  // Only the practices whose key this process can open: a key it cannot (a master key
  // not loaded here) is not the messages' fault, so they are left alone, uncounted.
  const sealers = new Map<string, Sealer>();
  for (const { practiceId } of await db.selectDistinct({ practiceId: outbox.practiceId }).from(outbox).where(waiting)) {
    try {
      const wrapped = await deps.practices.wrappedKeyOf(practiceId);
      if (wrapped) sealers.set(practiceId, deps.vault.forPractice(practiceId, wrapped).practice);
    } catch (error) {
      log?.warn({ practiceId, err: error }, 'a practice’s key cannot be opened by this process; its messages wait');
    }
  }
  if (sealers.size === 0) return { sent: 0, failed: 0, unreachable: false, full: false };
  const rows = await db
    .select({ id: outbox.id, practiceId: outbox.practiceId, attempts: outbox.attempts })
    .from(outbox)
    .where(and(waiting, inArray(outbox.practiceId, [...sealers.keys()])))
    .orderBy(asc(outbox.createdAt), asc(outbox.id))
    .limit(BATCH_SIZE);

  let sent = 0;
  let failed = 0;
  for (const row of rows) {
    if (options.shouldStop?.()) break;
    const count = row.attempts + 1;
    const [claimed] = await db
      .update(outbox)
      .set({ attempts: -count })
      .where(and(eq(outbox.id, row.id), isNull(outbox.sentAt), eq(outbox.attempts, row.attempts)))
      .returning({ sealed: outbox.sealed });
    if (!claimed) continue; // another process has it, or has sent it
    ownClaims.add(row.id);
    try {
      let message: OutboxMessage;
      try {
        message = sealers.get(row.practiceId)!.open<OutboxMessage>(claimed.sealed);
      } catch (error) {
        await settle(db, row.id, count, null);
        failed++;
        log?.warn({ outboxId: row.id, err: error }, 'an outbox message could not be opened; it is not sent');
        continue;
      }
      try {
        await deps.mailer.send({ to: message.to, subject: message.subject, body: message.body });
      } catch (error) {
        const e = (error ?? {}) as SendError;
        failed++;
        if (unreachable(e)) {
          // Not this message's fault: it keeps its count, and the rest waits for the next pass.
          await settle(db, row.id, row.attempts, null);
          log?.warn({ code: e.code, responseCode: e.responseCode, reason: e.message }, 'the mail server cannot be reached, or refuses to let Alliance in; messages wait in the outbox');
          return { sent, failed, unreachable: true, full: false };
        }
        await settle(db, row.id, count, null);
        // The server's reply may quote the address: only its codes are logged.
        log?.warn({ outboxId: row.id, attempt: count, code: e.code, responseCode: e.responseCode, command: e.command }, 'the mail server refused a message; it is tried again later');
        continue;
      }
      await settle(db, row.id, count, new Date());
      sent++;
    } finally {
      ownClaims.delete(row.id);
    }
  }
  return { sent, failed, unreachable: false, full: rows.length === BATCH_SIZE };
}

/** Ends this process's claim on a row: its attempts count, and when the server accepted it. */
async function settle(db: Database, id: string, attempts: number, sentAt: Date | null): Promise<void> {
  await db
    .update(outbox)
    .set({ attempts, ...(sentAt ? { sentAt } : {}) })
    .where(eq(outbox.id, id));
}

/** Releases the claims of processes that died mid-send (seen unchanged for CLAIM_TIMEOUT_MS). */
async function releaseAbandonedClaims(db: Database, now: Date): Promise<void> {
  const claims = await db
    .select({ id: outbox.id, attempts: outbox.attempts })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lt(outbox.attempts, 0)));
  const seen = new Set<string>();
  for (const c of claims) {
    if (ownClaims.has(c.id)) continue;
    seen.add(c.id);
    const known = othersClaims.get(c.id);
    if (!known || known.attempts !== c.attempts) {
      othersClaims.set(c.id, { attempts: c.attempts, since: now.getTime() });
    } else if (now.getTime() - known.since >= CLAIM_TIMEOUT_MS) {
      // Counted as an attempt: it may have gone, or not.
      await db
        .update(outbox)
        .set({ attempts: sql`-${outbox.attempts}` })
        .where(and(eq(outbox.id, c.id), isNull(outbox.sentAt), eq(outbox.attempts, c.attempts)));
      othersClaims.delete(c.id);
    }
  }
  for (const id of othersClaims.keys()) if (!seen.has(id)) othersClaims.delete(id);
}

/**
 * Sends waiting messages every `intervalMs` in this process, sooner when nudged
 * (a sign-in link was just written) or while a full batch shows more waiting, less
 * often while the mail server cannot be reached or refuses everything. Does nothing
 * without a mail server, or with an interval of 0. stop() sends nothing more and
 * resolves once the message being sent (if any) is settled.
 */
export function startOutboxDelivery(deps: Omit<DeliveryDeps, 'mailer' | 'log'> & { mailer: Mailer | null; log: Log }, intervalMs: number): Periodic {
  const { mailer, log } = deps;
  if (!mailer) return IDLE;
  const sendDeps: DeliveryDeps = { db: deps.db, vault: deps.vault, practices: deps.practices, mailer, log };
  return startPeriodic((stopping) => deliveryPass(sendDeps, new Date(), { shouldStop: stopping }), intervalMs, log, 'the outbox could not be read this time; the next pass tries again', {
    outcome: (pass) => (pass.unreachable || (pass.failed > 0 && pass.sent === 0) ? 'failed' : pass.full ? 'more' : 'done'),
    maxBackoffMs: MAX_BACKOFF_MS,
  });
}
