import { and, eq, inArray } from 'drizzle-orm';
import type { PracticeKeys, Sealer } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { clientKeys } from '../db/schema.js';

/**
 * What every repository is built from: the database and one practice. Routes never
 * see the database itself, only repositories bound to the caller's practice, so a
 * route that forgets to filter by practice cannot exist. (The database adds a
 * second guard: child rows reference their parent by (id, practice_id).)
 */
/** The engagement a record belongs to, as far as storing it goes: it is sealed with its client's key. */
export interface EngagementRef {
  id: string;
  clientId: string;
}

export interface PracticeScope {
  db: Database;
  practiceId: string;
  keys: PracticeKeys;
}

/**
 * Opens the keys of the given clients (those not yet open in this process) and
 * returns the sealer of each. A client whose key is gone has been erased: her
 * rows are gone with it.
 */
export async function clientSealers({ db, practiceId, keys }: PracticeScope, clientIds: Iterable<string>): Promise<(clientId: string) => Sealer> {
  const missing = [...new Set(clientIds)].filter((id) => !keys.hasClient(id));
  if (missing.length) {
    const rows = await db
      .select({ clientId: clientKeys.clientId, wrappedKey: clientKeys.wrappedKey })
      .from(clientKeys)
      .where(and(eq(clientKeys.practiceId, practiceId), inArray(clientKeys.clientId, missing)));
    for (const r of rows) keys.rememberClient(r.clientId, r.wrappedKey);
  }
  return (clientId) => keys.client(clientId);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names nothing: treat it as unknown rather than asking the database. */
export function isId(value: string): boolean {
  return UUID.test(value);
}

export const iso = (d: Date) => d.toISOString();

/** Drops undefined and empty-string values so sealed JSON holds only what was said. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
