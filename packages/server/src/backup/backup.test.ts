import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { practiceRepository } from '../repos/practices.js';
import { Vault } from '../crypto/vault.js';
import { client, type Coach, sharedDatabase, TEST_DATABASES, testApp } from '../testing/harness.js';
import { backup, restore } from './backup.js';
import { DATA_TABLES, dumpTable } from './tables.js';

const PASSWORD = 'correct horse battery staple';

async function fillPractice(coach: Coach) {
  const ids: Record<string, string> = {};
  for (const [first, last] of [['Claire', 'Vasseur'], ['Sonia', 'Ferrand']] as const) {
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: first, lastName: last, email: `${first}@example.test` });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: `Accompagnement de ${first}`, objectives: [{ statement: `Objectif de ${first}` }] });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/transitions`, { to: 'contracted' });
    const se = await coach.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video', status: 'held' });
    await coach.call('PATCH', `/api/v1/sessions/${se.body.id}`, { notes: { situation: `Situation de ${first}` }, privateReflections: `Réflexion sur ${first}` });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/contacts`, { kind: 'phone', occurredAt: '2026-10-03T09:00:00Z', summary: `Appel de ${first}` });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/feedback`, { event: `Réunion de ${first}`, outcome: 'as_hoped' });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/learnings`, { statement: `Apprentissage de ${first}` });
    ids[first] = cl.body.id;
    ids[`${first}-session`] = se.body.id;
  }
  return ids;
}

async function everyRecord(db: DatabaseHandle['db'], practiceId: string | null) {
  const all: Record<string, unknown[]> = {};
  for (const t of [...DATA_TABLES, 'client_keys'] as const) {
    const rows = await dumpTable(db, t, practiceId);
    all[t] = rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return all;
}

describe('backup and restore of a whole installation (embedded)', () => {
  const master = randomBytes(32);
  let source: DatabaseHandle;
  let app: FastifyInstance;
  let coach: ReturnType<typeof client>;
  let ids: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'alliance-backup-'));

  beforeAll(async () => {
    source = await openDatabase({ inMemory: true });
    app = await buildApp({ database: source, masterKey: master, logLevel: 'silent' });
    coach = client(app);
    await coach.signUp('coach.backup@example.test', PASSWORD);
    ids = await fillPractice(coach);
  });
  afterAll(async () => {
    await app.close();
    await source.close();
  });

  it('backs up, restores on a fresh installation, and every record comes back identical and readable', async () => {
    const files = await backup(source.db, master, dir, null);
    expect(files.counts.sessions).toBe(2);
    expect(readFileSync(files.data).includes(Buffer.from('Vasseur'))).toBe(false);

    const fresh = await openDatabase({ inMemory: true });
    try {
      const report = await restore(fresh.db, [master], files.data, files.keys);
      expect(report.erasedClients).toBe(0);
      expect(await everyRecord(fresh.db, null)).toEqual(await everyRecord(source.db, null));

      const restoredApp = await buildApp({ database: fresh, masterKey: master, logLevel: 'silent' });
      const again = client(restoredApp);
      expect((await again.call('POST', '/api/auth/sign-in/email', { email: 'coach.backup@example.test', password: PASSWORD })).status).toBe(200);
      const session = await again.call('GET', `/api/v1/sessions/${ids['Claire-session']}`);
      expect(session.body.notes.situation).toBe('Situation de Claire');
      expect(session.body.privateReflections).toBe('Réflexion sur Claire');
      await restoredApp.close();
    } finally {
      await fresh.close();
    }
  });

  it('after an erasure, a backup taken before it restores everyone but her', async () => {
    const before = await backup(source.db, master, dir, null, new Date('2026-01-01T00:00:00Z'));
    expect((await coach.call('DELETE', `/api/v1/clients/${ids.Sonia}`)).status).toBe(204);
    // The next backup replaces the keys archive: her key is in no keys file any more.
    const after = await backup(source.db, master, dir, null, new Date('2026-01-02T00:00:00Z'));
    expect(after.keys).toBe(before.keys);

    const fresh = await openDatabase({ inMemory: true });
    try {
      const report = await restore(fresh.db, [master], before.data, after.keys);
      expect(report.erasedClients).toBe(1);
      const restoredApp = await buildApp({ database: fresh, masterKey: master, logLevel: 'silent' });
      const again = client(restoredApp);
      await again.call('POST', '/api/auth/sign-in/email', { email: 'coach.backup@example.test', password: PASSWORD });
      expect((await again.call('GET', `/api/v1/clients/${ids.Sonia}`)).status).toBe(404);
      expect((await again.call('GET', `/api/v1/sessions/${ids['Sonia-session']}`)).status).toBe(404);
      expect((await again.call('GET', `/api/v1/clients/${ids.Claire}`)).body.lastName).toBe('Vasseur');
      expect((await again.call('GET', `/api/v1/sessions/${ids['Claire-session']}`)).body.notes.situation).toBe('Situation de Claire');
      await restoredApp.close();
    } finally {
      await fresh.close();
    }
  });

  it('refuses a damaged archive, a wrong master key, and a non-empty target', async () => {
    const files = await backup(source.db, master, dir, null, new Date('2026-01-03T00:00:00Z'));
    const bytes = readFileSync(files.data);
    bytes[bytes.length - 40]! ^= 0xff;
    const damaged = join(dir, 'damaged.backup');
    writeFileSync(damaged, bytes);
    const fresh = await openDatabase({ inMemory: true });
    try {
      await expect(restore(fresh.db, [master], damaged, files.keys)).rejects.toThrow(/damaged/);
      await expect(restore(fresh.db, [randomBytes(32)], files.data, files.keys)).rejects.toThrow(/not available/);
      await expect(restore(source.db, [master], files.data, files.keys)).rejects.toThrow(/already has accounts/);
    } finally {
      await fresh.close();
    }
  });
});

describe.each(TEST_DATABASES)('backup and restore of one practice (%s)', (kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(kind);
  });
  afterAll(() => app.close());

  it('restores a removed practice record for record', async () => {
    const coach = client(app);
    await coach.signUp(undefined, PASSWORD);
    await fillPractice(coach);
    const practiceId = (await coach.call('GET', '/api/v1/me')).body.practice.id as string;
    const { db } = await sharedDatabase(kind);
    const before = await everyRecord(db, practiceId);
    // The test app's master key is private to it; back up with a vault-independent key of our own.
    const master = randomBytes(32);
    const files = await backup(db, master, mkdtempSync(join(tmpdir(), 'alliance-practice-')), practiceId);
    await practiceRepository(db, new Vault(master)).remove(practiceId);
    expect((await everyRecord(db, practiceId)).practices).toEqual([]);
    await restore(db, [master], files.data, files.keys);
    expect(await everyRecord(db, practiceId)).toEqual(before);
  });
});
