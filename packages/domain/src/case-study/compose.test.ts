import { describe, expect, it } from 'vitest';
import { coachPrompts, composeCaseStudy, type CaseSource } from './compose.js';
import { follow, lowerLead } from './compose-text.js';

/** Seed 000 as the records would hold it. */
const seed000: CaseSource = {
  language: 'fr',
  engagementTitle: "Recréer l'alliance",
  clientName: 'Claire',
  clientRole: 'Consultante en stratégie marketing',
  origin: 'referral',
  objectives: [{ statement: 'Aborder la prochaine réunion avec le DG dans une disposition constructive' }],
  heldSessions: 1,
  sessions: [
    {
      at: '2026-10-01T09:00:00Z',
      durationMinutes: 60,
      notes: {
        situation: "Le DG de son client a refusé sèchement sa proposition ; ils sont en froid.",
        peopleInvolved: 'La consultante ; le DG de son client.',
        stakesAndRisk: 'Que la relation empire lors de la prochaine réunion.',
        emotionsBefore: [
          { name: 'agacement', intensity: 7 },
          { name: 'tristesse', intensity: 6 },
        ],
        sessionObjective: 'Aborder la réunion dans une disposition constructive.',
        exploration: 'Clarifier sa mission : conception de la solution, et accompagnement au changement.',
        insights: 'Une confusion des deux rôles, et un besoin de contrôle.',
        toolsUsed: 'Constellation systémique en individuel.',
        shift: "Elle retrouve l'empathie pour son client.",
        emotionsAfter: [{ name: 'tristesse', intensity: 3 }],
        commitments: 'Mettre en place des garde-fous.',
        nextSteps: 'Travailler l’alignement de ses contrats en amont.',
      },
    },
  ],
  constellations: [
    {
      session: 1,
      pictures: [
        { id: 'p-initial', name: 'Première image', isInitial: true, isResolution: false, labels: ['La consultante', 'Le DG', 'La solution'] },
        { id: 'p-resolution', name: 'Après le mouvement', isInitial: false, isResolution: true, labels: ['La consultante', 'Le DG', 'La solution'] },
      ],
      feltSenses: [{ label: 'Le DG', words: 'la pression de sa posture', energy: -2 }],
    },
  ],
  feedback: [{ event: 'La réunion avec le DG', outcome: 'as_hoped', account: 'Son attitude ouverte a permis au DG de lâcher sa posture fermée.' }],
  learnings: ['Sa conscience de son investissement affectif dans ses missions.'],
};

/** Seed 003: met in a group programme, a call before the one session and one after it, her words with consent. */
const seed003: CaseSource = {
  language: 'fr',
  engagementTitle: 'Ça coince, mais où ?',
  clientName: 'Sonia',
  clientRole: "Salariée d'un éditeur de logiciels",
  origin: 'group_programme',
  programme: {
    title: 'Prendre sa place',
    place: 'Marseille',
    betweenDays: 'Mon numéro de téléphone, en cas de besoin entre les deux journées.',
    days: 2,
    attendedDays: 2,
    contacts: [],
  },
  heldSessions: 1,
  plannedSessions: 1,
  sessions: [{ at: '2026-03-10T14:00:00Z', durationMinutes: 60, notes: { situation: 'Un entretien avec sa Direction approche.', sessionObjective: 'Préparer l’entretien avec sa Direction.' } }],
  contacts: [
    { kind: 'phone', at: '2026-03-20T18:00:00Z', durationMinutes: 15, initiatedBy: 'client', summary: "Retour après l'entretien : ça s'est bien passé." },
    { kind: 'phone', at: '2026-03-02T18:00:00Z', durationMinutes: 20, initiatedBy: 'client', summary: 'Un éclairage sur un petit incident.' },
  ],
  feedback: [{ event: 'Entretien avec la Direction', outcome: 'as_hoped', account: '« J’ai obtenu ce que j’attendais. »', givenBy: 'client' }],
  learnings: ['Elle a pris conscience de sa place dans l’entreprise.'],
  testimonial: { text: 'Je me sens plus détendue.', attribution: 'S.' },
};

const headings = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('#'));
const sectionOf = (markdown: string, heading: string) => markdown.split(`## ${heading}\n\n`)[1]?.split('\n## ')[0]?.split('\n*')[0] ?? '';

