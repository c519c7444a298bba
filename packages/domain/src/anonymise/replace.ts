import { englishGenderTold, genderTold } from './agreement.js';
import { EPICENE_FIRST_NAMES } from './epicene-names.js';
import { leadingTitle, NEUTRAL_TITLES } from './kept-titles.js';
import type { Lexicon } from './lexicon.js';
import type { NaturalFeature } from './natural-places.js';
import { roleSaidBefore } from './role-said.js';
import { COMMON_SURNAMES } from './surnames.js';
import type { Entity } from './resolve.js';
import { fold, surnameFirstWords } from './text.js';
import type { AnonymiseMode, Detection, Gender, Language, PlaceFacts } from './types.js';
import { NAME_PARTICLES, titleGender } from './vocabulary.js';

const PLACEHOLDER = {
  fr: { person: 'Personne', organisation: 'Organisation', place: 'Lieu', email: 'e-mail', phone: 'téléphone', date: 'date', url: 'lien', identifier: 'identifiant', role: 'fonction' },
  en: { person: 'Person', organisation: 'Organisation', place: 'Place', email: 'email', phone: 'phone', date: 'date', url: 'link', identifier: 'identifier', role: 'role' },
} as const;

/** Pseudonyms' surnames: the most frequent in France, and in England. */
const SURNAMES = {
  fr: COMMON_SURNAMES.slice(0, COMMON_SURNAMES.indexOf('Smith')).filter((n) => !n.includes(' ')),
  en: COMMON_SURNAMES.slice(COMMON_SURNAMES.indexOf('Smith')),
};

const SIZE = {
  fr: (p: number) => (p < 2000 ? 'un village' : p < 20000 ? 'une petite ville' : p < 100000 ? 'une ville moyenne' : 'une grande ville'),
  en: (p: number) => (p < 2000 ? 'a village' : p < 20000 ? 'a small town' : p < 100000 ? 'a mid-sized town' : 'a large city'),
};

/** Broad areas of France by region code (Code officiel géographique). */
const AREA: Record<string, { fr: string; en: string }> = {
  '11': { fr: 'de la région parisienne', en: 'in the Paris region' },
  '24': { fr: 'du centre de la France', en: 'in central France' },
  '27': { fr: "de l'est de la France", en: 'in eastern France' },
  '28': { fr: 'du nord-ouest de la France', en: 'in north-western France' },
  '32': { fr: 'du nord de la France', en: 'in northern France' },
  '44': { fr: "de l'est de la France", en: 'in eastern France' },
  '52': { fr: "de l'ouest de la France", en: 'in western France' },
  '53': { fr: "de l'ouest de la France", en: 'in western France' },
  '75': { fr: 'du sud-ouest de la France', en: 'in south-western France' },
  '76': { fr: 'du sud de la France', en: 'in southern France' },
  '84': { fr: 'du sud-est de la France', en: 'in south-eastern France' },
  '93': { fr: 'du sud-est de la France', en: 'in south-eastern France' },
  '94': { fr: 'du sud de la France', en: 'in southern France' },
};

/** A natural place said by its kind: "près d'un lac", "dans un massif montagneux". */
const NATURE: Record<NaturalFeature, Record<Language, string>> = {
  mountains: { fr: 'un massif montagneux', en: 'a mountain range' },
  lakes: { fr: 'un lac', en: 'a lake' },
  rivers: { fr: "un cours d'eau", en: 'a river' },
  islands: { fr: 'une île', en: 'an island' },
  seas: { fr: 'une mer', en: 'a sea' },
  wilds: { fr: 'une région naturelle', en: 'a natural region' },
};

