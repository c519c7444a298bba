import { withArrondissements } from './arrondissements.js';
import { withDemonyms } from './demonyms.js';
import { withoutDepartments } from './departments.js';
import { withoutWordLists } from './word-lists.js';
import { findDetails } from './details.js';
import { fileNameParts } from './file-names.js';
import { withEchoes } from './echoes.js';
import { isWellKnownPlace, type Lexicon } from './lexicon.js';
import { fitReplacement } from './fit.js';
import { thingTokens } from './known-things.js';
import { findNames } from './names.js';
import { findPatterns } from './patterns.js';
import { findRecorded } from './records.js';
import { Replacer } from './replace.js';
import { entityOf, resolveOverlaps } from './resolve.js';
import { withInitialsOfPeople } from './initials.js';
import { originalSpan, visibleText, type WordsAcrossLines } from './invisibles.js';
import { FOLDED_SURNAMES } from './surnames.js';
import { fittedToTables, readTables } from './table-columns.js';
import { fold, type Token, tokenize } from './text.js';
import { NAME_PARTICLES, TITLES } from './vocabulary.js';
import type { AnonymiseOptions, AnonymiseResult, Detection, KnownEntity, Language, Replaced } from './types.js';

/**
 * Everything in `text` that identifies a person, an organisation or a place, each
 * with its type, the source that found it and a confidence; no replacement yet.
 * Sources in order: the practice's records, patterns, the lists, context, capitals.
 */
export function detect(text: string, lexicon: Lexicon, options: Pick<AnonymiseOptions, 'language' | 'known'>): Detection[] {
  const v = visibleText(text, wordsAcrossLines(lexicon, options.language));
  if (!v) return detectVisible(text, lexicon, options);
  return detectVisible(v.text, lexicon, options).map((d) => ({ ...d, ...originalSpan(v, d.start, d.end) }));
}

/** What the lists say of a word a line broke after its hyphen (invisibles.ts). */
function wordsAcrossLines(lexicon: Lexicon, language: Language): WordsAcrossLines {
  return {
    isWord: (w) => lexicon.commonWords[language].has(w),
    isName: (w) => lexicon.firstNames.has(w) || lexicon.places.has(w) || FOLDED_SURNAMES.has(w),
  };
}

function detectVisible(text: string, lexicon: Lexicon, options: Pick<AnonymiseOptions, 'language' | 'known'>): Detection[] {
  const tokens = tokenize(text);
  return detectIn(text, tokens, lexicon, options, thingTokens(text, tokens, lexicon));
}

/** `things`: the tokens that name software, a method or a holiday (known-things.ts), masked by nothing but the records. */
function detectIn(text: string, tokens: Token[], lexicon: Lexicon, options: Pick<AnonymiseOptions, 'language' | 'known'>, things: ReadonlySet<number>): Detection[] {
  const tables = readTables(text);
  const found = fittedToTables(
    text,
    [...findRecorded(tokens, options.known ?? [], lexicon.commonWords[options.language]), ...findPatterns(text, options.language), ...findNames(text, tokens, lexicon, options.language, things), ...fileNameParts(text, lexicon, options.language), ...tables.cells],
    tables,
  );
  // Titles of two letters are written "Pr", "Dr": in capitals, "PR" and "DR" may well be someone's initials.
  const isWord = (f: string) => lexicon.commonWords.fr.has(f) || lexicon.commonWords.en.has(f) || (TITLES.has(f) && f.length > 2) || NAME_PARTICLES.has(f);
  const resolved = withoutWordLists(tokens, withoutDepartments(tokens, resolveOverlaps(text, found), lexicon, options.language), lexicon, options.language);
  const places = withArrondissements(text, withDemonyms(tokens, resolved, options.language));
  return withInitialsOfPeople(text, tokens, withEchoes(tokens, places, (w) => isWellKnownPlace(lexicon.places.get(w)), (w) => lexicon.popularFirstNames.has(w), (w) => lexicon.commonWords[options.language].has(w) || NAME_PARTICLES.has(w)), isWord);
}

/**
 * Replaces what identifies someone, consistently: one person gets one replacement
 * everywhere, whichever part of her name a sentence uses. Offsets in the answer are
 * into the input, in UTF-16 code units.
 */
