import { capitalsLeft } from './capitals.js';
import { nationalities } from './demonyms.js';
import type { Token } from './text.js';
import type { Detail, Detection, Language } from './types.js';

/**
 * Telling details of a French text: an age ("42 ans", "quadragénaire"), a headcount
 * ("une équipe de 120 personnes", "PME de 45 salariés"), a family ("mère de trois
 * enfants", "ses jumeaux"), a seniority ("depuis 17 ans dans l'entreprise"). Only the
 * shapes that can be read surely: a number joined to its noun and the words around
 * them. Each comes with a vaguer way to say it that fits where it stands ("d'une
 * quarantaine d'années", "une centaine de personnes", "des enfants"). One pass over the
 * tokens: a word looked up in a small set, then its neighbours read.
 */
export function findDetails(tokens: Token[], language: Language, masked: Detection[], things: ReadonlySet<number> = new Set()): Detail[] {
  // The patterns are French; a capital left in clear is one in any language.
  if (language !== 'fr') return capitalsLeft(tokens, masked, things);
  const out: Detail[] = [];
  const triggers = readers();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // One lookup per word: the few words a detail turns on ("ans", "salariés", "enfants"…).
    const reader = t.word ? triggers.get(t.folded) : undefined;
    const found = reader ? reader(tokens, i) : null;
    if (found) out.push(found);
  }
  for (const n of nationalities(tokens)) out.push({ start: n.start, end: n.end, kind: 'origin', suggestion: n.replacement! });
  const details = outside(out.sort((a, b) => a.start - b.start), masked);
  return [...details, ...capitalsLeft(tokens, masked, things).filter((c) => !details.some((d) => d.start < c.end && c.start < d.end))].sort((a, b) => a.start - b.start);
}

type Reader = (tokens: Token[], i: number) => Detail | null;
let triggerTable: Map<string, Reader> | null = null;

/** Which reader each trigger word calls, built once. */
function readers(): Map<string, Reader> {
  if (triggerTable) return triggerTable;
  triggerTable = new Map<string, Reader>([['ans', years], ['annees', years]]);
  for (const w of STAFF) triggerTable.set(w, headcount);
  for (const w of CHILDREN) triggerTable.set(w, children);
  for (const w of [...AGE_WORDS.keys(), ...TWINS.keys()]) triggerTable.set(w, (tokens, i) => word(tokens[i]!));
  return triggerTable;
}

/** The details no detection already masks (both lists sorted by start). */
function outside(details: Detail[], masked: Detection[]): Detail[] {
  let k = 0;
  return details.filter((d) => {
    while (k < masked.length && masked[k]!.end <= d.start) k++;
    return !(k < masked.length && masked[k]!.start < d.end);
  });
}

const UNITS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
};

/** A number written in letters, hyphens and all ("quarante-deux", "quatre-vingt-dix", "trente-et-un"), or null. */
export function numberWord(folded: string): number | null {
  let total = 0;
  let current = 0;
  for (const part of folded.split('-')) {
    if (part === 'et') continue;
    const v = UNITS[part];
    if (v === undefined) return null;
    if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 100) current = (current || 1) * 100;
    else if (v === 20 && current % 100 === 4) current += 76; // quatre-vingt
    else current += v;
  }
  return total + current;
}

/** The number that ends right before token `i`: its value and its first token ("1 200", "vingt et un", "42"). */
function numberBefore(tokens: Token[], i: number): { value: number; from: number } | null {
  const t = tokens[i - 1];
  if (!t) return null;
  if (/^\d+$/.test(t.text)) {
    const value = Number(t.text);
    // "1 200 salariés": thousands written apart.
    const before = tokens[i - 2];
    if (t.text.length === 3 && before && /^\d{1,3}$/.test(before.text) && t.start - before.end === 1) return { value: Number(before.text) * 1000 + value, from: i - 2 };
    return { value, from: i - 1 };
  }
  if (!t.word) return null;
  const value = numberWord(t.folded);
  if (value === null) return null;
  // "vingt et un ans"
  if ((t.folded === 'un' || t.folded === 'une' || t.folded === 'onze') && tokens[i - 2]?.folded === 'et') {
    const tens = tokens[i - 3] ? numberWord(tokens[i - 3]!.folded) : null;
    if (tens !== null && tens >= 20) return { value: tens + value, from: i - 3 };
  }
  return { value, from: i - 1 };
}

const folded = (tokens: Token[], i: number) => tokens[i]?.folded ?? '';

