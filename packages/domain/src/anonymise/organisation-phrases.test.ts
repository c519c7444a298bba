import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const masked = (text: string) => anonymised(text, { language: 'en' }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

describe('an English employer whose name holds a small word in lower case', () => {
  it('is one organisation after a word that announces an employer', () => {
    expect(masked('She joined Save the Children in 2019.')).toContainEqual(['Save the Children', 'organisation']);
    expect(masked('He volunteers for Doctors of the World.')).toEqual([['Doctors of the World', 'organisation']]);
    expect(masked('She works for the University of Leeds.')).toEqual([['University of Leeds', 'organisation']]);
    expect(masked('He works at Marks & Spencer now.')).toEqual([['Marks & Spencer', 'organisation']]);
    expect(masked('Her new role at Harrow & Finch Ltd. Her manager agrees.').map(([words]) => words)).not.toContain('Her');
  });

  it('is not a job, nor people or places in a list, nor words with nothing small between them', () => {
    expect(masked('We met for the Head of People.').map(([, type]) => type)).not.toContain('organisation');
    expect(masked('I spoke for Mark and Julie.')).toEqual([['Mark', 'person'], ['Julie', 'person']]);
    expect(masked('Call me at Eight on Monday.')).toEqual([]);
  });
});
