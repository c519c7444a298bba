import type { SessionNotesInput } from '@alliance/api';
import { mergeSessionNotes, type SessionMode, type SessionNotes, type SessionStatus } from '@alliance/domain';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { engagements, sessions } from '../db/schema.js';
import { clientSealers, type EngagementRef, isId, type PracticeScope } from './scope.js';

export interface SessionRecord {
  id: string;
  engagementId: string;
  clientId: string;
  scheduledAt: Date;
  durationMinutes: number;
  mode: SessionMode;
  status: SessionStatus;
  notes: SessionNotes;
  privateReflections: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionChanges {
  scheduledAt?: Date;
  durationMinutes?: number;
  mode?: SessionMode;
  status?: SessionStatus;
  notes?: SessionNotesInput;
  privateReflections?: string;
}

export function sessionRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const toRecord = (row: typeof sessions.$inferSelect): SessionRecord => {
    const sealer = keys.client(row.clientId);
    return {
    id: row.id,
    engagementId: row.engagementId,
    clientId: row.clientId,
    scheduledAt: row.scheduledAt,
    durationMinutes: row.durationMinutes,
    mode: row.mode,
    status: row.status,
    notes: sealer.openOr<SessionNotes>(row.notesSealed, {}),
    privateReflections: sealer.openOr<string>(row.reflectionsSealed, ''),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    };
  };
  const records = async (rows: (typeof sessions.$inferSelect)[]) => {
    await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map(toRecord);
  };
  const mine = (id: string) => and(eq(sessions.id, id), eq(sessions.practiceId, practiceId));
  /** The notes, and their objective apart for the timeline. */
  const sealNotes = (clientId: string, notes: SessionNotes) => ({
    notesSealed: Object.keys(notes).length ? keys.client(clientId).seal(notes) : null,
    objectiveSealed: notes.sessionObjective ? keys.client(clientId).seal(notes.sessionObjective) : null,
  });

