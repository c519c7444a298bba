import { randomBytes } from 'node:crypto';
import { eq, and } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { practices } from '../db/schema.js';
import { MASTER_KEY_BYTES, type MasterKeyring, writeKeyFile } from './master-key.js';
import { Vault } from './vault.js';

export interface RotationResult {
  rewrapped: number;
  /** Practices whose key no master key in the ring opens; left untouched and reported. */
  unopenable: string[];
}

/**
 * Re-wraps every practice key under the ring's current (first) master key. Each
 * row changes only if it still holds the value we read, so it is safe to run
 * while servers keep serving: they cache opened practice keys, and reload the
 * key ring when they meet a key id they do not know.
 */
export async function rewrapPracticeKeys(db: Database, ring: MasterKeyring): Promise<RotationResult> {
  const vault = new Vault(ring);
  const rows = await db.select({ id: practices.id, wrappedKey: practices.wrappedKey }).from(practices);
  let rewrapped = 0;
  const unopenable: string[] = [];
  for (const row of rows) {
    if (vault.isCurrent(row.wrappedKey)) continue;
    let key: Buffer;
    try {
      key = vault.unwrap(row.wrappedKey);
    } catch {
      unopenable.push(row.id);
      continue;
    }
    const next = vault.wrap(key);
    const updated = await db
      .update(practices)
      .set({ wrappedKey: next })
      .where(and(eq(practices.id, row.id), eq(practices.wrappedKey, row.wrappedKey)))
      .returning({ id: practices.id });
    rewrapped += updated.length;
  }
  return { rewrapped, unopenable };
}

/**
 * Rotation with the key file: (1) the new key joins the file in front of the old
 * one, so every process can open both; (2) practice keys are re-wrapped; (3) the
 * old key leaves the file.
 */
export async function rotateKeyFile(db: Database, dataDir: string, ring: MasterKeyring): Promise<RotationResult & { newKey: Buffer }> {
  const newKey = randomBytes(MASTER_KEY_BYTES);
  const old = ring.keys();
  writeKeyFile(dataDir, [newKey, ...old]);
  ring.reload();
  const result = await rewrapPracticeKeys(db, ring);
  // Keep the old key while anything still depends on it.
  if (result.unopenable.length === 0) {
    writeKeyFile(dataDir, [newKey]);
    ring.reload();
  }
  return { ...result, newKey };
}
