import type { NaturalFeature } from './natural-places.js';
/** What the anonymiser finds. The names are a public contract (POST /api/v1/anonymise). */
export const ENTITY_TYPES = ['person', 'organisation', 'place', 'email', 'phone', 'date', 'url', 'identifier', 'role'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where a detection came from, so the review screen can say why a span is masked. */
export const DETECTION_SOURCES = [
  'records',
  'pattern',
  'phone-library',
  'date-library',
  'first-names',
  'surnames',
  'places',
  'countries',
  'legal-forms',
  'context',
  'capitalisation',
  'elsewhere',
  'model',
  'demonyms',
  'script',
] as const;
export type DetectionSource = (typeof DETECTION_SOURCES)[number];

export const ANONYMISE_MODES = ['initials', 'roles', 'pseudonyms', 'placeholders'] as const;
export type AnonymiseMode = (typeof ANONYMISE_MODES)[number];

export type Language = 'fr' | 'en';
export type Gender = 'f' | 'm';

/** A place the lists know, so that it can be generalised rather than renamed. */
export interface PlaceFacts {
  /** 'city': a great city abroad everyone knows (world-places.ts); 'town': any other town abroad of some size (world-towns.ts). */
  kind: 'commune' | 'region' | 'department' | 'country' | 'city' | 'town' | 'natural';
  population?: number;
  region?: string;
  /** What kind of natural place (kind 'natural'): a lake, a mountain range… (natural-places.ts). */
  feature?: NaturalFeature;
}

/** One stretch of the input that identifies someone or something; offsets in UTF-16 code units. */
export interface Detection {
  start: number;
  end: number;
  type: EntityType;
  source: DetectionSource;
  confidence: number;
  /** Detections with the same key are one entity and get one replacement. */
  key?: string;
  gender?: Gender;
  /** For a known person or organisation: how the case study may call them. */
  role?: { fr: string; en: string };
  place?: PlaceFacts;
  /** A replacement the detector wrote to fit its sentence (a demonym's generalisation), used in every mode. */
  replacement?: string;
}

/** Someone or something the practice recorded: never missed, whatever the spelling. */
export interface KnownEntity {
  id: string;
  type: 'person' | 'organisation' | 'place';
  name: string;
  /** Other ways the records spell it (a nickname, a maiden name, an acronym). */
  aliases?: string[];
  gender?: Gender;
  role?: { fr: string; en: string };
}

export interface Replaced extends Detection {
  replacement: string;
  /**
   * Where the detected name itself stands. `start` may have moved to take the words
   * the replacement stands in for ("la Biscuiterie Lemoine" → "son organisation",
   * "à Montpellier", "d'Anne", "M. Dupont" as a role) or to leave an elision the
   * detection took ("d'Antoine" → "d'A."); the name's own words are what a coach's
   * decision is kept by, so one decision covers every mention, however introduced.
   */
  nameStart?: number;
  nameEnd?: number;
  /**
   * The entity this mention is of, the same for every mention the anonymiser counts as one
   * ("Claire", "Claire Vasseur", "Mme Vasseur"): an index within this text ("e3"), which
   * tells nothing of the name.
   */
  entity?: string;
}

export interface AnonymiseOptions {
  language: Language;
  mode?: AnonymiseMode;
  known?: KnownEntity[];
  /**
   * Keys the choice of pseudonyms: a keyed digest of
   * an entity's id, kept by the practice. Without it the choice is a fixed function of the real
   * name, which anyone holding this code and a list of candidate names could run backwards;
   * with it the same person still gets the same pseudonym in every text of the practice.
   */
  seedOf?: (entityId: string) => string;
}

/**
 * Telling details: an age, a headcount, a family, a seniority, a nationality, and any
 * capitalised word left in clear (capitals.ts). Alone they name no one,
 * together they can; they are shown to the coach to check, never replaced on their own,
 * and are not spans (the span types are a public contract).
 */
export const DETAIL_KINDS = ['age', 'headcount', 'family', 'seniority', 'origin', 'capital'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

/** One telling detail: offsets in UTF-16 code units, and words that would say it more vaguely. */
export interface Detail {
  start: number;
  end: number;
  kind: DetailKind;
  suggestion: string;
}

/** The span type a detail takes when the coach masks it (a span needs one of the contract's types). */
export const DETAIL_SPAN_TYPES: Record<DetailKind, EntityType> = { age: 'person', family: 'person', headcount: 'organisation', seniority: 'date', origin: 'place', capital: 'person' };

export interface AnonymiseResult {
  text: string;
  spans: Replaced[];
  /** Telling details left as they are, for the coach to check. */
  details: Detail[];
}
