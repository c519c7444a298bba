import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';

/**
 * What a data backup holds, parents before children (the restore order). Sign-in
 * sessions are left out (everyone signs in again), and so are client keys: they
 * travel in a keys archive of their own, so that erasing a client also defeats
 * every data backup taken before (see docs/architecture.md, "Backups and erasure").
 */
export const DATA_TABLES = [
  'user',
  'account',
  'two_factor',
  'instance_facts',
  'practices',
  'practice_members',
  'practice_invitations',
  'organisations',
  'clients',
  'engagements',
  'engagement_events',
  'objectives',
  'sessions',
  'contacts',
  'feedback',
  'learnings',
  'boards',
  'board_updates',
  'board_share_links',
  'board_pictures',
  'board_movements',
  'board_felt_senses',
  'audit_events',
] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/** Rows of the client-data tables name their client; these are dropped on restore when her key is gone. */
export const CLIENT_COLUMN: Partial<Record<DataTable, string>> = {
  clients: 'id',
  engagements: 'client_id',
  objectives: 'client_id',
  sessions: 'client_id',
  contacts: 'client_id',
  feedback: 'client_id',
  learnings: 'client_id',
  boards: 'client_id',
  board_updates: 'client_id',
  board_share_links: 'client_id',
  board_pictures: 'client_id',
  board_movements: 'client_id',
  board_felt_senses: 'client_id',
};

type Rows = Record<string, unknown>[];
const rowsOf = (result: unknown) => ((result as { rows: { rows: Rows | null }[] }).rows[0]?.rows ?? []) as Rows;

/** Which rows of a table belong to one practice (all of them for the whole instance). */
function scopeOf(table: DataTable | 'client_keys', practiceId: string | null): SQL {
  if (!practiceId) return sql`true`;
  const members = sql`(select user_id from practice_members where practice_id = ${practiceId})`;
  switch (table) {
    case 'user':
      return sql`t.id in ${members}`;
    case 'account':
    case 'two_factor':
      return sql`t.user_id in ${members}`;
    case 'instance_facts':
      return sql`false`;
    case 'practices':
      return sql`t.id = ${practiceId}`;
    default:
      return sql`t.practice_id = ${practiceId}`;
  }
}

export async function dumpTable(db: Database, table: DataTable | 'client_keys', practiceId: string | null): Promise<Rows> {
  const result = await db.execute(sql`select json_agg(t) as rows from ${sql.identifier(table)} t where ${scopeOf(table, practiceId)}`);
  return rowsOf(result);
}

const CHUNK = 500;

/** Inserts rows as they were dumped: PostgreSQL maps the JSON back onto the table's own types. */
export async function loadTable(db: Database, table: DataTable | 'client_keys', rows: Rows): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    await db.execute(sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${chunk}::json)`);
  }
}
