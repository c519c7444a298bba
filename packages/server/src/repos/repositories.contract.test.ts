import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config.js';
import { Vault } from '../crypto/vault.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { sessions } from '../db/schema.js';
import { sharedDatabase, TEST_DATABASES } from '../testing/harness.js';
import { repositoriesFor, type Repositories } from './index.js';
import { practiceRepository } from './practices.js';

/** Both drivers answer raw SQL with `{ rows }`. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** One contract for the repositories, held by the embedded database and by a real PostgreSQL server alike. */
describe.each(TEST_DATABASES)('repository contract (%s)', (kind) => {
  let database: DatabaseHandle;
  let vault: Vault;
  let mine: Repositories;
  let theirs: Repositories;
  let minePracticeId: string;
  let theirPracticeId: string;

  async function practiceRepos(userName: string) {
    const { db } = database;
    const userId = `u-${randomBytes(6).toString('hex')}`;
    await db.execute(sql`insert into "user" (id, name, email) values (${userId}, ${userName}, ${`${userId}@example.test`})`);
    const m = (await practiceRepository(db, vault).ensurePracticeFor(userId, userName))!;
    return { id: m.practice.id, userId, repos: repositoriesFor({ db, practiceId: m.practice.id, keys: vault.forPractice(m.practice.id, m.wrappedKey) }) };
  }

  beforeAll(async () => {
    database = await sharedDatabase(kind);
    vault = new Vault(randomBytes(32));
    const a = await practiceRepos('A');
    const b = await practiceRepos('B');
    mine = a.repos;
    theirs = b.repos;
    minePracticeId = a.id;
    theirPracticeId = b.id;
  });
  afterAll(async () => {
    await practiceRepository(database.db, vault).remove(minePracticeId);
    await practiceRepository(database.db, vault).remove(theirPracticeId);
  });

  it('round-trips a client, sorted by last name in French order', async () => {
    const c1 = await mine.clients.create({ firstName: 'Élodie', lastName: 'Zéphyr', email: 'e@example.test' });
    const c2 = await mine.clients.create({ firstName: 'Émile', lastName: 'Éluard' });
    expect(await mine.clients.get(c1.id)).toMatchObject({ firstName: 'Élodie', lastName: 'Zéphyr', email: 'e@example.test', organisationId: null });
    const names = (await mine.clients.list()).map((c) => c.lastName);
    expect(names.indexOf('Éluard')).toBeLessThan(names.indexOf('Zéphyr'));
    expect(await mine.clients.update(c2.id, { phone: '+33 6 00 00 00 00' })).toMatchObject({ firstName: 'Émile', phone: '+33 6 00 00 00 00' });
  });

  it('never finds another practice’s rows, by id or in a list', async () => {
    const c = await mine.clients.create({ firstName: 'Aurore', lastName: 'Privée' });
    expect(await theirs.clients.get(c.id)).toBeNull();
    expect(await theirs.clients.update(c.id, { lastName: 'x' })).toBeNull();
    expect(await theirs.clients.remove(c.id)).toBe(false);
    expect((await theirs.clients.list()).some((x) => x.id === c.id)).toBe(false);
    expect(await mine.clients.get(c.id)).toMatchObject({ lastName: 'Privée' });
  });

  it('lets the database itself refuse a session attached to another practice’s engagement', async () => {
    const c = await mine.clients.create({ firstName: 'A', lastName: 'B' });
    const e = await mine.engagements.create({ clientId: c.id, title: 'T', origin: 'direct', objectives: [] }, 'u');
    await expect(
      database.db.insert(sessions).values({ practiceId: theirPracticeId, engagementId: e.id, clientId: c.id, scheduledAt: new Date(), durationMinutes: 60, mode: 'video', status: 'planned' }),
    ).rejects.toThrow();
  });

  it('keeps coaching text and client names out of the stored rows', async () => {
    const c = await mine.clients.create({ firstName: 'Marqueur', lastName: 'Quennevilliard', email: 'zorblax@example.test' });
    const e = await mine.engagements.create(
      { clientId: c.id, title: 'Titre MARQUEUR-TITRE', origin: 'direct', objectives: [{ statement: 'MARQUEUR-OBJECTIF' }], contract: { sponsorVisibility: 'nothing', boundaries: [], confidentialityClause: 'MARQUEUR-CLAUSE' } },
      'u',
    );
    const s = await mine.sessions.create(e, { scheduledAt: new Date(), durationMinutes: 60, mode: 'video', status: 'held', notes: { situation: 'MARQUEUR-NOTE' } });
    await mine.sessions.update(s.id, { privateReflections: 'MARQUEUR-REFLEXION' });
    await mine.events.addContact(e, { kind: 'phone', occurredAt: new Date().toISOString(), summary: 'MARQUEUR-CONTACT', initiatedBy: 'client' });
    await mine.events.addFeedback(e, { event: 'MARQUEUR-EVENEMENT', account: 'MARQUEUR-RECIT' });
    await mine.events.addLearning(e, { statement: 'MARQUEUR-APPRENTISSAGE' });
    await mine.organisations.create({ name: 'MARQUEUR-ORGANISATION', contactName: 'MARQUEUR-CONTACT-NOM' });

    const tables = ['clients', 'organisations', 'engagements', 'objectives', 'sessions', 'contacts', 'feedback', 'learnings'];
    let dump = '';
    for (const t of tables) {
      const res = await database.db.execute(sql.raw(`select row_to_json(x)::text as j from ${t} x where practice_id = '${minePracticeId}'`));
      dump += rowsOf<{ j: string }>(res).map((r) => r.j).join('\n');
    }
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).not.toMatch(/MARQUEUR|Quennevilliard|zorblax/i);
    // And everything reads back.
    expect((await mine.sessions.get(s.id))?.notes.situation).toBe('MARQUEUR-NOTE');
    expect((await mine.events.contactsOf(e.id))[0]?.summary).toBe('MARQUEUR-CONTACT');
  });

  it('merges concurrent autosaves of different note fields without losing either', async () => {
    const c = await mine.clients.create({ firstName: 'A', lastName: 'B' });
    const e = await mine.engagements.create({ clientId: c.id, title: 'T', origin: 'direct', objectives: [] }, 'u');
    const s = await mine.sessions.create(e, { scheduledAt: new Date(), durationMinutes: 60, mode: 'video', status: 'planned' });
    const fields = ['situation', 'peopleInvolved', 'stakesAndRisk', 'sessionObjective', 'exploration', 'toolsUsed', 'shift', 'insights'] as const;
    await Promise.all(fields.map((f) => mine.sessions.update(s.id, { notes: { [f]: `texte ${f}` } })));
    const notes = (await mine.sessions.get(s.id))!.notes;
    for (const f of fields) expect(notes[f]).toBe(`texte ${f}`);
  });

  it('moves a status only from the status it still has', async () => {
    const c = await mine.clients.create({ firstName: 'A', lastName: 'B' });
    const e = await mine.engagements.create({ clientId: c.id, title: 'T', origin: 'direct', objectives: [] }, 'u');
    const results = await Promise.all([
      mine.engagements.moveStatus(e.id, 'prospect', 'contracted', 'u'),
      mine.engagements.moveStatus(e.id, 'prospect', 'cancelled', 'u'),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await mine.engagements.statusEvents(e.id)).map((x) => x.toStatus)).toHaveLength(2);
  });

  it('counts held, last held and next planned sessions per engagement', async () => {
    const c = await mine.clients.create({ firstName: 'A', lastName: 'B' });
    const e = await mine.engagements.create({ clientId: c.id, title: 'T', origin: 'direct', objectives: [] }, 'u');
    const past = new Date('2026-01-10T10:00:00Z');
    const later = new Date('2026-02-10T10:00:00Z');
    const future = new Date(Date.now() + 5 * 86_400_000);
    await mine.sessions.create(e, { scheduledAt: past, durationMinutes: 60, mode: 'video', status: 'held' });
    await mine.sessions.create(e, { scheduledAt: later, durationMinutes: 60, mode: 'video', status: 'held' });
    await mine.sessions.create(e, { scheduledAt: later, durationMinutes: 60, mode: 'video', status: 'cancelled' });
    await mine.sessions.create(e, { scheduledAt: future, durationMinutes: 60, mode: 'video', status: 'planned' });
    const counts = (await mine.engagements.sessionCounts([e.id])).get(e.id)!;
    expect(counts.held).toBe(2);
    expect(counts.lastHeldAt?.toISOString()).toBe(later.toISOString());
    expect(counts.nextPlannedAt?.toISOString()).toBe(future.toISOString());
  });

  if (kind === 'postgres') {
    it('survives the server ending an idle connection, and the next query works', async () => {
      const errors: Error[] = [];
      const handle = await openDatabase({ databaseUrl: testDatabaseUrl()!, onIdleError: (e) => errors.push(e) });
      try {
        await handle.db.execute(sql`set application_name = 'alliance-idle-test'`);
        await database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'alliance-idle-test'`);
        await new Promise((r) => setTimeout(r, 300));
        expect(errors.length).toBeGreaterThanOrEqual(1);
        expect(rowsOf<{ one: number }>(await handle.db.execute(sql`select 1 as one`))[0]!.one).toBe(1);
      } finally {
        await handle.close();
      }
    });
  }

  it('removes a practice with all its data and its members’ accounts', async () => {
    const extra = await practiceRepos('C');
    const c = await extra.repos.clients.create({ firstName: 'A', lastName: 'B' });
    await practiceRepository(database.db, vault).remove(extra.id);
    expect(await extra.repos.clients.get(c.id)).toBeNull();
    const users = await database.db.execute(sql`select id from "user" where id = ${extra.userId}`);
    expect(rowsOf(users)).toHaveLength(0);
  });
});