describe('composing a case study from the records', () => {
  it("follows the seeds' arc, in the coach's voice around the records' own words", () => {
    const { title, markdown } = composeCaseStudy(seed000);
    expect(title).toBe("Recréer l'alliance");
    expect(headings(markdown)).toEqual([
      "# Recréer l'alliance",
      '## Le contexte',
      '## La situation et ce qui était en jeu',
      '## Le travail',
      '## Le déplacement',
      '## Après la rencontre',
      "## L'apprentissage durable",
      '## Et ensuite',
    ]);
    expect(markdown).toContain("> Dans cet exemple de coaching professionnel proposé à titre d'illustration, les personnes et les contextes ont été modifiés afin de garantir la confidentialité.");
    for (const line of [
      'Claire est consultante en stratégie marketing.',
      "Nous avons convenu d'un objectif pour cet accompagnement :\nAborder la prochaine réunion avec le DG dans une disposition constructive.",
      'Les personnes en jeu : la consultante ; le DG de son client.',
      'Claire me raconte : le DG de son client a refusé sèchement sa proposition ; ils sont en froid.',
      'Ses émotions en début de séance : agacement (7/10), tristesse (6/10).',
      'Ce qui est en jeu : que la relation empire lors de la prochaine réunion.',
      "Nous avons fixé l'objectif de la séance :\nAborder la réunion dans une disposition constructive.",
      'Au fil de mes questions, nous avons exploré :\nClarifier sa mission — conception de la solution, et accompagnement au changement.',
      'Sa prise de conscience : une confusion des deux rôles, et un besoin de contrôle.',
      'Nous avons travaillé avec :\nConstellation systémique en individuel.',
      "Avec ce travail : elle retrouve l'empathie pour son client.",
      'Ses émotions en fin de séance : tristesse (3/10).',
      '« La réunion avec le DG » : cela s\'est passé comme espéré. Lors du feedback, Claire me raconte : son attitude ouverte a permis au DG de lâcher sa posture fermée.',
      "C'est aussi un apprentissage durable : sa conscience de son investissement affectif dans ses missions.",
      "À la suite de ce travail, Claire s'engage :\nMettre en place des garde-fous.",
      'Pour la suite :\nTravailler l’alignement de ses contrats en amont.',
      "*Accompagnement en 1 séance d'une heure.*",
    ]) {
      expect(markdown).toContain(`\n${line}\n`);
    }
    // Every part of the arc has its record: nothing is left for the coach to fill in.
    expect(coachPrompts(markdown)).toEqual([]);
  });

  it('tells the constellation in the work, its first picture, the places felt and its resolution, then both pictures', () => {
    const { markdown } = composeCaseStudy(seed000);
    // A picture named only "Première image" is not named twice; the same figures are not listed twice.
    expect(markdown).toContain(
      '\n**La constellation.** Première image : la consultante, le DG, la solution.\n\nÀ la place du DG : la pression de sa posture (énergie -2).\n\nImage de résolution, « Après le mouvement ».\n',
    );
    expect(markdown).toContain('\n\n![Première image de la constellation : La consultante, Le DG, La solution](board-picture:p-initial "Première image : « Première image »")\n\n');
    expect(markdown).toContain('\n\n![Image de résolution de la constellation : La consultante, Le DG, La solution](board-picture:p-resolution "Image de résolution : « Après le mouvement »")\n\n');
    expect(markdown.indexOf('board-picture:p-initial')).toBeGreaterThan(markdown.indexOf('**La constellation.**'));
    expect(markdown.indexOf('board-picture:p-resolution')).toBeLessThan(markdown.indexOf('## Le déplacement'));
    const bare = composeCaseStudy({ ...seed000, constellations: [] }).markdown;
    expect(bare).not.toContain('board-picture:');
    expect(bare).not.toContain('**La constellation.**');
  });

  it('tells where we met: the group programme, the days spent together, what the coach offers between them', () => {
    const { markdown } = composeCaseStudy(seed003);
    const context = sectionOf(markdown, 'Le contexte');
    expect(context).toContain("Nous nous connaissions déjà pour avoir passé deux journées ensemble, dans le cadre d'un dispositif collectif d'accompagnement que j'anime à Marseille.");
    expect(context).toContain('Entre les journées : mon numéro de téléphone, en cas de besoin entre les deux journées.');
    // Attendance not kept: the programme's own length; a call during it, with its phase.
    const unmarked = composeCaseStudy({
      ...seed003,
      programme: { ...seed003.programme!, attendedDays: 0, place: 'en ligne', betweenDays: '', contacts: [{ kind: 'phone', initiatedBy: 'client', durationMinutes: 10, phase: 'between', summary: 'Une question sur un exercice.' }] },
    }).markdown;
    expect(unmarked).toContain("Nous nous connaissions déjà, depuis un dispositif collectif d'accompagnement de deux journées que j'anime en ligne.");
    expect(unmarked).toContain("Entre deux journées, j'ai reçu son appel (10 min) : une question sur un exercice.");
    expect(unmarked).not.toContain('Entre les journées');
    // The origin says programme but none is recorded: said, and the coach asked for it.
    const unknown = composeCaseStudy({ ...seed003, programme: null }).markdown;
    expect(unknown).toContain("Nous nous connaissions déjà, depuis un dispositif collectif d'accompagnement que j'anime.");
    expect(coachPrompts(unknown)[0]).toBe('[À compléter : le dispositif collectif — où, combien de journées.]');
    expect(coachPrompts(composeCaseStudy(seed003).markdown)).not.toContain('[À compléter : le dispositif collectif — où, combien de journées.]');
    expect(composeCaseStudy(seed000).markdown).not.toContain('dispositif collectif');
  });

  it('places each call against the sessions: the first one in the context, the others between sessions', () => {
    const { markdown } = composeCaseStudy(seed003);
    // After the programme, the first call is not "Tout d'abord".
    expect(sectionOf(markdown, 'Le contexte')).toContain("Puis, j'ai reçu son appel (20 min) : un éclairage sur un petit incident.");
    expect(sectionOf(markdown, 'Entre les séances')).toBe("Après la séance, j'ai reçu son appel (15 min) :\nRetour après l'entretien — ça s'est bien passé.\n");
    expect(headings(markdown)).toEqual([
      '# Ça coince, mais où ?',
      '## Le contexte',
      '## La situation et ce qui était en jeu',
      '## Le travail',
      '## Entre les séances',
      '## Le déplacement',
      '## Après la rencontre',
      "## L'apprentissage durable",
      '## Ses mots',
      '## Et ensuite',
    ]);

    const three = composeCaseStudy({
      ...seed000,
      heldSessions: 3,
      sessions: [
        { ...seed000.sessions[0]!, at: '2026-10-01T09:00:00Z' },
        { at: '2026-10-15T09:00:00Z', durationMinutes: 60, notes: { exploration: 'Ses besoins.', shift: 'Plus de colère.' } },
        { at: '2026-10-29T09:00:00Z', durationMinutes: 60, notes: {} },
      ],
      contacts: [
        { kind: 'phone', at: '2026-09-25T09:00:00Z', initiatedBy: 'client', summary: 'Premier appel.' },
        { kind: 'message', at: '2026-10-20T09:00:00Z', initiatedBy: 'coach', summary: 'Un texte à lire.' },
        { kind: 'meeting', at: '2026-10-22T09:00:00Z', durationMinutes: 30, initiatedBy: 'sponsor', summary: 'Le point à mi-parcours.' },
        { kind: 'email', at: '2026-11-05T09:00:00Z', initiatedBy: 'client', summary: 'Des nouvelles.' },
      ],
    }).markdown;
    expect(three).toContain("\nTout d'abord, j'ai reçu son appel :\nPremier appel.\n");
    expect(three).toContain("\nEntre la séance 2 et la séance 3, je lui ai écrit : un texte à lire.\n");
    expect(three).toContain("\nEntre la séance 2 et la séance 3, j'ai rencontré le commanditaire (30 min) : le point à mi-parcours.\n");
    expect(three).toContain("\nAprès la dernière séance, j'ai reçu son message : des nouvelles.\n");
    // Several sessions say something: each has its heading in the work, and its shift is dated.
    expect(headings(three)).toEqual(expect.arrayContaining(['### Séance 1', '### Séance 2']));
    expect(headings(three)).not.toContain('### Séance 3');
    expect(three).toContain("\nAprès la séance 1 : elle retrouve l'empathie pour son client.\n");
    expect(three).toContain('\nAprès la séance 2 : plus de colère.\n');
    expect(three).toContain("*Accompagnement en 3 séances d'une heure (+ 1 appel, 2 messages, 1 rencontre).*");
  });

  it('counts sessions and calls as the seeds do, and says an engagement is still running', () => {
    expect(composeCaseStudy(seed003).markdown).toContain("\n*Accompagnement en 1 séance d'une heure (+ 2 appels).*\n");
    expect(composeCaseStudy({ ...seed003, plannedSessions: 4 }).markdown).toContain("*Accompagnement en cours : 1 séance d'une heure sur 4 prévues (+ 2 appels).*");
    expect(composeCaseStudy({ ...seed000, plannedSessions: 4, sessions: [{ ...seed000.sessions[0]!, durationMinutes: undefined }] }).markdown).toContain('*Accompagnement en cours : 1 séance sur 4 prévues.*');
    expect(composeCaseStudy({ ...seed000, sessions: [{ ...seed000.sessions[0]!, durationMinutes: 90 }] }).markdown).toContain("*Accompagnement en 1 séance d'une heure et demie.*");
    expect(composeCaseStudy({ ...seed000, sessions: [{ ...seed000.sessions[0]!, durationMinutes: 45 }] }).markdown).toContain('*Accompagnement en 1 séance de 45 minutes.*');
    // Sessions of different lengths: no length is claimed.
    const mixed = { ...seed000, heldSessions: 2, sessions: [seed000.sessions[0]!, { at: '2026-10-15T09:00:00Z', durationMinutes: 90, notes: {} }] };
    expect(composeCaseStudy(mixed).markdown).toContain('*Accompagnement en 2 séances.*');
    expect(composeCaseStudy({ ...mixed, language: 'en', plannedSessions: 6 }).markdown).toContain('*Coaching in progress: 2 of 6 planned sessions.*');
    expect(composeCaseStudy({ ...seed003, language: 'en' }).markdown).toContain('*Coaching in 1 one-hour session (+ 2 calls).*');
    expect(composeCaseStudy({ ...seed003, language: 'en', plannedSessions: 5 }).markdown).toContain('*Coaching in progress: 1 of 5 planned one-hour sessions (+ 2 calls).*');
    expect(composeCaseStudy({ ...seed000, heldSessions: 0, sessions: [] }).markdown).not.toContain('*Accompagnement');
  });

  it('quotes her testimonial, signed as her consent allows, after the learning', () => {
    const { markdown } = composeCaseStudy({ ...seed000, testimonial: { text: 'J’ai retrouvé mon calme.\nEt ma place.', attribution: 'S.' } });
    expect(markdown).toContain('## Ses mots\n\n> J’ai retrouvé mon calme.\n> Et ma place.\n>\n> — S.');
    expect(markdown.indexOf('## Ses mots')).toBeGreaterThan(markdown.indexOf("## L'apprentissage durable"));
    expect(composeCaseStudy({ ...seed000, testimonial: { text: '  ', attribution: 'S.' } }).markdown).not.toContain('## Ses mots');
  });

  it('writes her feedback as she gave it: in writing, on an event not yet judged, or the event alone', () => {
    const { markdown } = composeCaseStudy(seed003);
    expect(markdown).toContain("« Entretien avec la Direction » : cela s'est passé comme espéré. Lors du feedback, Sonia m'écrit : « J’ai obtenu ce que j’attendais. »\n");
    const open = composeCaseStudy({ ...seed003, feedback: [{ event: 'Entretien', outcome: null, account: 'Elle attend la réponse.' }] }).markdown;
    expect(open).toContain('Lors du feedback sur « Entretien », Sonia me raconte : elle attend la réponse.');
    expect(composeCaseStudy({ ...seed003, feedback: [{ event: 'Entretien', outcome: 'partly' }] }).markdown).toContain("« Entretien » : cela s'est passé en partie comme espéré.\n");
    expect(composeCaseStudy({ ...seed003, feedback: [{ event: 'Entretien', outcome: null }] }).markdown).toContain('\n« Entretien ».\n');
  });

  it('lists her guardrails and commitments from her space, without the dropped ones', () => {
    const { markdown } = composeCaseStudy({
      ...seed000,
      commitments: [
        { kind: 'guardrail', statement: 'Attendre 24 heures avant de répondre à un refus', status: 'holding' },
        { kind: 'guardrail', statement: 'Relire le contrat avant chaque comité', status: 'strained' },
        { kind: 'commitment', statement: 'Écrire les frontières de mes responsabilités', status: 'open' },
        { kind: 'commitment', statement: 'Appeler le DG chaque semaine', status: 'dropped' },
      ],
    });
    const next = sectionOf(markdown, 'Et ensuite');
    expect(next).toContain('Ses garde-fous :\n- Attendre 24 heures avant de répondre à un refus.\n- Relire le contrat avant chaque comité.\n');
    // Her own words, in the first person: quoted as hers, not set in the coach's sentence.
    expect(next).toContain('Ses engagements, dans ses termes :\n- « Écrire les frontières de mes responsabilités ».\n');
    expect(next).not.toContain('Appeler le DG');
  });

  it('leaves a bracketed prompt where a part of the arc has no record, and leaves optional parts out', () => {
    const bare: CaseSource = { language: 'fr', engagementTitle: 'Un cas', heldSessions: 1, sessions: [{ notes: {} }], feedback: [], learnings: [] };
    const { markdown } = composeCaseStudy(bare);
    expect(coachPrompts(markdown)).toEqual([
      '[À compléter : qui est la personne accompagnée, son métier, son contexte.]',
      '[À compléter : la situation telle que la personne accompagnée l’a racontée.]',
      '[À compléter : ce qui était en jeu, le risque.]',
      '[À compléter : les questions qui ont éclairé la situation.]',
      '[À compléter : le déplacement — ce qui a changé pour la personne accompagnée.]',
      '[À compléter : son retour après l’événement réel — comment cela s’est passé.]',
      '[À compléter : l’apprentissage durable de la personne accompagnée.]',
      '[À compléter : les suites — engagements, garde-fous, prochaines étapes.]',
    ]);
    // Each prompt is a paragraph of its own, under its heading.
    expect(sectionOf(markdown, 'La situation et ce qui était en jeu')).toBe('[À compléter : la situation telle que la personne accompagnée l’a racontée.]\n\n[À compléter : ce qui était en jeu, le risque.]\n');
    expect(headings(markdown)).not.toContain('## Entre les séances');
    expect(headings(markdown)).not.toContain('## Ses mots');
    expect(markdown).not.toContain('Nous avons convenu');
    expect(markdown).not.toContain('éprouve');
    // One record present, its prompt gone.
    expect(coachPrompts(composeCaseStudy({ ...bare, learnings: ['Poser ses limites.'] }).markdown)).not.toContain('[À compléter : l’apprentissage durable de la personne accompagnée.]');
    expect(coachPrompts(composeCaseStudy({ ...bare, sessions: [{ notes: { nextSteps: 'Un point dans un mois.' } }] }).markdown)).not.toContain('[À compléter : les suites — engagements, garde-fous, prochaines étapes.]');
  });

  it('calls her "la personne accompagnée", capitalised, when no first name is recorded', () => {
    const { markdown } = composeCaseStudy({ ...seed000, clientName: undefined });
    expect(markdown).toContain('\nLa personne accompagnée est consultante en stratégie marketing.\n');
    expect(markdown).toContain('\nLa personne accompagnée me raconte : le DG');
    expect(markdown).toContain("\nÀ la suite de ce travail, la personne accompagnée s'engage");
  });

  it('writes English, with English prompts', () => {
    const { markdown } = composeCaseStudy({ ...seed000, language: 'en', feedback: [], learnings: [], constellations: [] });
    expect(headings(markdown)).toEqual(['# Recréer l\'alliance', '## The context', '## The situation and what was at stake', '## The work', '## The shift', '## After the meeting', '## The lasting learning', '## What comes next']);
    expect(markdown).toContain('> In this example of professional coaching, shown as an illustration, people and contexts have been changed to protect confidentiality.');
    expect(markdown).toContain("\nClaire's work:\nConsultante en stratégie marketing.\n");
    expect(markdown).toContain('\nClaire tells me:\nLe DG de son client');
    expect(markdown).toContain('\nWith this work:\nElle retrouve');
    expect(markdown).toContain('\nEmotions at the end of the session: tristesse (3/10).\n');
    expect(coachPrompts(markdown)).toEqual(["[To write: the client's feedback after the real event — how it went.]", "[To write: the client's lasting learning.]"]);
    const en003 = composeCaseStudy({ ...seed003, language: 'en', programme: { ...seed003.programme!, attendedDays: 0 } }).markdown;
    expect(en003).toContain('We already knew each other from a two-day group programme I run in Marseille.');
    expect(en003).toContain('Then, they called me (20 min):\nUn éclairage sur un petit incident.');
    expect(en003).toContain('After the session, they called me (15 min):\nRetour');
    expect(en003).toContain('"Entretien avec la Direction": it went as hoped. In the feedback, Sonia writes to me: « J’ai obtenu');
  });
});

