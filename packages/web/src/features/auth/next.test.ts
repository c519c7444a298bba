import { describe, expect, it } from 'vitest';
import { safeNext } from './next';

describe('safeNext', () => {
  it('returns to the page the coach asked for', () => {
    expect(safeNext('/sessions/abc?x=1')).toBe('/sessions/abc?x=1');
  });
  it('never leaves the app', () => {
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example/path')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
  });
  it('does not loop back to the sign-in pages', () => {
    expect(safeNext('/signin')).toBe('/');
    expect(safeNext('/signup?next=/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
