import { ENGLISH_NATIONALITIES } from './demonym-data.js';
import { fold } from './text.js';

/**
 * Our own word lists (folded): the small, closed vocabularies that tell the anonymiser
 * what a capitalised word is by the words around it.
 */

/** Titles and forms of address before a person's name. */
export const TITLES = new Set([
  'm', 'm.', 'mm', 'mm.', 'mme', 'mme.', 'mmes', 'mlle', 'mlle.', 'mlles', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames',
  'dr', 'dr.', 'docteur', 'docteure', 'pr', 'pr.', 'professeur', 'professeure', 'me', 'me.', 'maitre', 'mgr', 'mgr.', 'monseigneur',
  'abbe', 'pere', 'soeur', 'frere', 'cardinal', 'eveque', 'archeveque', 'pasteur', 'rabbin', 'imam', 'docteurs', 'notaire', 'avocat', 'maitres',
  'inspecteur', 'brigadier', 'gendarme', 'soldat', 'caporal', 'adjudant', 'consul', 'ambassadeur', 'juge', 'procureur', 'president', 'sieur', 'dame', 'veuve', 'general', 'colonel', 'lieutenant-colonel', 'commandant', 'capitaine',
  'lieutenant', 'sergent', 'marechal', 'amiral', 'prefet', 'depute', 'senateur', 'ministre', 'maire', 'cure', 'chanoine', 'baron',
  'baronne', 'comte', 'comtesse', 'marquis', 'marquise', 'duc', 'duchesse', 'prince', 'princesse', 'roi', 'reine', 'saint', 'sainte',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'miss', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'doctor', 'mister', 'madam',
]);

/** Forms of address written before a name, as a regular expression's alternatives ("M", "Mme", "Dr"…; the full stop is optional). */
export const ADDRESS_TITLES = 'M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mr|Mrs|Ms|Mx|Monsieur|Madame|Mademoiselle';

/** Titles that say the person is a woman, and those that say he is a man (folded, without the full stop). */
const FEMALE_TITLES = new Set(['mme', 'mmes', 'mlle', 'mlles', 'madame', 'mademoiselle', 'mesdames', 'mrs', 'ms', 'miss', 'soeur', 'dame', 'veuve', 'baronne', 'comtesse', 'marquise', 'duchesse', 'princesse', 'reine', 'lady', 'docteure', 'professeure', 'madam', 'sainte']);
const MALE_TITLES = new Set(['m', 'mm', 'monsieur', 'messieurs', 'mr', 'mister', 'sir', 'lord', 'sieur', 'pere', 'frere', 'abbe', 'baron', 'comte', 'marquis', 'duc', 'prince', 'roi', 'saint']);

/** The gender a title before a name gives ("Mme" → f, "M." → m), if it gives one. */
export function titleGender(folded: string): 'f' | 'm' | undefined {
  const bare = folded.endsWith('.') ? folded.slice(0, -1) : folded;
  return FEMALE_TITLES.has(bare) ? 'f' : MALE_TITLES.has(bare) ? 'm' : undefined;
}

/** Particles inside a surname ("de Kerguézec", "van der Berg"). */
/** The definite articles of French: "la Grèce", "Monsieur le Commissaire". */
export const FRENCH_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les']);

export const NAME_PARTICLES = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'ben', 'ibn', 'bin', 'al', 'el', 'mac', 'mc', "o'"]);

/** Legal forms that end or begin an organisation's name. */
export const LEGAL_FORMS = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'snc', 'sci', 'scop', 'scic', 'gie', 'sca', 'scp', 'selarl', 'eirl', 'ei', 'sem', 'spa', 'srl', 'sl',
  'gmbh', 'ag', 'kg', 'bv', 'nv', 'ab', 'as', 'oy', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'llp', 'plc', 'corp', 'corp.', 'co', 'co.', 'limited', 'incorporated',
]);

/** Nouns that introduce an organisation's name ("la société Dupont", "Groupe Arvel"). */
export const ORGANISATION_NOUNS = new Set([
  'societe', 'entreprise', 'groupe', 'cabinet', 'association', 'banque', 'compagnie', 'etablissements', 'ets', 'agence', 'fondation',
  'institut', 'universite', 'ecole', 'lycee', 'college', 'clinique', 'hopital', 'laboratoire', 'laboratoires', 'ministere', 'mairie',
  'federation', 'syndicat', 'cooperative', 'mutuelle', 'startup', 'start-up', 'maison', 'atelier', 'ateliers', 'studio', 'fabrique',
  'company', 'group', 'firm', 'bank', 'foundation', 'institute', 'university', 'school', 'agency', 'hospital', 'ministry', 'corporation',
]);

