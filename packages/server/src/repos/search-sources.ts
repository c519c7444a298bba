import type { SessionNotes } from '@alliance/domain';
import { SESSION_NOTE_TEXT_FIELDS } from '@alliance/domain';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { clients, contacts, engagements, feedback, learnings, objectives, sessions } from '../db/schema.js';
import type { SearchDocument } from '../search/practice-index.js';
import type { Sealer } from '../crypto/vault.js';
import { clientSealers, isId, type PracticeScope } from './scope.js';

/**
 * Reads a practice's confidential text back, decrypted, as search documents. The
 * plaintext goes to the in-memory index only; it is never written anywhere.
 * With `only`, reads the one record a write just touched.
 */
export function searchSourceRepository(scope: PracticeScope) {
  const { db, practiceId } = scope;
  /** Opens the keys of the clients these rows are about, then maps each row with its client's sealer. */
  const opened = async <R extends { clientId: string }>(rows: R[], view: (r: R, sealer: Sealer) => SearchDocument): Promise<SearchDocument[]> => {
    const sealerOf = await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map((r) => view(r, sealerOf(r.clientId)));
  };
  const scoped = (table: { practiceId: unknown; id: unknown }, id?: string): SQL =>
    (id ? and(eq(table.practiceId as never, practiceId), eq(table.id as never, id)) : eq(table.practiceId as never, practiceId))!;
  const doc = (kind: SearchDocument['kind'], recordId: string, engagementId: string | null, clientId: string | null, at: Date, text: string): SearchDocument => ({
    id: `${kind}:${recordId}`,
    kind,
    recordId,
    engagementId,
    clientId,
    at: at.toISOString(),
    text,
  });

  return {
    async sessions(only?: string): Promise<SearchDocument[]> {
      if (only && !isId(only)) return [];
      const rows = await db
        .select({ id: sessions.id, engagementId: sessions.engagementId, at: sessions.scheduledAt, notes: sessions.notesSealed, reflections: sessions.reflectionsSealed, clientId: engagements.clientId })
        .from(sessions)
        .innerJoin(engagements, eq(engagements.id, sessions.engagementId))
        .where(scoped(sessions, only));
      return opened(rows, (r, sealer) => {
        const notes = sealer.openOr<SessionNotes>(r.notes, {});
        const emotions = [...(notes.emotionsBefore ?? []), ...(notes.emotionsAfter ?? [])].map((e) => e.name);
        const text = [...SESSION_NOTE_TEXT_FIELDS.map((f) => notes[f]), emotions.join(', '), sealer.openOr<string>(r.reflections, '')].filter(Boolean).join('\n\n');
        return doc('session', r.id, r.engagementId, r.clientId, r.at, text);
      });
    },
    async contacts(only?: string): Promise<SearchDocument[]> {
      if (only && !isId(only)) return [];
      const rows = await db
        .select({ id: contacts.id, engagementId: contacts.engagementId, at: contacts.occurredAt, sealed: contacts.sealed, clientId: engagements.clientId })
        .from(contacts)
        .innerJoin(engagements, eq(engagements.id, contacts.engagementId))
        .where(scoped(contacts, only));
      return opened(rows, (r, sealer) => doc('contact', r.id, r.engagementId, r.clientId, r.at, sealer.open<{ summary: string }>(r.sealed).summary));
    },
    async feedback(only?: string): Promise<SearchDocument[]> {
      if (only && !isId(only)) return [];
      const rows = await db
        .select({ id: feedback.id, engagementId: feedback.engagementId, at: feedback.receivedAt, sealed: feedback.sealed, clientId: engagements.clientId })
        .from(feedback)
        .innerJoin(engagements, eq(engagements.id, feedback.engagementId))
        .where(scoped(feedback, only));
      return opened(rows, (r, sealer) => {
        const f = sealer.open<{ event: string; account?: string }>(r.sealed);
        return doc('feedback', r.id, r.engagementId, r.clientId, r.at, [f.event, f.account].filter(Boolean).join('\n\n'));
      });
    },
    async learnings(only?: string): Promise<SearchDocument[]> {
      if (only && !isId(only)) return [];
      const rows = await db
        .select({ id: learnings.id, engagementId: learnings.engagementId, at: learnings.recordedAt, sealed: learnings.sealed, clientId: engagements.clientId })
        .from(learnings)
        .innerJoin(engagements, eq(engagements.id, learnings.engagementId))
        .where(scoped(learnings, only));
      return opened(rows, (r, sealer) => doc('learning', r.id, r.engagementId, r.clientId, r.at, sealer.open<{ statement: string }>(r.sealed).statement));
    },
    /** An engagement's objectives, as one document per engagement. */
    async objectives(onlyEngagement?: string): Promise<SearchDocument[]> {
      if (onlyEngagement && !isId(onlyEngagement)) return [];
      const where = onlyEngagement ? and(eq(objectives.practiceId, practiceId), eq(objectives.engagementId, onlyEngagement)) : eq(objectives.practiceId, practiceId);
      const rows = await db
        .select({ engagementId: objectives.engagementId, sealed: objectives.sealed, clientId: engagements.clientId, at: engagements.createdAt })
        .from(objectives)
        .innerJoin(engagements, eq(engagements.id, objectives.engagementId))
        .where(where)
        .orderBy(asc(objectives.position));
      const sealerOf = await clientSealers(scope, rows.map((r) => r.clientId));
      const byEngagement = new Map<string, { clientId: string; at: Date; texts: string[] }>();
      for (const r of rows) {
        const o = sealerOf(r.clientId).open<{ statement: string; baseline?: string; target?: string }>(r.sealed);
        const entry = byEngagement.get(r.engagementId) ?? { clientId: r.clientId, at: r.at, texts: [] };
        entry.texts.push([o.statement, o.baseline, o.target].filter(Boolean).join(' — '));
        byEngagement.set(r.engagementId, entry);
      }
      return [...byEngagement].map(([engagementId, e]) => doc('objectives', engagementId, engagementId, e.clientId, e.at, e.texts.join('\n')));
    },
    async clients(only?: string): Promise<SearchDocument[]> {
      if (only && !isId(only)) return [];
      const rows = await db.select().from(clients).where(scoped(clients, only));
      return opened(rows.map((r) => ({ ...r, clientId: r.id })), (r, sealer) => {
        const c = sealer.open<{ firstName: string; lastName: string; role?: string }>(r.sealed);
        return doc('client', r.id, null, r.id, r.createdAt, [`${c.firstName} ${c.lastName}`, c.role].filter(Boolean).join('\n'));
      });
    },
  };
}
export type SearchSourceRepository = ReturnType<typeof searchSourceRepository>;
