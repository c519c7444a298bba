import { describe, expect, it } from 'vitest';
import { composeCaseStudy, type CaseConstellation, type CaseSource } from './compose.js';

const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 9, minute)).toISOString();
const labels = ['Claire', 'Sa solution (son bébé)', 'Le DG', 'Mon histoire'];

/** Seed 000's board as the records hold it, each record in the order the repositories list it (not the order it happened). */
const board: CaseConstellation = {
  session: 1,
  pictures: [
    { id: 'p-start', name: 'Au départ', isInitial: true, isResolution: false, labels, at: at(24) },
    { id: 'p-middle', name: 'En chemin', isInitial: false, isResolution: false, labels, at: at(38) },
    { id: 'p-end', name: 'Après le mouvement', isInitial: false, isResolution: true, labels, at: at(45) },
  ],
  feltSenses: [
    { label: 'Claire', elementId: 'e-claire', own: true, words: 'Crispée, les yeux fixés sur la solution.', energy: -3, at: at(26) },
    { label: 'Le DG', elementId: 'e-dg', words: 'Une pression dans le dos : elle pousse', energy: -2, at: at(29) },
    { label: 'Mon histoire', elementId: 'e-story', words: 'Lourde', energy: -1, at: at(31) },
    { label: 'Le DG', elementId: 'e-dg', words: 'La pression tombe', energy: 2, at: at(39) },
    { label: 'Claire', elementId: 'e-claire', own: true, words: 'Plus de colère', energy: 3, at: at(43) },
    // Asked once the resolution picture was taken: told after it.
    { label: 'Sa solution (son bébé)', elementId: 'e-solution', words: 'Enfin de la place', energy: 2, at: at(47) },
  ],
  movements: [
    { label: 'Sa solution (son bébé)', elementId: 'e-solution', distance: 26, turnedDegrees: null, at: at(35) },
    // The same figure dragged twice in one run is one movement.
    { label: 'Sa solution (son bébé)', elementId: 'e-solution', distance: 3, turnedDegrees: null, at: at(35.5) },
    { label: 'Claire', elementId: 'e-claire', distance: 23, turnedDegrees: 5, at: at(37) },
    // A hand settling a figure: not a movement to tell.
    { label: 'Mon histoire', elementId: 'e-story', distance: 0.4, turnedDegrees: 3, at: at(37.5) },
    { label: 'Le DG', elementId: 'e-dg', distance: 0, turnedDegrees: 171, at: at(40) },
  ],
};

const source: CaseSource = {
  language: 'fr',
  engagementTitle: "Recréer l'alliance",
  clientName: 'Claire',
  heldSessions: 1,
  sessions: [{ at: at(0), durationMinutes: 60, notes: { toolsUsed: 'Constellation systémique en individuel.' } }],
  constellations: [board],
  feedback: [],
  learnings: [],
};
const paragraphs = (markdown: string) => markdown.split('\n\n');

describe('a constellation told as it happened', () => {
  it('tells the first picture, each place felt and each run of movements in the order they happened, then the resolution, in prose', () => {
    const { markdown } = composeCaseStudy(source);
    const from = paragraphs(markdown).findIndex((p) => p.startsWith('**La constellation.**'));
    expect(paragraphs(markdown).slice(from, from + 13)).toEqual([
      // Labels read as prose ("le DG"), a name as written, a label in the first person quoted: "mon histoire" would be the coach's.
      '**La constellation.** Première image, « Au départ » : Claire, sa solution (son bébé), le DG, « Mon histoire ».',
      // Her own figure is "sa propre place", whatever its label; a capital the anonymiser could read as a name starts its own line.
      'À sa propre place :\nCrispée, les yeux fixés sur la solution (énergie -3).',
      'À la place du DG : une pression dans le dos — elle pousse (énergie -2).',
      'À la place de « Mon histoire » :\nLourde (énergie -1).',
      // Moved and turned by a few degrees: moved; nudged by a hair: not told.
      'Puis des mouvements : sa solution (son bébé) et Claire changent de place.',
      'De nouveau à la place du DG : la pression tombe (énergie +2).',
      'Puis un mouvement : le DG se retourne.',
      'De retour à sa propre place : plus de colère (énergie +3).',
      // The same figures as the first picture: not listed again. A picture in between is not the resolution.
      'Image de résolution, « Après le mouvement ».',
      'À la place de sa solution (son bébé) : enfin de la place (énergie +2).',
      '![Première image de la constellation : Claire, Sa solution (son bébé), Le DG, Mon histoire](board-picture:p-start "Première image : « Au départ »")',
      '![Image de résolution de la constellation : Claire, Sa solution (son bébé), Le DG, Mon histoire](board-picture:p-end "Image de résolution : « Après le mouvement »")',
      '## Le déplacement',
    ]);
    expect(markdown).not.toContain('p-middle');
    expect(markdown).not.toContain('« Le DG »');
  });

  it('tells it in English the same way, the client as "their own place"', () => {
    const english: CaseConstellation = {
      ...board,
      pictures: board.pictures.map((p) => ({ ...p, labels: ['Claire', 'The CEO', 'My history'] })),
      feltSenses: [
        { label: 'Claire', elementId: 'e-claire', own: true, words: 'tense', energy: -3, at: at(26) },
        { label: 'The CEO', elementId: 'e-dg', words: 'pressure in my back', energy: -2, at: at(29) },
        { label: 'The CEO', elementId: 'e-dg', words: 'the pressure drops', energy: 2, at: at(41) },
        { label: 'Claire', elementId: 'e-claire', own: true, words: 'no more anger', energy: 3, at: at(43) },
      ],
      movements: [{ label: 'The CEO', elementId: 'e-dg', distance: 12, turnedDegrees: -40, at: at(40) }],
    };
    const { markdown } = composeCaseStudy({ ...source, language: 'en', constellations: [english] });
    const from = paragraphs(markdown).findIndex((p) => p.startsWith('**The constellation.**'));
    expect(paragraphs(markdown).slice(from, from + 7)).toEqual([
      '**The constellation.** First picture, “Au départ”: Claire, the CEO, “My history”.',
      'In their own place: tense (energy -3).',
      'In the place of the CEO: pressure in my back (energy -2).',
      'Then a movement: the CEO moves and turns.',
      'Again in the place of the CEO: the pressure drops (energy +2).',
      'Back in their own place: no more anger (energy +3).',
      'Resolution picture, “Après le mouvement”.',
    ]);
  });

  it('without the times, tells the felt senses in their order, then the movements, then the resolution', () => {
    const untimed: CaseConstellation = {
      pictures: board.pictures.map(({ at: _, ...p }) => p),
      feltSenses: board.feltSenses.slice(0, 2).map(({ at: _, ...f }) => f),
      movements: [{ label: 'Le DG', distance: 0, turnedDegrees: 30 }],
    };
    const told = paragraphs(composeCaseStudy({ ...source, constellations: [untimed] }).markdown);
    const from = told.findIndex((p) => p.startsWith('**La constellation.**'));
    expect(told.slice(from + 1, from + 5)).toEqual([
      'À sa propre place :\nCrispée, les yeux fixés sur la solution (énergie -3).',
      'À la place du DG : une pression dans le dos — elle pousse (énergie -2).',
      'Puis un mouvement : le DG se tourne.',
      'Image de résolution, « Après le mouvement ».',
    ]);
  });
});

