import type { Lexicon } from './lexicon.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { lowerBound, type Token } from './text.js';
import type { Detection } from './types.js';
import { firstNameAndSurname, retypedFromContext } from './model-corrections.js';
import { ROLE_WORDS } from './vocabulary.js';

/**
 * Nouns of a kind of place that French writes in lower case before the place's own name: "le
 * mont Thielsen", "les îles Aru", "le comté de Broward", "la rivière Vltava", "le musée Grévin".
 * Folded.
 */
const PLACE_NOUNS = new Set([
  'mont', 'monts', 'montagne', 'montagnes', 'massif', 'pic', 'col', 'volcan', 'lac', 'lacs', 'etang', 'riviere', 'fleuve', 'ruisseau', 'canal',
  'ile', 'iles', 'ilot', 'archipel', 'peninsule', 'presqu\'ile', 'baie', 'golfe', 'detroit', 'ocean', 'mer', 'desert', 'vallee', 'plaine',
  'plateau', 'foret', 'glacier', 'parc', 'comte', 'province', 'canton', 'district', 'oblast', 'voivodie', 'prefecture', 'arrondissement',
  'stade', 'aeroport', 'circuit', 'musee', 'chateau', 'abbaye', 'cathedrale', 'basilique', 'palais', 'quartier',
]);

/**
 * Nouns of a kind of organisation, a work or a product, written the same way: "le label Epic
 * Records", "la marque Seiko", "le site Metacritic", "le réseau Spar", "le parti Fine Gael", "le
 * film Titanic". Masked as an organisation, the nearest of the three a name can be. Not a
 * family ("la famille Martin" is people). Folded.
 */
const ORGANISATION_NOUNS = new Set([
  'label', 'marque', 'site', 'reseau', 'chaine', 'journal', 'magazine', 'quotidien', 'hebdomadaire', 'revue', 'parti', 'club', 'equipe',
  'ong', 'firme', 'enseigne', 'constructeur', 'editeur', 'dynastie', 'jeu', 'film', 'album', 'serie', 'chanson', 'roman', 'emission',
  'logiciel', 'application', 'appli', 'plateforme', 'podcast', 'console',
]);

/** What stands before such a noun: "le mont", "une marque", "son label", "l'île" (folded). */
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'notre', 'votre', 'mon', 'ma', 'ton', 'ta']);

/**
 * The last word that makes a name of several words a firm's, a work's or a place's, in the
 * English the world writes them in, French text included: "Epic Records", "Marvel Studios",
 * "Disney Channel", "D.C. United", "Green Bay", "Bryce Canyon". Folded. Not where the word is
 * also a frequent surname or a popular first name ("Stuart Hall", "Sally Field" are people).
 */
const ORGANISATION_ENDINGS = new Set(['records', 'studios', 'entertainment', 'channel', 'racing', 'united', 'club', 'arts', 'international', 'sports', 'pictures', 'games', 'software', 'airlines', 'airways', 'motors', 'awards', 'tour', 'magazine', 'network', 'systems', 'system']);
/** The words of an institution's or a firm's name in English, wherever they stand after its first: "Trinity College Dublin", "Airbus Helicopters". Folded. */
const INSTITUTIONS = new Set(['college', 'university', 'school', 'hospital', 'trust', 'foundation', 'institute', 'council', 'academy', 'society', 'association', 'clinic', 'museum', 'library', 'partners', 'associates', 'consulting', 'ventures', 'holdings', 'labs', 'solutions', 'technologies', 'helicopters', 'group', 'bank', 'insurance', 'healthcare', 'pharma', 'logistics']);
const PLACE_ENDINGS = new Set(['bay', 'island', 'islands', 'street', 'square', 'city', 'canyon', 'rapids', 'valley', 'mountains', 'river', 'lake', 'beach', 'falls', 'heights', 'springs', 'hills', 'county', 'harbour', 'harbor', 'bridge', 'stadium', 'arena', 'airport', 'jiang', 'shan', 'gora', 'pradesh']);

