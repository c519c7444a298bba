import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config.js';
import { addElement, openLiveBoard } from '../testing/live.js';
import { agent, exited, start } from '../testing/processes.js';

const databases = [{ kind: 'embedded' }, ...(testDatabaseUrl() ? [{ kind: 'postgres' }] : [])];

describe.each(databases)('a live board survives SIGKILL ($kind)', ({ kind }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-board-crash-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: kind === 'postgres' ? testDatabaseUrl()! : '' };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every change the server acknowledged, after a kill mid-session and a restart', async () => {
    let server = await start(env);
    const call = agent(server.base);
    const email = `board-crash.${Date.now()}.${kind}@example.test`;
    expect((await call('POST', '/api/auth/sign-up/email', { email, password: 'correct horse battery', name: 'Crash' })).status).toBe(200);
    const cl = await call('POST', '/api/v1/clients', { firstName: 'Nadia', lastName: 'Test' });
    const en = await call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Constellation' });
    const se = await call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: new Date().toISOString(), durationMinutes: 60, mode: 'video' });
    const board = await call('POST', `/api/v1/sessions/${se.body.id}/boards`, { title: 'Sous tension' });
    const link = await call('POST', `/api/v1/boards/${board.body.id}/share-links`, { mode: 'edit', expiresInMinutes: 60 });
    const boardId = board.body.id as string;

    const client = await openLiveBoard(server.base, boardId, { token: link.body.token });
    const acknowledged: string[] = [];
    let running = true;
    const loop = (async () => {
      for (let i = 0; running; i++) {
        addElement(client, `e${i}`, { label: `Élément ${i}`, x: i % 100, y: 50 });
        try {
          await client.saved();
          acknowledged.push(`e${i}`);
        } catch {
          return; // the server is gone: this change was never acknowledged
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 1_500));
    server.child.kill('SIGKILL');
    running = false;
    await loop;
    client.close();
    await exited(server.child);
    expect(acknowledged.length).toBeGreaterThan(5);

    server = await start(env);
    try {
      const again = await openLiveBoard(server.base, boardId, { token: link.body.token });
      const missing = acknowledged.filter((id) => !again.elements.has(id));
      expect(missing).toEqual([]);
      expect(again.elements.get(acknowledged.at(-1)!)!.get('label')).toBe(`Élément ${acknowledged.length - 1}`);
      again.close();
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
  }, 120_000);
});
