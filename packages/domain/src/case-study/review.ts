import type { EntityType } from '../anonymise/types.js';
import { decisionKey, spanName } from './name-key.js';
import { fitOwnWords } from './own-words.js';
import { type PassageAnchor, placePassageDecisions } from './passages.js';

export { decisionKey, spanName };

/**
 * The coach's review of what the anonymiser found. Decisions are kept per detected
 * name and type, so one decision covers every occurrence ("Claire" accepted once is
 * accepted everywhere; "Biscuiterie Lemoine" replaced once is replaced in "la Biscuiterie
 * Lemoine", "de la Biscuiterie Lemoine" and a picture's label): `accept` the proposed
 * replacement, `replace` it with her own, or `keep` the words (a false alarm). She can
 * also add words the anonymiser missed.
 *
 * A decision with a `passage` is for that one passage of the name (passages.ts): it
 * overrides the name's decision there only — "Florence" the city kept, "Florence" the
 * client masked — and applies only while its anchor still names that passage.
 */
export type SpanDecision = { text: string; type: EntityType; passage?: PassageAnchor } & ({ action: 'accept' | 'keep' } | { action: 'replace'; replacement: string });
/** Her decisions by name, without those for one passage of the text (a picture's label follows the name's). */
export const nameDecisions = (decisions: readonly SpanDecision[]): SpanDecision[] => decisions.filter((d) => !d.passage);

export interface AddedSpan {
  text: string;
  type: EntityType;
  replacement: string;
}

/** Types whose miss would identify someone: publication waits for a decision on each. */
export const HIGH_RISK_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organisation', 'email', 'phone', 'identifier', 'url', 'role']);

/** A span the anonymiser found, as the review reads it. */
export interface FoundSpan {
  start: number;
  end: number;
  type: EntityType;
  replacement: string;
  source: string;
  confidence: number;
  /** The detected name itself, when the replaced stretch took words before it ("la Biscuiterie Lemoine"). */
  nameStart?: number;
  nameEnd?: number;
  /**
   * The entity the anonymiser counts this mention of ("Claire" and "Claire Vasseur" are one),
   * for the screen to group names by person; decisions are still kept by the name's words.
   */
  entity?: string;
}

export interface ReviewedSpan extends FoundSpan {
  decision: 'accept' | 'replace' | 'keep' | 'added' | null;
  /** Present when this passage has a decision of its own, overriding its name's: the anchor it was made by. */
  passage?: PassageAnchor;
}

/**
 * Applies the coach's decisions and additions to the detected spans of `text`:
 * the spans as she sees them (each with its decision or none yet) and the text that
 * would be published. A passage's own decision comes first, then its name's; `stale`
 * lists the passage decisions whose passage the text no longer holds as it was.
 */
export function applyReview(
  text: string,
  detected: FoundSpan[],
  decisions: SpanDecision[],
  added: AddedSpan[],
): { spans: ReviewedSpan[]; text: string; unresolved: ReviewedSpan[]; stale: SpanDecision[] } {
  const byKey = new Map(nameDecisions(decisions).map((d) => [decisionKey(d.text, d.type), d]));
  const own = placePassageDecisions(text, detected, decisions);
  // Her words may take words before a name, never what another span replaces.
  const floor = new Map<FoundSpan, number>();
  let reached = 0;
  for (const s of [...detected].sort((a, b) => a.start - b.start)) {
    floor.set(s, Math.min(reached, s.start));
    reached = Math.max(reached, s.end);
  }
  const spans: ReviewedSpan[] = detected.map((s) => {
    // This passage's own decision; else the name's; then by the whole stretch, as decisions were kept before the two were told apart.
    const mine = own.at.get(s);
    const d = mine ?? byKey.get(decisionKey(spanName(text, s), s.type)) ?? byKey.get(decisionKey(text.slice(s.start, s.end), s.type));
    if (!d) return { ...s, decision: null };
    const passage = mine ? { passage: mine.passage } : {};
    if (d.action !== 'replace') return { ...s, decision: d.action, ...passage };
    // Her words meet the name after whatever introduces it here ("d'Anne" → "de S.").
    const fitted = fitOwnWords(text, s, d.replacement, floor.get(s) ?? 0);
    return { ...s, decision: d.action, start: fitted.start, end: fitted.end, replacement: fitted.replacement, ...passage };
  });
  // What she added is masked wherever it occurs outside what is already masked.
  for (const a of added) {
    const needle = a.text.trim();
    if (!needle) continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (spans.some((s) => s.start < end && at < s.end)) continue;
      spans.push({ start: at, end, type: a.type, replacement: a.replacement, source: 'coach', confidence: 1, decision: 'added' });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.decision === 'keep') continue;
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  out += text.slice(at);
  const unresolved = spans.filter((s) => s.decision === null && HIGH_RISK_TYPES.has(s.type));
  return { spans, text: out, unresolved, stale: own.stale };
}

