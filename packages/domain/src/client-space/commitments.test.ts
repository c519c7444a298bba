import { describe, expect, it } from 'vitest';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type CommitmentKind, initialStatus, isStatusFor } from './commitments.js';

describe('kinds and statuses', () => {
  it('knows commitments and guardrails (garde-fous)', () => {
    expect(COMMITMENT_KINDS).toEqual(['commitment', 'guardrail']);
  });

  it('gives each kind its own statuses', () => {
    expect(COMMITMENT_STATUSES.commitment).toEqual(['open', 'in_progress', 'done', 'dropped']);
    expect(COMMITMENT_STATUSES.guardrail).toEqual(['holding', 'strained', 'broken']);
    expect(Object.keys(COMMITMENT_STATUSES).sort()).toEqual([...COMMITMENT_KINDS].sort());
  });

  it('shares no status between the kinds', () => {
    const shared = COMMITMENT_STATUSES.commitment.filter((s) => (COMMITMENT_STATUSES.guardrail as readonly string[]).includes(s));
    expect(shared).toEqual([]);
  });
});

describe('initialStatus', () => {
  it('opens a new commitment', () => {
    expect(initialStatus('commitment')).toBe('open');
  });

  it('starts a new guardrail as holding', () => {
    expect(initialStatus('guardrail')).toBe('holding');
  });

  it('starts each kind with a status of its own', () => {
    for (const kind of COMMITMENT_KINDS) expect(isStatusFor(kind, initialStatus(kind))).toBe(true);
  });
});

describe('isStatusFor', () => {
  it('accepts every status of a commitment for a commitment', () => {
    for (const s of ['open', 'in_progress', 'done', 'dropped']) expect(isStatusFor('commitment', s)).toBe(true);
  });

  it('accepts every status of a guardrail for a guardrail', () => {
    for (const s of ['holding', 'strained', 'broken']) expect(isStatusFor('guardrail', s)).toBe(true);
  });

  it('refuses a guardrail’s status for a commitment, and the other way round', () => {
    for (const s of COMMITMENT_STATUSES.guardrail) expect(isStatusFor('commitment', s)).toBe(false);
    for (const s of COMMITMENT_STATUSES.commitment) expect(isStatusFor('guardrail', s)).toBe(false);
  });

  it('refuses unknown, empty and differently written statuses', () => {
    for (const kind of COMMITMENT_KINDS) {
      for (const s of ['', 'closed', 'Open', 'in progress', ' done', 'HOLDING', 'toString']) expect(isStatusFor(kind, s)).toBe(false);
    }
  });

  it('refuses everything for a kind it does not know, even names every object has', () => {
    for (const kind of ['action', 'constructor', '__proto__', 'toString']) {
      expect(isStatusFor(kind as CommitmentKind, 'open')).toBe(false);
      expect(isStatusFor(kind as CommitmentKind, 'holding')).toBe(false);
    }
  });
});