/** "plus de", "près de", "environ", "presque" before a number: part of the figure the suggestion replaces. */
function withApproximation(tokens: Token[], from: number): number {
  const a = folded(tokens, from - 1);
  if ((a === 'de' || a === "d'") && ['plus', 'pres', 'moins'].includes(folded(tokens, from - 2))) return from - 2;
  if (a === 'environ' || a === 'presque' || a === 'quelque') return from - 1;
  return from;
}

const detail = (tokens: Token[], from: number, to: number, kind: Detail['kind'], suggestion: string): Detail => ({ start: tokens[from]!.start, end: tokens[to]!.end, kind, suggestion });

// ── Ages and seniority: "N ans" ──────────────────────────────────────────────

/** Before "de N ans", a person: "une femme de 42 ans", "âgée de 42 ans". */
const PERSON_NOUNS = new Set([
  'agee', 'age', 'agees', 'ages', 'femme', 'homme', 'fille', 'garcon', 'fils', 'enfant', 'mere', 'pere', 'manager', 'manageuse', 'cadre', 'dirigeant',
  'dirigeante', 'consultant', 'consultante', 'client', 'cliente', 'salarie', 'salariee', 'collaborateur', 'collaboratrice', 'personne', 'dame',
  'monsieur', 'ingenieur', 'ingenieure', 'directeur', 'directrice', 'coache', 'coachee', 'patron', 'patronne', 'fondateur', 'fondatrice', 'associe',
  'associee', 'responsable', 'employe', 'employee', 'jeune', 'quadra', 'medecin', 'infirmiere', 'infirmier', 'epouse', 'epoux', 'mari', 'compagnon',
  'compagne', 'soeur', 'frere', 'adolescent', 'adolescente', 'bebe', 'etudiant', 'etudiante', 'commerciale', 'commercial', 'dirigeants', 'gerant', 'gerante',
]);
/** "a 42 ans", "avait 42 ans", "à 42 ans": the verb or preposition of an age. */
const AGE_VERBS = new Set(['a', 'eu', 'avait', 'aura', 'aurait', 'ai', 'as', 'avons', 'avez', 'ont', 'avaient', 'auront', 'avoir', 'ayant', 'fete', 'fetera', 'atteint']);
/** Between the verb and the number: "elle a bientôt 50 ans". */
const AGE_ADVERBS = new Set(['bientot', 'presque', 'deja', 'juste', 'environ', 'quasiment', 'seulement', 'tout', 'bien']);
/** After "N ans", words that make it a length of time at work: "17 ans d'ancienneté", "de maison". */
const WORK_AFTER = new Set(['anciennete', 'maison', 'carriere', 'experience', 'metier', 'service', 'boite', 'poste', 'fonction', 'fonctions']);
/** Within a few words of "depuis N ans", words of the workplace. */
const WORKPLACE = new Set([
  'entreprise', 'societe', 'groupe', 'maison', 'poste', 'equipe', 'service', 'boite', 'cabinet', 'organisation', 'fonction', 'fonctions', 'structure',
  'direction', 'usine', 'agence', 'metier', 'travaille', 'travaillait', 'salarie', 'salariee', 'employe', 'employee', 'embauche', 'embauchee',
  'entre', 'entree', 'occupe', 'occupait', 'exerce', 'exercait', 'dirige', 'dirigeait', 'manage', 'managait', 'chez', 'sein', 'drh', 'responsable',
  'directeur', 'directrice', 'manager', 'collaborateur', 'collaboratrice', 'anciennete', 'recrute', 'recrutee', 'salaries', 'collaborateurs', 'pme',
  'tpe', 'eti', 'start-up', 'startup', 'dirigeante', 'dirigeant',
]);
/** After "a N ans", words that make it a length of time: "a 3 ans de retard", "a 2 ans plus tard". */
const NOT_AGE_AFTER = new Set(['plus', 'auparavant', 'apres', 'durant', 'de', "d'", 'que', "qu'", 'avant', 'deja']);

