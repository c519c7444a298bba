import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

function flatten(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const f = flatten(fr);
  const e = flatten(en);

  it('have the same keys in French and English', () => {
    expect([...e.keys()].sort()).toEqual([...f.keys()].sort());
  });

  it('use the same placeholders in both languages, so no value goes missing on a switch', () => {
    for (const [key, value] of f) expect(placeholders(e.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('leave no text empty', () => {
    for (const [key, value] of [...f, ...e]) expect(value.trim(), key).not.toBe('');
  });
});
