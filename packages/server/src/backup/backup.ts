import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { type ArchiveHeader, readArchive, writeArchive } from './archive.js';
import { CLIENT_COLUMN, DATA_TABLES, type DataTable, dumpTable, loadTable } from './tables.js';

type Rows = Record<string, unknown>[];
export interface DataPayload {
  format: 'alliance.backup/1';
  tables: Record<DataTable, Rows>;
}
export interface KeysPayload {
  format: 'alliance.keys/1';
  clientKeys: Rows;
}

export interface BackupFiles {
  data: string;
  keys: string;
  header: ArchiveHeader;
  counts: Record<string, number>;
}

/**
 * Writes a data archive (dated; keep as many as you like) and the keys archive
 * (one file, replaced each time: keep only the newest). A practice, or the whole
 * instance when practiceId is null.
 */
export async function backup(db: Database, master: Buffer, dir: string, practiceId: string | null, now = new Date()): Promise<BackupFiles> {
  mkdirSync(dir, { recursive: true });
  const scope = practiceId ? `practice-${practiceId}` : 'instance';
  const tables = {} as Record<DataTable, Rows>;
  const counts: Record<string, number> = {};
  // One snapshot: every table is read inside the same repeatable-read transaction.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    for (const t of DATA_TABLES) {
      tables[t] = await dumpTable(tx as unknown as Database, t, practiceId);
      counts[t] = tables[t].length;
    }
    const clientKeys = await dumpTable(tx as unknown as Database, 'client_keys', practiceId);
    counts.client_keys = clientKeys.length;
    writeArchive(join(dir, `alliance-${scope}.keys`), 'keys', { format: 'alliance.keys/1', clientKeys } satisfies KeysPayload, master, practiceId);
  });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const data = join(dir, `alliance-${scope}-${stamp}.backup`);
  const header = writeArchive(data, 'data', { format: 'alliance.backup/1', tables } satisfies DataPayload, master, practiceId);
  return { data, keys: join(dir, `alliance-${scope}.keys`), header, counts };
}

export interface RestoreReport {
  restored: Record<string, number>;
  /** Clients present in the data archive whose key is gone: erased since the backup, and not restored. */
  erasedClients: number;
}

/**
 * Restores a data archive with the client keys of a keys archive into a database
 * that does not hold that practice (or, for an instance archive, holds nobody).
 * A client whose key is not in the keys archive was erased: her rows stay out.
 */
export async function restore(db: Database, masterKeys: Buffer[], dataPath: string, keysPath: string): Promise<RestoreReport> {
  const { header, payload } = readArchive<DataPayload>(dataPath, masterKeys, 'data');
  const { payload: keys } = readArchive<KeysPayload>(keysPath, masterKeys, 'keys');
  const available = new Set(keys.clientKeys.map((k) => String(k.client_id)));
  const restored: Record<string, number> = {};
  let erasedClients = 0;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    if (header.practiceId) {
      const exists = await t.execute(sql`select 1 from practices where id = ${header.practiceId}`);
      if ((exists as unknown as { rows: unknown[] }).rows.length) throw new Error('This practice already exists here; restore into a fresh installation or remove it first');
    } else {
      const anyone = await t.execute(sql`select 1 from "user" limit 1`);
      if ((anyone as unknown as { rows: unknown[] }).rows.length) throw new Error('This installation already has accounts; an instance backup is restored into a fresh one');
    }
    const keptEngagements = new Set<string>();
    for (const table of DATA_TABLES) {
      let rows = payload.tables[table] ?? [];
      const column = CLIENT_COLUMN[table];
      if (column) {
        const before = rows.length;
        rows = rows.filter((r) => available.has(String(r[column])));
        if (table === 'clients') erasedClients = before - rows.length;
      }
      if (table === 'engagements') for (const r of rows) keptEngagements.add(String(r.id));
      if (table === 'engagement_events') rows = rows.filter((r) => keptEngagements.has(String(r.engagement_id)));
      if (table === 'instance_facts') {
        await t.execute(sql`delete from instance_facts`);
      }
      await loadTable(t, table, rows);
      restored[table] = rows.length;
    }
    const restoredClients = new Set((payload.tables.clients ?? []).map((r) => String(r.id)).filter((id) => available.has(id)));
    const clientKeys = keys.clientKeys.filter((k) => restoredClients.has(String(k.client_id)));
    await loadTable(t, 'client_keys', clientKeys);
    restored.client_keys = clientKeys.length;
  });
  return { restored, erasedClients };
}
