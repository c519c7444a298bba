/**
 * Invented but realistic French coaching text, assembled from sentence banks with a
 * seeded generator: the same seed gives the same practice on every run.
 */

/** mulberry32: small, fast, good enough to vary fixtures. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const SITUATION = [
  "Depuis sa prise de poste il y a six mois, elle manage une équipe de huit personnes dont deux anciens collègues qui vivent mal sa promotion.",
  "Le projet de réorganisation annoncé par la direction crée beaucoup d'incertitude dans son service, et plusieurs personnes viennent se confier à lui.",
  "Il sort d'un entretien annuel où son manager lui a reproché un manque de visibilité, alors qu'il a le sentiment d'avoir porté seul le dernier lancement.",
  "Les relations avec son associé se sont tendues depuis le désaccord sur le recrutement d'un nouveau commercial ; ils ne se parlent plus que par courriel.",
  "Elle hésite entre accepter une mobilité à Lyon et rester dans une équipe où elle se sent reconnue mais où elle n'apprend plus grand-chose.",
  "La charge de travail a encore augmenté avec le départ non remplacé d'une collègue, et il enchaîne les soirées et les week-ends depuis trois semaines.",
  "Un client important remet en cause les livrables du trimestre et elle se sent prise entre les exigences du client et les limites de son équipe.",
  "Il prépare une présentation devant le comité de direction et redoute de perdre ses moyens comme lors de la dernière réunion plénière.",
] as const;

const PEOPLE = [
  "Son manager direct ; deux membres de l'équipe ; la directrice des ressources humaines.",
  "L'associé ; le nouveau commercial ; un client historique du cabinet.",
  "Sa responsable hiérarchique ; ses pairs du comité de pilotage ; son conjoint, qui l'encourage à partir.",
  "Le directeur général ; l'équipe marketing ; un consultant extérieur mandaté par la direction.",
] as const;

const STAKES = [
  "Si rien ne change, elle craint de s'épuiser et de perdre la confiance de son équipe avant la fin de l'année.",
  "L'enjeu est de garder la relation avec son associé tout en affirmant ce qui compte pour lui dans le développement du cabinet.",
  "Une décision est attendue dans trois semaines ; le risque serait de choisir par défaut, sous la pression du calendrier.",
  "La réunion de jeudi peut soit relancer le projet, soit le bloquer durablement ; sa crédibilité auprès de la direction est en jeu.",
] as const;

const OBJECTIVE = [
  "Clarifier ce qu'elle veut vraiment dire à son équipe lors de la prochaine réunion.",
  "Préparer l'entretien avec son manager en partant de ses propres critères de réussite.",
  "Identifier ce qui, dans la situation, dépend de lui et ce qui n'en dépend pas.",
  "Trouver une manière d'aborder son associé qui ne soit ni la fuite ni l'affrontement.",
  "Choisir entre les deux options en s'appuyant sur ses valeurs plutôt que sur la peur de décevoir.",
  "Retrouver de l'énergie et poser des limites claires à sa charge de travail.",
] as const;

const EXPLORATION = [
  "Nous sommes partis de la dernière scène qui l'a marquée : elle la décrit avec beaucoup de précision, puis s'arrête sur la phrase de son manager qui l'a blessée.",
  "En reformulant, il réalise qu'il attend une reconnaissance qu'il n'a jamais explicitement demandée, et que son silence est lu comme de l'indifférence.",
  "La question « qu'est-ce qui serait un bon résultat pour toi ? » l'a déstabilisée ; elle a d'abord répondu pour les autres avant de parler d'elle.",
  "Nous avons distingué les faits, les interprétations et les émotions ; une bonne part de l'inquiétude repose sur des suppositions qu'elle n'a pas vérifiées.",
  "Il a remarqué qu'il reprend toujours les dossiers difficiles lui-même, par peur que le travail soit mal fait, et que cela prive l'équipe d'occasions d'apprendre.",
  "En explorant ses valeurs, la loyauté et la liberté apparaissent en tension : rester, c'est être fidèle ; partir, c'est se choisir.",
  "Elle a pu nommer la colère derrière la fatigue, et le besoin d'être consultée avant que les décisions ne tombent.",
  "Le travail sur les scénarios possibles lui a permis de voir que le pire cas redouté est peu probable et, surtout, qu'il saurait y faire face.",
  "Nous avons regardé comment les autres acteurs perçoivent probablement la situation ; cela a adouci son jugement sur le directeur.",
  "Il parle de son père, pour qui le travail était une affaire d'honneur, et mesure à quel point cette exigence guide encore ses choix.",
] as const;

const TOOLS = [
  "Questionnement ouvert, reformulation et silence ; échelle de 1 à 10 pour situer son énergie.",
  "Ligne du temps posée au sol, puis déplacement sur les positions passée, présente et future.",
  "Carte des parties prenantes et jeu de rôle de l'entretien à venir.",
  "Roue des valeurs et exercice des deux chaises.",
] as const;

const SHIFT = [
  "Elle passe de « je dois tout porter » à « je peux demander de l'aide sans me diminuer ».",
  "Il quitte la posture de la victime pour celle de quelqu'un qui choisit ce qu'il accepte et ce qu'il refuse.",
  "Un apaisement visible en fin de séance : les épaules se relâchent, la voix se pose, elle sourit en parlant de la réunion.",
  "La décision n'est pas prise, mais il sait désormais sur quels critères il la prendra.",
] as const;

const INSIGHTS = [
  "Son exigence envers elle-même est aussi ce qui la rend si dure avec les autres ; le reconnaître lui donne de la marge.",
  "Le conflit porte moins sur le recrutement que sur la place de chacun dans le cabinet.",
  "Dire non à une demande n'est pas dire non à la personne.",
  "Elle confond souvent être utile et être indispensable.",
] as const;

const COMMITMENTS = [
  "Demander un rendez-vous à son manager avant vendredi et préparer trois exemples concrets de ce qu'il a accompli.",
  "Déléguer le dossier fournisseurs à Karim et ne plus répondre aux courriels après vingt heures pendant deux semaines.",
  "Écrire une page sur ce qu'elle gagnerait et perdrait dans chaque option, puis en parler avec son conjoint.",
  "Proposer à son associé un déjeuner hors du bureau pour parler de la suite, sans ordre du jour imposé.",
] as const;

const NEXT_STEPS = [
  "Revenir sur la manière dont l'entretien s'est passé et sur ce qu'elle a ressenti.",
  "Travailler la posture à tenir face au comité de direction.",
  "Faire le point sur la délégation et sur l'énergie retrouvée, ou non.",
  "Explorer ce que serait une mobilité choisie plutôt que subie.",
] as const;

const EMOTIONS = ['colère', 'tristesse', 'peur', 'joie', 'agacement', 'inquiétude', 'fatigue', 'soulagement', 'confiance', 'fierté', 'honte', 'espoir'] as const;

/** Enough sentences of `bank` to reach about `words` words. */
function paragraph(random: Random, bank: readonly string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = pick(random, bank);
    out.push(s);
    count += s.split(/\s+/).length;
  }
  return out.join(' ');
}