export function anonymise(text: string, lexicon: Lexicon, options: AnonymiseOptions): AnonymiseResult {
  // What is read is what the reader sees: a soft hyphen inside a name does not cut it (invisibles.ts).
  const v = visibleText(text, wordsAcrossLines(lexicon, options.language));
  if (!v) return anonymiseVisible(text, lexicon, options);
  const seen = anonymiseVisible(v.text, lexicon, options);
  const spans = seen.spans.map((r) => {
    const moved: Replaced = { ...r, ...originalSpan(v, r.start, r.end) };
    if (r.nameStart !== undefined) moved.nameStart = v.at[r.nameStart]!;
    if (r.nameEnd !== undefined) moved.nameEnd = originalSpan(v, r.nameStart ?? r.start, r.nameEnd).end;
    return moved;
  });
  return { text: spliced(text, spans), spans, details: seen.details.map((d) => ({ ...d, ...originalSpan(v, d.start, d.end) })) };
}

/** `text` with each span's replacement in its place; `spans` are sorted and do not overlap. */
function spliced(text: string, spans: Replaced[]): string {
  let out = '';
  let at = 0;
  for (const r of spans) {
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return out + text.slice(at);
}

function anonymiseVisible(text: string, lexicon: Lexicon, options: AnonymiseOptions): AnonymiseResult {
  const language = options.language;
  const tokens = tokenize(text);
  const things = thingTokens(text, tokens, lexicon);
  const spans = detectIn(text, tokens, lexicon, options, things);
  const entities = entityOf(text, spans, (w) => lexicon.firstNames.has(w));
  // Only pseudonyms need the words of every name in the text: read once, when the first is made.
  let namesInText: Set<string> | null = null;
  const inText = () => {
    if (namesInText) return namesInText;
    namesInText = new Set(spans.filter((d) => d.type === 'person').flatMap((d) => fold(text.slice(d.start, d.end)).split(/[\s-]+/)));
    for (const k of options.known ?? []) for (const w of fold(k.name).split(/[\s-]+/)) namesInText.add(w);
    return namesInText;
  };
  const replacer = new Replacer(options.mode ?? 'initials', language, lexicon, inText, options.seedOf);
  const recorded = new Map<string, KnownEntity>((options.known ?? []).map((k) => [`record:${k.id}`, k]));
  const fullText = new Map<string, string>();
  for (const [d, e] of entities) if (e.part === 'full' && !fullText.has(e.id)) fullText.set(e.id, text.slice(d.start, d.end));
  const nameOf = (id: string) => recorded.get(id)?.name ?? fullText.get(id) ?? id.replace(/^\w+:/, '');

  // A person's gender, from whichever mention tells it ("M. Lefèvre", "Antoine"), for all her mentions.
  const genders = new Map<string, Detection['gender']>();
  for (const [d, e] of entities) if (d.gender && !genders.has(e.id)) genders.set(e.id, d.gender);

  // A pseudonym's gender is told by any mention of her, the first or a later one.
  if (options.mode === 'pseudonyms') for (const [d, e] of entities) if (d.type === 'person') replacer.tellGender(d, e.id, text);

  const indexOf = new Map<string, string>();
  const replaced: Replaced[] = spans.map((d, i) => {
    const entity = entities.get(d)!;
    if (!indexOf.has(entity.id)) indexOf.set(entity.id, `e${indexOf.size + 1}`);
    const gender = d.gender ?? genders.get(entity.id);
    // A copy only where the gender is another mention's: one with its own needs none.
    const raw = d.replacement ?? replacer.replace(gender && gender !== d.gender ? { ...d, gender } : d, entity, text, nameOf);
    const { start, end, nameStart, replacement } = fitReplacement(text, d, raw, { language, roleMode: options.mode === 'roles', floor: i > 0 ? spans[i - 1]!.end : 0 });
    return replacedAs(d, start, end, replacement, nameStart, indexOf.get(entity.id)!);
  });

  return { text: spliced(text, replaced), spans: replaced, details: findDetails(tokens, language, spans, things) };
}

/**
 * `d` replaced, built field by field: detections come from a score of detectors in as many
 * shapes, and a spread of them (`{ ...d }`) took V8's slowest path, a tenth of the
 * time after detection on a long text.
 */
function replacedAs(d: Detection, start: number, end: number, replacement: string, nameStart: number | undefined, entity: string): Replaced {
  const r: Replaced = { start, end, type: d.type, source: d.source, confidence: d.confidence, replacement, nameStart, nameEnd: d.end, entity };
  if (d.key !== undefined) r.key = d.key;
  if (d.gender !== undefined) r.gender = d.gender;
  if (d.role !== undefined) r.role = d.role;
  if (d.place !== undefined) r.place = d.place;
  return r;
}
