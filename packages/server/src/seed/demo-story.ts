import type { Repositories } from '../repos/index.js';
import { demoClientSpace } from './demo-client-space.js';
import { demoConstellation } from './demo-constellation.js';

const DAY_MS = 86_400_000;
const at = (now: Date, days: number, hour = 10) => {
  const d = new Date(now.getTime() + days * DAY_MS);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

/**
 * Two fictional engagements shaped like the two seed cases: a consultant who
 * recreates the alliance with her client (a constellation, a meeting), and an
 * employee met in a group programme who prepares an interview with her management.
 * Every name here is invented. The coach is who records and takes the pictures.
 */
export async function demoPracticeStory(repos: Repositories, coach: { id: string; name: string }, now: Date): Promise<void> {
  const coachUserId = coach.id;
  // — Case 1: « Recréer l'alliance »
  const claire = await repos.clients.create({
    firstName: 'Claire',
    lastName: 'Vasseur (démo)',
    email: 'claire.vasseur@example.test',
    phone: '+33 6 12 34 56 78',
    role: 'Consultante indépendante en stratégie marketing. Accompagne depuis des mois une PME pour redéfinir sa stratégie marketing globale : conception de la solution, puis accompagnement au changement.',
  });
  const alliance = await repos.engagements.create(
    {
      clientId: claire.id,
      title: "Recréer l'alliance avec son client",
      origin: 'referral',
      plannedSessions: 4,
      objectives: [
        { statement: 'Aborder la prochaine réunion avec le DG dans une disposition constructive', baseline: 'En froid depuis le refus de sa proposition', target: 'Une réunion où chacun peut avancer' },
        { statement: 'Clarifier les frontières de ses deux rôles : concevoir la solution et accompagner le changement' },
      ],
      contract: {
        cadence: 'fortnightly',
        sessionDurationMinutes: 60,
        sponsorVisibility: 'nothing',
        agreedOn: at(now, -20).toISOString().slice(0, 10),
        confidentialityClause: 'Le contenu des séances reste entre la coach et la cliente.',
        limitsOfConfidentiality: 'Danger grave et imminent pour la cliente ou autrui.',
        boundaries: [
          { party: 'coach', responsibilities: ['Le cadre et le processus des séances', 'La confidentialité'], outOfScope: ['Concevoir ou juger la stratégie marketing de la cliente'] },
          { party: 'client', responsibilities: ['Ses objectifs, ses décisions et leur mise en œuvre'], outOfScope: ["Décider à la place de l'entreprise cliente"] },
        ],
      },
    },
    coachUserId,
    at(now, -24),
  );
  await repos.engagements.moveStatus(alliance.id, 'prospect', 'contracted', coachUserId, at(now, -20));
  await repos.engagements.moveStatus(alliance.id, 'contracted', 'active', coachUserId, at(now, -14, 9));
  const held = await repos.sessions.create(alliance, { scheduledAt: at(now, -14), durationMinutes: 60, mode: 'video', status: 'held' });
  await repos.sessions.update(held.id, {
    notes: {
      situation: "Les relations avec l'entreprise cliente se sont dégradées depuis que le DG a refusé sèchement sa proposition. Ils sont en froid.",
      peopleInvolved: "La consultante ; le DG de l'entreprise cliente ; l'équipe marketing.",
      emotionsBefore: [
        { name: 'agacement', intensity: 7 },
        { name: 'tristesse', intensity: 6 },
      ],
      stakesAndRisk: 'Une réunion dans quelques jours : la relation risque de se dégrader encore ou de bloquer le projet.',
      sessionObjective: 'Aborder la prochaine réunion dans une disposition constructive.',
      exploration: 'Clarification de la mission : une part de conception (« son bébé »), une part d’accompagnement au changement. Prise de conscience d’une confusion des deux rôles et d’un besoin de contrôle qui projette des attentes sur le client.',
      toolsUsed: 'Constellation systémique en individuel : prise de la place du client, puis un mouvement.',
      shift: "Elle retrouve l'empathie pour son client et lâche des attentes qui ne sont pas légitimes d'après le contrat de sa mission.",
      emotionsAfter: [
        { name: 'tristesse', intensity: 3 },
        { name: 'empathie', intensity: 7 },
        { name: 'plaisir', intensity: 6 },
      ],
      insights: "Son investissement affectif dans ses missions : source de plaisir, mais aussi d'une envie de sauver les gens malgré eux.",
      commitments: 'Mettre en place des garde-fous et des espaces où déposer ses réactions émotionnelles.',
      nextSteps: 'Travailler l’alignement de ses contrats en amont en explicitant les frontières de ses responsabilités.',
    },
    privateReflections: 'Triangle dramatique très présent (sauveteur → persécuteur). Vérifier ma propre envie de « réparer » la relation à sa place.',
  });
  // The constellation of that session: its pictures, movements and felt senses, on the board the coach opens from it.
  await demoConstellation(repos, held, { coach: coach.name, client: claire.firstName });
  await repos.events.addFeedback(alliance, {
    event: 'Réunion avec le DG',
    eventOn: at(now, -10).toISOString().slice(0, 10),
    outcome: 'as_hoped',
    account: "Son attitude ouverte et empathique a permis au DG de lâcher sa posture fermée : l'alliance est recréée.",
    receivedAt: at(now, -9, 17).toISOString(),
  });
  await repos.events.addLearning(alliance, {
    statement: 'Elle connaît mieux son investissement affectif dans ses relations professionnelles, ses effets positifs et le risque de devenir persécutrice en voulant sauver.',
    sessionId: held.id,
    recordedAt: at(now, -9, 18).toISOString(),
  });
  await repos.sessions.create(alliance, { scheduledAt: at(now, 3, 9), durationMinutes: 60, mode: 'video', status: 'planned' });

  // — Case 2: « Ça coince, mais où ? »
  const employer = await repos.organisations.create({ name: 'Logisud Édition (démo)', contactName: 'Direction des ressources humaines' });
  const sonia = await repos.clients.create({
    firstName: 'Sonia',
    lastName: 'Ferrand (démo)',
    email: 'sonia.ferrand@example.test',
    organisationId: employer.id,
    role: "Salariée d'un éditeur de logiciels : appuie les chargés d'affaires en avant-vente, paramètre et installe le logiciel, forme les utilisateurs, assure le support et le suivi client.",
  });
  // Seed 003: two days in Marseille, the coach's number shared for the time between them; she came to both.
  const programme = await repos.programmes.create({
    title: 'Trouver sa place au travail',
    description: 'Deux journées en groupe pour des salariés qui veulent prendre du recul sur leur place et leur rôle dans l’entreprise.',
    place: 'Marseille',
    betweenDays: 'Je partage avec les participants mon numéro de téléphone, en cas de besoin.',
    capacity: 12,
    days: [at(now, -63, 7), at(now, -56, 7)].map((startsAt) => ({ startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000) })),
  });
  await repos.programmes.addParticipant(programme.id, sonia.id);
  for (const day of programme.days) await repos.programmes.mark(day.id, sonia.id, true);
  await repos.programmes.setParticipantNotes(programme.id, sonia.id, 'Au fil des deux journées, elle prend petit à petit conscience que quelque chose « coince » dans sa vie professionnelle.');
  const coince = await repos.engagements.create(
    {
      clientId: sonia.id,
      title: 'Ça coince, mais où ?',
      origin: 'group_programme',
      plannedSessions: 5,
      objectives: [{ statement: 'Préparer l’entretien avec sa Direction', target: 'Obtenir ce qu’elle attend de cet entretien' }],
      contract: { sessionDurationMinutes: 60, sponsorVisibility: 'nothing', agreedOn: at(now, -40).toISOString().slice(0, 10), boundaries: [] },
    },
    coachUserId,
    at(now, -43),
  );
  // As "start an individual engagement" from the programme does: the draft then tells where we met.
  await repos.engagements.linkProgramme(coince.id, programme.id);
  await repos.events.addContact(coince, {
    kind: 'phone',
    occurredAt: at(now, -42, 18).toISOString(),
    durationMinutes: 20,
    initiatedBy: 'client',
    summary: 'Appel après le dispositif collectif : un éclairage sur un petit incident au travail. Accord pour une séance.',
  });
  await repos.engagements.moveStatus(coince.id, 'prospect', 'contracted', coachUserId, at(now, -40));
  await repos.engagements.moveStatus(coince.id, 'contracted', 'active', coachUserId, at(now, -35, 13));
  const prep = await repos.sessions.create(coince, { scheduledAt: at(now, -35, 14), durationMinutes: 60, mode: 'in_person', status: 'held' });
  await repos.sessions.update(prep.id, {
    notes: {
      situation: 'Quelque chose « coince » dans sa vie professionnelle ; un entretien avec la Direction approche.',
      sessionObjective: 'Préparer l’entretien avec sa Direction.',
      insights: 'Elle prend les choses trop à cœur et peut changer la façon dont elle se met la pression.',
    },
  });
  await repos.events.addContact(coince, {
    kind: 'phone',
    occurredAt: at(now, -25, 18).toISOString(),
    durationMinutes: 15,
    initiatedBy: 'client',
    summary: "Retour après l'entretien : ça s'est bien passé, elle a obtenu ce qu'elle attendait.",
  });
  await repos.events.addFeedback(coince, {
    event: 'Entretien avec la Direction',
    outcome: 'as_hoped',
    account: "« J'ai obtenu ce que j'attendais. Je mets moins la pression sur l'équipe, je me sens plus détendue. »",
    receivedAt: at(now, -25, 18).toISOString(),
  });
  await repos.events.addLearning(coince, { statement: 'Elle a pris conscience de sa propre responsabilité et de la place qu’elle occupe dans l’entreprise.', recordedAt: at(now, -25, 19).toISOString() });
  await repos.engagements.moveStatus(coince.id, 'active', 'closing', coachUserId, at(now, -20));

  const objectiveIds = (await repos.engagements.objectivesOf(alliance.id)).map((o) => o.id);
  await demoClientSpace(repos, { engagement: alliance, heldSessionId: held.id, objectiveIds }, { engagement: coince });
}
