import { withEchoes } from './echoes.js';
import type { Lexicon } from './lexicon.js';
import { findNames } from './names.js';
import { findPatterns } from './patterns.js';
import { findRecorded } from './records.js';
import { Replacer } from './replace.js';
import { entityOf, resolveOverlaps } from './resolve.js';
import { fold, tokenize } from './text.js';
import type { AnonymiseOptions, AnonymiseResult, Detection, KnownEntity, Replaced } from './types.js';

/**
 * Everything in `text` that identifies a person, an organisation or a place, each
 * with its type, the source that found it and a confidence; no replacement yet.
 * Sources in order: the practice's records, patterns, the lists, context, capitals.
 */
export function detect(text: string, lexicon: Lexicon, options: Pick<AnonymiseOptions, 'language' | 'known'>): Detection[] {
  const tokens = tokenize(text);
  const found = [
    ...findRecorded(tokens, options.known ?? [], lexicon.commonWords[options.language]),
    ...findPatterns(text, options.language),
    ...findNames(text, tokens, lexicon, options.language),
  ];
  return withEchoes(tokens, resolveOverlaps(text, found));
}

/**
 * Replaces what identifies someone, consistently: one person gets one replacement
 * everywhere, whichever part of her name a sentence uses. Offsets in the answer are
 * into the input, in UTF-16 code units.
 */
export function anonymise(text: string, lexicon: Lexicon, options: AnonymiseOptions): AnonymiseResult {
  const language = options.language;
  const spans = detect(text, lexicon, options);
  const entities = entityOf(text, spans, (w) => lexicon.firstNames.has(w));
  const namesInText = new Set(spans.filter((d) => d.type === 'person').flatMap((d) => fold(text.slice(d.start, d.end)).split(/[\s-]+/)));
  for (const k of options.known ?? []) for (const w of fold(k.name).split(/[\s-]+/)) namesInText.add(w);
  const replacer = new Replacer(options.mode ?? 'initials', language, lexicon, namesInText);
  const recorded = new Map<string, KnownEntity>((options.known ?? []).map((k) => [`record:${k.id}`, k]));
  const fullText = new Map<string, string>();
  for (const [d, e] of entities) if (e.part === 'full' && !fullText.has(e.id)) fullText.set(e.id, text.slice(d.start, d.end));
  const nameOf = (id: string) => recorded.get(id)?.name ?? fullText.get(id) ?? id.replace(/^\w+:/, '');

  const replaced: Replaced[] = spans.map((d) => {
    let replacement = replacer.replace(d, entities.get(d)!, text, nameOf);
    let start = d.start;
    // "d'Anne" becomes "de S.", not "d'S."; "à Montpellier" becomes "dans une grande ville…".
    const elided = /(?:^|[^\p{L}])(d|qu)['’]$/iu.exec(text.slice(Math.max(0, start - 4), start));
    if (elided && /^[^aeiouyhàâéèêëîïôûAEIOUYHÉ]/u.test(replacement)) {
      start -= elided[1]!.length + 1;
      replacement = `${elided[1]!.toLowerCase() === 'qu' ? 'que' : 'de'} ${replacement}`;
    }
    if (d.type === 'place' && /^(une?|an?|dans|in) /u.test(replacement)) {
      const prep = /(?:^|\s)(à|a|en|au|in|at)\s+$/iu.exec(text.slice(Math.max(0, start - 4), start));
      if (prep) {
        start -= prep[0].trimStart().length;
        replacement = `${language === 'fr' ? 'dans' : 'in'} ${replacement}`;
      }
    }
    // "Mme Martin" as a role reads "la consultante", not "Mme la consultante".
    if (options.mode === 'roles' && d.role && replacement === d.role[language]) {
      const title = /(?:^|[^\p{L}])((?:M|Mme|Mlle|Dr|Me|Mr|Mrs|Ms|Monsieur|Madame|Mademoiselle)\.?)\s+$/u.exec(text.slice(Math.max(0, start - 14), start));
      if (title) start -= title[0].length - title[0].indexOf(title[1]!);
    }
    // "Mme L." at the end of a sentence: one full stop, not two.
    if (replacement.endsWith('.') && text[d.end] === '.') replacement = replacement.slice(0, -1);
    if (sentenceStartAt(text, start)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
    return { ...d, start, replacement };
  });

  let out = '';
  let at = 0;
  for (const r of replaced) {
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return { text: out + text.slice(at), spans: replaced };
}

/** Looks back from `at` past spaces and markup: a line start or a full stop begins a sentence. */
function sentenceStartAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t>*_#"»”)\]-]/.test(text[i]!)) i--;
  return i < 0 || /[\n.!?…]/.test(text[i]!);
}
