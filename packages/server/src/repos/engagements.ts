import type { ContractView, EngagementInput, EngagementPatch, Objective } from '@alliance/api';
import type { EngagementOrigin, EngagementStatus, ProgressScale, SponsorVisibility } from '@alliance/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { engagementEvents, engagements, objectives, sessions } from '../db/schema.js';
import type { Sealer } from '../crypto/vault.js';
import { clientSealers, compact, isId, type PracticeScope } from './scope.js';

/** The engagement's confidential text: its title and the words of its contract. */
interface SealedEngagement {
  title: string;
  contract: Omit<ContractView, 'sponsorVisibility' | 'agreedOn'>;
}

export interface EngagementRecord {
  id: string;
  clientId: string;
  sponsorId: string | null;
  /** The group programme it grew out of, when its origin is one. */
  programmeId: string | null;
  origin: EngagementOrigin;
  status: EngagementStatus;
  plannedSessions: number | null;
  /** How the client rates progress on her objectives in her check-ins. */
  progressScale: ProgressScale;
  title: string;
  contract: ContractView;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionCounts {
  held: number;
  /** Held or planned: every session not cancelled. */
  scheduled: number;
  lastHeldAt: Date | null;
  nextPlannedAt: Date | null;
}

type ContractInputValue = NonNullable<EngagementPatch['contract']>;

function contractText(c: ContractInputValue | undefined): SealedEngagement['contract'] {
  return compact({
    cadence: c?.cadence,
    sessionDurationMinutes: c?.sessionDurationMinutes,
    boundaries: (c?.boundaries ?? []).map((b) => ({ party: b.party, responsibilities: b.responsibilities ?? [], outOfScope: b.outOfScope ?? [] })),
    confidentialityClause: c?.confidentialityClause,
    limitsOfConfidentiality: c?.limitsOfConfidentiality,
  });
}

export function engagementRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const toRecord = (row: typeof engagements.$inferSelect, sealer: Sealer): EngagementRecord => {
    const sealed = sealer.open<SealedEngagement>(row.sealed);
    return {
      id: row.id,
      clientId: row.clientId,
      sponsorId: row.sponsorId,
      programmeId: row.programmeId,
      origin: row.origin,
      status: row.status,
      plannedSessions: row.plannedSessions,
      progressScale: row.progressScale,
      title: sealed.title,
      contract: { ...sealed.contract, boundaries: sealed.contract.boundaries ?? [], sponsorVisibility: row.sponsorVisibility, agreedOn: row.contractAgreedOn },
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  };
  const records = async (rows: (typeof engagements.$inferSelect)[]) => {
    const sealerOf = await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map((r) => toRecord(r, sealerOf(r.clientId)));
  };
  const mine = (id: string) => and(eq(engagements.id, id), eq(engagements.practiceId, practiceId));

  async function writeObjectives(tx: typeof db, engagementId: string, clientId: string, list: { id?: string; statement: string; baseline?: string; target?: string }[]) {
    await tx.delete(objectives).where(and(eq(objectives.engagementId, engagementId), eq(objectives.practiceId, practiceId)));
    if (list.length === 0) return;
    const sealer = keys.client(clientId);
    await tx.insert(objectives).values(
      list.map((o, position) => ({
        ...(o.id && isId(o.id) ? { id: o.id } : {}),
        practiceId,
        engagementId,
        clientId,
        position,
        sealed: sealer.seal(compact({ statement: o.statement, baseline: o.baseline, target: o.target })),
      })),
    );
  }

  return {
    async get(id: string): Promise<EngagementRecord | null> {
      if (!isId(id)) return null;
      const rows = await db.select().from(engagements).where(mine(id));
      return (await records(rows))[0] ?? null;
    },

    async list(filter: { clientId?: string } = {}): Promise<EngagementRecord[]> {
      if (filter.clientId !== undefined && !isId(filter.clientId)) return [];
      const where = filter.clientId
        ? and(eq(engagements.practiceId, practiceId), eq(engagements.clientId, filter.clientId))
        : eq(engagements.practiceId, practiceId);
      const rows = await db.select().from(engagements).where(where).orderBy(asc(engagements.createdAt));
      return records(rows);
    },

    async objectivesOf(engagementId: string): Promise<Objective[]> {
      const rows = await db
        .select()
        .from(objectives)
        .where(and(eq(objectives.engagementId, engagementId), eq(objectives.practiceId, practiceId)))
        .orderBy(asc(objectives.position));
      const sealerOf = await clientSealers(scope, rows.map((r) => r.clientId));
      return rows.map((r) => ({ id: r.id, ...sealerOf(r.clientId).open<Omit<Objective, 'id'>>(r.sealed) }));
    },

    /** Held and scheduled counts, last held and next planned session, per engagement, in one query. */
    async sessionCounts(engagementIds?: string[]): Promise<Map<string, SessionCounts>> {
      const where = engagementIds
        ? and(eq(sessions.practiceId, practiceId), inArray(sessions.engagementId, engagementIds))
        : eq(sessions.practiceId, practiceId);
      if (engagementIds && engagementIds.length === 0) return new Map();
      const rows = await db
        .select({
          engagementId: sessions.engagementId,
          held: sql<number>`count(*) filter (where ${sessions.status} = 'held')`.mapWith(Number),
          scheduled: sql<number>`count(*) filter (where ${sessions.status} <> 'cancelled')`.mapWith(Number),
          lastHeldAt: sql<Date | null>`max(${sessions.scheduledAt}) filter (where ${sessions.status} = 'held')`,
          nextPlannedAt: sql<Date | null>`min(${sessions.scheduledAt}) filter (where ${sessions.status} = 'planned' and ${sessions.scheduledAt} >= now())`,
        })
        .from(sessions)
        .where(where)
        .groupBy(sessions.engagementId);
      const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));
      return new Map(rows.map((r) => [r.engagementId, { held: r.held, scheduled: r.scheduled, lastHeldAt: toDate(r.lastHeldAt), nextPlannedAt: toDate(r.nextPlannedAt) }]));
    },

