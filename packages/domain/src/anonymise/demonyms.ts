import { CAPITALISED_PLACES, CITY_DEMONYMS, COUNTRY_DEMONYMS, REGION_DEMONYMS, SKIPPED_FORMS } from './demonym-data.js';
import { fold, type Token } from './text.js';
import type { Detection, Gender, Language } from './types.js';

/**
 * Demonyms give a place away when its name is masked: "une PME annécienne", "les
 * Nantais", "un industriel lyonnais". Each is found by one lookup of the folded word
 * in a table of every form (masculine, feminine, singular, plural), then read in its
 * sentence — a noun after a determiner, an adjective after a noun, a language after
 * "en" — and replaced by a generalisation written to fit there: "une PME de la région",
 * "les habitants de la ville", "un fournisseur étranger", "la région" for "la région
 * parisienne". French only.
 */

type Level = 'city' | 'region' | 'country';
interface Form {
  level: Level;
  /** null where the masculine and the feminine are one word ("belge"). */
  gender: Gender | null;
  /** null where the singular and the plural are one word ("lyonnais"). */
  plural: boolean | null;
}

/** The four forms of a regular demonym, from its masculine singular. */
export function inflect(m: string): [string, string, string, string] {
  const f = m.endsWith('eau') ? `${m.slice(0, -3)}elle` : m.endsWith('er') ? `${m.slice(0, -2)}ère` : /(?:en|on)$/.test(m) ? `${m}ne` : m.endsWith('e') ? m : `${m}e`;
  const mp = m.endsWith('eau') ? `${m}x` : m.endsWith('al') ? `${m.slice(0, -2)}aux` : /[sx]$/.test(m) ? m : `${m}s`;
  return [m, f, mp, f.endsWith('s') ? f : `${f}s`];
}

let table: Map<string, Form> | null = null;

/** Every form of every demonym, folded, built once; the first list to name a form keeps it. */
export function demonymForms(): ReadonlyMap<string, Form> {
  if (table) return table;
  table = new Map();
  const skipped = new Set(SKIPPED_FORMS);
  for (const [level, list] of [['city', CITY_DEMONYMS], ['region', REGION_DEMONYMS], ['country', COUNTRY_DEMONYMS]] as const) {
    for (const entry of list) {
      const [m, f, mp, fp] = (entry.includes('/') ? entry.split('/') : inflect(entry)).map(fold) as [string, string, string, string];
      const own = new Map<string, Form>();
      const put = (w: string, gender: Gender, plural: boolean) => {
        const had = own.get(w);
        if (!had) own.set(w, { level, gender, plural });
        else own.set(w, { level, gender: had.gender === gender ? gender : null, plural: had.plural === plural ? plural : null });
      };
      put(m, 'm', false);
      put(f, 'f', false);
      put(mp, 'm', true);
      put(fp, 'f', true);
      for (const [w, form] of own) if (!table.has(w) && !skipped.has(w)) table.set(w, form);
    }
  }
  return table;
}

/** Words that make the next one a noun: "les Nantais", "une Lyonnaise", "l'Alsacien". */
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'quelques', 'plusieurs', 'certains', 'certaines', 'nombreux', 'nombreuses', 'deux', 'trois', 'quatre']);
/** What a determiner tells of the gender and number of its noun. */
const FEMININE = new Set(['la', 'une', 'cette', 'ma', 'ta', 'sa', 'certaines', 'nombreuses']);
const MASCULINE = new Set(['le', 'un', 'ce', 'cet', 'mon', 'ton', 'du', 'au', 'certains', 'nombreux']);
const PLURAL = new Set(['les', 'des', 'aux', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'quelques', 'plusieurs', 'certains', 'certaines', 'nombreux', 'nombreuses', 'deux', 'trois', 'quatre']);
/** A capitalised demonym right after one of these is a name ("chez Picard", "avec Normand"). */
const PREPOSITIONS = new Set(['a', 'de', "d'", 'en', 'chez', 'avec', 'pour', 'par', 'vers', 'contre', 'selon', 'entre', 'sur', 'sous', 'dans', 'et', 'ou']);
/** After these, a lower-case masculine singular is a language: "en anglais", "le breton", "cours d'allemand", "parle basque", "cours de russe". */
const LANGUAGE_BEFORE = new Set(['en', 'de', 'le', "l'", 'du', "d'", 'parle', 'parles', 'parlent', 'parlait', 'parlaient', 'parler', 'parlons', 'parlez', 'parlant', 'apprend', 'apprendre', 'apprends', 'enseigne', 'traduit', 'traduire']);
/** Nouns a demonym qualifies without telling more than the noun: "la région parisienne" is "la région". */
const PLACE_NOUNS = new Set(['region', 'regions', 'ville', 'villes', 'agglomeration', 'metropole', 'banlieue', 'banlieues', 'capitale', 'campagne', 'campagnes', 'cote', 'cotes', 'littoral', 'departement', 'territoire', 'cite', 'commune', 'communes', 'vallee', 'plaine', 'bassin', 'peripherie', 'couronne', 'province', 'pays', 'terroir', 'sol', 'agglo']);

