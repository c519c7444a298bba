import type { AnonymiseResponse } from '@alliance/api';
import { describe, expect, it } from 'vitest';
import { anonymisedPieces, detailsToCheck, foundNames, type FoundSpan } from './result';

const input = "J'ai parlé d'Anne à Anne, 42 ans, chez Dupont SARL. Anne rappelle.";
const at = (words: string, from = 0) => input.indexOf(words, from);
const span = (words: string, replacement: string, extra: Partial<FoundSpan> = {}, from = 0): FoundSpan => ({
  start: at(words, from),
  end: at(words, from) + words.length,
  type: 'person',
  replacement,
  source: 'first-names',
  confidence: 0.85,
  ...extra,
});

// As the server answers: "d'Anne" became "de A." (the span took the elision), the others plain.
const spans = [
  span("d'Anne", 'de A.', { nameStart: at("d'Anne") + 2, nameEnd: at("d'Anne") + 6 }),
  span('Anne', 'A.', { source: 'elsewhere', confidence: 0.95 }, at('à Anne')),
  span('Dupont SARL', '[Organisation 1]', { type: 'organisation', source: 'legal-forms', confidence: 0.9 }),
  span('Anne', 'A.', {}, at('Anne rappelle')),
];
const details: AnonymiseResponse['details'] = [{ start: at('42 ans'), end: at('42 ans') + 6, kind: 'age', suggestion: 'la quarantaine' }];
const result: AnonymiseResponse = {
  text: "J'ai parlé de A. à A., 42 ans, chez [Organisation 1]. A. rappelle.",
  spans,
  details,
};

describe('the anonymised text, marked', () => {
  it('writes each replacement where its words were, and marks the details left in clear', () => {
    const pieces = anonymisedPieces(input, result)!;
    expect(pieces.map((p) => p.text).join('')).toBe(result.text);
    expect(pieces.filter((p) => p.span).map((p) => [p.text, p.span!.type])).toEqual([
      ['de A.', 'person'],
      ['A.', 'person'],
      ['[Organisation 1]', 'organisation'],
      ['A.', 'person'],
    ]);
    expect(pieces.filter((p) => p.detail).map((p) => [p.text, p.detail!.kind])).toEqual([['42 ans', 'age']]);
  });

  it('gives up marking, rather than mark wrongly, when the spans do not rebuild the text', () => {
    expect(anonymisedPieces(input, { ...result, text: `${result.text} ` })).toBeNull();
    // A span reaching past another's end: its replacement would be written twice.
    const overlapping = [...spans, span('SARL. ', 'X', { type: 'organisation' })];
    expect(anonymisedPieces(input, { ...result, spans: overlapping })).toBeNull();
  });

  it('is the text itself, unmarked, when nothing was found', () => {
    expect(anonymisedPieces('Bonjour.', { text: 'Bonjour.', spans: [], details: [] })).toEqual([{ text: 'Bonjour.' }]);
  });
});

describe('what was found, as a list', () => {
  it('is one row per name, in reading order, with its plain replacement, its count and its surest source', () => {
    expect(foundNames(input, spans)).toEqual([
      { key: 'person|anne', words: 'Anne', type: 'person', replacement: 'A.', source: 'elsewhere', confidence: 0.95, count: 3 },
      { key: 'organisation|dupont sarl', words: 'Dupont SARL', type: 'organisation', replacement: '[Organisation 1]', source: 'legal-forms', confidence: 0.9, count: 1 },
    ]);
  });

  it('keeps the same words of another type apart', () => {
    const both = [span('Dupont SARL', 'X', { type: 'organisation' }), span('Dupont', 'D.')];
    expect(foundNames(input, both).map((r) => r.key)).toEqual(['organisation|dupont sarl', 'person|dupont']);
  });

  it('lists each detail once per words and kind', () => {
    const twice = [...details, { ...details[0]! }];
    expect(detailsToCheck(input, twice)).toEqual([{ ...details[0], words: '42 ans' }]);
  });
});