describe('several constellation boards', () => {
  /** Two sessions, a board in each: the first has no resolution picture, the second has its own first and resolution pictures. */
  const two: CaseSource = {
    ...source,
    heldSessions: 2,
    sessions: [
      { at: at(0), durationMinutes: 60, notes: { exploration: 'Sa mission.' } },
      { at: '2026-10-15T09:00:00Z', durationMinutes: 60, notes: { exploration: 'Ses besoins.' } },
    ],
    constellations: [
      {
        session: 1,
        pictures: [{ id: 'a-start', name: 'Seule face au DG', isInitial: true, isResolution: false, labels: ['Claire', 'Le DG'] }],
        feltSenses: [{ label: 'Le DG', words: 'fermé', energy: -2 }],
      },
      {
        session: 2,
        pictures: [
          { id: 'b-start', name: 'Avec la mission', isInitial: true, isResolution: false, labels: ['Claire', 'Le DG', 'La mission'] },
          { id: 'b-end', name: 'Côte à côte', isInitial: false, isResolution: true, labels: ['Claire', 'Le DG'] },
        ],
        feltSenses: [{ label: 'La mission', words: 'enfin vue', energy: 2 }],
      },
    ],
  };

  it("tells each board as its own constellation, under its session, with its own first and resolution pictures — never one board's first beside another's resolution", () => {
    const { markdown } = composeCaseStudy(two);
    const order = ['### Séance 1', '**Première constellation.** Première image, « Seule face au DG » : Claire, le DG.', 'board-picture:a-start', '### Séance 2', '**Deuxième constellation.** Première image, « Avec la mission » : Claire, le DG, la mission.', 'À la place de la mission : enfin vue (énergie +2).', 'Image de résolution, « Côte à côte » : Claire, le DG.', 'board-picture:b-start', 'board-picture:b-end', '## Le déplacement'];
    const places = order.map((s) => markdown.indexOf(s));
    expect(places.every((p) => p >= 0)).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    // The first board has no resolution: none is drawn for it, and none borrowed from the second.
    expect(markdown.match(/board-picture:/g)).toHaveLength(3);
    expect(markdown).toContain('À la place du DG : fermé (énergie -2).\n\n![Première image de la constellation : Claire, Le DG](board-picture:a-start');
  });

  it('numbers two boards of one session, and tells a board whose session is not known after the sessions', () => {
    const [first, second] = two.constellations!;
    const same = composeCaseStudy({ ...two, constellations: [{ ...first!, session: 2 }, second!] }).markdown;
    expect(same.indexOf('**Première constellation.**')).toBeGreaterThan(same.indexOf('### Séance 2'));
    expect(same.indexOf('**Deuxième constellation.**')).toBeGreaterThan(same.indexOf('**Première constellation.**'));
    const loose = composeCaseStudy({ ...two, constellations: [{ ...first!, session: undefined }, second!] }).markdown;
    // Told in the order told: the one of session 2 first, then the one after the sessions.
    expect(loose.indexOf('**Première constellation.** Première image, « Avec la mission »')).toBeGreaterThan(loose.indexOf('### Séance 2'));
    expect(loose.indexOf('**Deuxième constellation.** Première image, « Seule face au DG »')).toBeGreaterThan(loose.indexOf('**Première constellation.**'));
    expect(composeCaseStudy({ ...two, language: 'en' }).markdown).toContain('**Second constellation.** First picture, “Avec la mission”: Claire, Le DG, La mission.');
  });
});
