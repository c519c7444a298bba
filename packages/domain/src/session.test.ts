import { describe, expect, it } from 'vitest';
import { countsAsHeld, mergeSessionNotes, SESSION_NOTE_TEXT_FIELDS, SESSION_STATUSES } from './session.js';

describe('autosaving session notes', () => {
  const stored = { situation: 'En froid avec le DG', emotionsBefore: [{ name: 'agacement', intensity: 7 }], insights: 'Son besoin de contrôle' };

  it('keeps the fields a save does not mention', () => {
    expect(mergeSessionNotes(stored, { exploration: 'Deux rôles confondus' })).toEqual({ ...stored, exploration: 'Deux rôles confondus' });
  });

  it('replaces a field a save sends, lists included', () => {
    const merged = mergeSessionNotes(stored, { situation: 'Réunion dans trois jours', emotionsBefore: [{ name: 'tristesse', intensity: 6 }] });
    expect(merged.situation).toBe('Réunion dans trois jours');
    expect(merged.emotionsBefore).toEqual([{ name: 'tristesse', intensity: 6 }]);
  });

  it('clears a field sent empty, text or list', () => {
    const merged = mergeSessionNotes(stored, { situation: '', emotionsBefore: [] });
    expect(merged).toEqual({ insights: 'Son besoin de contrôle' });
    expect('situation' in merged).toBe(false);
  });

  it('ignores a field sent as undefined and does not change what it was given', () => {
    const before = structuredClone(stored);
    mergeSessionNotes(stored, { situation: undefined, shift: 'Empathie retrouvée' });
    expect(stored).toEqual(before);
  });

  it('follows the arc of a session in order', () => {
    expect(SESSION_NOTE_TEXT_FIELDS[0]).toBe('situation');
    expect(SESSION_NOTE_TEXT_FIELDS.indexOf('exploration')).toBeLessThan(SESSION_NOTE_TEXT_FIELDS.indexOf('shift'));
    expect(SESSION_NOTE_TEXT_FIELDS.at(-1)).toBe('nextSteps');
  });

  it('counts only held sessions towards the plan', () => {
    expect(SESSION_STATUSES.filter(countsAsHeld)).toEqual(['held']);
  });
});
