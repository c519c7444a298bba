import type { FastifyBaseLogger } from 'fastify';
import type { AuditEntry, AuditOrigin, AuditRepository } from '../repos/audit.js';

/** How long openings (reads) may wait before they are written, gathered into one statement per practice. */
export const AUDIT_READ_FLUSH_MS = 250;
const AUDIT_READ_BUFFER_LIMIT = 500;

/**
 * Writes the audit trail. Changes are written before their request is answered;
 * openings of a record are gathered for at most AUDIT_READ_FLUSH_MS and written
 * together, so reading a timeline does not cost a write each time. A crash may
 * lose at most that last quarter-second of openings, never a change. The trail is
 * flushed before it is read and when the server stops.
 */
export class AuditWriter {
  readonly #pending = new Map<AuditRepository, { entries: AuditEntry[]; origin: AuditOrigin }[]>();
  #count = 0;
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(private readonly log: FastifyBaseLogger) {}

  async write(repo: AuditRepository, entries: AuditEntry[], origin: AuditOrigin): Promise<void> {
    const changes = entries.filter((e) => e.action !== 'read');
    const reads = entries.filter((e) => e.action === 'read');
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
