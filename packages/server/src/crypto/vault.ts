import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { keyId, type MasterKeyring } from './master-key.js';

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
const LOOKUP_CONTEXT = Buffer.from('alliance:lookup-digest');
const PSEUDONYM_CONTEXT = Buffer.from('alliance:pseudonyms');

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

/**
 * How a value's bytes become the stored string and back. Always AES-256-GCM in
 * Alliance; the seam exists so that bench/api can build the same app with a
 * codec that does not encrypt, and measure what encryption costs.
 */
export interface ValueCodec {
  encode(key: Buffer, plaintext: Buffer, aad: Buffer): string;
  decode(key: Buffer, encoded: string, aad: Buffer): Buffer;
}
export const AES_256_GCM: ValueCodec = { encode: encrypt, decode: decrypt };

/** Seals and opens one practice's values. */
export interface Sealer {
  seal(value: unknown): string;
  open<T>(sealed: string): T;
  /** Opens a nullable column, giving `fallback` when nothing was stored. */
  openOr<T>(sealed: string | null | undefined, fallback: T): T;
}

export class Vault {
  readonly #ring: MasterKeyring;
  readonly #keys = new Map<string, Buffer>();
  readonly #clientKeys = new Map<string, Map<string, Buffer>>();
  readonly #codec: ValueCodec;

  /** A bare key is a ring of one that never changes (tests, tools). */
  constructor(master: Buffer | MasterKeyring, options: { codec?: ValueCodec } = {}) {
    this.#codec = options.codec ?? AES_256_GCM;
    this.#ring = Buffer.isBuffer(master) ? { keys: () => [master], reload: () => [master] } : master;
    for (const k of this.#ring.keys()) if (k.length !== KEY_BYTES) throw new Error('master key must be 32 bytes');
  }

  /** A new data key for a practice, returned wrapped for storage. */
  newWrappedPracticeKey(): string {
    return this.wrap(randomBytes(KEY_BYTES));
  }

  /** Wrapped keys name the master key that wrapped them: `w1.<key id>.<sealed key>`. */
  wrap(key: Buffer): string {
    const master = this.#ring.keys()[0]!;
    return `${WRAPPED_PREFIX}${keyId(master)}.${encrypt(master, key, WRAP_CONTEXT)}`;
  }

  unwrap(wrapped: string): Buffer {
    const [prefix, id, body] = wrapped.split('.');
    if (`${prefix}.` !== WRAPPED_PREFIX || !id || !body) throw new Error('unknown wrapped key format');
    const find = (keys: Buffer[]) => keys.find((k) => keyId(k) === id);
    // A key we do not hold may come from a rotation another process just ran.
    const master = find(this.#ring.keys()) ?? find(this.#ring.reload());
    if (!master) throw new Error(`master key ${id} is not available`);
    return decrypt(master, body, WRAP_CONTEXT);
  }

  /**
   * A keyed digest of a value (an e-mail address), to find a record by it without
   * storing it in clear. One per master key held, newest first: a digest written
   * before a rotation is still found.
   */
  lookupDigests(value: string): string[] {
    return this.#ring.keys().map((master) => createHmac('sha256', Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), LOOKUP_CONTEXT, KEY_BYTES))).update(value).digest('base64url'));
  }

  /** True when this wrapped key was wrapped by the current master key. */
  isCurrent(wrapped: string): boolean {
    return wrapped.split('.')[1] === keyId(this.#ring.keys()[0]!);
  }

  /** Forget a practice's cached keys, e.g. when the practice is removed. */
  forget(practiceId: string): void {
    this.#keys.delete(practiceId);
    this.#clientKeys.delete(practiceId);
  }

  /**
   * The keys of one practice: its own (for what belongs to the practice, such as
   * organisations and the audit trail) and one per client, wrapped by the
   * practice key, for everything about that client. Destroying a client's key
   * makes every copy of her data unreadable, backups included.
   */
  forPractice(practiceId: string, wrappedKey: string): PracticeKeys {
    let key = this.#keys.get(practiceId);
    if (!key) {
      key = this.unwrap(wrappedKey);
      this.#keys.set(practiceId, key);
    }
    const practiceKey = key;
    // The practice's own key, not the master's: a rotation of the master key changes no pseudonym.
    const pseudonymKey = Buffer.from(hkdfSync('sha256', practiceKey, Buffer.alloc(0), PSEUDONYM_CONTEXT, KEY_BYTES));
    let clients = this.#clientKeys.get(practiceId);
    if (!clients) {
      clients = new Map();
      this.#clientKeys.set(practiceId, clients);
    }
    const clientKeys = clients;
    const clientWrapContext = (clientId: string) => Buffer.from(`alliance:client-key:${practiceId}:${clientId}`);
    return {
      practice: sealerFor(this.#codec, practiceKey, Buffer.from(practiceId)),
      lookupDigest: (value) => this.lookupDigests(value)[0]!,
      pseudonymSeed: (entityId) => createHmac('sha256', pseudonymKey).update(entityId).digest('base64url'),
      newClientKey: (clientId) => {
        const k = randomBytes(KEY_BYTES);
        clientKeys.set(clientId, k);
        return WRAPPED_PREFIX + encrypt(practiceKey, k, clientWrapContext(clientId));
      },
      hasClient: (clientId) => clientKeys.has(clientId),
      rememberClient: (clientId, wrapped) => {
        if (!wrapped.startsWith(WRAPPED_PREFIX)) throw new Error('unknown wrapped key format');
        clientKeys.set(clientId, decrypt(practiceKey, wrapped.slice(WRAPPED_PREFIX.length), clientWrapContext(clientId)));
      },
      forgetClient: (clientId) => {
        clientKeys.delete(clientId);
      },
      client: (clientId) => {
        const k = clientKeys.get(clientId);
        if (!k) throw new Error(`the key of client ${clientId} is not loaded or no longer exists`);
        return sealerFor(this.#codec, k, Buffer.from(`${practiceId}/${clientId}`));
      },
    };
  }
}

function sealerFor(codec: ValueCodec, key: Buffer, aad: Buffer): Sealer {
  const open = <T>(sealed: string): T => {
    if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('unknown sealed value format');
    return JSON.parse(codec.decode(key, sealed.slice(SEALED_PREFIX.length), aad).toString('utf8')) as T;
  };
  return {
    seal: (value) => SEALED_PREFIX + codec.encode(key, Buffer.from(JSON.stringify(value), 'utf8'), aad),
    open,
    openOr: (sealed, fallback) => (sealed ? open(sealed) : fallback),
  };
}

/** A practice's keys, as repositories use them. */
export interface PracticeKeys {
  /** For what belongs to the practice itself: organisations, the audit trail. */
  practice: Sealer;
  /** The current keyed digest of a value, to find its record later without storing it in clear. */
  lookupDigest(value: string): string;
  /**
   * The keyed digest that chooses the pseudonym of a person the anonymiser found: the same in
   * every text of the practice, and telling nothing of the real name to whoever lacks the key.
   */
  pseudonymSeed(entityId: string): string;
  /** Makes a client's key, keeps it open, and returns it wrapped for storage. */
  newClientKey(clientId: string): string;
  hasClient(clientId: string): boolean;
  /** Opens a client's stored (wrapped) key and keeps it for this process. */
  rememberClient(clientId: string, wrapped: string): void;
  forgetClient(clientId: string): void;
  /** For everything about one client; her key must have been remembered or made. */
  client(clientId: string): Sealer;
}
