import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** Both drivers give the same PostgreSQL dialect; features see only this type. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** The embedded engine itself, for what only it can do (a dump of its data folder). */
  pglite?: PGlite;
}

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../drizzle');
export const EMBEDDED_DIR = 'pglite';

/** Opens the embedded database in `dataDir`, or a PostgreSQL server when a URL is given; migrates either. */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  inMemory?: boolean;
  /** Told when an idle server connection fails; the pool has already replaced it. */
  onIdleError?: (err: Error) => void;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server ends (a restart, an administrator) must not take the process down:
    // the pool drops it and opens another on the next query.
    pool.on('error', (err) => options.onIdleError?.(err));
    const db = drizzlePg({ client: pool, schema }) as unknown as Database;
    await migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  let client: PGlite;
  if (options.inMemory) {
    client = new PGlite();
  } else {
    if (!options.dataDir) throw new Error('dataDir is required for the embedded database');
    mkdirSync(options.dataDir, { recursive: true });
    client = new PGlite(join(options.dataDir, EMBEDDED_DIR));
  }
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  return { db, kind: 'embedded', close: () => client.close(), pglite: client };
}
