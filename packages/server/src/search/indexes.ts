import type { SearchSourceRepository } from '../repos/search-sources.js';
import type { AuditEntry } from '../repos/audit.js';
import { PracticeIndex, type SearchDocument } from './practice-index.js';

type Touched = { kind: AuditEntry['targetKind']; id: string; removed: boolean };

/**
 * One in-memory index per practice, built from decrypted text on the first
 * search and kept current by the writes this process serves (each write marks
 * what it touched; the next search re-reads just that). Nothing searchable is
 * ever written to disk. Several server processes each keep their own; an index
 * older than REBUILD_AFTER_MS is rebuilt so writes served elsewhere show up.
 */
export const REBUILD_AFTER_MS = 10 * 60_000;

interface Entry {
  index: Promise<PracticeIndex>;
  builtAt: number;
  touched: Touched[];
}

export class SearchIndexes {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Called for every successful write, with what the audit trail records of it. */
  touch(practiceId: string, entries: AuditEntry[]): void {
    const entry = this.#entries.get(practiceId);
    if (!entry) return;
    for (const e of entries) {
      if (e.action === 'read' || !e.targetId) continue;
      if (e.targetKind === 'client' && e.action === 'delete') {
        // Her engagements went with her: start again rather than chase every record.
        this.#entries.delete(practiceId);
        return;
      }
      entry.touched.push({ kind: e.targetKind, id: e.targetId, removed: e.action === 'delete' });
    }
  }

  forget(practiceId: string): void {
    this.#entries.delete(practiceId);
  }

  async indexFor(practiceId: string, sources: SearchSourceRepository): Promise<PracticeIndex> {
    let entry = this.#entries.get(practiceId);
    if (!entry || this.now() - entry.builtAt > REBUILD_AFTER_MS) {
      entry = { index: build(sources), builtAt: this.now(), touched: [] };
      this.#entries.set(practiceId, entry);
      entry.index.catch(() => this.#entries.delete(practiceId));
    }
    const index = await entry.index;
    const touched = entry.touched.splice(0);
    for (const t of touched) await refresh(index, sources, t);
    return index;
  }
}

async function build(sources: SearchSourceRepository): Promise<PracticeIndex> {
  const index = new PracticeIndex();
  const parts = await Promise.all([sources.sessions(), sources.contacts(), sources.feedback(), sources.learnings(), sources.objectives(), sources.clients()]);
  index.addAll(parts.flat().filter((d) => d.text.trim()));
  return index;
}

async function refresh(index: PracticeIndex, sources: SearchSourceRepository, t: Touched): Promise<void> {
  const load: Partial<Record<Touched['kind'], (id: string) => Promise<SearchDocument[]>>> = {
    session: sources.sessions,
    contact: sources.contacts,
    feedback: sources.feedback,
    learning: sources.learnings,
    engagement: sources.objectives,
    client: sources.clients,
  };
  const kindOfDoc: Partial<Record<Touched['kind'], SearchDocument['kind']>> = { engagement: 'objectives' };
  const loader = load[t.kind];
  if (!loader) return;
  const docId = `${kindOfDoc[t.kind] ?? t.kind}:${t.id}`;
  const docs = t.removed ? [] : await loader(t.id);
  if (docs.length === 0) index.remove(docId);
  for (const d of docs) index.upsert(d);
}