/** "une grande ville du sud de la France" from the commune's size and region, or null when too little is known. */
export function generalisePlace(place: PlaceFacts | undefined, language: Language): string | null {
  if (!place) return null;
  if (place.kind === 'country') return language === 'fr' ? 'un pays' : 'a country';
  // Abroad from France: an English text may be written in London, whose cities are not "abroad".
  if (place.kind === 'city') return language === 'fr' ? 'une grande ville étrangère' : 'a large city';
  if (place.kind === 'town') return (place.population ?? 0) >= 100_000 ? (language === 'fr' ? 'une grande ville étrangère' : 'a large city') : language === 'fr' ? 'une ville étrangère' : 'a town';
  if (place.kind === 'natural' && place.feature) return NATURE[place.feature][language];
  const area = place.region ? (AREA[place.region] ?? { fr: "d'outre-mer", en: 'overseas' }) : null;
  if (place.kind === 'commune' && place.population !== undefined && area) {
    return language === 'fr' ? `${SIZE.fr(place.population)} ${area.fr}` : `${SIZE.en(place.population)} ${area.en}`;
  }
  if ((place.kind === 'region' || place.kind === 'department') && area) return language === 'fr' ? `une région ${area.fr}` : `a region ${area.en}`;
  // A state or province of another country (world-places.ts): no French region code.
  if (place.kind === 'region' && !place.region) return language === 'fr' ? "une région à l'étranger" : 'a region';
  return null;
}

/** Kinds of place said by a town's size: those English puts before a noun ("the Lyon team"). */
const TOWN_KINDS = new Set<PlaceFacts['kind']>(['commune', 'city', 'town']);
/** A determiner before a place that qualifies the noun after it: "the Lyon team", "our Leeds office". */
const MODIFIER_DETERMINER = /^(?:the|our|their|his|her|its|my|your|this|that)\s+/iu;
/** Words after a place that show it is no modifier: "the Lyon of her childhood", "the Leeds she knew". */
const NOT_QUALIFIED = new Set(['of', 'in', 'at', 'on', 'for', 'and', 'or', 'but', 'nor', 'to', 'from', 'with', 'by', 'as', 'than', 'that', 'which', 'who', 'where', 'when', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'i', 'he', 'she', 'it', 'they', 'we', 'you', 'again', 'now', 'then', 'too', 'also', 'still', 'today']);

/**
 * An English town said before a noun, as a compound adjective: "the Lyon team" is "the
 * large-city team" ("a large city in south-eastern France team" is no English, and the
 * noun cannot move before it). Only a town's size: the region would need a phrase.
 */
export function placeAsModifier(place: PlaceFacts | undefined): string | null {
  if (!place || !TOWN_KINDS.has(place.kind)) return null;
  const p = place.population ?? 0;
  if (place.kind === 'city' || p >= 100_000) return 'large-city';
  if (place.kind === 'town') return 'town';
  return p < 2000 ? 'village' : p < 20000 ? 'small-town' : 'mid-sized-town';
}