const PLACE_NAMES = new Set(CAPITALISED_PLACES);

const isCapital = (t: Token) => t.shape === 'title';

const byText = new WeakMap<Token[], Detection[]>();

/**
 * The demonyms of `tokens`, each a `place` with the replacement that fits its sentence
 * and its level in `place.kind` ('city', 'region' or 'country'). Read once per text:
 * the spans and the details to check both ask.
 */
export function findDemonyms(tokens: Token[]): Detection[] {
  let found = byText.get(tokens);
  if (!found) byText.set(tokens, (found = readDemonyms(tokens)));
  return found;
}

function readDemonyms(tokens: Token[]): Detection[] {
  const table = demonymForms();
  const out: Detection[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.text.length < 4) continue;
    const form = table.get(t.folded);
    if (!form) {
      // "L'Alsacien", "D'Alsaciens": a capital on both sides of the apostrophe kept the article on the word.
      const inner = t.folded[1] === "'" && (t.folded[0] === 'l' || t.folded[0] === 'd') ? table.get(t.folded.slice(2)) : undefined;
      if (inner) {
        const noun = nounWords(inner, inner.gender ?? 'm', inner.plural ?? t.folded[0] === 'd');
        out.push({ start: t.start, end: t.end, type: 'place', source: 'demonyms', confidence: 0.9, replacement: keepCapital(t, `${t.folded[0]}'${noun}`), place: { kind: inner.level } });
      }
      continue;
    }
    const prev = i > 0 && tokens[i - 1]!.word ? tokens[i - 1]! : undefined;
    const found = read(tokens, i, form, prev);
    if (found) out.push({ ...found, type: 'place', source: 'demonyms', place: { kind: form.level } });
  }
  return out;
}

