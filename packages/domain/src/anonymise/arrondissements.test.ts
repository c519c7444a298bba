import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();

describe('an arrondissement after its town', () => {
  it('is masked with the town, which stays one place however written', () => {
    const out = anonymised('Réunion à Paris 15e puis Marseille 8e. Paris encore, au 2e étage.', { mode: 'placeholders' });
    expect(out.text).toBe('Réunion à [Lieu 1] puis [Lieu 2]. [Lieu 1] encore, au 2e étage.');
  });

  it('leaves the floor of a building after a town its own ("Lyon 2e étage")', () => {
    expect(anonymised('Bureau à Lyon 2e étage.', { mode: 'placeholders' }).text).toBe('Bureau à [Lieu 1] 2e étage.');
  });

  it('ends no sentence with its full stop ("8e."): the next replacement opens one', () => {
    expect(anonymised('Elle vit à Marseille 8e. Lyon la tente.').text).toBe('Elle vit dans une grande ville du sud-est de la France. Une autre grande ville du sud-est de la France la tente.');
  });
});