function years(tokens: Token[], i: number): Detail | null {
  const n = numberBefore(tokens, i);
  if (!n || n.value < 2 || n.value > 110) return null;
  const from = withApproximation(tokens, n.from);
  const before = folded(tokens, from - 1);
  const after = folded(tokens, i + 1);
  const afterNext = folded(tokens, i + 2);
  // Seniority: "17 ans d'ancienneté", "depuis 17 ans dans l'entreprise", "salariée depuis 17 ans".
  if (((after === "d'" || after === 'de') && WORK_AFTER.has(afterNext)) || (before === 'depuis' && atWork(tokens, from - 1, i))) {
    return detail(tokens, from, i, 'seniority', n.value < 5 ? 'quelques années' : n.value < 10 ? 'plusieurs années' : 'de nombreuses années');
  }
  if (tokens[i]!.folded !== 'ans') return null;
  // An age: "a 42 ans", "à 42 ans", "une femme de 42 ans", "Sophie, 42 ans,", "(42 ans)".
  let verb = from - 1;
  while (AGE_ADVERBS.has(folded(tokens, verb)) && verb > from - 3) verb--;
  const v = folded(tokens, verb);
  const ofPerson = (before === 'de' || before === "d'") && PERSON_NOUNS.has(folded(tokens, from - 2));
  const byVerb = AGE_VERBS.has(v) && !(v === 'a' && folded(tokens, verb - 1) === 'y') && !NOT_AGE_AFTER.has(after);
  const apposition = (before === ',' || before === '(') && [',', ')', '.', ';', '—', '-'].includes(tokens[i + 1]?.text ?? '.');
  if (!ofPerson && !byVerb && !apposition) return null;
  if (ofPerson) return detail(tokens, from - 1, i, 'age', ageAround(n.value, true));
  return detail(tokens, from, i, 'age', ageAround(n.value, false));
}

/** "depuis N ans" with the workplace within six tokens on either side, in the same sentence. */
function atWork(tokens: Token[], depuis: number, ans: number): boolean {
  for (let j = depuis - 1; j >= Math.max(0, depuis - 6) && !ENDS.has(tokens[j]!.text); j--) if (WORKPLACE.has(tokens[j]!.folded)) return true;
  for (let j = ans + 1; j <= Math.min(tokens.length - 1, ans + 6) && !ENDS.has(tokens[j]!.text); j++) if (WORKPLACE.has(tokens[j]!.folded)) return true;
  return false;
}
const ENDS = new Set(['.', '!', '?', ';', '…']);

const DECADES = ['', '', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'soixantaine'];

/** "la quarantaine", or after a person "d'une quarantaine d'années"; under twenty and past seventy, a bound. */
function ageAround(age: number, ofPerson: boolean): string {
  const decade = DECADES[Math.floor(age / 10)];
  if (decade) return ofPerson ? `d'une ${decade} d'années` : `la ${decade}`;
  const bound = age < 10 ? 'moins de dix ans' : age < 20 ? 'moins de vingt ans' : 'plus de soixante-dix ans';
  return ofPerson ? `de ${bound}` : bound;
}

/** Words that are an age by themselves, and what they become. */
const AGE_WORDS = new Map<string, string>([
  ...(['vingtenaire', 'trentenaire', 'quadragenaire', 'quinquagenaire', 'quadra', 'quinqua'] as const).flatMap((w) => [[w, 'adulte'], [`${w}s`, 'adultes']] as [string, string][]),
  ...(['sexagenaire', 'septuagenaire', 'octogenaire', 'nonagenaire', 'sexa', 'septua'] as const).flatMap((w) => [[w, 'senior'], [`${w}s`, 'seniors']] as [string, string][]),
]);
/** Twins and triplets, and the plainer word for them. */
const TWINS = new Map<string, string>([
  ['jumeaux', 'enfants'], ['jumelles', 'enfants'], ['triples', 'enfants'], ['triplees', 'enfants'], ['jumeau', 'frère'], ['jumelle', 'sœur'],
]);

function word(t: Token): Detail {
  const age = AGE_WORDS.get(t.folded);
  const suggestion = age ?? TWINS.get(t.folded)!;
  return { start: t.start, end: t.end, kind: age ? 'age' : 'family', suggestion: t.shape === 'lower' ? suggestion : suggestion.charAt(0).toUpperCase() + suggestion.slice(1) };
}

// ── Headcount: "une équipe de 120 personnes", "PME de 45 salariés" ────────────

