import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MASTER_KEY_BYTES = 32;
export const MASTER_KEY_FILE = 'master.key';

/**
 * The master keys, newest first. Only the first wraps new practice keys; the
 * others are kept during a rotation so practice keys wrapped by them still open.
 */
export interface MasterKeyring {
  keys(): Buffer[];
  /** Reads the keys again (a rotation may have run in another process). */
  reload(): Buffer[];
}

/** A short public identifier of a key, stored beside what it wrapped. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * The master key comes from ALLIANCE_MASTER_KEY (base64 or hex of 32 bytes;
 * several, comma-separated and newest first, during a rotation) or, failing that,
 * from `DATA_DIR/master.key`, created on first start with mode 0600. Losing it
 * loses every practice's data: the README says how to back it up.
 */
export function loadMasterKeyring(configured: string | undefined, dataDir: string): MasterKeyring {
  const read = (): Buffer[] => {
    if (configured) return parseKeys(configured, 'ALLIANCE_MASTER_KEY');
    const file = join(dataDir, MASTER_KEY_FILE);
    if (!existsSync(file)) writeKeyFile(dataDir, [randomBytes(MASTER_KEY_BYTES)], 'wx');
    return parseKeys(readFileSync(file, 'utf8'), file);
  };
  let current = read();
  return {
    keys: () => current,
    reload: () => (current = read()),
  };
}

/** The current master key alone, for what needs one key (the auth secret). */
export function loadMasterKey(configured: string | undefined, dataDir: string): Buffer {
  return loadMasterKeyring(configured, dataDir).keys()[0]!;
}

export function parseKeys(text: string, source: string): Buffer[] {
  const keys = text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((v) => decodeKey(v, source));
  if (keys.length === 0) throw new Error(`${source} holds no key`);
  return keys;
}

export function decodeKey(value: string, source: string): Buffer {
  const v = value.trim();
  const key = /^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
  if (key.length !== MASTER_KEY_BYTES) {
    throw new Error(`${source} must hold a ${MASTER_KEY_BYTES}-byte key, in base64 or hex`);
  }
  return key;
}

/** Writes the key file atomically (temporary file, then rename), readable by its owner only. */
export function writeKeyFile(dataDir: string, keys: Buffer[], flag: 'w' | 'wx' = 'w'): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, MASTER_KEY_FILE);
  const body = `${keys.map((k) => k.toString('base64')).join('\n')}\n`;
  if (flag === 'wx') {
    writeFileSync(file, body, { mode: 0o600, flag: 'wx' });
  } else {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, body, { mode: 0o600 });
    renameSync(tmp, file);
  }
  chmodSync(file, 0o600);
}
