import { describe, expect, it } from 'vitest';
import { segmentsOf } from './highlight';

describe('segmentsOf', () => {
  it('cuts the snippet around each matched range, in order', () => {
    expect(segmentsOf('Elle parle de ses émotions et de colère', [[18, 26], [33, 39]])).toEqual([
      { text: 'Elle parle de ses ', marked: false },
      { text: 'émotions', marked: true },
      { text: ' et de ', marked: false },
      { text: 'colère', marked: true },
    ]);
  });
  it('returns the whole text unmarked when nothing matched', () => {
    expect(segmentsOf('rien', [])).toEqual([{ text: 'rien', marked: false }]);
    expect(segmentsOf('', [])).toEqual([]);
  });
  it('sorts, merges overlaps and clamps ranges beyond the text', () => {
    expect(segmentsOf('abcdefgh', [[5, 20], [0, 2], [1, 3]])).toEqual([
      { text: 'abc', marked: true },
      { text: 'de', marked: false },
      { text: 'fgh', marked: true },
    ]);
  });
  it('ignores empty, reversed and negative ranges', () => {
    expect(segmentsOf('abc', [[2, 2], [2, 1], [-5, -1]])).toEqual([{ text: 'abc', marked: false }]);
  });
  it('keeps markup as text', () => {
    expect(segmentsOf('<b>x</b>', [[3, 4]])).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
      { text: '</b>', marked: false },
    ]);
  });
});
