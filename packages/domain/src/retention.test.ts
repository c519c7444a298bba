import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_STATUSES } from './engagement-status.js';
import { DEFAULT_RETENTION_YEARS, isDueForDeletion, retentionEnds } from './retention.js';

describe('retention', () => {
  const last = new Date('2023-03-15T10:00:00Z');

  it('defaults to three years after the last contact', () => {
    expect(DEFAULT_RETENTION_YEARS).toBe(3);
    expect(retentionEnds(last, 3).toISOString()).toBe('2026-03-15T10:00:00.000Z');
  });

  it('handles 29 February', () => {
    expect(retentionEnds(new Date('2024-02-29T12:00:00Z'), 1).toISOString()).toBe('2025-03-01T12:00:00.000Z');
  });

  it('makes only finished engagements due, and only once the period has passed', () => {
    const after = new Date('2026-03-15T10:00:00Z');
    const before = new Date('2026-03-15T09:59:59Z');
    for (const status of ENGAGEMENT_STATUSES) {
      const finished = status === 'closed' || status === 'cancelled';
      expect(isDueForDeletion(status, last, 3, after), status).toBe(finished);
      expect(isDueForDeletion(status, last, 3, before), status).toBe(false);
    }
  });
});
