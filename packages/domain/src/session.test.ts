import { describe, expect, it } from 'vitest';
import {
  countsAsHeld,
  DEFAULT_SESSION_MINUTES,
  EMOTION_INTENSITY_MAX,
  EMOTION_INTENSITY_MIN,
  mergeSessionNotes,
  SESSION_MODES,
  SESSION_NOTE_TEXT_FIELDS,
  SESSION_STATUSES,
  type SessionNotes,
  type SessionStatus,
} from './session.js';

// The session of seed 000, as a coach would have noted it.
const seed000 = (): SessionNotes => ({
  situation: 'Relations dégradées avec son client depuis le refus sec du DG',
  peopleInvolved: 'La consultante, l’entreprise cliente, son DG',
  emotionsBefore: [
    { name: 'agacement', intensity: 7 },
    { name: 'tristesse', intensity: 6 },
  ],
  stakesAndRisk: 'Réunion dans quelques jours : la relation peut empirer',
  sessionObjective: 'Aborder la prochaine réunion dans une disposition constructive',
  exploration: 'Deux rôles confondus : conception de la solution et accompagnement au changement',
  toolsUsed: 'Constellation systémique en individuel',
  shift: 'Empathie retrouvée pour son client',
  emotionsAfter: [{ name: 'tristesse', intensity: 3 }],
  insights: 'Son investissement affectif ; sauveur devenu persécuteur',
  commitments: 'Des garde-fous',
  nextSteps: 'Clarifier les frontières de ses responsabilités dans ses contrats',
});

const ALL_FIELDS = [
  'situation',
  'peopleInvolved',
  'emotionsBefore',
  'stakesAndRisk',
  'sessionObjective',
  'exploration',
  'toolsUsed',
  'shift',
  'emotionsAfter',
  'insights',
  'commitments',
  'nextSteps',
] as const satisfies readonly (keyof SessionNotes)[];
const LIST_FIELDS = ['emotionsBefore', 'emotionsAfter'] as const;

describe('the vocabulary of a session', () => {
  it('is held in person, by video or by phone', () => {
    expect(SESSION_MODES).toEqual(['in_person', 'video', 'phone']);
  });

  it('is planned, held, cancelled or a no-show', () => {
    expect(SESSION_STATUSES).toEqual(['planned', 'held', 'cancelled', 'no_show']);
  });

  it('lasts about one hour by default', () => {
    expect(DEFAULT_SESSION_MINUTES).toBe(60);
  });

  it('names emotions with an intensity from 0 to 10', () => {
    expect([EMOTION_INTENSITY_MIN, EMOTION_INTENSITY_MAX]).toEqual([0, 10]);
  });

  it('lists its text fields in the order of the arc of a session', () => {
    expect(SESSION_NOTE_TEXT_FIELDS).toEqual([
      'situation',
      'peopleInvolved',
      'stakesAndRisk',
      'sessionObjective',
      'exploration',
      'toolsUsed',
      'shift',
      'insights',
      'commitments',
      'nextSteps',
    ]);
  });

  it('every note field is either a text field or an emotion list', () => {
    expect([...SESSION_NOTE_TEXT_FIELDS, ...LIST_FIELDS].sort()).toEqual([...ALL_FIELDS].sort());
    expect(Object.keys(seed000()).sort()).toEqual([...ALL_FIELDS].sort());
  });
});

describe('counting a session towards the plan', () => {
  it.each([
    ['planned', false],
    ['held', true],
    ['cancelled', false],
    ['no_show', false],
  ] as [SessionStatus, boolean][])('%s counts: %s', (status, counts) => {
    expect(countsAsHeld(status)).toBe(counts);
  });
});

describe('autosaving session notes: a field absent keeps the stored one', () => {
  it('an empty patch keeps everything', () => {
    expect(mergeSessionNotes(seed000(), {})).toEqual(seed000());
  });

  it('a patch naming one field keeps all the others', () => {
    const merged = mergeSessionNotes(seed000(), { shift: 'Colère partie, tristesse restée' });
    expect(merged).toEqual({ ...seed000(), shift: 'Colère partie, tristesse restée' });
  });

  it.each(ALL_FIELDS)('a field sent as undefined keeps %s', (field) => {
    const merged = mergeSessionNotes(seed000(), { [field]: undefined });
    expect(merged).toEqual(seed000());
    expect(field in merged).toBe(true);
  });

  it('does not invent fields a save does not mention', () => {
    const merged = mergeSessionNotes({ situation: 'En froid avec le DG' }, { insights: 'Besoin de contrôle' });
    expect(merged).toEqual({ situation: 'En froid avec le DG', insights: 'Besoin de contrôle' });
    expect(Object.keys(merged).sort()).toEqual(['insights', 'situation']);
  });
});

