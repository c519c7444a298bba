import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The one module that encrypts confidential free text. Features hand it plain
 * values and get back opaque strings; nothing else in the code base knows how
 * coaching content is protected at rest.
 *
 * AES-256-GCM (node:crypto), a fresh 96-bit nonce per value, authenticated with
 * the practice id as additional data so a value cannot be moved to another
 * practice's rows. Each practice has its own data key, stored wrapped by the
 * master key.
 */
const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const SEALED_PREFIX = 'v1.';
const WRAPPED_PREFIX = 'w1.';
const WRAP_CONTEXT = Buffer.from('alliance:practice-key');

function encrypt(key: Buffer, plaintext: Buffer, aad: Buffer): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

function decrypt(key: Buffer, encoded: string, aad: Buffer): Buffer {
  const raw = Buffer.from(encoded, 'base64url');
  if (raw.length < NONCE_BYTES + TAG_BYTES) throw new Error('sealed value is truncated');
  const decipher = createDecipheriv(ALGORITHM, key, raw.subarray(0, NONCE_BYTES));
  decipher.setAAD(aad);
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
}

/** Seals and opens one practice's values. */
export interface Sealer {
  seal(value: unknown): string;
  open<T>(sealed: string): T;
  /** Opens a nullable column, giving `fallback` when nothing was stored. */
  openOr<T>(sealed: string | null | undefined, fallback: T): T;
}

export class Vault {
  readonly #master: Buffer;
  readonly #keys = new Map<string, Buffer>();

  constructor(masterKey: Buffer) {
    if (masterKey.length !== KEY_BYTES) throw new Error('master key must be 32 bytes');
    this.#master = masterKey;
  }

  /** A new data key for a practice, returned wrapped for storage. */
  newWrappedPracticeKey(): string {
    return this.wrap(randomBytes(KEY_BYTES));
  }

  wrap(key: Buffer): string {
    return WRAPPED_PREFIX + encrypt(this.#master, key, WRAP_CONTEXT);
  }

  unwrap(wrapped: string): Buffer {
    if (!wrapped.startsWith(WRAPPED_PREFIX)) throw new Error('unknown wrapped key format');
    return decrypt(this.#master, wrapped.slice(WRAPPED_PREFIX.length), WRAP_CONTEXT);
  }

  /** Forget a practice's cached key, e.g. when the practice is removed. */
  forget(practiceId: string): void {
    this.#keys.delete(practiceId);
  }

  forPractice(practiceId: string, wrappedKey: string): Sealer {
    let key = this.#keys.get(practiceId);
    if (!key) {
      key = this.unwrap(wrappedKey);
      this.#keys.set(practiceId, key);
    }
    const dataKey = key;
    const aad = Buffer.from(practiceId);
    const open = <T>(sealed: string): T => {
      if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('unknown sealed value format');
      return JSON.parse(decrypt(dataKey, sealed.slice(SEALED_PREFIX.length), aad).toString('utf8')) as T;
    };
    return {
      seal: (value) => SEALED_PREFIX + encrypt(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), aad),
      open,
      openOr: (sealed, fallback) => (sealed ? open(sealed) : fallback),
    };
  }
}
