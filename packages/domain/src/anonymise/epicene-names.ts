/**
 * First names given to girls and boys alike (general knowledge of their use), for the
 * pseudonym of someone whose gender the text does not tell: "Camille aussi" reads right
 * whoever "Georges" was, where a woman's or a man's name may be wrong.
 */
export const EPICENE_FIRST_NAMES = {
  fr: ['Camille', 'Dominique', 'Claude', 'Sacha', 'Alix', 'Charlie', 'Eden', 'Noa', 'Morgan', 'Lou'],
  en: ['Alex', 'Jamie', 'Taylor', 'Casey', 'Avery', 'Quinn', 'Hayden', 'Frankie', 'Emerson', 'Morgan', 'Charlie', 'Jordan'],
} as const;