describe('autosaving session notes: a field present replaces the stored one', () => {
  it.each(SESSION_NOTE_TEXT_FIELDS)('replaces %s', (field) => {
    const merged = mergeSessionNotes(seed000(), { [field]: 'nouveau texte' });
    expect(merged[field]).toBe('nouveau texte');
    expect(merged).toEqual({ ...seed000(), [field]: 'nouveau texte' });
  });

  it.each(LIST_FIELDS)('replaces the whole list %s, never appends to it', (field) => {
    const merged = mergeSessionNotes(seed000(), { [field]: [{ name: 'plaisir', intensity: 5 }] });
    expect(merged[field]).toEqual([{ name: 'plaisir', intensity: 5 }]);
    expect(merged).toEqual({ ...seed000(), [field]: [{ name: 'plaisir', intensity: 5 }] });
  });

  it('adds a field the stored notes did not have', () => {
    expect(mergeSessionNotes({}, { situation: 'Un petit incident' })).toEqual({ situation: 'Un petit incident' });
    expect(mergeSessionNotes({}, { emotionsBefore: [{ name: 'pression', intensity: 8 }] })).toEqual({ emotionsBefore: [{ name: 'pression', intensity: 8 }] });
  });

  it('keeps an emotion of intensity zero', () => {
    expect(mergeSessionNotes({}, { emotionsAfter: [{ name: 'colère', intensity: 0 }] })).toEqual({ emotionsAfter: [{ name: 'colère', intensity: 0 }] });
  });

  it('builds notes from nothing (how a new session is created)', () => {
    expect(mergeSessionNotes({}, seed000())).toEqual(seed000());
  });
});

describe('autosaving session notes: an empty value clears the stored one', () => {
  it.each(SESSION_NOTE_TEXT_FIELDS)('an empty string clears %s', (field) => {
    const merged = mergeSessionNotes(seed000(), { [field]: '' });
    expect(field in merged).toBe(false);
    const expected: SessionNotes = seed000();
    delete expected[field];
    expect(merged).toEqual(expected);
  });

  it.each(LIST_FIELDS)('an empty list clears %s', (field) => {
    const merged = mergeSessionNotes(seed000(), { [field]: [] });
    expect(field in merged).toBe(false);
    const expected: SessionNotes = seed000();
    delete expected[field];
    expect(merged).toEqual(expected);
  });

  it('clears, replaces and keeps in one save', () => {
    const merged = mergeSessionNotes(seed000(), { situation: '', emotionsAfter: [], shift: 'Plaisir retrouvé', insights: undefined });
    const expected: SessionNotes = { ...seed000(), shift: 'Plaisir retrouvé' };
    delete expected.situation;
    delete expected.emotionsAfter;
    expect(merged).toEqual(expected);
  });

  it('clearing a field that was never written leaves no trace of it', () => {
    const merged = mergeSessionNotes({ situation: 'En froid' }, { exploration: '', emotionsBefore: [] });
    expect(merged).toEqual({ situation: 'En froid' });
    expect('exploration' in merged).toBe(false);
    expect('emotionsBefore' in merged).toBe(false);
  });

  it('clears every field, leaving empty notes', () => {
    const clearAll: SessionNotes = Object.fromEntries(ALL_FIELDS.map((f) => [f, (LIST_FIELDS as readonly string[]).includes(f) ? [] : '']));
    expect(mergeSessionNotes(seed000(), clearAll)).toEqual({});
  });
});

describe('autosaving session notes: no side effects', () => {
  it('changes neither the stored notes nor the patch', () => {
    const stored = seed000();
    const patch: SessionNotes = { situation: '', emotionsBefore: [], shift: 'Empathie retrouvée', emotionsAfter: [{ name: 'plaisir', intensity: 6 }], insights: undefined };
    const storedBefore = structuredClone(stored);
    const patchBefore = structuredClone(patch);
    mergeSessionNotes(stored, patch);
    expect(stored).toEqual(storedBefore);
    expect(patch).toEqual(patchBefore);
  });

  it('returns new notes, not the stored object', () => {
    const stored = seed000();
    const merged = mergeSessionNotes(stored, {});
    expect(merged).not.toBe(stored);
    merged.situation = 'changé après coup';
    expect(stored.situation).toBe(seed000().situation);
  });

  it('gives the same result when the same save is sent twice', () => {
    const patch: SessionNotes = { situation: '', shift: 'Empathie retrouvée', emotionsAfter: [] };
    const once = mergeSessionNotes(seed000(), patch);
    expect(mergeSessionNotes(once, patch)).toEqual(once);
  });
});
