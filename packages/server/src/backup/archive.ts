import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { keyId } from '../crypto/master-key.js';

/**
 * An Alliance archive: one file, encrypted and integrity-checked.
 *
 *   ALLIANCE-ARCHIVE 1\n
 *   {header JSON}\n
 *   nonce ‖ AES-256-GCM(gzip(JSON payload)) ‖ tag
 *
 * The key is derived (HKDF-SHA-256, a fresh salt per archive) from the master key
 * named in the header; the header itself is authenticated as additional data, and
 * carries the SHA-256 of the encrypted body so a damaged copy is caught before
 * any key is tried.
 */
const MAGIC = 'ALLIANCE-ARCHIVE 1\n';

export type ArchiveKind = 'data' | 'keys';

export interface ArchiveHeader {
  kind: ArchiveKind;
  createdAt: string;
  masterKeyId: string;
  salt: string;
  sha256: string;
  /** The practice it holds, or null for the whole instance. */
  practiceId: string | null;
}

function archiveKey(master: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', master, salt, 'alliance:archive', 32));
}

export function writeArchive(path: string, kind: ArchiveKind, payload: unknown, master: Buffer, practiceId: string | null): ArchiveHeader {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const base = { kind, createdAt: new Date().toISOString(), masterKeyId: keyId(master), salt: salt.toString('base64'), practiceId };
  const cipher = createCipheriv('aes-256-gcm', archiveKey(master, salt), nonce);
  cipher.setAAD(Buffer.from(JSON.stringify(base)));
  const body = Buffer.concat([nonce, cipher.update(gzipSync(Buffer.from(JSON.stringify(payload)))), cipher.final(), cipher.getAuthTag()]);
  const header: ArchiveHeader = { ...base, sha256: createHash('sha256').update(body).digest('hex') };
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(MAGIC), Buffer.from(`${JSON.stringify(header)}\n`), body]), { mode: 0o600 });
  renameSync(tmp, path);
  return header;
}

export function readArchive<T>(path: string, masterKeys: Buffer[], expected: ArchiveKind): { header: ArchiveHeader; payload: T } {
  const file = readFileSync(path);
  if (!file.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) throw new Error(`${path} is not an Alliance archive`);
  const headerEnd = file.indexOf(0x0a, MAGIC.length);
  const header = JSON.parse(file.subarray(MAGIC.length, headerEnd).toString('utf8')) as ArchiveHeader;
  if (header.kind !== expected) throw new Error(`${path} is a ${header.kind} archive, not a ${expected} archive`);
  const body = file.subarray(headerEnd + 1);
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new Error(`${path} is damaged: its checksum does not match`);
  const master = masterKeys.find((k) => keyId(k) === header.masterKeyId);
  if (!master) throw new Error(`${path} was made with master key ${header.masterKeyId}, which is not available here`);
  const { sha256: _sha, ...base } = header;
  const decipher = createDecipheriv('aes-256-gcm', archiveKey(master, Buffer.from(header.salt, 'base64')), body.subarray(0, 12));
  decipher.setAAD(Buffer.from(JSON.stringify(base)));
  decipher.setAuthTag(body.subarray(body.length - 16));
  const plain = Buffer.concat([decipher.update(body.subarray(12, body.length - 16)), decipher.final()]);
  return { header, payload: JSON.parse(gunzipSync(plain).toString('utf8')) as T };
}
