import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { practices, user } from '../db/schema.js';
import { practiceRepository } from '../repos/practices.js';
import { sharedDatabase, TEST_DATABASES } from '../testing/harness.js';
import { keyId, loadMasterKeyring, MASTER_KEY_FILE, parseKeys, writeKeyFile } from './master-key.js';
import { rotateKeyFile } from './rotate.js';
import { Vault } from './vault.js';

/** Rotates, then drops the old key from the file even though other suites' practices could not be opened. */
async function rewrapOnly(db: Parameters<typeof rotateKeyFile>[0], dataDir: string, ring: ReturnType<typeof loadMasterKeyring>) {
  const result = await rotateKeyFile(db, dataDir, ring);
  if (result.unopenable.length) {
    writeKeyFile(dataDir, [result.newKey]);
    ring.reload();
  }
  return result;
}

describe.each(TEST_DATABASES)('master key rotation (%s)', (kind) => {
  it('re-wraps every practice key; data sealed before opens after, even in a process started before', async () => {
    const { db } = await sharedDatabase(kind);
    const dataDir = mkdtempSync(join(tmpdir(), 'alliance-rotate-'));
    const ring = loadMasterKeyring(undefined, dataDir);
    const oldKey = ring.keys()[0]!;
    const running = new Vault(loadMasterKeyring(undefined, dataDir)); // another server process, started earlier
    const repo = practiceRepository(db, new Vault(ring));
    const userId = `rotation-${kind}-${Date.now()}`;
    await db.insert(user).values({ id: userId, name: 'R', email: `${userId}@example.test` });
    const membership = (await repo.ensurePracticeFor(userId, 'Rotation'))!;
    const sealed = new Vault(ring).forPractice(membership.practice.id, membership.wrappedKey).practice.seal({ situation: 'avant rotation' });

    // The shared test database also holds practices of other suites, under other master keys.
    const result = await rewrapOnly(db, dataDir, ring);
    expect(result.rewrapped).toBeGreaterThanOrEqual(1);
    expect(result.unopenable).not.toContain(membership.practice.id);
    const keysInFile = parseKeys(readFileSync(join(dataDir, MASTER_KEY_FILE), 'utf8'), 'file');
    expect(keysInFile).toHaveLength(1);
    expect(keyId(keysInFile[0]!)).not.toBe(keyId(oldKey));

    const [row] = await db.select().from(practices).where(eq(practices.id, membership.practice.id));
    expect(row!.wrappedKey).not.toBe(membership.wrappedKey);
    expect(row!.wrappedKey.split('.')[1]).toBe(keyId(keysInFile[0]!));
    // A fresh process with only the new key opens what was sealed before.
    const fresh = new Vault(keysInFile[0]!);
    expect(fresh.forPractice(membership.practice.id, row!.wrappedKey).practice.open(sealed)).toEqual({ situation: 'avant rotation' });
    // The process that started before the rotation reloads the key file and carries on.
    expect(running.forPractice(membership.practice.id, row!.wrappedKey).practice.open(sealed)).toEqual({ situation: 'avant rotation' });
    // The old key alone no longer opens the practice key.
    expect(() => new Vault(oldKey).unwrap(row!.wrappedKey)).toThrow(/not available/);
  });
});
