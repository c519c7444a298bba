import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MASTER_KEY_BYTES = 32;
export const MASTER_KEY_FILE = 'master.key';

/**
 * The master key comes from ALLIANCE_MASTER_KEY (base64 or hex of 32 bytes) or,
 * failing that, from a key file in the data folder, created on first start with
 * mode 0600. Losing it loses every practice's data: the README says how to back it up.
 */
export function loadMasterKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return decodeKey(configured, 'ALLIANCE_MASTER_KEY');
  const file = join(dataDir, MASTER_KEY_FILE);
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8').trim(), file);
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(MASTER_KEY_BYTES);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}

export function decodeKey(value: string, source: string): Buffer {
  const v = value.trim();
  const key = /^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
  if (key.length !== MASTER_KEY_BYTES) {
    throw new Error(`${source} must hold a ${MASTER_KEY_BYTES}-byte key, in base64 or hex`);
  }
  return key;
}