/**
 * Publication needs the client's recorded consent, or the coach's statement that the case is composite.
 * The client's consent is recorded by the coach (`source` coach), or given by the client herself in
 * her space (`client_space`: her testimonial consent, which she can withdraw there at any time).
 */
export type PublicationConsent =
  | { kind: 'client'; scope: 'anonymised' | 'first_name' | 'full_name'; givenOn: string; withdrawnOn?: string | null; source?: 'coach' | 'client_space' }
  | { kind: 'composite'; statement: string; statedAt: string };

export type PublishRefusal = 'unresolved_spans' | 'no_consent' | 'consent_withdrawn' | 'kept_beyond_consent' | 'empty' | 'unfilled_prompts' | 'details_unchecked';

/**
 * Why a case study may not be published yet, or null when it may. `prompts` counts the
 * draft's bracketed prompts ("[À compléter : …]") still in the text: they mark what the
 * records lacked, to be written or deleted before a reader sees them. `kept` lists the
 * recorded names her decisions leave in clear (`keptRecordedNames`): each must be one
 * the consent allows.
 */
export function publicationRefusal(input: {
  publishedText: string;
  unresolved: number;
  consent: PublicationConsent | null;
  prompts?: number;
  kept?: readonly KeptName[];
  uncheckedDetails?: number;
}): PublishRefusal | null {
  if (!input.publishedText.trim()) return 'empty';
  if (!input.consent) return 'no_consent';
  if (input.consent.kind === 'client' && input.consent.withdrawnOn) return 'consent_withdrawn';
  if (beyondConsent(input.consent, input.kept ?? []).length > 0) return 'kept_beyond_consent';
  if (input.unresolved > 0) return 'unresolved_spans';
  if ((input.prompts ?? 0) > 0) return 'unfilled_prompts';
  // Last: the details are read in the text as it will stand once everything else is settled.
  if ((input.uncheckedDetails ?? 0) > 0) return 'details_unchecked';
  return null;
}

/**
 * A telling detail as the coach confirms she has read it ("J'ai relu ces détails"): its
 * kind, its words, and the picture label it stands in when it is in one.
 */
export interface CheckedDetail<K extends string = string> {
  kind: K;
  text: string;
  label?: string;
}

/** Her confirmation: the details she had before her, and when (the server's clock). */
export interface DetailsCheck {
  checkedAt: string;
  details: CheckedDetail[];
}

/** A detail as she confirms it: its kind, words and label, nothing of where it stands. */
export const checkedDetailOf = <K extends string>(d: CheckedDetail<K>): CheckedDetail<K> => ({ kind: d.kind, text: d.text, ...(d.label === undefined ? {} : { label: d.label }) });

const checkedKey = (d: CheckedDetail) => `${d.kind}|${d.label ?? ''}|${d.text.normalize('NFC').trim()}`;

/**
 * Which of the current details her confirmation covers. It covers details by their
 * words, not their place, so typing elsewhere keeps it; but each confirmed occurrence
 * covers one occurrence only, so a detail that appears since — new words, or the same
 * words written once more in another sentence — waits for her to read it.
 */
export function withChecked<D extends CheckedDetail>(details: readonly D[], check: DetailsCheck | null | undefined): (D & { checked: boolean })[] {
  const left = new Map<string, number>();
  for (const d of check?.details ?? []) left.set(checkedKey(d), (left.get(checkedKey(d)) ?? 0) + 1);
  return details.map((d) => {
    const n = left.get(checkedKey(d)) ?? 0;
    if (n > 0) left.set(checkedKey(d), n - 1);
    return { ...d, checked: n > 0 };
  });
}

/**
 * Whose name a name left in clear is, as a consent's scope tells them apart: the
 * client's first name, her surname, or anyone or anything else's (a contact, her
 * organisation, the sponsor, a programme), which is never hers to consent to.
 */
