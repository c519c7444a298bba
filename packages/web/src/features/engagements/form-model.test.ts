import { describe, expect, it } from 'vitest';
import { contractDraftOf, contractInputOf, emptyContractDraft, objectiveRowsOf, objectivesInputOf, sentPath, wholeOrUndefined } from './form-model';

describe('contract draft → contract input', () => {
  it('lists coach and client always, the sponsor only with a sponsor, and drops blank lines', () => {
    const draft = emptyContractDraft();
    draft.boundaries.coach.responsibilities = ['Tenir le cadre', '  '];
    draft.boundaries.client.outOfScope = [' Concevoir la solution '];
    draft.boundaries.sponsor.responsibilities = ['Financer'];
    draft.sponsorVisibility = 'attendance';

    const alone = contractInputOf(draft, false);
    expect(alone.boundaries?.map((b) => b.party)).toEqual(['coach', 'client']);
    expect(alone.boundaries?.[0]?.responsibilities).toEqual(['Tenir le cadre']);
    expect(alone.boundaries?.[1]?.outOfScope).toEqual(['Concevoir la solution']);
    expect(alone.sponsorVisibility).toBe('nothing');

    const threeWay = contractInputOf(draft, true);
    expect(threeWay.boundaries?.map((b) => b.party)).toEqual(['coach', 'client', 'sponsor']);
    expect(threeWay.sponsorVisibility).toBe('attendance');
  });

  it('sends a blank date as null and leaves out a blank cadence and duration', () => {
    const draft = { ...emptyContractDraft(), sessionDurationMinutes: '' };
    const input = contractInputOf(draft, false);
    expect(input.agreedOn).toBeNull();
    expect('cadence' in input).toBe(false);
    expect('sessionDurationMinutes' in input).toBe(false);
    expect(contractInputOf({ ...draft, agreedOn: '2026-03-02', sessionDurationMinutes: '90', cadence: 'fortnightly' }, false)).toMatchObject({
      agreedOn: '2026-03-02',
      sessionDurationMinutes: 90,
      cadence: 'fortnightly',
    });
  });

  it('round-trips a stored contract', () => {
    const draft = contractDraftOf({
      boundaries: [{ party: 'client', responsibilities: ['Venir préparée'], outOfScope: [] }],
      sponsorVisibility: 'nothing',
      sessionDurationMinutes: 60,
      agreedOn: '2026-01-05',
    });
    expect(draft.boundaries.client.responsibilities).toEqual(['Venir préparée']);
    expect(draft.boundaries.coach.responsibilities).toEqual([]);
    expect(draft.sessionDurationMinutes).toBe('60');
    expect(contractInputOf(draft, false).boundaries?.[1]).toEqual({ party: 'client', responsibilities: ['Venir préparée'], outOfScope: [] });
  });
});

describe('objectives', () => {
  it('skips blank rows and maps server paths back to the rows shown', () => {
    const { objectives, rowOfSent } = objectivesInputOf([
      { statement: '', baseline: '', target: '' },
      { statement: ' Retrouver une relation de travail sereine ', baseline: 'En froid avec le DG', target: '' },
      { statement: '', baseline: 'Sous pression', target: '' },
    ]);
    expect(objectives).toEqual([
      { statement: 'Retrouver une relation de travail sereine', baseline: 'En froid avec le DG' },
      { statement: '', baseline: 'Sous pression' },
    ]);
    expect(rowOfSent).toEqual([1, 2]);
    // The server refuses objectives.1.statement: that is the third row on screen.
    expect(sentPath(rowOfSent, 2, 'statement')).toBe('objectives.1.statement');
    expect(sentPath(rowOfSent, 0, 'statement')).toBeNull();
  });

  it('keeps the id of an existing objective', () => {
    const rows = objectiveRowsOf({ objectives: [{ id: '0b6c1c8e-0000-4000-8000-000000000001', statement: 'Moins de pression', target: 'Se sentir détendue' }] });
    expect(objectivesInputOf(rows).objectives[0]).toEqual({ id: '0b6c1c8e-0000-4000-8000-000000000001', statement: 'Moins de pression', target: 'Se sentir détendue' });
  });
});

describe('wholeOrUndefined', () => {
  it('parses whole numbers, ignores blanks and lets the server refuse the rest', () => {
    expect(wholeOrUndefined(' 8 ')).toBe(8);
    expect(wholeOrUndefined('')).toBeUndefined();
    expect(wholeOrUndefined('2.5')).toBeNaN();
  });
});