function read(tokens: Token[], i: number, form: Form, prev: Token | undefined): Pick<Detection, 'start' | 'end' | 'confidence' | 'replacement'> | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const capital = isCapital(t);
  const singular = form.plural !== true;
  const masculine = form.gender !== 'f';
  // "la Corse" is the island, "ça se corse" a verb, "à la lyonnaise" a way of cooking.
  if (t.shape !== 'lower' && PLACE_NAMES.has(t.folded)) return null;
  if (prev?.folded === 'se' || prev?.folded === "s'") return null;
  if (!capital && (prev?.folded === 'la' || prev?.folded === "l'") && tokens[i - 2]?.folded === 'a') return null;
  if (t.shape === 'lower' && masculine && singular && prev && LANGUAGE_BEFORE.has(prev.folded)) {
    // A nation's language tells nothing of the client; a region's does ("elle parle breton").
    if (form.level !== 'region') return null;
    return languageOf(t, prev);
  }
  const isDeterminer = prev !== undefined && DETERMINERS.has(prev.folded);
  if (capital && !t.sentenceStart) {
    // "Le Parisien" (a title), "Crédit Lyonnais", "M. Breton", "Jean Picard", "Normand Dupuis", "Lyonnaise des Eaux": names.
    if (prev && prev.shape !== 'lower' && !(isDeterminer && prev.sentenceStart)) return null;
    if (next?.word && isCapital(next) && !next.sentenceStart) return null;
    if (next?.word && (next.folded === 'de' || next.folded === 'des' || next.folded === 'du' || next.folded === "d'") && tokens[i + 2] && isCapital(tokens[i + 2]!)) return null;
    if (prev && PREPOSITIONS.has(prev.folded) && !(prev.folded === 'de' && form.plural !== false)) return null;
  }
  // "Lyonnaise d'origine", "d'origine" after it: one generalisation for the three words.
  if (next?.folded === "d'" && tokens[i + 2]?.folded === 'origine') {
    const end = tokens[i + 2]!.end;
    return { start: t.start, end, confidence: 0.9, replacement: form.level === 'country' ? "d'origine étrangère" : `originaire ${AREA[form.level]}` };
  }
  // First in a sentence, a capital proves nothing ("Picard est venu", "Normand a dit…"):
  // only an apposition ("Lyonnaise, elle…") is the demonym, and a name found otherwise wins.
  const apposition = capital && t.sentenceStart && next?.text === ',';
  if (isDeterminer || prev?.folded === 'de' || apposition) {
    return { ...nounOf(t, form, prev, isDeterminer), confidence: apposition ? 0.6 : 0.9 };
  }
  // An adjective follows its noun; a capital word alone after a full stop or a comma is a name.
  if (!prev) return null;
  // "du Pays basque", "la Côte basque": with its capital the noun is the region's own name, which "du Pays" would keep half of.
  if (PLACE_NOUNS.has(prev.folded) && prev.shape === 'title' && !prev.sentenceStart && form.level !== 'country') return { start: prev.start, end: t.end, confidence: 0.9, replacement: 'une région' };
  if (PLACE_NOUNS.has(prev.folded) && form.level !== 'country') return { start: prev.start, end: t.end, confidence: 0.9, replacement: prev.text };
  if (prev.folded === 'origine' || prev.folded === 'origines') return { start: t.start, end: t.end, confidence: 0.9, replacement: form.level === 'country' ? `étrangère${prev.folded.endsWith('s') ? 's' : ''}` : `provinciale${prev.folded.endsWith('s') ? 's' : ''}` };
  const { gender, plural } = agreement(tokens, i, form);
  const replacement = form.level === 'country' ? foreign(gender, plural) : 'de la région';
  return { start: t.start, end: t.end, confidence: t.shape === 'lower' ? 0.9 : 0.6, replacement };
}

const AREA: Record<Level, string> = { city: 'de la ville', region: 'de la région', country: '' };

/** "étranger", "étrangère", "étrangers", "étrangères". */
const foreign = (gender: Gender, plural: boolean) => `${gender === 'f' ? 'étrangère' : 'étranger'}${plural ? 's' : ''}`;

/**
 * The demonym as a noun: "les Nantais" → "les habitants de la ville", "une Bretonne" →
 * "une habitante de la région", "les Allemands" → "les étrangers". Both nouns start with
 * a vowel sound, so the article before is written again when it must elide: "le
 * Lyonnais" → "l'habitant…", "du Breton" → "de l'habitant…", "ce" → "cet", "de" → "d'".
 */
function nounOf(t: Token, form: Form, prev: Token | undefined, isDeterminer: boolean): { start: number; end: number; replacement: string } {
  const p = prev?.folded ?? '';
  const gender: Gender = form.gender ?? (isDeterminer && FEMININE.has(p) ? 'f' : 'm');
  // "un groupe de Lyonnais": after "de", a noun that does not say is plural.
  const plural = form.plural ?? ((isDeterminer && PLURAL.has(p)) || p === 'de');
  const noun = nounWords(form, gender, plural);
  const rewritten: Record<string, string> = { le: `l'${noun}`, la: `l'${noun}`, du: `de l'${noun}`, au: `à l'${noun}`, ce: `cet ${noun}`, de: `d'${noun}` };
  const article = prev && (isDeterminer || prev.folded === 'de') ? rewritten[prev.folded] : undefined;
  if (article) return { start: prev!.start, end: t.end, replacement: keepCapital(prev!, article) };
  return { start: t.start, end: t.end, replacement: noun };
}