/** Words that, capitalised, are the start of an organisation's own name ("Crédit Agricole", "Banque de France"). */
export const ORGANISATION_HEADS = new Set(['maison', 'atelier', 'transports', 'editions', 'assurances', 'laboratoires', 'etablissements', 'ateliers', 'services', 'constructions', 'industries', 'magasins', 'galeries', 'entreprises', 'cabinet', 'clinique', 'pharmacie', 'boulangerie', 'garage', 'hotel', 'restaurant', 'brasserie', 'librairie', 'credit', 'banque', 'caisse', 'societe', 'compagnie', 'groupe', 'office', 'conseil', 'chambre', 'union', 'parti', 'comite', 'assemblee', 'academie', 'tribunal', 'cour', 'agence', 'institut', 'universite', 'ecole', 'fondation', 'association', 'federation', 'syndicat', 'ministere', 'mairie', 'prefecture',
  // The trades a family business is named after: "Biscuiterie Lemoine", "Menuiserie Roux".
  'biscuiterie', 'fromagerie', 'imprimerie', 'menuiserie', 'boucherie', 'patisserie', 'charcuterie', 'quincaillerie', 'laiterie', 'droguerie',
  'parfumerie', 'fonderie', 'verrerie', 'distillerie', 'chocolaterie', 'confiserie', 'epicerie', 'poissonnerie', 'serrurerie', 'carrosserie',
  'plomberie', 'scierie', 'papeterie', 'minoterie', 'savonnerie', 'creperie', 'torrefaction', 'cave', 'domaine', 'chateau', 'ferme', 'manufacture']);

/** The words after which a text names an employer: "she was at Orange", "works for Target", "joined Save the Children", "chez Orange". */
export const EMPLOYER_PREPOSITIONS = new Set(['at', 'for', 'joined', 'join', 'joining', 'chez']);

/** French words after which capitalised words are the employer, whatever their words: "chez Osmose Conseil", "a rejoint Cap Avenir". */
export const FRENCH_EMPLOYER_WORDS = new Set(['chez', 'rejoint', 'integre', 'quitte']);

/** Prepositions after which a capitalised word is most likely a place. */
export const PLACE_PREPOSITIONS = new Set(['a', 'en', 'vers', 'depuis', 'pres', 'in', 'at', 'from', 'near', 'to', 'habite', 'vit', 'ne', 'nee', 'originaire']);

/**
 * Job titles: alone they identify no one, but joined to an organisation
 * ("le DG de Arvel", "the CEO of Arvel") they point at one person.
 */
export const ROLE_WORDS = new Set([
  'dg', 'pdg', 'drh', 'daf', 'dsi', 'rh', 'dga', 'ceo', 'cfo', 'coo', 'cto', 'cmo', 'hr', 'vp', 'president', 'presidente', 'directeur', 'directrice',
  'directeur general', 'directrice generale', 'gerant', 'gerante', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'associe', 'associee',
  'responsable', 'manager', 'chef', 'cheffe', 'secretaire general', 'secretaire generale', 'head', 'director', 'chairman', 'chairwoman', 'founder',
  'owner', 'partner', 'principal', 'proviseur', 'maire', 'prefet', 'doyen', 'doyenne',
  // The same written as acronyms, in French and in English: "sa RRH", "the HRD of Unilever", "her MD",
  // "her GP" (her doctor). Two-letter ones are also someone's initials (initials.ts leaves roles
  // out of those): only the ones a note means as a role far more often are here.
  'rrh', 'raf', 'rssi', 'dircom', 'hrd', 'hrbp', 'chro', 'cio', 'ciso', 'cpo', 'cdo', 'svp', 'evp', 'md', 'gp',
]);

/** Words that join a role to its organisation. */
export const ROLE_LINKS = new Set(['de', 'du', "d'", 'des', 'chez', 'of', 'at', 'for']);

/**
 * Acronyms of everyday words, which name no one and no organisation: what a note says of
 * pay, work, training, health, business and time ("2 400 € HT", "son CPF", "une RQTH",
 * "the new CRM", "3 pm EST"), and the credentials written after a name ("Karen Oyelaran,
 * SPHR"; "PCC", the coaches' own). Masked, each read as a company ("l'entreprise A") and a
 * decision to undo. Never an organisation's own acronym ("SNCF", "BP", "NHS", "ICF"), which
 * may be a client's employer, nor two letters, which may be someone's initials, nor a first
 * name ("Pip", "Nao", "Seo": a "PIP" or the "NAO" are left to the rules).
 */
