import { describe, expect, it } from 'vitest';
import { termsOfWord, tokenize } from './terms.js';

const meet = (a: string, b: string) => termsOfWord(a).some((t) => termsOfWord(b).includes(t));

describe('search terms', () => {
  it('ignore accents and case', () => {
    expect(meet('Émotion', 'emotion')).toBe(true);
    expect(meet('CRISPATION', 'crispation')).toBe(true);
  });
  it('tolerate French plurals and verb forms', () => {
    expect(meet('réunions', 'réunion')).toBe(true);
    expect(meet('accompagnement', 'accompagner')).toBe(true);
    expect(meet('colères', 'colère')).toBe(true);
    expect(meet('ressentait', 'ressentir')).toBe(true);
  });
  it('tolerate English plurals and verb forms', () => {
    expect(meet('meetings', 'meeting')).toBe(true);
    expect(meet('running', 'runs')).toBe(true);
  });
  it('drop French elisions', () => {
    expect(meet("l'émotion", 'émotions')).toBe(true);
    expect(meet('qu’elle', 'elle')).toBe(true);
  });
  it('keep different words apart', () => {
    expect(meet('tristesse', 'colère')).toBe(false);
  });
  it('tokenize with offsets, keeping inner apostrophes and hyphens', () => {
    const text = "Elle prend l'appel — mise-en-œuvre";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['Elle', 'prend', "l'appel", 'mise-en-œuvre']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});
