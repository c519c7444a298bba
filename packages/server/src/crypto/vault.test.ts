import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMasterKey, MASTER_KEY_FILE } from './master-key.js';
import { Vault } from './vault.js';

const practiceA = '00000000-0000-4000-8000-00000000000a';
const practiceB = '00000000-0000-4000-8000-00000000000b';

describe('Vault', () => {
  const vault = new Vault(randomBytes(32));
  const wrapped = vault.newWrappedPracticeKey();

  it('round-trips a value and never shows the plaintext', () => {
    const sealer = vault.forPractice(practiceA, wrapped).practice;
    const sealed = sealer.seal({ situation: 'en froid avec le DG' });
    expect(sealed).not.toContain('froid');
    expect(sealer.open(sealed)).toEqual({ situation: 'en froid avec le DG' });
  });

  it('uses a fresh nonce for every value', () => {
    const sealer = vault.forPractice(practiceA, wrapped).practice;
    expect(sealer.seal('même texte')).not.toEqual(sealer.seal('même texte'));
  });

  it('refuses a value moved to another practice', () => {
    const sealed = vault.forPractice(practiceA, wrapped).practice.seal('secret');
    const other = new Vault(randomBytes(32));
    expect(() => vault.forPractice(practiceB, wrapped).practice.open(sealed)).toThrow();
    expect(() => other.unwrap(wrapped)).toThrow();
  });

  it("chooses pseudonyms by the practice's own key: the same in every text of the practice, another elsewhere, none without the key", () => {
    const seed = vault.forPractice(practiceA, wrapped).pseudonymSeed;
    expect(seed('person:grace baker')).toBe(seed('person:grace baker'));
    expect(seed('person:grace baker')).not.toBe(seed('person:priya raman'));
    expect(seed('person:grace baker')).not.toContain('grace');
    const otherPractice = vault.forPractice('00000000-0000-4000-8000-00000000000c', vault.newWrappedPracticeKey()).pseudonymSeed;
    expect(otherPractice('person:grace baker')).not.toBe(seed('person:grace baker'));
  });

  it('refuses a tampered value', () => {
    const sealer = vault.forPractice(practiceA, wrapped).practice;
    const sealed = sealer.seal('secret');
    const flipped = sealed.slice(0, -3) + (sealed.at(-3) === 'A' ? 'B' : 'A') + sealed.slice(-2);
    expect(() => sealer.open(flipped)).toThrow();
  });

  it('opens an empty column as the fallback', () => {
    expect(vault.forPractice(practiceA, wrapped).practice.openOr(null, {})).toEqual({});
  });
});

describe('client keys', () => {
  const vault = new Vault(randomBytes(32));
  const wrapped = vault.newWrappedPracticeKey();
  const clientId = '00000000-0000-4000-8000-0000000000c1';

  it('seal a client’s data under her own key, opened again from its wrapped form in another process', () => {
    const keys = vault.forPractice(practiceA, wrapped);
    const wrappedClientKey = keys.newClientKey(clientId);
    const sealed = keys.client(clientId).seal({ lastName: 'Ferrand' });
    expect(() => keys.practice.open(sealed)).toThrow();

    const sameMaster = vault.forPractice(practiceA, wrapped);
    sameMaster.forgetClient(clientId);
    expect(sameMaster.hasClient(clientId)).toBe(false);
    expect(() => sameMaster.client(clientId)).toThrow(/not loaded or no longer exists/);
    sameMaster.rememberClient(clientId, wrappedClientKey);
    expect(sameMaster.client(clientId).open(sealed)).toEqual({ lastName: 'Ferrand' });
  });

  it('refuse a client key moved to another client', () => {
    const keys = vault.forPractice(practiceA, wrapped);
    const wrappedClientKey = keys.newClientKey(clientId);
    expect(() => keys.rememberClient('00000000-0000-4000-8000-0000000000c2', wrappedClientKey)).toThrow();
  });
});

describe('loadMasterKey', () => {
  it('creates a 0600 key file once and reads the same key back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-key-'));
    const first = loadMasterKey(undefined, dir);
    const second = loadMasterKey(undefined, dir);
    expect(first.equals(second)).toBe(true);
    expect(statSync(join(dir, MASTER_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, MASTER_KEY_FILE), 'utf8').trim()).toBe(first.toString('base64'));
  });

  it('accepts a configured key in hex and rejects a short one', () => {
    const hex = randomBytes(32).toString('hex');
    expect(loadMasterKey(hex, '/nonexistent').toString('hex')).toBe(hex);
    expect(() => loadMasterKey('c2hvcnQ=', '/nonexistent')).toThrow(/32-byte/);
  });
});