const emotions = (random: Random) =>
  Array.from({ length: between(random, 1, 3) }, () => ({ name: pick(random, EMOTIONS), intensity: between(random, 1, 10) }));

/** Notes of a session that took place: about 300 words over the fields of the session arc. */
export function heldSessionNotes(random: Random) {
  return {
    situation: paragraph(random, SITUATION, 45),
    peopleInvolved: pick(random, PEOPLE),
    emotionsBefore: emotions(random),
    stakesAndRisk: paragraph(random, STAKES, 25),
    sessionObjective: pick(random, OBJECTIVE),
    exploration: paragraph(random, EXPLORATION, 110),
    toolsUsed: pick(random, TOOLS),
    shift: pick(random, SHIFT),
    emotionsAfter: emotions(random),
    insights: paragraph(random, INSIGHTS, 25),
    commitments: pick(random, COMMITMENTS),
    nextSteps: pick(random, NEXT_STEPS),
  };
}

/** What a coach writes ahead of a planned session: the situation and an objective. */
export function plannedSessionNotes(random: Random) {
  return { situation: pick(random, SITUATION), sessionObjective: pick(random, OBJECTIVE) };
}

export const PRIVATE_REFLECTIONS = [
  "Je me suis surprise à vouloir lui donner la solution ; rester sur le processus la prochaine fois.",
  "Beaucoup d'émotion autour de la figure paternelle : vérifier en supervision que je ne projette pas mon histoire.",
  "Séance plus lente, silence fécond. Ne pas combler trop vite.",
  "Triangle dramatique présent (sauveteur → persécuteur) ; attention à ma propre envie de réparer.",
] as const;

export const TITLES = [
  'Prendre sa place de manager',
  "Recréer l'alliance avec son associé",
  'Préparer une mobilité choisie',
  'Retrouver un équilibre de charge',
  'Gagner en impact devant la direction',
  'Traverser la réorganisation',
] as const;

export const FIRST_NAMES = ['Claire', 'Karim', 'Sophie', 'Julien', 'Nadia', 'Thomas', 'Élodie', 'Mathieu', 'Inès', 'Louis', 'Camille', 'Hugo'] as const;
export const LAST_NAMES = ['Vasseur', 'Benali', 'Lefèvre', 'Moreau', 'Garnier', 'Rousseau', 'Faure', 'Chevalier', 'Marchand', 'Girard'] as const;

export const CONTACT_SUMMARIES = [
  "Message pour décaler la séance d'une semaine à cause d'un déplacement.",
  "Appel court après la réunion : elle voulait partager que ça s'était mieux passé que prévu.",
  "Courriel avec le compte rendu de l'entretien, et une question sur la prochaine séance.",
  "Échange avec la responsable RH sur les modalités de facturation, sans aborder le contenu.",
] as const;

export const FEEDBACK_EVENTS = ['Réunion avec le directeur', 'Entretien annuel', 'Présentation au comité de direction', "Déjeuner avec l'associé"] as const;
export const LEARNINGS = [
  "Je peux poser une limite sans me justifier longuement.",
  "Ce que je prends pour de l'indifférence est souvent de la surcharge chez l'autre.",
  "Préparer mes trois messages clés avant une réunion difficile me rend plus calme.",
  "Demander de l'aide fait partie du travail de manager.",
] as const;
