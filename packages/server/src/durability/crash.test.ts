import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config.js';
import { agent, exited, start } from '../testing/processes.js';

const databases = [{ kind: 'embedded' }, ...(testDatabaseUrl() ? [{ kind: 'postgres' }] : [])];

describe.each(databases)('a server killed mid-write loses no acknowledged write ($kind)', ({ kind }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-crash-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: kind === 'postgres' ? testDatabaseUrl()! : '' };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds every 2xx session and contact after SIGKILL and restart, decrypted', async () => {
    let server = await start(env);
    const call = agent(server.base);
    const email = `crash.${Date.now()}.${kind}@example.test`;
    expect((await call('POST', '/api/auth/sign-up/email', { email, password: 'correct horse battery', name: 'Crash' })).status).toBe(200);
    const cl = await call('POST', '/api/v1/clients', { firstName: 'Crash', lastName: 'Test' });
    const en = await call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Durabilité' });
    const engagementId = en.body.id as string;

    const acknowledged: { kind: 'session' | 'contact'; id: string; text: string }[] = [];
    let running = true;
    const writer = async (w: number) => {
      for (let i = 0; running; i++) {
        const text = `écriture ${w}-${i}`;
        try {
          if (i % 2 === 0) {
            const s = await call('POST', `/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: new Date().toISOString(), durationMinutes: 60, mode: 'video', notes: { situation: text } });
            if (s.status === 201) acknowledged.push({ kind: 'session', id: s.body.id, text });
          } else {
            const c = await call('POST', `/api/v1/engagements/${engagementId}/contacts`, { kind: 'phone', occurredAt: new Date().toISOString(), summary: text });
            if (c.status === 201) acknowledged.push({ kind: 'contact', id: c.body.id, text });
          }
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((r) => setTimeout(r, 1_500));
    server.child.kill('SIGKILL');
    running = false;
    await Promise.all(writers);
    await exited(server.child);
    expect(acknowledged.length).toBeGreaterThan(10);

    server = await start(env);
    try {
      const again = agent(server.base);
      expect((await again('POST', '/api/auth/sign-in/email', { email, password: 'correct horse battery' })).status).toBe(200);
      const timeline = await again('GET', `/api/v1/engagements/${engagementId}/timeline`);
      expect(timeline.status).toBe(200);
      const ids = new Set(timeline.body.entries.map((e: { id: string }) => e.id));
      const missing = acknowledged.filter((a) => !ids.has(a.id));
      expect(missing).toEqual([]);
      for (const a of acknowledged.filter((x) => x.kind === 'contact').slice(-5)) {
        const entry = timeline.body.entries.find((e: { id: string }) => e.id === a.id);
        expect(entry.summary).toBe(a.text);
      }
      for (const a of acknowledged.filter((x) => x.kind === 'session').slice(-5)) {
        const s = await again('GET', `/api/v1/sessions/${a.id}`);
        expect(s.body.notes.situation).toBe(a.text);
      }
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
  }, 120_000);
});
