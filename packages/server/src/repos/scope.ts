import type { Sealer } from '../crypto/vault.js';
import type { Database } from '../db/database.js';

/**
 * What every repository is built from: the database and one practice. Routes never
 * see the database itself, only repositories bound to the caller's practice, so a
 * route that forgets to filter by practice cannot exist. (The database adds a
 * second guard: child rows reference their parent by (id, practice_id).)
 */
export interface PracticeScope {
  db: Database;
  practiceId: string;
  sealer: Sealer;
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