/**
 * A person found where the words say a place, a firm or a work: after a noun of its kind in
 * French ("le mont Thielsen", "la marque Seiko"), ending on a word of its kind ("Epic Records",
 * "Green Bay"), or an acronym in brackets after lower-case words, which it abbreviates ("une
 * mutuelle (MGEN)"; after a name, "Marie Dupont (MD)", it is her initials). Retyped, masked
 * still: nothing is let through. Not what the coach recorded.
 */
export function namedKinds(tokens: Token[], found: Detection[], lexicon: Lexicon, language: 'fr' | 'en'): Detection[] {
  return found.map((d) => {
    if (d.type !== 'person' || d.source === 'records') return d;
    const i = lowerBound(tokens, d.start);
    const before = tokens[i - 1];
    let type: 'place' | 'organisation' | null = null;
    // The noun with its determiner ("la marque Seiko"; "qui marque Heinrich Heine" is a verb).
    const noun = language === 'fr' && tokens[i]?.start === d.start && before?.word && before.shape === 'lower' && d.start - before.end <= 1 && DETERMINERS.has(tokens[i - 2]?.folded ?? '');
    const first = tokens[i]!;
    const second = tokens[i + 1] && tokens[i + 1]!.start < d.end ? tokens[i + 1] : undefined;
    // Not someone named after the noun: "son équipe Julie", "le club Martin", "le film Albin Grau" (a first name and a surname).
    const someone = (!second && (lexicon.popularFirstNames.has(first.folded) || SURNAMES.has(first.folded))) || firstNameAndSurname(lexicon, first, second);
    if (noun && !someone) {
      // ("le comte Tornielli" is a count: the county is "comté" with its accent.)
      const county = before.folded !== 'comte' || before.text.toLowerCase() === 'comté';
      type = PLACE_NOUNS.has(before.folded) && county ? 'place' : ORGANISATION_NOUNS.has(before.folded) ? 'organisation' : null;
    }
    // "le temps de coagulation activé (ACT)": an acronym in brackets after lower-case words abbreviates them.
    const bracketed = tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && tokens[i + 1]!.start >= d.end && /^\p{Lu}{2,6}$/u.test(tokens[i]?.text ?? '');
    // (After a role, "son manager (JD)", they are someone's initials.)
    if (!type && bracketed && tokens[i - 2]?.word && tokens[i - 2]!.shape === 'lower' && !ROLE_WORDS.has(tokens[i - 2]!.folded)) type = 'organisation';
    if (!type) {
      let k = i;
      while (k + 1 < tokens.length && tokens[k + 1]!.start < d.end) k++;
      const last = tokens[k]!;
      const named = k > i && last.word && last.shape !== 'lower' && !SURNAMES.has(last.folded) && !lexicon.popularFirstNames.has(last.folded);
      type = !named ? null : ORGANISATION_ENDINGS.has(last.folded) ? 'organisation' : PLACE_ENDINGS.has(last.folded) ? 'place' : null;
      // "Trinity College Dublin", "Ernst & Young": an institution's word after the first, or an ampersand between names.
      if (!type && k > i && tokens.slice(i + 1, k + 1).some((t) => t.text === '&' || (t.word && t.shape !== 'lower' && INSTITUTIONS.has(t.folded) && !SURNAMES.has(t.folded)))) type = 'organisation';
    }
    if (!type) return d;
    const retyped = retypedFromContext(d, type, 0.7);
    // "le comté de Broward": the particle was read as a surname's ("de Gaulle"); the place is the name after it.
    const rest = tokens[i + 1];
    if (NOUN_PARTICLES.has(first.folded) && first.shape === 'lower' && rest && rest.start < d.end) retyped.start = rest.start;
    return retyped;
  });
}

/** Particles a person's span may open with, which a place's does not: "de Broward" after "le comté". Folded. */
const NOUN_PARTICLES = new Set(['de', 'du', "d'", 'des']);
