import { describe, expect, it } from 'vitest';
import { composeCaseStudy, type CaseSource } from './compose.js';

/** Seed 000 as the records would hold it. */
const seed000: CaseSource = {
  language: 'fr',
  engagementTitle: "Recréer l'alliance",
  clientRole: 'consultante en stratégie marketing',
  heldSessions: 1,
  sessions: [
    {
      notes: {
        situation: "Le DG de son client a refusé sèchement sa proposition ; ils sont en froid.",
        stakesAndRisk: 'Que la relation empire lors de la prochaine réunion.',
        emotionsBefore: [
          { name: 'agacement', intensity: 7 },
          { name: 'tristesse', intensity: 6 },
        ],
        exploration: 'Clarifier sa mission : conception de la solution, et accompagnement au changement.',
        toolsUsed: 'Constellation systémique en individuel.',
        shift: "Elle retrouve l'empathie pour son client.",
        emotionsAfter: [{ name: 'tristesse', intensity: 3 }],
        commitments: 'Mettre en place des garde-fous.',
      },
    },
  ],
  pictures: [
    { id: 'p-initial', name: 'Première image', isInitial: true, isResolution: false, labels: ['La consultante', 'Le DG', 'La solution'] },
    { id: 'p-resolution', name: 'Après le mouvement', isInitial: false, isResolution: true, labels: ['La consultante', 'Le DG', 'La solution'] },
  ],
  feltSenses: [{ label: 'Le DG', words: 'la pression de sa posture', energy: -2 }],
  feedback: [{ event: 'La réunion avec le DG', outcome: 'as_hoped', account: "Le DG a lâché sa posture fermée." }],
  learnings: ['Sa conscience de son investissement affectif dans ses missions.'],
};

describe('composing a case study from the records', () => {
  it("follows the seeds' arc with the records' own words", () => {
    const { title, markdown } = composeCaseStudy(seed000);
    expect(title).toBe("Recréer l'alliance");
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      "# Recréer l'alliance",
      '## Le contexte',
      '## La situation et ce qui était en jeu',
      '## Le travail',
      '## Le déplacement',
      '## Après la rencontre',
      "## L'apprentissage durable",
      '## Et ensuite',
    ]);
    expect(markdown).toContain('> Dans ce cas présenté');
    expect(markdown).toContain('Émotions nommées au départ : agacement (7/10), tristesse (6/10).');
    expect(markdown).toContain('Première image (« Première image ») : La consultante, Le DG, La solution.');
    expect(markdown).toContain('À la place de « Le DG » : la pression de sa posture (énergie -2).');
    expect(markdown).toContain('La réunion avec le DG — comme espéré.');
    expect(markdown).toContain('*Accompagnement en 1 séance.*');
  });

  it('says an engagement is still running when the contract plans more sessions than were held', () => {
    expect(composeCaseStudy({ ...seed000, plannedSessions: 4 }).markdown).toContain('*Accompagnement en cours : 1 séance sur 4 prévues.*');
    expect(composeCaseStudy({ ...seed000, plannedSessions: 1 }).markdown).toContain('*Accompagnement en 1 séance.*');
    expect(composeCaseStudy({ ...seed000, language: 'en', heldSessions: 2, plannedSessions: 6 }).markdown).toContain('*Coaching in progress: 2 of 6 planned sessions.*');
  });

  it('shows the first and the resolution pictures as images beside their words, each on a line of its own', () => {
    const { markdown } = composeCaseStudy(seed000);
    expect(markdown).toContain('\n\n![Première image de la constellation : La consultante, Le DG, La solution](board-picture:p-initial "Première image : « Première image »")\n\n');
    expect(markdown).toContain('![Image de résolution de la constellation : La consultante, Le DG, La solution](board-picture:p-resolution "Image de résolution : « Après le mouvement »")');
    expect(markdown.indexOf('board-picture:p-initial')).toBeGreaterThan(markdown.indexOf('**La constellation.**'));
    expect(markdown.indexOf('board-picture:p-initial')).toBeLessThan(markdown.indexOf('## Le déplacement'));
    expect(composeCaseStudy({ ...seed000, pictures: [] }).markdown).not.toContain('board-picture:');
  });

  it('quotes her testimonial, signed as her consent allows, after the learning', () => {
    const { markdown } = composeCaseStudy({ ...seed000, testimonial: { text: 'J’ai retrouvé mon calme.\nEt ma place.', attribution: 'S.' } });
    expect(markdown).toContain("## L'apprentissage durable");
    expect(markdown).toContain('## Ses mots\n\n> J’ai retrouvé mon calme.\n> Et ma place.\n>\n> — S.');
    expect(markdown.indexOf('## Ses mots')).toBeGreaterThan(markdown.indexOf("## L'apprentissage durable"));
    expect(composeCaseStudy({ ...seed000, testimonial: { text: '  ', attribution: 'S.' } }).markdown).not.toContain('## Ses mots');
  });

  it('leaves out what the records say nothing about, and writes English', () => {
    const { markdown } = composeCaseStudy({ ...seed000, language: 'en', feedback: [], learnings: [], pictures: [], feltSenses: [] });
    expect(markdown).not.toContain('## After the meeting');
    expect(markdown).not.toContain('## The lasting learning');
    expect(markdown).toContain('## The shift');
    expect(markdown).toContain('Emotions named at the end: tristesse (3/10).');
    expect(markdown).not.toContain('constellation.**');
  });
});
