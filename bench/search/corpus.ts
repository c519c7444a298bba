/**
 * Synthetic coaching notes in French, with some English, for the search benchmark:
 * a Zipf-like draw from a vocabulary of coaching and everyday words, seeded so
 * every run indexes the same text.
 */
const VOCABULARY = `
la le les de des du un une et en à au aux que qui pour par sur dans avec pas plus elle il ils elles son sa ses leur
ce cette ces est sont a ont était avait fait faire dit dire prend prendre prenait veut vouloir peut pouvoir doit
séance séances client cliente coach accompagnement accompagner objectif objectifs contrat mission rôle rôles
émotion émotions colère tristesse agacement peur joie plaisir empathie honte culpabilité soulagement fatigue stress
relation relations équipe équipes direction directeur manager réunion réunions entretien entretiens projet projets
conflit conflits tension tensions pression confiance alliance posture attentes besoin besoins contrôle valeur valeurs
constellation place places regard mouvement image ressenti énergie système famille histoire parcours changement
travail entreprise collègue collègues responsabilité responsabilités limite limites frontière frontières garde-fous
décision décisions choix solution solutions stratégie marketing client-fournisseur négociation proposition refus
prise conscience apprentissage déplacement exploration questionnement clarification hypothèse retour feedback
semaine mois hier demain aujourd'hui matin soir toujours souvent parfois jamais vraiment beaucoup peu trop assez
nouveau nouvelle difficile facile important importante grand grande petit petite ouvert ouverte fermé fermée
sentir ressentir penser croire comprendre accepter lâcher garder protéger sauver aider écouter parler réagir
meeting meetings manager feeling feelings anger sadness trust boundaries goals progress team pressure leadership
`.split(/\s+/).filter(Boolean);

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeNotes(count: number, wordsPerNote: number, seed = 42): string[] {
  const random = seededRandom(seed);
  // Zipf: the i-th word is drawn with weight 1/(i+1).
  const weights = VOCABULARY.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const draw = () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return VOCABULARY[lo]!;
  };
  const notes: string[] = [];
  for (let n = 0; n < count; n++) {
    const words: string[] = [];
    for (let w = 0; w < wordsPerNote; w++) words.push(draw());
    notes.push(`${words.join(' ')}.`);
  }
  return notes;
}

/** Queries a coach would type: single words, inflected forms, two-word phrases, without accents. */
export const QUERIES = [
  'colère', 'tristesse', 'reunion', 'entretiens', 'emotion', 'constellation', 'garde-fous', 'responsabilites',
  'prise de conscience', 'relation direction', 'pression equipe', 'confiance alliance', 'meetings', 'boundaries',
  'ressentait', 'lâcher contrôle', 'feedback', 'valeurs', 'negociation refus', 'empathie',
];
