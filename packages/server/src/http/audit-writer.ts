import type { FastifyBaseLogger } from 'fastify';
import type { AuditEntry, AuditOrigin, AuditRepository } from '../repos/audit.js';

/** How long openings (reads) may wait before they are written, gathered into one statement per practice. */
export const AUDIT_READ_FLUSH_MS = 250;
const AUDIT_READ_BUFFER_LIMIT = 500;
/**
 * The same person doing the same thing to the same record from the same place
 * within this time is one line of the trail, not dozens: autosave writes a
 * session every second while the coach types.
 */
export const AUDIT_COALESCE_MS = 60_000;
const COALESCE_MEMORY = 20_000;

/**
 * Writes the audit trail. Changes are written before their request is answered;
 * openings of a record are gathered for at most AUDIT_READ_FLUSH_MS and written
 * together, so reading a timeline does not cost a write each time. A crash may
 * lose at most that last quarter-second of openings, never a change. The trail is
 * flushed before it is read and when the server stops.
 */
export class AuditWriter {
  readonly #pending = new Map<AuditRepository, { entries: AuditEntry[]; origin: AuditOrigin }[]>();
  readonly #recent = new Map<string, number>();
  #count = 0;
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(private readonly log: FastifyBaseLogger) {}

  /** False when the same entry was written moments ago. */
  #isNew(e: AuditEntry, origin: AuditOrigin): boolean {
    const key = `${origin.actorUserId}|${origin.ip}|${e.action}|${e.targetKind}|${e.targetId}`;
    const at = origin.at.getTime();
    const last = this.#recent.get(key);
    if (last !== undefined && at - last < AUDIT_COALESCE_MS) return false;
    if (this.#recent.size >= COALESCE_MEMORY) this.#recent.clear();
    this.#recent.set(key, at);
    return true;
  }

  async write(repo: AuditRepository, entries: AuditEntry[], origin: AuditOrigin): Promise<void> {
    const fresh = entries.filter((e) => e.action === 'create' || e.action === 'delete' || this.#isNew(e, origin));
    const changes = fresh.filter((e) => e.action !== 'read');
    const reads = fresh.filter((e) => e.action === 'read');
    if (changes.length) await repo.record([{ entries: changes, origin }]);
    if (reads.length) {
      const list = this.#pending.get(repo) ?? [];
      list.push({ entries: reads, origin });
      this.#pending.set(repo, list);
      this.#count += reads.length;
      if (this.#count >= AUDIT_READ_BUFFER_LIMIT) void this.flush();
      else this.#timer ??= setTimeout(() => void this.flush(), AUDIT_READ_FLUSH_MS);
    }
  }

  /** Writes every gathered opening now. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batches = [...this.#pending];
    this.#pending.clear();
    this.#count = 0;
    this.#flushing = this.#flushing.then(async () => {
      for (const [repo, batch] of batches) {
        try {
          await repo.record(batch);
        } catch (err) {
          this.log.error({ err }, 'audit trail: could not write openings');
        }
      }
    });
    return this.#flushing;
  }
}