export const COMMON_ACRONYMS = new Set([
  // Invoices, pay, work and training in France.
  'ht', 'ttc', 'opco', 'cpf', 'rqth', 'qvt', 'qvct', 'rtt', 'cdi', 'cdd', 'smic', 'pse', 'rps', 'gpec', 'gepp', 'vae', 'duerp', 'cssct',
  'chsct', 'bdese', 'sirh', 'etp', 'rncp', 'cnv', 'tms', 'aah',
  // Health.
  'tdah', 'adhd', 'ptsd', 'tspt', 'ocd', 'tcc', 'cbt', 'avc', 'ivg', 'fiv', 'ivf', 'icu',
  // Kinds of home and service in the care and social sector, which only their own names identify ("l'EHPAD Les Magnolias").
  'ehpad', 'ehpa', 'ime', 'itep', 'sessad', 'ssiad', 'mjc', 'hlm',
  // Work and HR in English.
  'ssn', 'dob', 'nda', 'pto', 'dei', 'erg', 'eap', 'hris', 'wfh', 'ooo', 'rto',
  // Business, finance and software.
  'crm', 'erp', 'saas', 'ebitda', 'capex', 'opex', 'yoy', 'ytd', 'fte', 'ipo', 'lbo', 'pmo', 'mvp', 'poc', 'rfp', 'rgpd', 'gdpr',
  'bfr', 'api', 'rdv', 'ras', 'asap', 'fyi', 'tbc', 'tbd', 'eod', 'cob', 'aob', 'eta', 'mba',
  // Credentials: the coaches' (ICF), HR's, accountants' and degrees.
  'pcc', 'acc', 'mcc', 'sphr', 'phr', 'cpa', 'cfa', 'acca', 'cima', 'pmp', 'phd', 'msc', 'bsc', 'llb', 'llm', 'mbbs',
  // Time zones ("est" and "et" are French words, below).
  'gmt', 'utc', 'bst', 'cet', 'cest', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt',
]);

/**
 * Days and months shortened ("Thurs 21st", "Sept", "ven.") and days in the plural ("on
 * Sundays", "les lundis"). Not those that are also a first name ("Jan", "Sam", "Thu", "Mar",
 * "Jun", "Sun"): those may be someone, and are left to the rules.
 */
export const DAY_AND_MONTH_ABBREVIATIONS = new Set([
  'tue', 'tues', 'wed', 'weds', 'thur', 'thurs', 'fri', 'sat', 'feb', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'lun', 'ven', 'dim', 'janv', 'fevr', 'avr', 'juil',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'lundis', 'mardis', 'mercredis', 'jeudis', 'vendredis', 'samedis', 'dimanches',
]);

/**
 * English nationalities (demonym-data.ts), capitalised as English writes them: "her Irish
 * mobile", "a German client" are not people. With their plural nouns ("Americans", "Pakistanis").
 */
export const NATIONALITIES_EN = new Set(ENGLISH_NATIONALITIES.flatMap((n) => (/(?:an|i)$/.test(n) ? [n, `${n}s`] : [n])).map(fold));

/** The days and months, French and English, folded. */
export const DAYS_AND_MONTHS = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet',
  'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/**
 * Adjectives that stand before their noun and are also given names: "Belle journée !", "Bonne
 * continuation", "Petite question". First in a sentence before a word in lower case, they are the adjective.
 */