const nounWords = (form: Form, gender: Gender, plural: boolean) =>
  form.level === 'country' ? foreign(gender, plural) : `habitant${gender === 'f' ? 'e' : ''}${plural ? 's' : ''} ${AREA[form.level]}`;

/** "Le Breton" first in a sentence stays capitalised as "L'habitant…". */
const keepCapital = (first: Token, s: string) => (first.shape === 'lower' ? s : s.charAt(0).toUpperCase() + s.slice(1));

/** A region's language: "en breton" → "en langue régionale", "le basque" → "la langue régionale". */
function languageOf(t: Token, prev: Token): { start: number; end: number; confidence: number; replacement: string } {
  const withArticle: Record<string, string> = { le: 'la langue régionale', "l'": 'la langue régionale', du: 'de la langue régionale', de: 'de langue régionale', "d'": 'de langue régionale' };
  const replacement = withArticle[prev.folded];
  if (replacement) return { start: prev.start, end: t.end, confidence: 0.9, replacement: keepCapital(prev, replacement) };
  return { start: t.start, end: t.end, confidence: 0.9, replacement: prev.folded === 'en' ? 'langue régionale' : 'une langue régionale' };
}

/** Gender and number of an adjective whose own form does not say: from the nearest determiner before it ("une cliente belge"). */
function agreement(tokens: Token[], i: number, form: Form): { gender: Gender; plural: boolean } {
  let gender = form.gender;
  let plural = form.plural;
  for (let j = i - 1; j >= Math.max(0, i - 4) && (gender === null || plural === null); j--) {
    const w = tokens[j]!;
    if (!w.word) break;
    if (!DETERMINERS.has(w.folded)) continue;
    gender ??= FEMININE.has(w.folded) ? 'f' : MASCULINE.has(w.folded) ? 'm' : null;
    plural ??= PLURAL.has(w.folded);
    break;
  }
  return { gender: gender ?? 'm', plural: plural ?? false };
}

/** Lists of people's names: a nationality never takes a word from them. */
const PEOPLE_LISTS = new Set<Detection['source']>(['first-names', 'surnames']);

/** Sources a clear demonym overrules where it found the same word: guesses from capitals and lists. */
const WEAKER = new Set<Detection['source']>(['capitalisation', 'first-names', 'surnames', 'places', 'countries', 'model', 'elsewhere']);

/** The nationalities of a French text ("une cliente belge"), for the coach to check, with a vaguer word ("étrangère"). */
export function nationalities(tokens: Token[]): Detection[] {
  return findDemonyms(tokens).filter((d) => d.place?.kind === 'country');
}

/**
 * Adds the demonyms of a French text to what the other detectors found (sorted, not
 * overlapping). A demonym read surely replaces a guess on the same words ("les Nantais"
 * taken for a person by its capital); any other finding it touches ("le Crédit
 * Lyonnais", an organisation) keeps its words.
 */
export function withDemonyms(tokens: Token[], found: Detection[], language: Language): Detection[] {
  if (language !== 'fr') return found;
  const demonyms = findDemonyms(tokens);
  if (demonyms.length === 0) return found;
  const dropped = new Set<Detection>();
  const added: Detection[] = [];
  let k = 0;
  for (const d of demonyms) {
    while (k < found.length && found[k]!.end <= d.start) k++;
    const touched: Detection[] = [];
    for (let j = k; j < found.length && found[j]!.start < d.end; j++) touched.push(found[j]!);
    // A nationality is a detail to check, not a span: it is in most texts and rarely
    // points at anyone ("un fournisseur allemand"). It still sets aside a guess from
    // capitals that took "les Allemands" for a person, but never a first name or a
    // surname the lists know ("notre Philippine"): nothing would mask that word then.
    const nationality = d.place?.kind === 'country';
    const overrules = (o: Detection) => WEAKER.has(o.source) && !(nationality && PEOPLE_LISTS.has(o.source)) && o.start >= d.start && o.end <= d.end;
    if (touched.length === 0 || (d.confidence >= 0.8 && touched.every(overrules))) {
      for (const o of touched) dropped.add(o);
      if (!nationality) added.push(d);
    }
  }
  return [...found.filter((o) => !dropped.has(o)), ...added].sort((a, b) => a.start - b.start);
}
