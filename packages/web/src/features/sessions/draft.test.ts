import type { Session } from '@alliance/api';
import { describe, expect, it } from 'vitest';
import { applySaved, changedFields, draftKey, draftOf, normalizeEmotions, parseDraft, patchOf, restoreDraft, valuesOf } from './draft';

const session: Pick<Session, 'id' | 'notes' | 'privateReflections' | 'updatedAt'> = {
  id: 's1',
  notes: {
    situation: 'Relations dégradées avec son client depuis le refus du DG.',
    emotionsBefore: [
      { name: 'agacement', intensity: 7 },
      { name: 'tristesse', intensity: 6 },
    ],
  },
  privateReflections: '',
  updatedAt: '2026-11-08T09:00:00.000Z',
};
const T_SAVED = Date.parse(session.updatedAt);

describe('values and changes', () => {
  it('fills every field, empty when the server has nothing', () => {
    const v = valuesOf(session);
    expect(v.situation).toContain('DG');
    expect(v.exploration).toBe('');
    expect(v.emotionsAfter).toEqual([]);
    expect(v.privateReflections).toBe('');
  });

  it('reports only the fields that changed', () => {
    const saved = valuesOf(session);
    const current = { ...saved, exploration: 'Clarifier les deux rôles', privateReflections: 'Mon propre besoin de contrôle ?' };
    expect(changedFields(saved, current)).toEqual(['exploration', 'privateReflections']);
  });

  it('does not count an unnamed emotion row being added as a change', () => {
    const saved = valuesOf(session);
    const current = { ...saved, emotionsAfter: [{ name: '  ', intensity: 5 }] };
    expect(changedFields(saved, current)).toEqual([]);
    expect(changedFields(saved, { ...current, emotionsAfter: [{ name: 'empathie', intensity: 5 }] })).toEqual(['emotionsAfter']);
  });

  it('normalizes emotions: trimmed names, whole intensities within 0–10', () => {
    expect(normalizeEmotions([{ name: ' colère ', intensity: 12 }, { name: 'peur', intensity: -1 }, { name: 'joie', intensity: 3.6 }])).toEqual([
      { name: 'colère', intensity: 10 },
      { name: 'peur', intensity: 0 },
      { name: 'joie', intensity: 4 },
    ]);
  });
});

describe('patchOf', () => {
  it('sends only the given fields, notes apart from private reflections', () => {
    const v = { ...valuesOf(session), shift: 'Elle retrouve l’empathie', privateReflections: 'À superviser' };
    expect(patchOf(v, ['shift', 'privateReflections'])).toEqual({ notes: { shift: 'Elle retrouve l’empathie' }, privateReflections: 'À superviser' });
    expect(patchOf(v, ['privateReflections'])).toEqual({ privateReflections: 'À superviser' });
  });

  it('clears an emptied field with an empty string or list', () => {
    const v = { ...valuesOf(session), situation: '', emotionsBefore: [] };
    expect(patchOf(v, ['situation', 'emotionsBefore'])).toEqual({ notes: { situation: '', emotionsBefore: [] } });
  });

  it('moves the baseline to what was sent, so typing during the save stays pending', () => {
    const saved = valuesOf(session);
    const sent = { exploration: 'Clarifier' };
    const typedSince = { ...saved, exploration: 'Clarifier la mission' };
    const next = applySaved(saved, sent);
    expect(changedFields(next, typedSince)).toEqual(['exploration']);
    expect(changedFields(next, { ...saved, ...sent })).toEqual([]);
  });
});

describe('local draft', () => {
  const saved = valuesOf(session);
  const typed = { ...saved, insights: 'Confusion entre ses deux rôles', emotionsAfter: [{ name: 'tristesse', intensity: 3 }] };

  it('stores only the unsaved fields, and nothing when all is saved', () => {
    const draft = draftOf('s1', saved, typed, session.updatedAt, T_SAVED + 5_000);
    expect(draft?.fields).toEqual({ insights: 'Confusion entre ses deux rôles', emotionsAfter: [{ name: 'tristesse', intensity: 3 }] });
    expect(draftOf('s1', saved, saved, session.updatedAt, T_SAVED + 5_000)).toBeNull();
    expect(draftKey('s1')).toBe('alliance.sessionDraft.s1');
  });

  it('restores a draft typed after the last save and lists what must be saved', () => {
    const draft = draftOf('s1', saved, typed, session.updatedAt, T_SAVED + 5_000);
    const restored = restoreDraft(session, parseDraft(JSON.stringify(draft), 's1'));
    expect(restored?.values.insights).toBe('Confusion entre ses deux rôles');
    expect(restored?.values.situation).toBe(saved.situation);
    expect(restored?.pending).toEqual(['emotionsAfter', 'insights']);
  });

  it('restores a draft typed against the version the server still has, whatever the clocks say', () => {
    const draft = draftOf('s1', saved, typed, session.updatedAt, T_SAVED - 60_000);
    expect(restoreDraft(session, draft)?.pending).toEqual(['emotionsAfter', 'insights']);
  });

  it('discards a draft older than what the server has received since', () => {
    const draft = draftOf('s1', saved, typed, '2026-11-01T00:00:00.000Z', T_SAVED - 60_000);
    expect(restoreDraft(session, draft)).toBeNull();
  });

  it('restores nothing when the draft matches the server already', () => {
    const draft = { v: 1 as const, sessionId: 's1', editedAt: T_SAVED + 1, baseUpdatedAt: 'x', fields: { situation: saved.situation } };
    expect(restoreDraft(session, draft)).toBeNull();
  });

  it('ignores malformed or foreign drafts and malformed fields', () => {
    expect(parseDraft('not json', 's1')).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 1, sessionId: 'other', editedAt: 1, baseUpdatedAt: 'x', fields: {} }), 's1')).toBeNull();
    const parsed = parseDraft(JSON.stringify({ v: 1, sessionId: 's1', editedAt: 1, baseUpdatedAt: 'x', fields: { shift: 42, nextSteps: 'Garde-fous', emotionsBefore: [{ name: 1 }], unknown: 'x' } }), 's1');
    expect(parsed?.fields).toEqual({ nextSteps: 'Garde-fous' });
  });
});
