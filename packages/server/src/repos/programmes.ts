import type { ContactInitiator, ContactKind } from '@alliance/domain';
import { and, asc, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import { engagements, programmeAttendance, programmeContacts, programmeDays, programmeParticipants, programmes } from '../db/schema.js';
import { clientSealers, isId, type PracticeScope } from './scope.js';

export interface ProgrammeText {
  title: string;
  description: string;
  place: string;
  betweenDays: string;
  materials?: { label: string; url: string }[];
}

export interface ProgrammeRecord extends ProgrammeText {
  id: string;
  capacity: number | null;
  createdAt: Date;
  days: { id: string; startsAt: Date; endsAt: Date; notes: string }[];
}

export interface ProgrammeContactRecord {
  id: string;
  programmeId: string;
  clientId: string;
  kind: ContactKind;
  initiatedBy: ContactInitiator;
  occurredAt: Date;
  durationMinutes: number | null;
  summary: string;
}

export interface ParticipantFeedback {
  rating: number;
  comment: string;
}

const textOf = (p: ProgrammeText): ProgrammeText => ({ title: p.title, description: p.description, place: p.place, betweenDays: p.betweenDays, materials: p.materials ?? [] });

export function programmeRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const sealer = keys.practice;
  const mine = (id: string) => and(eq(programmes.id, id), eq(programmes.practiceId, practiceId));
  const daysOf = async (ids: string[]) =>
    ids.length ? db.select().from(programmeDays).where(and(eq(programmeDays.practiceId, practiceId), inArray(programmeDays.programmeId, ids))).orderBy(asc(programmeDays.startsAt)) : [];
  const toRecord = (row: typeof programmes.$inferSelect, days: (typeof programmeDays.$inferSelect)[]): ProgrammeRecord => ({
    id: row.id,
    capacity: row.capacity,
    createdAt: row.createdAt,
    ...sealer.open<ProgrammeText>(row.sealed),
    days: days.filter((d) => d.programmeId === row.id).map((d) => ({ id: d.id, startsAt: d.startsAt, endsAt: d.endsAt, notes: d.notesSealed ? sealer.open<string>(d.notesSealed) : '' })),
  });

  return {
    async create(input: ProgrammeText & { capacity: number | null; days: { startsAt: Date; endsAt: Date }[] }): Promise<ProgrammeRecord> {
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(programmes)
          .values({ practiceId, capacity: input.capacity, sealed: sealer.seal(textOf(input)) })
          .returning({ id: programmes.id });
        await tx.insert(programmeDays).values(input.days.map((d) => ({ practiceId, programmeId: row!.id, startsAt: d.startsAt, endsAt: d.endsAt })));
        return row!.id;
      });
      return (await this.get(id))!;
    },
    async get(id: string): Promise<ProgrammeRecord | null> {
      if (!isId(id)) return null;
      const [row] = await db.select().from(programmes).where(mine(id));
      return row ? toRecord(row, await daysOf([row.id])) : null;
    },
    async update(id: string, patch: Partial<ProgrammeText> & { capacity?: number | null }): Promise<ProgrammeRecord | null> {
      const current = await this.get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      await db.update(programmes).set({ sealed: sealer.seal(textOf(next)), capacity: next.capacity }).where(mine(id));
      return this.get(id);
    },
    async setDayNotes(programmeId: string, dayId: string, notes: string): Promise<boolean> {
      if (!isId(dayId)) return false;
      const rows = await db
        .update(programmeDays)
        .set({ notesSealed: notes ? sealer.seal(notes) : null })
        .where(and(eq(programmeDays.practiceId, practiceId), eq(programmeDays.programmeId, programmeId), eq(programmeDays.id, dayId)))
        .returning();
      return rows.length > 0;
    },
    /** The programme days that overlap a period, each with its programme's title and place (for the calendar). */
    async daysBetween(from: Date, to: Date): Promise<{ id: string; programmeId: string; startsAt: Date; endsAt: Date; title: string; place: string }[]> {
      const rows = await db
        .select({ id: programmeDays.id, programmeId: programmeDays.programmeId, startsAt: programmeDays.startsAt, endsAt: programmeDays.endsAt, sealed: programmes.sealed })
        .from(programmeDays)
        .innerJoin(programmes, and(eq(programmes.id, programmeDays.programmeId), eq(programmes.practiceId, practiceId)))
        .where(and(eq(programmeDays.practiceId, practiceId), lt(programmeDays.startsAt, to), gt(programmeDays.endsAt, from)))
        .orderBy(asc(programmeDays.startsAt));
      return rows.map(({ sealed, ...d }) => {
        const text = sealer.open<ProgrammeText>(sealed);
        return { ...d, title: text.title, place: text.place };
      });
    },
    async list(): Promise<(ProgrammeRecord & { participants: number })[]> {
      const rows = await db.select().from(programmes).where(eq(programmes.practiceId, practiceId)).orderBy(desc(programmes.createdAt));
      const days = await daysOf(rows.map((r) => r.id));
      const people = rows.length ? await db.select().from(programmeParticipants).where(and(eq(programmeParticipants.practiceId, practiceId), inArray(programmeParticipants.programmeId, rows.map((r) => r.id)))) : [];
      return rows.map((r) => ({ ...toRecord(r, days), participants: people.filter((p) => p.programmeId === r.id).length }));
    },
    async participants(programmeId: string): Promise<string[]> {
      const rows = await db.select().from(programmeParticipants).where(and(eq(programmeParticipants.practiceId, practiceId), eq(programmeParticipants.programmeId, programmeId))).orderBy(asc(programmeParticipants.addedAt));
      return rows.map((r) => r.clientId);
    },
    /** The coach's notes on each participant, and each one's feedback, opened with each one's key. */
    async participantRecords(programmeId: string): Promise<Map<string, { notes: string; feedback: ParticipantFeedback | null }>> {
      const rows = await db
        .select({ clientId: programmeParticipants.clientId, notesSealed: programmeParticipants.notesSealed, feedbackSealed: programmeParticipants.feedbackSealed })
        .from(programmeParticipants)
        .where(and(eq(programmeParticipants.practiceId, practiceId), eq(programmeParticipants.programmeId, programmeId)));
      const sealers = await clientSealers(scope, rows.map((r) => r.clientId));
      return new Map(
        rows.map((r) => [
          r.clientId,
          {
            notes: r.notesSealed ? sealers(r.clientId).open<string>(r.notesSealed) : '',
            feedback: r.feedbackSealed ? sealers(r.clientId).open<ParticipantFeedback>(r.feedbackSealed) : null,
          },
        ]),
      );
    },
    /** For a participant of the programme (the caller checks): her key must exist. */
    async setParticipantFeedback(programmeId: string, clientId: string, feedback: ParticipantFeedback): Promise<void> {
      const seal = (await clientSealers(scope, [clientId]))(clientId);
      await db
        .update(programmeParticipants)
        .set({ feedbackSealed: seal.seal(feedback) })
        .where(and(eq(programmeParticipants.practiceId, practiceId), eq(programmeParticipants.programmeId, programmeId), eq(programmeParticipants.clientId, clientId)));
    },
    /** For a participant of the programme (the caller checks): her key must exist. */
    async setParticipantNotes(programmeId: string, clientId: string, notes: string): Promise<boolean> {
      const seal = (await clientSealers(scope, [clientId]))(clientId);
      const rows = await db
        .update(programmeParticipants)
        .set({ notesSealed: notes ? seal.seal(notes) : null })
        .where(and(eq(programmeParticipants.practiceId, practiceId), eq(programmeParticipants.programmeId, programmeId), eq(programmeParticipants.clientId, clientId)))
        .returning();
      return rows.length > 0;
    },
    async addParticipant(programmeId: string, clientId: string): Promise<void> {
      await db.insert(programmeParticipants).values({ practiceId, programmeId, clientId }).onConflictDoNothing();
    },
    async attendance(dayIds: string[]) {
      if (!dayIds.length) return [];
      return db
        .select({ dayId: programmeAttendance.dayId, clientId: programmeAttendance.clientId, present: programmeAttendance.present })
        .from(programmeAttendance)
        .where(and(eq(programmeAttendance.practiceId, practiceId), inArray(programmeAttendance.dayId, dayIds)));
    },
    async mark(dayId: string, clientId: string, present: boolean): Promise<void> {
      await db
        .insert(programmeAttendance)
        .values({ practiceId, dayId, clientId, present })
        .onConflictDoUpdate({ target: [programmeAttendance.dayId, programmeAttendance.clientId], set: { present } });
    },
    async addContact(input: Omit<ProgrammeContactRecord, 'id'>): Promise<ProgrammeContactRecord> {
      const seal = (await clientSealers(scope, [input.clientId]))(input.clientId);
      const [row] = await db
        .insert(programmeContacts)
        .values({ practiceId, programmeId: input.programmeId, clientId: input.clientId, kind: input.kind, initiatedBy: input.initiatedBy, occurredAt: input.occurredAt, durationMinutes: input.durationMinutes, sealed: seal.seal({ summary: input.summary }) })
        .returning();
      return { ...input, id: row!.id };
    },
    /** A participant's contacts, in one programme or in all of them. */
    async contacts(filter: { programmeId?: string; clientId?: string }): Promise<ProgrammeContactRecord[]> {
      const rows = await db
        .select()
        .from(programmeContacts)
        .where(
          and(
            eq(programmeContacts.practiceId, practiceId),
            filter.programmeId ? eq(programmeContacts.programmeId, filter.programmeId) : undefined,
            filter.clientId ? eq(programmeContacts.clientId, filter.clientId) : undefined,
          ),
        )
        .orderBy(asc(programmeContacts.occurredAt));
      const sealers = await clientSealers(scope, rows.map((r) => r.clientId));
      return rows.map((r) => ({ id: r.id, programmeId: r.programmeId, clientId: r.clientId, kind: r.kind, initiatedBy: r.initiatedBy, occurredAt: r.occurredAt, durationMinutes: r.durationMinutes, summary: sealers(r.clientId).open<{ summary: string }>(r.sealed).summary }));
    },
    /** The engagements that grew out of this programme, by client. */
    async engagementsFrom(programmeId: string): Promise<{ id: string; clientId: string }[]> {
      return db.select({ id: engagements.id, clientId: engagements.clientId }).from(engagements).where(and(eq(engagements.practiceId, practiceId), eq(engagements.programmeId, programmeId)));
    },
  };
}
export type ProgrammeRepository = ReturnType<typeof programmeRepository>;
