import type { EntityType } from '../anonymise/types.js';
import { fitOwnWords } from './own-words.js';

/**
 * The coach's review of what the anonymiser found. Decisions are kept per detected
 * name and type, so one decision covers every occurrence ("Claire" accepted once is
 * accepted everywhere; "Biscuiterie Lemoine" replaced once is replaced in "la Biscuiterie
 * Lemoine", "de la Biscuiterie Lemoine" and a picture's label): `accept` the proposed
 * replacement, `replace` it with her own, or `keep` the words (a false alarm). She can
 * also add words the anonymiser missed.
 */
export type SpanDecision = { text: string; type: EntityType } & ({ action: 'accept' | 'keep' } | { action: 'replace'; replacement: string });
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
}

export interface ReviewedSpan extends FoundSpan {
  decision: 'accept' | 'replace' | 'keep' | 'added' | null;
}

export const decisionKey = (text: string, type: EntityType) => `${type}|${text.normalize('NFC').toLowerCase()}`;

/** The words a decision on this span is kept by: the name itself, or the whole stretch for spans that do not tell it apart. */
export const spanName = (text: string, s: { start: number; end: number; nameStart?: number; nameEnd?: number }) => text.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end);

/**
 * Applies the coach's decisions and additions to the detected spans of `text`:
 * the spans as she sees them (each with its decision or none yet) and the text that
 * would be published.
 */
export function applyReview(
  text: string,
  detected: FoundSpan[],
  decisions: SpanDecision[],
  added: AddedSpan[],
): { spans: ReviewedSpan[]; text: string; unresolved: ReviewedSpan[] } {
  const byKey = new Map(decisions.map((d) => [decisionKey(d.text, d.type), d]));
  // Her words may take words before a name, never what another span replaces.
  const floor = new Map<FoundSpan, number>();
  let reached = 0;
  for (const s of [...detected].sort((a, b) => a.start - b.start)) {
    floor.set(s, Math.min(reached, s.start));
    reached = Math.max(reached, s.end);
  }
  const spans: ReviewedSpan[] = detected.map((s) => {
    // By the name first; then by the whole stretch, as decisions were kept before the two were told apart.
    const d = byKey.get(decisionKey(spanName(text, s), s.type)) ?? byKey.get(decisionKey(text.slice(s.start, s.end), s.type));
    if (!d) return { ...s, decision: null };
    if (d.action !== 'replace') return { ...s, decision: d.action };
    // Her words meet the name after whatever introduces it here ("d'Anne" → "de S.").
    const fitted = fitOwnWords(text, s, d.replacement, floor.get(s) ?? 0);
    return { ...s, decision: d.action, start: fitted.start, end: fitted.end, replacement: fitted.replacement };
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
  return { spans, text: out, unresolved };
}

/**
 * Publication needs the client's recorded consent, or the coach's statement that the case is composite.
 * The client's consent is recorded by the coach (`source` coach), or given by the client herself in
 * her space (`client_space`: her testimonial consent, which she can withdraw there at any time).
 */
export type PublicationConsent =
  | { kind: 'client'; scope: 'anonymised' | 'first_name' | 'full_name'; givenOn: string; withdrawnOn?: string | null; source?: 'coach' | 'client_space' }
  | { kind: 'composite'; statement: string; statedAt: string };

export type PublishRefusal = 'unresolved_spans' | 'no_consent' | 'consent_withdrawn' | 'empty' | 'unfilled_prompts';

/**
 * Why a case study may not be published yet, or null when it may. `prompts` counts the
 * draft's bracketed prompts ("[À compléter : …]") still in the text: they mark what the
 * records lacked, to be written or deleted before a reader sees them.
 */
export function publicationRefusal(input: { publishedText: string; unresolved: number; consent: PublicationConsent | null; prompts?: number }): PublishRefusal | null {
  if (!input.publishedText.trim()) return 'empty';
  if (!input.consent) return 'no_consent';
  if (input.consent.kind === 'client' && input.consent.withdrawnOn) return 'consent_withdrawn';
  if (input.unresolved > 0) return 'unresolved_spans';
  if ((input.prompts ?? 0) > 0) return 'unfilled_prompts';
  return null;
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