const ADJECTIVES_BEFORE_NOUNS = new Set(['belle', 'bel', 'beau', 'bonne', 'bon', 'petit', 'petite', 'grand', 'grande', 'joyeux', 'joyeuse', 'heureux', 'heureuse', 'nouvelle', 'nouveau', 'vrai', 'vraie', 'gros', 'grosse', 'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'doux', 'douce']);

/**
 * Whether `word`, then `next`, is such an adjective before its noun: a lower-case word right
 * after it that is no verb's ("Belle a appelé" is her) and no list's joint ("Petit et Blanc").
 */
export function adjectiveBeforeItsNoun(word: { folded: string }, next: { word: boolean; shape: string; text: string; folded: string } | undefined): boolean {
  return ADJECTIVES_BEFORE_NOUNS.has(word.folded) && !!next?.word && next.shape === 'lower' && !beforeItsVerb(next) && !['et', 'ou', 'and', 'or'].includes(next.folded);
}

/** The heads of locutions that open a sentence with "à": "Grâce à", "Suite à", "Face à", "Quant à". */
export const LOCUTION_HEADS = new Set(['grace', 'face', 'suite', 'quant']);

/** Verbs that follow their subject, after a name that is also a word: "Aimé a appelé", "Prudence dit" (read unfolded: "à" is no verb). */
export const SUBJECT_VERBS = new Set([
  'a', 'est', 'dit', 'pense', 'trouve', 'explique', 'raconte', 'says', 'said', 'has', 'is', 'was', 'thinks',
  'disagreed', 'agreed', 'asked', 'told', 'replied', 'noted', 'argued', 'wants', 'wanted', 'feels', 'felt', 'thought', 'believes', 'insisted', 'suggested', 'explained', 'wrote', 'emailed',
]);

/** The pronouns and negation that stand between a subject and its verb: "Petit m'a écrit", "Chevalier ne valide jamais", "Blanc lui répond". */
export const SUBJECT_CLITICS = new Set(['ne', "n'", 'me', "m'", 'te', "t'", 'se', "s'", 'lui', 'leur', 'nous', 'vous', "l'", 'y']);

/** Whether `after`, the word right after a name, shows the name is the subject of a verb: "Boucher a dit non", "Petit m'a envoyé". */
export const beforeItsVerb = (after: { text: string; folded: string } | undefined): boolean => !!after && (SUBJECT_VERBS.has(after.text.toLowerCase()) || SUBJECT_CLITICS.has(after.folded));

/**
 * A verb in the imperative with its pronoun, folded: "Appelle-moi", "Dis-lui", "Vas-y",
 * "Tenez-moi informée". Capitalised first in a message, it is no name, though no list knows it.
 */
/** The subject pronouns of French and English, folded: a clause opens on them, no name does. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'i', 'you', 'he', 'she', 'it', 'we', 'they']);

export const IMPERATIVE_WITH_PRONOUN = /^\p{L}+-(?:moi|toi|lui|le|la|les|leur|nous|vous|y|en)$/u;

/** Capitalised words that are never names on their own (days, months, function words in titles). */
export const NEVER_NAMES = new Set([
  ...COMMON_ACRONYMS,
  ...DAY_AND_MONTH_ABBREVIATIONS,
  ...NATIONALITIES_EN,
  ...DAYS_AND_MONTHS,
  // What a child calls her family ("Mamie", "PAPA" on a board's figure): a role, not a name.
  'maman', 'papa', 'mamie', 'mamy', 'papy', 'papi', 'tata', 'tatie', 'tonton', 'pepe', 'mum', 'mom', 'mummy', 'mommy', 'dad', 'daddy',
  'granny', 'grandma', 'grandpa', 'grandad', 'granddad',
  'en', 'au', 'aux', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'vers', 'puis', 'alors', 'ainsi', 'apres', 'avant', 'depuis',
  'pendant', 'selon', 'contre', 'entre', 'parmi', 'comme', 'tous', 'tout', 'toute', 'toutes',
  // Elided words, which the tokenizer keeps apart from the word after them ("Lorsqu'" "Anne").
  "qu'", "lorsqu'", "puisqu'", "jusqu'", "quoiqu'", "d'", "l'", "j'", "n'", "s'", "m'", "t'", "c'", 'est', 'sont', 'a', 'ont',
  'je', 'tu', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'on', 'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'mais', 'donc',
  'or', 'ni', 'car', 'ce', 'cette', 'ces', 'cet', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'votre', 'leur', 'leurs',
  'qui', 'que', 'quoi', 'dont', 'ou', 'quand', 'comment', 'pourquoi', 'si', 'oui', 'non', 'the', 'a', 'an', 'and', 'but', 'i', 'we', 'you', 'he',
  'she', 'they', 'it', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'what', 'when', 'where', 'why', 'how',
  'yes', 'no', 'ok', 'rien', 'dieu', 'god', 'coach', 'coaching', 'client', 'cliente', 'consultante', 'consultant', 'séance', 'seance', 'session',
  'pme', 'tpe', 'eti', 'cse', 'codir', 'comex', 'ia', 'rse', 'esn', 'ssii', 'okr', 'b2b', 'b2c', 'n+1', 'n+2',
  'iban', 'rib', 'bic', 'swift', 'siret', 'siren', 'nir', 'tva', 'urssaf', 'pdf', 'url', 'cv', 'rh', 'kpi', 'ok', 'n°', 'nb', 'ps', 'cc', 'cci',
  'objectif', 'objectifs', 'contexte', 'situation', 'enjeux', 'apprentissage', 'image', 'images', 'note', 'notes', 'chapitre', 'partie',
  // The words of the practice itself, which label a contract's or a case's parties ("Coachée : Valérie Lemaire").
  'coache', 'coachee', 'coaches', 'coachees', 'commanditaire', 'commanditaires', 'prescripteur', 'prescriptrice', 'sponsor', 'sponsors',
  'superviseur', 'superviseure', 'supervision', 'mentor', 'mentore', 'mentoree', 'mentee', 'mentees', 'clients', 'clientes', 'beneficiaire',
  // The practice's jargon, which no list of words holds and which opens a line of notes ("Recadrage", "Intervision").
  'recadrage', 'mentorat', 'intervision', 'genogramme', 'sociogramme', 'onboarding', 'offboarding', 'codeveloppement', 'co-developpement',
  'feedback', 'feedbacks', 'debrief', 'debriefing', 'verbatim', 'verbatims', 'burn-out', 'burnout', 'bore-out', 'brown-out', 'check-in',
  'check-out', 'icebreaker', 'brainstorming', 'team-building', 'kick-off', 'reporting', 'one-to-one', 'deadline', 'deadlines', 'todo', 'to-do',
  // The roles of the drama triangle, capitalised as the theory writes them ("au Persécuteur"); not "Sauveur", a
  // given name, nor "Victime", which a title makes a surname ("M. Victime").
  'sauveuse', 'persecuteur', 'persecutrice', 'rescuer', 'persecutor',
  // Greetings and sign-offs, which open or close a message and are no one ("Cher Monsieur,", "Cordialement").
  'bonjour', 'bonsoir', 'salut', 'coucou', 'chere', 'chers', 'cheres', 'dear', 'hello', 'hey', 'cordialement', 'amicalement', 'amities',
  'regards', 'sincerely', 'cheers', 'merci', 'thanks', 'thx', 'bjr', 'bsr', 'slt',
  // A link's and a message's own words, pasted from an invitation or a mail's header ("Cliquez ici", "Subject:", "To:").
  'cliquez', 'cliquer', 'click', 'subject', 'objet', 'to', 'cc:',
  // What heads a message, a note or a line of a signature ("Tél Lyon :", "CR Dupont", "Fwd: CR Meyer").
  'tel', 'tel.', 'mob', 'fax', 'cr', 'pv', 'fwd', 'tr', 'ref', 'obj', 'pj', 'notif', 'num',
]);

/** Words that greet or thank the name after them at the head of a message ("Merci Colombe", "Thanks Mark"): never part of it, though "Merci" is in the lists of first names. */
export const GREETINGS = new Set(['merci', 'bonjour', 'bonsoir', 'salut', 'coucou', 'bravo', 'felicitations', 'cher', 'chere', 'thanks', 'thank', 'dear', 'hi', 'hello', 'hey', 'congratulations', 'welcome', 'bienvenue']);

/** Titles that are only forms of address, never nouns of kinship or office ("frère", "maire"). */
export const FORMS_OF_ADDRESS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames', 'dr', 'docteur', 'docteure', 'pr', 'professeur', 'professeure', 'me', 'maitre', 'mgr', 'monseigneur', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'lord', 'lady', 'sieur', 'mister', 'madam']);

/** A form of address, folded, with or without its full stop: "m.", "mme", "madame", "mr". */
export const isFormOfAddress = (folded: string): boolean => FORMS_OF_ADDRESS.has(folded.endsWith('.') ? folded.slice(0, -1) : folded);

/** A title that may also be a name ("Pasteur", "Baron", "Juge"): any but a form of address or an abbreviation ("Prof."), which are never one. */
export const isTitleThatNames = (folded: string): boolean => TITLES.has(folded) && !FORMS_OF_ADDRESS.has(folded) && !folded.endsWith('.');

/** Titles of an office, which name the place served or the party after them ("maire de Lyon", "ministre RPR"); not forms of address nor ranks of nobility. */
export const OFFICES = new Set(['general', 'procureur', 'president', 'prefet', 'depute', 'senateur', 'ministre', 'maire', 'juge', 'consul', 'ambassadeur', 'eveque', 'archeveque', 'cardinal', 'cure', 'commandant', 'colonel', 'inspecteur', 'notaire', 'avocat', 'conseiller']);

/** What ends the name of a family firm: "et Fils", "& Cie", "Frères". */
export const FIRM_ENDINGS = new Set(['fils', 'cie', 'freres', 'soeurs', 'associes', 'associees', 'sons', 'brothers', 'co']);

/** Possessive determiners: "sa Direction", "notre Comité", "my Team" is a thing someone has, not a person. */
export const POSSESSIVES = new Set(['sa', 'son', 'ses', 'ma', 'mon', 'mes', 'ta', 'ton', 'tes', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);