/** The colons of each sentence or list item, outside quotations: more than one reads "A : B : C". */
const colonsOutsideQuotes = (markdown: string) =>
  markdown
    .split(/\n{2,}/)
    .flatMap((block) => block.split(/\n(?=- )|(?<=[.!?…])\s+(?=[\p{Lu}«*])/u))
    .map((block) => ({ block, colons: (block.replace(/«[^»]*»|“[^”]*”|"[^"\n]*"/g, '').match(/:(?=\s)/g) ?? []).length }));

describe('reading like the seeds: the faults a coach found in the drafted demo', () => {
  it('gives the activities that follow her job the subject of the job, never a sentence without one', () => {
    const context = (clientRole: string) => composeCaseStudy({ ...seed000, clientRole }).markdown.split('## Le contexte\n\n')[1]!.split('\n\n')[0];
    expect(context('Consultante indépendante en stratégie marketing. Accompagne depuis des mois une PME pour redéfinir sa stratégie : conception de la solution, puis accompagnement au changement.')).toBe(
      'Claire est consultante indépendante en stratégie marketing et accompagne depuis des mois une PME pour redéfinir sa stratégie : conception de la solution, puis accompagnement au changement.',
    );
    // The activities after a colon, as seed 003 tells them ("S. est salariée …, son rôle est d'appuyer …").
    expect(context("Salariée d'un éditeur de logiciels : appuie les chargés d'affaires, paramètre et installe le logiciel, forme les utilisateurs.")).toBe(
      "Claire est salariée d'un éditeur de logiciels et appuie les chargés d'affaires, paramètre et installe le logiciel, forme les utilisateurs.",
    );
    expect(context('Cheffe de projet. Dirige une équipe de six. Gère le budget.')).toBe('Claire est cheffe de projet, dirige une équipe de six et gère le budget.');
    expect(context("Consultante. S'occupe seule de ses clients.")).toBe("Claire est consultante et s'occupe seule de ses clients.");
    expect(context('Consultante. A créé son cabinet.')).toBe('Claire est consultante et a créé son cabinet.');
    // "A" for an "À" written without its accent is no verb.
    expect(context('Consultante. A Lyon depuis dix ans.')).toBe('Claire est consultante. A Lyon depuis dix ans.');
    // A sentence with its own subject, a name, or words that are no activity stay as written.
    expect(context('Consultante. Elle dirige une équipe.')).toBe('Claire est consultante. Elle dirige une équipe.');
    expect(context('Consultante. Olivier est son associé.')).toBe('Claire est consultante. Olivier est son associé.');
    expect(context("Salariée d'un éditeur : une PME de quarante personnes.")).toBe("Claire est salariée d'un éditeur : une PME de quarante personnes.");
    expect(context('Consultante. Accompagne une PME. Olivier est son associé.')).toBe('Claire est consultante et accompagne une PME. Olivier est son associé.');
  });

  it('never sets a recorded colon after its own: the record takes a dash, a quotation keeps its words', () => {
    const stakes = composeCaseStudy({ ...seed000, sessions: [{ ...seed000.sessions[0]!, notes: { ...seed000.sessions[0]!.notes, stakesAndRisk: 'Une réunion dans quelques jours : la relation risque de se dégrader encore.' } }] });
    expect(stakes.markdown).toContain('\nCe qui est en jeu : une réunion dans quelques jours — la relation risque de se dégrader encore.\n');
    const quoted = composeCaseStudy({ ...seed003, feedback: [{ event: 'Entretien', outcome: 'as_hoped', account: '« Voilà : ça a marché. »', givenBy: 'client' }] }).markdown;
    expect(quoted).toContain("Lors du feedback, Sonia m'écrit : « Voilà : ça a marché. »\n");
    expect(composeCaseStudy({ ...seed003, language: 'en' }).markdown).toContain("After the session, they called me (15 min):\nRetour après l'entretien — ça s'est bien passé.\n");
    // The times of day and addresses keep theirs.
    expect(follow('Pour la suite', 'un point à 14:30 sur https://example.test', 'fr')).toBe('Pour la suite : un point à 14:30 sur https://example.test.');
    // The whole draft of a case whose every note holds a colon: one colon at most in a paragraph or a list item.
    const colons = composeCaseStudy({
      ...seed000,
      clientRole: 'Consultante : stratégie',
      objectives: [{ statement: 'Clarifier ses rôles : concevoir et accompagner' }],
      sessions: [{ at: '2026-10-01T09:00:00Z', durationMinutes: 60, notes: Object.fromEntries(['situation', 'peopleInvolved', 'stakesAndRisk', 'sessionObjective', 'exploration', 'toolsUsed', 'shift', 'insights', 'commitments', 'nextSteps'].map((k) => [k, 'Un mot : une suite.'])) }],
      contacts: [{ kind: 'phone', at: '2026-10-05T09:00:00Z', initiatedBy: 'client', summary: 'Retour : bien.' }],
      feedback: [{ event: 'La réunion', outcome: null, account: 'Un mot : une suite.' }],
      learnings: ['Un mot : une suite.'],
      constellations: [{ pictures: [], feltSenses: [{ label: 'Le DG', words: 'la pression : forte', energy: -2 }] }],
    }).markdown;
    expect(colonsOutsideQuotes(colons).filter((b) => b.colons > 1)).toEqual([]);
  });

  it('quotes her own words in the first person as hers, where the coach speaks of her in the third', () => {
    const withCommitments = (commitments: CaseSource['commitments'], language: 'fr' | 'en' = 'fr') => composeCaseStudy({ ...seed000, language, commitments }).markdown;
    const mine = withCommitments([
      { kind: 'guardrail', statement: 'Je relis le contrat avant chaque comité', status: 'holding' },
      { kind: 'guardrail', statement: 'Attendre 24 heures avant de répondre', status: 'holding' },
      { kind: 'commitment', statement: 'Appeler le DG chaque semaine', status: 'open' },
    ]);
    expect(mine).toContain('Ses garde-fous, dans ses termes :\n- « Je relis le contrat avant chaque comité ».\n- « Attendre 24 heures avant de répondre ».\n');
    // Words that could be the coach's stay in her sentence, unquoted.
    expect(mine).toContain('Ses engagements :\n- Appeler le DG chaque semaine.\n');
    expect(withCommitments([{ kind: 'commitment', statement: 'Write down the limits of my role', status: 'open' }], 'en')).toContain('Commitments, word for word:\n- “Write down the limits of my role”.\n');
    // An English draft of records written in French: her "mes" is still hers.
    expect(withCommitments([{ kind: 'commitment', statement: 'Écrire les frontières de mes responsabilités', status: 'open' }], 'en')).toContain('Commitments, word for word:\n- “Écrire les frontières de mes responsabilités”.\n');
    // Feedback she wrote in the first person, unquoted in the record.
    const written = composeCaseStudy({ ...seed003, feedback: [{ event: 'Entretien', outcome: 'as_hoped', account: "J'ai obtenu ce que j'attendais.", givenBy: 'client' }] }).markdown;
    expect(written).toContain("Lors du feedback, Sonia m'écrit : « J'ai obtenu ce que j'attendais. »\n");
    // The coach's own notes in the first person are hers, the coach's: not quoted.
    const coachNote = composeCaseStudy({ ...seed000, sessions: [{ ...seed000.sessions[0]!, notes: { ...seed000.sessions[0]!.notes, exploration: 'Je lui fais clarifier sa mission.' } }] }).markdown;
    expect(coachNote).toContain('\nAu fil de mes questions, nous avons exploré : je lui fais clarifier sa mission.\n');
  });

  it('tells an engagement in its closing review as finished, with its count of sessions', () => {
    expect(composeCaseStudy({ ...seed003, plannedSessions: 5, status: 'closing' }).markdown).toContain("\n*Accompagnement en 1 séance d'une heure (+ 2 appels).*\n");
    expect(composeCaseStudy({ ...seed003, plannedSessions: 5, status: 'closed' }).markdown).not.toContain('en cours');
    expect(composeCaseStudy({ ...seed003, language: 'en', plannedSessions: 5, status: 'closing' }).markdown).toContain('\n*Coaching in 1 one-hour session (+ 2 calls).*\n');
    expect(composeCaseStudy({ ...seed003, plannedSessions: 5, status: 'active' }).markdown).toContain("*Accompagnement en cours : 1 séance d'une heure sur 5 prévues (+ 2 appels).*");
  });

  it('names her only where a seed does — who she is, what she tells me, her feedback, what she commits to — so a role does not repeat in every sentence', () => {
    const source: CaseSource = {
      ...seed000,
      contacts: [
        { kind: 'phone', at: '2026-09-25T09:00:00Z', durationMinutes: 20, initiatedBy: 'client', summary: 'Premier appel.' },
        { kind: 'message', at: '2026-10-03T09:00:00Z', initiatedBy: 'coach', summary: 'Un texte à lire.' },
      ],
      commitments: [{ kind: 'guardrail', statement: 'Attendre 24 heures avant de répondre', status: 'holding' }],
    };
    const { markdown } = composeCaseStudy(source);
    // In roles mode each "Claire" is « la personne accompagnée »: the seed says « la consultante » three times in the whole story.
    expect(markdown.match(/Claire/g)).toHaveLength(4);
    for (const named of ['\nClaire est consultante', '\nClaire me raconte :', 'Lors du feedback, Claire me raconte :', "\nÀ la suite de ce travail, Claire s'engage :"]) expect(markdown).toContain(named);
    for (const line of [
      "\nTout d'abord, j'ai reçu son appel (20 min) :\nPremier appel.\n",
      '\nAprès la séance, je lui ai écrit : un texte à lire.\n',
      '\nSes émotions en début de séance : agacement (7/10), tristesse (6/10).\n',
      '\nSa prise de conscience : une confusion des deux rôles, et un besoin de contrôle.\n',
      '\nSes émotions en fin de séance : tristesse (3/10).\n',
      '\nSes garde-fous :\n- Attendre 24 heures avant de répondre.\n',
    ]) {
      expect(markdown).toContain(line);
    }
    const en = composeCaseStudy({ ...source, language: 'en' }).markdown;
    expect(en.match(/Claire/g)).toHaveLength(4);
    expect(en).toContain('\nFirst, they called me (20 min):\nPremier appel.\n');
    expect(en).toContain('\nEmotions at the start of the session: agacement (7/10), tristesse (6/10).\n');
    expect(en).toContain('\nWhat comes to light:\nUne confusion des deux rôles, et un besoin de contrôle.\n');
  });

  it("does not name the group programme: its title is masked as « mon programme collectif » just before « un dispositif collectif », and seed 003 names none", () => {
    for (const language of ['fr', 'en'] as const) {
      const { markdown } = composeCaseStudy({ ...seed003, language });
      expect(markdown).not.toContain('Prendre sa place');
      expect(markdown).toContain(language === 'fr' ? "dans le cadre d'un dispositif collectif d'accompagnement que j'anime à Marseille." : 'together in a group programme I run in Marseille.');
      const unmarked = composeCaseStudy({ ...seed003, language, programme: { ...seed003.programme!, attendedDays: 0 } }).markdown;
      expect(unmarked).not.toContain('Prendre sa place');
    }
  });

  it("says a session's objective once when it is the contract's own", () => {
    const once = composeCaseStudy({ ...seed003, objectives: [{ statement: 'Préparer l’entretien avec sa Direction' }] }).markdown;
    expect(once.match(/Préparer l’entretien avec sa Direction/g)).toHaveLength(1);
    expect(once).not.toContain("Nous avons fixé l'objectif de la séance");
    // Other words for the session: both are said.
    expect(composeCaseStudy({ ...seed003, objectives: [{ statement: 'Obtenir un poste' }] }).markdown).toContain("Nous avons fixé l'objectif de la séance");
  });
});

describe('the words joined to the records', () => {
  it('lowers a first word only when it cannot be a name', () => {
    expect(lowerLead('Elle retrouve le calme.', 'fr')).toBe('elle retrouve le calme.');
    expect(lowerLead("L'équipe est tendue.", 'fr')).toBe("l'équipe est tendue.");
    expect(lowerLead('Olivier a refusé.', 'fr')).toBe('Olivier a refusé.');
    expect(lowerLead('Claire est en froid.', 'fr')).toBe('Claire est en froid.');
    expect(lowerLead('DG en froid.', 'fr')).toBe('DG en froid.');
    expect(lowerLead('She felt heard.', 'en')).toBe('she felt heard.');
    expect(lowerLead('I felt heard.', 'en')).toBe('I felt heard.');
    expect(lowerLead('Will said no.', 'en')).toBe('Will said no.');
  });

  it('puts recorded words that keep their capital on a line of their own, so that no capital stands after a colon in mid-line', () => {
    expect(follow('Pour la suite', 'Travailler ses contrats', 'fr')).toBe('Pour la suite :\nTravailler ses contrats.');
    expect(follow('Claire me raconte', 'Les relations se sont dégradées.', 'fr')).toBe('Claire me raconte : les relations se sont dégradées.');
    expect(follow('Claire me raconte', 'Gwenola a refusé.', 'fr')).toBe('Claire me raconte :\nGwenola a refusé.');
    expect(follow('Claire tells me', '« It went well. »', 'en')).toBe('Claire tells me: « It went well. »');
  });

  it('says what she does after her name, a name first keeping its capital', () => {
    const role = (clientRole: string) => composeCaseStudy({ ...seed000, clientRole }).markdown.split('## Le contexte\n\n')[1]!.split('\n\n')[0];
    expect(role('DRH chez un industriel')).toBe('Claire est DRH chez un industriel.');
    expect(role('cheffe de projet')).toBe('Claire est cheffe de projet.');
    expect(role('Elle dirige une équipe de douze personnes.')).toBe('Claire : elle dirige une équipe de douze personnes.');
    expect(role('Renault Trucks, cheffe de projet')).toBe('Claire :\nRenault Trucks, cheffe de projet.');
  });

  it('finds the prompts left in a text, in both languages, and nothing else in brackets', () => {
    expect(coachPrompts('Texte [À compléter : la situation.] et [To write: the shift.] puis [une note] et [lien](https://example.test).')).toEqual(['[À compléter : la situation.]', '[To write: the shift.]']);
    expect(coachPrompts('Rien à compléter.')).toEqual([]);
  });
});
