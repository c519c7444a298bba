/**
 * "Anonymiser un texte": any text a coach wants to send (supervision notes, an e-mail),
 * in French (the reference). The types of what is found and the sources that found it
 * are the case-study review's words (caseStudies.review.types and .sources).
 */
export const anonymiseFr = {
  /** Short: the French header has no room to spare at a laptop's width. */
  nav: 'Anonymiser',
  title: 'Anonymiser un texte',
  intro: 'Des notes pour votre superviseur, un e-mail : collez le texte, Alliance remplace les noms, les lieux, les coordonnées et les dates, et vous dit ce qu’il a trouvé et pourquoi.',
  notKept: 'Le texte n’est pas conservé : Alliance l’anonymise et l’oublie aussitôt, sans l’enregistrer ni le noter dans aucun journal.',
  form: {
    label: 'Texte et réglages',
    text: 'Texte à anonymiser',
    textHint: 'Collez ou tapez le texte, jusqu’à 200 000 caractères.',
    language: 'Langue du texte',
    engagement: 'Noms connus d’un accompagnement',
    engagementHint: 'Facultatif. Les noms de ses dossiers (la personne accompagnée, son organisation, le commanditaire et sa personne de contact) ne sont jamais oubliés, quelle que soit leur graphie.',
    noEngagement: 'Aucun',
    engagementOption: '{{client}} — {{title}}',
    submit: 'Anonymiser',
    working: 'Anonymisation…',
  },
  result: {
    title: 'Texte anonymisé',
    legend: 'Surligné : ce qui a été remplacé. Souligné en pointillé : un détail à vérifier, laissé tel quel.',
    copy: 'Copier le texte anonymisé',
    stale: 'Vous avez modifié le texte depuis : anonymisez-le de nouveau avant de copier le résultat.',
    nothing: 'Rien à masquer n’a été trouvé. Relisez tout de même le texte avant de l’envoyer.',
    unmarked: 'Le texte anonymisé est affiché sans surlignage : les passages trouvés sont listés à côté.',
  },
  found: {
    title: 'Ce qui a été remplacé',
    count_one: '{{count}} nom ou coordonnée remplacé, à relire.',
    count_other: '{{count}} noms ou coordonnées remplacés, à relire.',
    becomes: 'devient',
    why: 'trouvé par : {{source}}, {{confidence}} %',
    times: '{{count}} fois',
  },
  details: {
    title: 'Détails à vérifier',
    hint: 'Laissés tels quels : seuls, ils ne nomment personne ; ensemble, ils peuvent faire reconnaître quelqu’un. Un mot à majuscule que rien ne masque est peut-être un nom.',
    instead: 'plutôt : « {{suggestion}} »',
    kinds: { age: 'Âge', headcount: 'Effectif', family: 'Famille', seniority: 'Ancienneté', origin: 'Origine', capital: 'Mot à majuscule laissé en clair' },
  },
};