    /** `createdAt` lets an import (or the demo) tell a story that began in the past. */
    async create(input: EngagementInput & { origin: EngagementOrigin }, byUserId: string, createdAt?: Date): Promise<EngagementRecord> {
      const sealer = (await clientSealers(scope, [input.clientId]))(input.clientId);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(engagements)
          .values({
            practiceId,
            clientId: input.clientId,
            sponsorId: input.sponsorId ?? null,
            origin: input.origin,
            status: 'prospect',
            plannedSessions: input.plannedSessions ?? null,
            sponsorVisibility: (input.contract?.sponsorVisibility ?? 'nothing') as SponsorVisibility,
            contractAgreedOn: input.contract?.agreedOn ?? null,
            sealed: sealer.seal({ title: input.title, contract: contractText(input.contract) } satisfies SealedEngagement),
            ...(createdAt ? { createdAt, updatedAt: createdAt } : {}),
          })
          .returning();
        await writeObjectives(tx as typeof db, row!.id, input.clientId, input.objectives ?? []);
        await tx.insert(engagementEvents).values({ practiceId, engagementId: row!.id, fromStatus: null, toStatus: 'prospect', byUserId, at: row!.createdAt });
        return toRecord(row!, sealer);
      });
    },

    async update(id: string, patch: EngagementPatch): Promise<EngagementRecord | null> {
      const before = await this.get(id);
      if (!before) return null;
      const sealer = keys.client(before.clientId);
      return db.transaction(async (tx) => {
        const [current] = await tx.select().from(engagements).where(mine(id)).for('update');
        if (!current) return null;
        const record = toRecord(current, sealer);
        const sealed: SealedEngagement = {
          title: patch.title ?? record.title,
          contract: patch.contract ? contractText(patch.contract) : (sealer.open<SealedEngagement>(current.sealed).contract),
        };
        const [row] = await tx
          .update(engagements)
          .set({
            sealed: sealer.seal(sealed),
            ...(patch.sponsorId !== undefined ? { sponsorId: patch.sponsorId } : {}),
            ...(patch.origin ? { origin: patch.origin } : {}),
            ...(patch.plannedSessions !== undefined ? { plannedSessions: patch.plannedSessions } : {}),
            ...(patch.contract
              ? { sponsorVisibility: patch.contract.sponsorVisibility ?? 'nothing', contractAgreedOn: patch.contract.agreedOn ?? null }
              : {}),
            updatedAt: new Date(),
          })
          .where(mine(id))
          .returning();
        if (patch.objectives) await writeObjectives(tx as typeof db, id, current.clientId, patch.objectives);
        return toRecord(row!, sealer);
      });
    },

    /**
     * Moves the status only if it is still `from` (the caller checked the move
     * against the domain rules); false when someone else moved it first.
     */
    async moveStatus(id: string, from: EngagementStatus, to: EngagementStatus, byUserId: string, at = new Date()): Promise<boolean> {
      return db.transaction(async (tx) => {
        const moved = await tx
          .update(engagements)
          .set({ status: to, updatedAt: at })
          .where(and(mine(id), eq(engagements.status, from)))
          .returning({ id: engagements.id });
        if (moved.length === 0) return false;
        await tx.insert(engagementEvents).values({ practiceId, engagementId: id, fromStatus: from, toStatus: to, byUserId, at });
        return true;
      });
    },

    /** The last contact with the client in each engagement: a session held or missed, a contact, feedback, a learning, or an edit. */
    async setProgressScale(id: string, progressScale: ProgressScale): Promise<void> {
      await db.update(engagements).set({ progressScale, updatedAt: new Date() }).where(mine(id));
    },

    /** Ties an engagement to the group programme it grew out of. */
    async linkProgramme(id: string, programmeId: string): Promise<void> {
      await db.update(engagements).set({ programmeId, origin: 'group_programme' }).where(mine(id));
    },

    async lastActivity(): Promise<Map<string, Date>> {
      const rows = await db
        .select({
          id: engagements.id,
          last: sql<Date | string>`greatest(
            ${engagements.updatedAt},
            (select max(s.scheduled_at) from sessions s where s.engagement_id = ${engagements.id} and s.status in ('held', 'no_show')),
            (select max(c.occurred_at) from contacts c where c.engagement_id = ${engagements.id}),
            (select max(f.received_at) from feedback f where f.engagement_id = ${engagements.id}),
            (select max(l.recorded_at) from learnings l where l.engagement_id = ${engagements.id})
          )`,
        })
        .from(engagements)
        .where(eq(engagements.practiceId, practiceId));
      return new Map(rows.map((r) => [r.id, new Date(r.last)]));
    },

    /** Deletes an engagement and, by cascade, its sessions, contacts, feedback and learnings. */
    async remove(id: string): Promise<boolean> {
      if (!isId(id)) return false;
      return (await db.delete(engagements).where(mine(id)).returning({ id: engagements.id })).length > 0;
    },

    async statusEvents(engagementId: string) {
      return db
        .select()
        .from(engagementEvents)
        .where(and(eq(engagementEvents.engagementId, engagementId), eq(engagementEvents.practiceId, practiceId)))
        .orderBy(asc(engagementEvents.at));
    },
  };
}
export type EngagementRepository = ReturnType<typeof engagementRepository>;
