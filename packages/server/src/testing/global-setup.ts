import { sql } from 'drizzle-orm';
import { testDatabaseUrl } from '../config.js';
import { openDatabase } from '../db/database.js';

/**
 * Before any test worker starts: give the real PostgreSQL server named by
 * TEST_DATABASE_URL a clean, migrated schema, once, so workers never race to
 * migrate it. That database is wiped: point it only at a throwaway server.
 */
export default async function setup(): Promise<void> {
  const url = testDatabaseUrl();
  if (!url) return;
  const pg = await import('pg');
  const pool = new pg.default.Pool({ connectionString: url, max: 1 });
  await pool.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
  await pool.end();
  const handle = await openDatabase({ databaseUrl: url });
  await handle.db.execute(sql`select 1`);
  await handle.close();
}
