import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from './anonymise.js';
import { capitalsLeft } from './capitals.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { tokenize } from './text.js';
import type { Detection } from './types.js';

const left = (text: string, masked: Detection[] = []) => capitalsLeft(tokenize(text), masked).map((d) => [text.slice(d.start, d.end), d.suggestion]);

describe('capitals left in clear', () => {
  it('lists each capitalised word inside a sentence once, with its initial', () => {
    expect(left('Elle a parlé de Quasimodo hier, puis Quasimodo est parti avec Zorglub.')).toEqual([
      ['Quasimodo', 'Q.'],
      ['Zorglub', 'Z.'],
    ]);
  });

  it('leaves sentence starts, list items after a colon, titles, roles, particles, pronouns and initials', () => {
    expect(left('Hier nous avons vu M. et le DG. Objectif : Préparer la réunion. Il dit « Elle viendra » avec S. de La Salle.')).toEqual([['Salle', 'S.']]);
  });

  it('leaves the determiners and elided articles that begin labels listed after commas', () => {
    expect(left("Image initiale : Claire, Sa solution, Le DG, L'entreprise cliente, Son besoin de contrôle, Zorglub.")).toEqual([['Zorglub', 'Z.']]);
  });

  it('leaves what a detection masks', () => {
    const text = 'Le dossier de Quasimodo avance.';
    const at = text.indexOf('Quasimodo');
    expect(left(text, [{ start: at, end: at + 9, type: 'person', source: 'model', confidence: 0.5 }])).toEqual([]);
  });
});

describe('in the anonymiser answer', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 60_000);

  it('gives a name the detectors read as a word to the coach to check, in French and English', () => {
    const fr = 'Elle a parlé de Quasimodo hier.';
    expect(anonymise(fr, lexicon, { language: 'fr' }).details.map((d) => [fr.slice(d.start, d.end), d.kind])).toContainEqual(['Quasimodo', 'capital']);
    const en = 'We talked about Quasimodo yesterday.';
    const details = anonymise(en, lexicon, { language: 'en' }).details;
    const masked = anonymise(en, lexicon, { language: 'en' }).spans.some((s) => en.slice(s.start, s.end).includes('Quasimodo'));
    // Either the English rules mask it or the coach is shown it: never neither.
    expect(masked || details.some((d) => en.slice(d.start, d.end) === 'Quasimodo')).toBe(true);
  });
});