export type KeptNamePart = 'first_name' | 'surname' | 'third_party';
export interface KeptName {
  text: string;
  part: KeptNamePart;
}

/** The names the engagement's records hold, as the consent rule reads them: hers, her first name and surname apart, and the others. */
export interface ConsentNames {
  client: { firstName: string; lastName: string } | null;
  others: readonly { type: 'person' | 'organisation' | 'place'; name: string; aliases?: string[] }[];
}

/**
 * What a consent lets a case show in clear: 'anonymised', no recorded name; 'first_name',
 * her first name only; 'full_name', her names. A composite or fictionalised case shows
 * none of the real names, and no consent of hers covers anyone else's name.
 */
export function consentAllows(consent: PublicationConsent, part: KeptNamePart): boolean {
  if (consent.kind !== 'client' || part === 'third_party') return false;
  return consent.scope === 'full_name' || (consent.scope === 'first_name' && part === 'first_name');
}

/** The kept names the consent does not cover. */
export function beyondConsent(consent: PublicationConsent, kept: readonly KeptName[]): KeptName[] {
  return kept.filter((k) => !consentAllows(consent, k.part));
}

const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** The little words between a name's words ("Anne Le Gall", "Jean de La Salle"): alone they name no one. */
const NAME_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ten', 'ben', 'bin', 'mac', 'saint', 'sainte', 'the', 'and', 'et']);
const nameWords = (s: string) => foldName(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !NAME_LINKS.has(w));
const namePhrase = (s: string) => ` ${nameWords(s).join(' ')} `;
/** A recorded word, or that word with one letter wrong, added or missing in a longer name (the anonymiser finds those too). */
const sameWord = (w: string, recorded: string) => w === recorded || (recorded.length >= 5 && withinOneLetter(w, recorded));

/**
 * The recorded names her decisions leave in clear: a name she kept as it is, or her
 * own words for it that write a recorded name back ("Sonia Ferrand" replaced by
 * "Sonia"). `spans` are the reviewed spans of `text` (picture labels included, when
 * they are read with it). A person is recognised by any word of her name; a name
 * that describes rather than names ("Direction des ressources humaines") and an
 * organisation, by the whole of it or an alias, as "Groupe" alone names nothing.
 */
export function keptRecordedNames(text: string, spans: readonly ReviewedSpan[], names: ConsentNames): KeptName[] {
  const first = names.client ? nameWords(names.client.firstName) : [];
  const last = names.client ? nameWords(names.client.lastName) : [];
  const hers = (w: string) => [...first, ...last].some((r) => sameWord(w, r));
  const otherWords: string[] = [];
  const otherPhrases: string[] = [];
  for (const o of names.others) {
    if (o.type === 'place') continue;
    for (const n of [o.name, ...(o.aliases ?? [])]) {
      const describes = n.split(/\s+/).some((w) => /^\p{Ll}{3,}/u.test(w) && !NAME_LINKS.has(foldName(w)));
      if (o.type === 'person' && !describes) otherWords.push(...nameWords(n));
      else if (nameWords(n).length) otherPhrases.push(namePhrase(n));
    }
  }
  const out = new Map<string, KeptName>();
  for (const s of spans) {
    const shown = s.decision === 'keep' ? spanName(text, s) : s.decision === 'replace' || s.decision === 'added' ? s.replacement : null;
    if (!shown) continue;
    const words = nameWords(shown);
    const phrase = namePhrase(shown);
    // Her own names first: a contact who shares her first name does not make it a third party's.
    const part: KeptNamePart | null =
      otherPhrases.some((p) => phrase.includes(p)) || words.some((w) => !hers(w) && otherWords.some((r) => sameWord(w, r)))
        ? 'third_party'
        : words.some((w) => last.some((r) => sameWord(w, r)))
          ? 'surname'
          : words.some((w) => first.some((r) => sameWord(w, r)))
            ? 'first_name'
            : null;
    if (part) out.set(`${part}|${phrase}`, { text: shown.trim(), part });
  }
  return [...out.values()];
}

/** At most one letter added, dropped, changed or swapped. */
function withinOneLetter(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length) return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

/** Minutes to read, at 200 words a minute, never less than one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}

/** A URL-safe name for an article: "Recréer l'alliance" → "recreer-l-alliance". */
export function slugify(title: string): string {
  const s = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || 'article';
}
