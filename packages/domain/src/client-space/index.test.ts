import { describe, expect, it } from 'vitest';
import * as domain from '../index.js';
import * as clientSpace from './index.js';

// The server and web import these by name from '@alliance/domain'.
const NAMES = [
  'EMOTION_CHOICES', 'emotionLabel', 'JOURNAL_INTENSITY_MIN', 'JOURNAL_INTENSITY_MAX',
  'PROGRESS_SCALES', 'progressBounds', 'isValidProgress', 'progressFraction', 'ALLIANCE_ITEMS', 'ALLIANCE_ITEM_WORDING',
  'ALLIANCE_MIN', 'ALLIANCE_MAX', 'allianceScore', 'objectiveSeries', 'allianceSeries',
  'ALERT_KINDS', 'DEFAULT_ALLIANCE_POLICY', 'allianceAlert', 'overdueCommitments', 'DIGEST_FREQUENCIES', 'digestDue',
  'COMMITMENT_KINDS', 'COMMITMENT_STATUSES', 'initialStatus', 'isStatusFor',
  'sponsorView', 'CONSENT_SCOPES', 'consentInForce', 'attribution', 'closingReview',
];

describe('the client space’s exports', () => {
  it('are all re-exported from the client-space index', () => {
    for (const name of NAMES) expect(clientSpace, name).toHaveProperty(name);
  });

  it('are all re-exported, as the same values, from the domain package', () => {
    for (const name of NAMES) expect((domain as Record<string, unknown>)[name], name).toBe((clientSpace as Record<string, unknown>)[name]);
  });
});