/** Nouns of the people an organisation employs. */
const STAFF = new Set([
  'personnes', 'salaries', 'collaborateurs', 'collaboratrices', 'employes', 'agents', 'managers', 'consultants', 'consultantes', 'ingenieurs',
  'commerciaux', 'techniciens', 'ouvriers', 'cadres', 'membres', 'equipiers', 'etp', 'associes', 'benevoles', 'soignants', 'infirmieres',
  'chercheurs', 'developpeurs', 'vendeurs', 'operateurs', 'enseignants', 'formateurs', 'conseillers', 'personnels', 'permanents', 'ames',
]);
/** Nouns so plain ("personnes", "membres") that a number before them is a size only with an organisation around it. */
const PLAIN_STAFF = new Set(['personnes', 'membres', 'ames', 'associes', 'benevoles']);
/** "une équipe de …", "PME de …", "effectif de …". */
const TEAMS = new Set([
  'equipe', 'equipes', 'pme', 'tpe', 'eti', 'entreprise', 'societe', 'structure', 'cabinet', 'effectif', 'effectifs', 'usine', 'site', 'agence', 'direction',
  'departement', 'service', 'start-up', 'startup', 'association', 'filiale', 'groupe', 'boite', 'entite', 'organisation', 'etablissement', 'atelier',
  'magasin', 'unite', 'pole', 'plateau', 'bureau', 'collectif', 'reseau', 'division', 'business',
]);
/** Verbs of managing or employing: "elle encadre 12 personnes", "l'entreprise compte 300 salariés". */
const LEADS = new Set([
  'encadre', 'encadrait', 'encadrer', 'encadrant', 'manage', 'managait', 'manager', 'dirige', 'dirigeait', 'diriger', 'gere', 'gerait', 'gerer', 'pilote',
  'pilotait', 'anime', 'animait', 'supervise', 'supervisait', 'coordonne', 'compte', 'comptait', 'emploie', 'emploient', 'employait', 'regroupe',
  'rassemble', 'recrute', 'reunit', 'totalise',
]);

function headcount(tokens: Token[], i: number): Detail | null {
  const n = numberBefore(tokens, i);
  if (!n || n.value < 2) return null;
  const from = withApproximation(tokens, n.from);
  const before = folded(tokens, from - 1);
  // "une équipe de 120 personnes", "une PME annécienne de 45 salariés" (an adjective between).
  const byTeam = (before === 'de' || before === "d'") && (TEAMS.has(folded(tokens, from - 2)) || TEAMS.has(folded(tokens, from - 3)));
  const byVerb = LEADS.has(before);
  // "deux personnes", "trois collaborateurs sont venus": a few people, not the size of anything.
  if (!byTeam && !byVerb && (n.value < 10 || PLAIN_STAFF.has(tokens[i]!.folded))) return null;
  const size = sizeAround(n.value);
  // "une dizaine d'employés", "d'une centaine de personnes": French elides before a vowel.
  const words = `${size} ${tokens[i]!.text}`.replace(/ de (?=[aeiouyhéèêàâîïôû])/iu, " d'");
  if (byTeam) return detail(tokens, from - 1, i, 'headcount', /^[aeiouy]/.test(size) ? `d'${words}` : `de ${words}`);
  return detail(tokens, from, i, 'headcount', words);
}

/** 120 → "une centaine de"; the figure rounded to what does not count heads. */
function sizeAround(n: number): string {
  if (n < 10) return 'quelques';
  if (n < 20) return 'une dizaine de';
  if (n < 100) return 'quelques dizaines de';
  if (n < 200) return 'une centaine de';
  if (n < 1000) return 'quelques centaines de';
  if (n < 2000) return 'un millier de';
  return 'plusieurs milliers de';
}

// ── Family: "mère de trois enfants", "ses deux filles" ──────────────────────

const CHILDREN = new Set(['enfants', 'filles', 'fils', 'garcons', 'petits-enfants', 'ados', 'adolescents', 'adolescentes']);
const PARENTS = new Set(['mere', 'pere', 'maman', 'papa', 'parent', 'parents', 'meres', 'peres']);
/** Determiners after which the noun alone reads right: "ses trois enfants" → "ses enfants". */
const OWN = new Set(['ses', 'mes', 'tes', 'nos', 'vos', 'leurs', 'les', 'ces']);

function children(tokens: Token[], i: number): Detail | null {
  const n = numberBefore(tokens, i);
  if (!n || n.value < 2 || n.value > 20) return null;
  const before = folded(tokens, n.from - 1);
  const noun = tokens[i]!.text;
  // "mère de trois enfants" → "mère de famille".
  if ((before === 'de' || before === "d'") && PARENTS.has(folded(tokens, n.from - 2))) return detail(tokens, n.from - 1, i, 'family', 'de famille');
  if (OWN.has(before)) return detail(tokens, n.from, i, 'family', noun);
  // "une famille de quatre enfants" → "une famille d'enfants".
  if (before === 'de') return detail(tokens, n.from - 1, i, 'family', /^[aeiouyh]/i.test(noun) ? `d'${noun}` : `de ${noun}`);
  return detail(tokens, n.from, i, 'family', `des ${noun}`);
}
