import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';
import type { KnownEntity } from './types.js';

const { anonymised } = withLexicon();

const SONIA: KnownEntity = { id: 's1', type: 'person', name: 'Sonia Martin', gender: 'f', role: { fr: 'la personne accompagnée', en: 'the client' } };
const roles = (text: string) => anonymised(text, { mode: 'roles', known: [SONIA] }).text;

describe('a replacement at the start of a sentence', () => {
  it('takes a capital after a dash that opens the line, as a testimonial is signed', () => {
    expect(roles('> Je me sens plus détendue.\n>\n> — Sonia')).toBe('> Je me sens plus détendue.\n>\n> — La personne accompagnée');
  });

  it('keeps its lower case after a dash inside a sentence', () => {
    expect(roles('Elle a dit — Sonia le sait — que tout allait bien.')).toBe('Elle a dit — la personne accompagnée le sait — que tout allait bien.');
  });
});