  return {
    async get(id: string): Promise<SessionRecord | null> {
      if (!isId(id)) return null;
      const rows = await db.select().from(sessions).where(mine(id));
      return (await records(rows))[0] ?? null;
    },

    /** The engagement's sessions in date order, without opening their notes. */
    async scheduleOf(engagementId: string) {
      return db
        .select({ id: sessions.id, scheduledAt: sessions.scheduledAt, status: sessions.status, mode: sessions.mode, durationMinutes: sessions.durationMinutes })
        .from(sessions)
        .where(and(eq(sessions.engagementId, engagementId), eq(sessions.practiceId, practiceId)))
        .orderBy(asc(sessions.scheduledAt));
    },

    /** What the timeline shows of each session: when, how, its status and its objective; never the notes. */
    async timelineOf(engagementId: string) {
      const rows = await db
        .select({
          id: sessions.id,
          clientId: sessions.clientId,
          scheduledAt: sessions.scheduledAt,
          durationMinutes: sessions.durationMinutes,
          mode: sessions.mode,
          status: sessions.status,
          objectiveSealed: sessions.objectiveSealed,
        })
        .from(sessions)
        .where(and(eq(sessions.engagementId, engagementId), eq(sessions.practiceId, practiceId)))
        .orderBy(asc(sessions.scheduledAt));
      const sealerOf = await clientSealers(scope, rows.map((r) => r.clientId));
      return rows.map(({ objectiveSealed, ...r }) => ({ ...r, sessionObjective: sealerOf(r.clientId).openOr<string>(objectiveSealed, '') }));
    },

    /** The summary the coach writes for the client, and whether (since when) she shared it. */
    async summaryOf(id: string): Promise<{ summary: string; sharedAt: Date | null } | null> {
      if (!isId(id)) return null;
      const [row] = await db.select({ clientId: sessions.clientId, sealed: sessions.clientSummarySealed, sharedAt: sessions.summarySharedAt }).from(sessions).where(mine(id));
      if (!row) return null;
      await clientSealers(scope, [row.clientId]);
      return { summary: keys.client(row.clientId).openOr<string>(row.sealed, ''), sharedAt: row.sharedAt };
    },

    /** Writes the summary and/or shares or unshares it; sharing again keeps the first date. */
    async setSummary(session: { id: string; clientId: string }, change: { summary?: string; shared?: boolean }): Promise<{ summary: string; sharedAt: Date | null }> {
      const current = (await this.summaryOf(session.id)) ?? { summary: '', sharedAt: null };
      const summary = change.summary ?? current.summary;
      const sharedAt = change.shared === undefined ? current.sharedAt : change.shared ? (current.sharedAt ?? new Date()) : null;
      await db
        .update(sessions)
        .set({ clientSummarySealed: summary ? keys.client(session.clientId).seal(summary) : null, summarySharedAt: sharedAt })
        .where(mine(session.id));
      return { summary, sharedAt };
    },

    /** The summaries shared with the client in one engagement, by session: never anything else of the notes. */
    async sharedSummariesOf(engagementId: string): Promise<Map<string, string>> {
      const rows = await db
        .select({ id: sessions.id, clientId: sessions.clientId, sealed: sessions.clientSummarySealed, sharedAt: sessions.summarySharedAt })
        .from(sessions)
        .where(and(eq(sessions.engagementId, engagementId), eq(sessions.practiceId, practiceId)));
      await clientSealers(scope, rows.map((r) => r.clientId));
      return new Map(rows.filter((r) => r.sharedAt && r.sealed).map((r) => [r.id, keys.client(r.clientId).open<string>(r.sealed!)]));
    },

    async listForEngagement(engagementId: string): Promise<SessionRecord[]> {
      const rows = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.engagementId, engagementId), eq(sessions.practiceId, practiceId)))
        .orderBy(asc(sessions.scheduledAt));
      return records(rows);
    },

    /** Every session of the practice between two instants, for the calendar; never the notes. */
    async between(from: Date, to: Date) {
      return db
        .select({
          id: sessions.id,
          engagementId: sessions.engagementId,
          clientId: sessions.clientId,
          scheduledAt: sessions.scheduledAt,
          durationMinutes: sessions.durationMinutes,
          mode: sessions.mode,
          status: sessions.status,
        })
        .from(sessions)
        .where(and(eq(sessions.practiceId, practiceId), gte(sessions.scheduledAt, from), lt(sessions.scheduledAt, to)))
        .orderBy(asc(sessions.scheduledAt));
    },

    async upcoming(from: Date, limit: number) {
      return db
        .select({
          id: sessions.id,
          engagementId: sessions.engagementId,
          scheduledAt: sessions.scheduledAt,
          durationMinutes: sessions.durationMinutes,
          mode: sessions.mode,
          clientId: engagements.clientId,
          plannedSessions: engagements.plannedSessions,
        })
        .from(sessions)
        .innerJoin(engagements, and(eq(engagements.id, sessions.engagementId), eq(engagements.practiceId, practiceId)))
        .where(and(eq(sessions.practiceId, practiceId), eq(sessions.status, 'planned'), gte(sessions.scheduledAt, from)))
        .orderBy(asc(sessions.scheduledAt))
        .limit(limit);
    },

    async create(engagement: EngagementRef, input: { scheduledAt: Date; durationMinutes: number; mode: SessionMode; status: SessionStatus; notes?: SessionNotesInput }): Promise<SessionRecord> {
      await clientSealers(scope, [engagement.clientId]);
      const [row] = await db
        .insert(sessions)
        .values({
          practiceId,
          engagementId: engagement.id,
          clientId: engagement.clientId,
          scheduledAt: input.scheduledAt,
          durationMinutes: input.durationMinutes,
          mode: input.mode,
          status: input.status,
          ...sealNotes(engagement.clientId, mergeSessionNotes({}, input.notes ?? {})),
        })
        .returning();
      return toRecord(row!);
    },

    /**
     * Applies a change under a row lock, so two autosaves of different fields of
     * the same notes never overwrite each other.
     */
    async update(id: string, changes: SessionChanges): Promise<SessionRecord | null> {
      const before = await this.get(id);
      if (!before) return null;
      return db.transaction(async (tx) => {
        const [row] = await tx.select().from(sessions).where(mine(id)).for('update');
        if (!row) return null;
        const current = toRecord(row);
        const [updated] = await tx
          .update(sessions)
          .set({
            ...(changes.scheduledAt ? { scheduledAt: changes.scheduledAt } : {}),
            ...(changes.durationMinutes ? { durationMinutes: changes.durationMinutes } : {}),
            ...(changes.mode ? { mode: changes.mode } : {}),
            ...(changes.status ? { status: changes.status } : {}),
            ...(changes.notes ? sealNotes(current.clientId, mergeSessionNotes(current.notes, changes.notes)) : {}),
            ...(changes.privateReflections !== undefined
              ? { reflectionsSealed: changes.privateReflections ? keys.client(current.clientId).seal(changes.privateReflections) : null }
              : {}),
            updatedAt: new Date(),
          })
          .where(mine(id))
          .returning();
        return toRecord(updated!);
      });
    },
  };
}
export type SessionRepository = ReturnType<typeof sessionRepository>;
