import { describe, expect, it } from 'vitest';
import { lockedUntil } from './locked';

describe('lockedUntil', () => {
  it('reads the instant from the server message', () => {
    expect(lockedUntil('Too many failed sign-ins: this account is locked until 2026-03-04T10:15:00.000Z')?.toISOString()).toBe('2026-03-04T10:15:00.000Z');
  });
  it('returns null when the message carries no time', () => {
    expect(lockedUntil('Too many failed sign-ins')).toBeNull();
  });
});
