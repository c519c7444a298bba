import { describe, expect, it } from 'vitest';
import { namedPlaces } from './named-places.js';

const found = (text: string) => namedPlaces(text).map((d) => text.slice(d.start, d.end));

describe('namedPlaces', () => {
  it('reads the name after a residence, a hamlet, an estate, a zone or a business park', () => {
    expect(found('Résidence Les Tilleuls, bât. B, appt 12')).toEqual(['Les Tilleuls']);
    expect(found('lieu-dit La Garenne, 47300')).toEqual(['La Garenne']);
    expect(found('Z.A. des Ajoncs et ZI du Vernay')).toEqual(['Ajoncs', 'Vernay']);
    // A word after the name's first is its own finding, which a person's name read there outranks.
    expect(found("Parc d'activités du Chêne Vert")).toEqual(['Chêne', 'Vert']);
    expect(namedPlaces('quartier Saint-Georges Bouteiller').map((d) => d.source)).toEqual(['pattern', 'capitalisation']);
    expect(found('le hameau des Granges, près du lotissement Les Coteaux, dans le quartier des Chartrons')).toEqual(['Granges', 'Les Coteaux', 'Chartrons']);
  });

  it('leaves a common noun in its everyday sense alone', () => {
    expect(found('Dans le domaine de la santé, la cité est calme ; le parc est fermé. Bâtiment B. On cite Tom.')).toEqual([]);
  });
});