/** Stable choice from a list by a string, so a pseudonym does not change between runs. */
function pick<T>(list: readonly T[], seed: string, skip: (t: T) => boolean): T {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  for (let i = 0; i < list.length; i++) {
    const t = list[(Math.abs(h) + i) % list.length]!;
    if (!skip(t)) return t;
  }
  return list[Math.abs(h) % list.length]!;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The particles in lower case a name begins with, as written, with their spaces: "de " in "de Rênal". */
function leadingParticles(name: string): string {
  let end = 0;
  for (const m of name.matchAll(/(\p{Ll}+)\s+/gu)) {
    if (m.index !== end || !NAME_PARTICLES.has(m[1]!)) break;
    end += m[0].length;
  }
  return name.slice(0, end);
}

/**
 * Gives every entity one replacement in the coach's chosen mode, and each mention the
 * form of it that fits (a surname alone stays a surname alone).
 */
/** The types a mode other than placeholders rewords; any other is a placeholder in every mode. */
const REWORDED_TYPES = new Set<Detection['type']>(['person', 'organisation', 'place', 'role']);

export class Replacer {
  readonly #numbers = new Map<string, number>();
  readonly #counts = new Map<string, number>();
  readonly #initials = new Map<string, string>();
  readonly #pseudonyms = new Map<string, { first: string; last: string }>();
  readonly #used = new Set<string>();
  readonly #places = new Map<string, string>();
  /** Folded first names the popular lists give to women only, and to men only, in the text's language. */
  #sure: Record<Gender, Set<string>> | null = null;

  constructor(
    private readonly mode: AnonymiseMode,
    private readonly language: Language,
    private readonly lexicon: Lexicon,
    /** Folded words of every name in the text: a pseudonym never reuses one. Asked for only when a pseudonym is made. */
    private readonly namesInText: () => Set<string>,
    /** The practice's keyed digest of an entity's id (AnonymiseOptions.seedOf); the id itself without one. */
    private readonly seedOf: (entityId: string) => string = (id) => id,
  ) {}

  replace(d: Detection, entity: Entity, text: string, nameOf: (entityId: string) => string): string {
    const words = PLACEHOLDER[this.language];
    if (this.mode === 'placeholders' || !REWORDED_TYPES.has(d.type)) {
      const numbered = d.type === 'person' || d.type === 'organisation' || d.type === 'place';
      return numbered ? `[${words[d.type]} ${this.#number(d.type, entity.id)}]` : `[${words[d.type]}]`;
    }
    if (d.type === 'place') return this.#modifier(d, text) ?? this.#place(d, entity.id) ?? `[${words.place} ${this.#number('place', entity.id)}]`;
    if (d.type === 'role') {
      const head = /^(.*?)\s+(?:de|du|des|chez|of|at|for)\s/iu.exec(text.slice(d.start, d.end))?.[1] ?? /^(.*?)\s*d['’]/iu.exec(text.slice(d.start, d.end))?.[1] ?? text.slice(d.start, d.end);
      if (d.place) {
        const where = generalisePlace(d.place, this.language) ?? (this.language === 'fr' ? 'une ville' : 'a town');
        return this.language === 'fr' ? `${head} ${/^[aeiouyh]/iu.test(where) ? "d'" : 'de '}${where}` : `${head} of ${where}`;
      }
      return this.language === 'fr' ? `${head} d'une entreprise` : `${head} of a company`;
    }
    // "his COO, Farah Siddiqui, before…" with the role "the COO": the role is said already, and
    // the name between commas cannot go without leaving one alone; its initial says who it is.
    // (Where the name can go, fit.ts leaves the words before as the replacement.)
    const roleSaid = this.mode === 'roles' && d.role && roleSaidBefore(text, d.start, d.end, d.role[this.language])?.enclosed;
    if (d.type === 'organisation') {
      if (this.mode === 'roles' && d.role && !roleSaid) return d.role[this.language];
      const letter = String.fromCharCode(64 + this.#number('organisation', entity.id));
      return this.language === 'fr' ? `l'entreprise ${letter}` : `company ${letter}`;
    }
    if (this.mode === 'roles' && d.role && !roleSaid) return d.role[this.language];
    if (this.mode === 'pseudonyms') {
      const p = this.#pseudonym(entity.id, this.#told.get(entity.id) ?? this.#gender(d, text));
      return entity.part === 'first' ? p.first : entity.part === 'last' ? p.last : `${p.first} ${p.last}`;
    }
    // "M. de Rênal" is "M. de R.": a particle in lower case stays where it was written.
    const span = text.slice(d.start, d.end);
    return leadingParticles(span.slice(leadingTitle(span))) + this.#initial(entity.id, nameOf(entity.id));
  }

  /** "the Lyon team": the place qualifies the noun after it (English only); null otherwise. */
  #modifier(d: Detection, text: string): string | null {
    if (this.language !== 'en') return null;
    const word = placeAsModifier(d.place);
    if (!word) return null;
    const span = text.slice(d.start, d.end);
    const own = MODIFIER_DETERMINER.exec(span);
    if (!own && !/(?:^|[^\p{L}])(?:the|our|their|his|her|its|my|your|this|that)\s+$/iu.test(text.slice(Math.max(0, d.start - 8), d.start))) return null;
    const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(d.end, d.end + 30))?.[1];
    // A noun after it, in the case of its line: "team" in a sentence, "TEAM" in a heading in capitals.
    if (!next || NOT_QUALIFIED.has(next.toLowerCase())) return null;
    const capitals = !/\p{Ll}/u.test(span);
    if (capitals ? /\p{Ll}/u.test(next) : /\p{Lu}/u.test(next)) return null;
    return own ? `${own[0]}${word}` : word;
  }

  /** The gender one mention of each person tells, asked before any pseudonym is made (`tellGender`). */
  readonly #told = new Map<string, Gender>();

  /**
   * What mention `d` of `entityId` tells of her gender, kept for all her mentions: "Colombe
   * Mercier, puis Colombe est partie" says it only at the second, after the first took a pseudonym.
   */
  tellGender(d: Detection, entityId: string, text: string): void {
    if (this.#told.has(entityId)) return;
    const gender = this.#gender(d, text);
    if (gender) this.#told.set(entityId, gender);
  }

  /**
   * The gender a pseudonym reads as: the record's, a title's ("Mme", none for "Mx"), the
   * French sentence's ("Yannick est venu", "Laurence Brunet, avocate"), or the first name's
   * where the lists are sure of it. Not sure: a name the popular lists of the text's language
   * give to women and men alike, or not at all and female in the gender list, which reads
   * girls' names last ("Yannick", "Georges" come out female; "Laurence", a man's name in
   * English, is not known in French). Then null: a name given to both.
   */
  #gender(d: Detection, text: string): Gender | null {
    if (d.source === 'records' && d.gender) return d.gender;
    const span = text.slice(d.start, d.end);
    const titled = leadingTitle(span);
    const title = titled ? /^\p{L}+/u.exec(span)![0] : /(?:^|[^\p{L}])(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, d.start - 14), d.start))?.[1];
    if (title && NEUTRAL_TITLES.has(fold(title))) return null;
    const byTitle = title ? titleGender(fold(title)) : undefined;
    if (byTitle) return byTitle;
    const told = this.language === 'fr' ? genderTold(text, d.start, d.end, this.lexicon.commonWords.fr) : englishGenderTold(text, d.end);
    if (told) return told;
    if (!d.gender) return null;
    const first = fold(/^\p{L}+/u.exec(span.slice(titled))?.[0] ?? '');
    if (this.lexicon.firstNames.get(first) !== d.gender) return d.gender;
    const sure = (this.#sure ??= {
      f: new Set(this.lexicon.firstNamesBy[this.language].f.map(fold)),
      m: new Set(this.lexicon.firstNamesBy[this.language].m.map(fold)),
    });
    if (sure[d.gender].has(first)) return d.gender;
    return !this.lexicon.popularFirstNames.has(first) && d.gender === 'm' ? 'm' : null;
  }

  /**
   * A place generalised; a second place that would read the same is "another" one, so
   * "Elle quitte Annecy pour Lyon" does not leave "pour une grande ville…" twice over.
   */
  #place(d: Detection, id: string): string | null {
    const had = this.#places.get(id);
    if (had) return had;
    const general = generalisePlace(d.place, this.language);
    if (!general) return null;
    const taken = [...this.#places.values()].includes(general);
    const place = !taken ? general : this.language === 'fr' ? general.replace(/^(une?) /u, '$1 autre ') : general.replace(/^an? /u, 'another ');
    this.#places.set(id, place);
    return place;
  }

  #number(type: string, id: string): number {
    const key = `${type}|${id}`;
    let n = this.#numbers.get(key);
    if (!n) {
      n = (this.#counts.get(type) ?? 0) + 1;
      this.#counts.set(type, n);
      this.#numbers.set(key, n);
    }
    return n;
  }

  /**
   * "S." for Sophie; a second S. is "S. B." where she has a surname; else a letter not yet
   * taken, the next in the alphabet: "M. L. et Mme N." reads as two people and tells nothing
   * of the second's name, where "L.2" read as a typo. French skips "M.", read as "Monsieur".
   */
  #initial(id: string, name: string): string {
    const had = this.#initials.get(id);
    if (had) return had;
    // "de Rênal" is R., "Le Gal" is L. (a capitalised particle is part of the name); "Sgt." is no part of it.
    const bare = name.slice(leadingTitle(name));
    // "DUPONT Claire" is C., as Claire Dupont is.
    const surname = surnameFirstWords(bare, (w) => this.lexicon.firstNames.has(w));
    const spaced = bare.trim().split(/\s+/u);
    const words = [...spaced.slice(surname), ...spaced.slice(0, surname)].flatMap((w) => w.split('-')).filter(Boolean);
    const lead = words.findIndex((w) => !(NAME_PARTICLES.has(w) || /^\p{Ll}+['’]$/u.test(w)));
    const parts = words.slice(Math.max(0, lead)).map((w) => w.replace(/^\p{Ll}+['’]/u, ''));
    const taken = new Set(this.#initials.values());
    const letter = (parts[0] ?? '?').charAt(0).toUpperCase();
    // "王伟" is no "王.": in a script without capitals one sign may be the whole surname. "X." says nothing.
    if (!/\p{Lu}/u.test(letter)) {
      const initial = this.#freeLetter('W', taken);
      this.#initials.set(id, initial);
      return initial;
    }
    const one = `${letter}.`;
    const two = parts.length > 1 ? `${one} ${parts[parts.length - 1]!.charAt(0).toUpperCase()}.` : one;
    const initial = !taken.has(one) ? one : !taken.has(two) ? two : this.#freeLetter(letter, taken);
    this.#initials.set(id, initial);
    return initial;
  }

  /** The first letter after `letter`, round the alphabet, that no one's initial has yet. */
  #freeLetter(letter: string, taken: Set<string>): string {
    const from = Math.max(0, ALPHABET.indexOf(letter));
    for (let i = 1; i < ALPHABET.length; i++) {
      const c = ALPHABET[(from + i) % ALPHABET.length]!;
      if (!(this.language === 'fr' && c === 'M') && !taken.has(`${c}.`)) return `${c}.`;
    }
    // Twenty-six people of one text: numbers, at last.
    let n = 2;
    while (taken.has(`${letter}.${n}`)) n++;
    return `${letter}.${n}`;
  }

  /** `gender` null: a first name given to both, for a person whose gender nothing tells. */
  #pseudonym(id: string, gender: Gender | null): { first: string; last: string } {
    const had = this.#pseudonyms.get(id);
    if (had) return had;
    const lang = this.language;
    const firsts = gender ? this.lexicon.firstNamesBy[lang][gender] : EPICENE_FIRST_NAMES[lang];
    const inText = this.namesInText();
    // Nor one that begins with a name of the text, or that a name begins with: "Juliette" for
    // Julie, "Martinez" for Martin would give the real name away.
    const near = (s: string) => {
      const f = fold(s);
      for (const w of inText) if (w.length >= 3 ? f.startsWith(w) || w.startsWith(f) : f === w) return true;
      return false;
    };
    const clash = (s: string) => near(s) || this.#used.has(s.toLowerCase());
    const seed = this.seedOf(id);
    const first = capitalise(pick(firsts, `${seed}|first`, clash));
    const last = pick(SURNAMES[lang], `${seed}|last`, clash);
    this.#used.add(first.toLowerCase());
    this.#used.add(last.toLowerCase());
    const p = { first, last };
    this.#pseudonyms.set(id, p);
    return p;
  }
}
