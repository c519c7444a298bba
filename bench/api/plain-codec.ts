import type { ValueCodec } from '../../packages/server/src/crypto/vault.js';

/**
 * Stores values as they are: the same Alliance, minus encryption, so the run can
 * say what AES-256-GCM costs the timeline. Never used outside this benchmark.
 */
export const PLAIN_CODEC: ValueCodec = {
  encode: (_key, plaintext) => plaintext.toString('utf8'),
  decode: (_key, encoded) => Buffer.from(encoded, 'utf8'),
};
