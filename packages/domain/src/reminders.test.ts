import { describe, expect, it } from 'vitest';
import { reminderDue, reminderKey, reminderWindow } from './reminders.js';

describe('reminders the day before', () => {
  const session = new Date('2026-03-30T07:00:00Z'); // 9:00 in Paris, the day after the March change
  it('is due within the 24 hours before the start, not earlier, not once begun', () => {
    expect(reminderDue(session, new Date('2026-03-29T06:59:00Z'))).toBe(false);
    expect(reminderDue(session, new Date('2026-03-29T07:00:00Z'))).toBe(true);
    expect(reminderDue(session, new Date('2026-03-30T06:59:00Z'))).toBe(true);
    expect(reminderDue(session, new Date('2026-03-30T07:00:00Z'))).toBe(false);
  });
  it('looks 24 real hours ahead, across a daylight-saving change', () => {
    expect(reminderWindow(new Date('2026-03-29T07:00:00Z')).to.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
  it('keys a reminder by occasion, start and recipient, so a moved session is announced again', () => {
    expect(reminderKey('session', 's1', session, 'c1')).toBe('session:s1:2026-03-30T07:00:00.000Z:c1');
    expect(reminderKey('session', 's1', new Date('2026-03-31T07:00:00Z'), 'c1')).not.toBe(reminderKey('session', 's1', session, 'c1'));
  });
});
