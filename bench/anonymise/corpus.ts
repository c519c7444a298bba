import { readFileSync } from 'node:fs';
import type { EntityType, Replaced } from '../../packages/domain/src/anonymise/index.js';
import { FIXTURES } from './fixtures.js';

/** A text with the gold type of each of its words (null: nothing to find). */
export interface Corpus {
  name: string;
  language: 'fr' | 'en';
  texts: { text: string; words: { start: number; end: number; gold: EntityType | null }[] }[];
}

/**
 * The entity type of a tag as annotated corpora write it: with a prefix of IOB, BIOES or BILOU
 * ("B-PER", "S-LOC", "U-ORG") or none ("PER" in IO files), in either case, under the names
 * that different schemes give a type ("PERS", "PERSON", "pers.ind" of Quaero and HIPE, "GPE",
 * "LOCATION", "ORGANIZATION"). Anything else — "O", MISC, dates, products — is nothing to find.
 */
export function typeOfTag(tag: string): EntityType | null {
  const bare = tag.replace(/^[BIESLU][-_]/i, '').toUpperCase().split('.')[0]!;
  return TAG_TYPES[bare] ?? null;
}
const TAG_TYPES: Record<string, EntityType> = {
  PER: 'person', PERS: 'person', PERSON: 'person',
  LOC: 'place', LOCATION: 'place', GPE: 'place',
  ORG: 'organisation', ORGANIZATION: 'organisation', ORGANISATION: 'organisation',
};

/**
 * A BIO file (one `TOKEN TAG` per line) as texts of about 2,000 tokens, tokens joined by
 * spaces: the anonymiser sees running text, the scorer knows every token's tag.
 */
export function bioCorpus(name: string, path: string): Corpus {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const texts: Corpus['texts'] = [];
  for (let i = 0; i < lines.length; i += 2000) {
    let text = '';
    const words: Corpus['texts'][number]['words'] = [];
    for (const line of lines.slice(i, i + 2000)) {
      const at = line.lastIndexOf(' ');
      const token = line.slice(0, at);
      const tag = line.slice(at + 1);
      if (text) text += ' ';
      const start = text.length;
      text += token;
      if (/[\p{L}\p{N}]/u.test(token)) words.push({ start, end: text.length, gold: typeOfTag(tag) });
    }
    texts.push({ text, words });
  }
  return { name, language: 'fr', texts };
}

/** Tokens that hug the word before them (no space before), and those that hug the word after. */
const NO_SPACE_BEFORE = /^([,.;:!?%)\]}»…]|'|’|-t-\p{L}+|-\p{L}+)$/u;
const NO_SPACE_AFTER = /^([(\[{«]|\p{L}+['’]|')$/u;

/**
 * A CoNLL file of another annotated French corpus (`TOKEN … TAG` per line, a blank line
 * between sentences; any tagging scheme `typeOfTag` reads; MISC and other types count as
 * nothing to find), as texts of about 2,000 tokens of running prose: tokens are joined as the
 * writer would have written them ("l ' Anjou" → "l'Anjou", no space before a comma),
 * so the anonymiser reads text, not a token list. For measuring on text that is not in
 * this repository (`npm run bench -- anonymise --extra PATH`). The tag is the line's last
 * field, or the column a header line names (HIPE's TSV: "TOKEN NE-COARSE-LIT …"); lines
 * of comments ("# …") are skipped, and "-DOCSTART-" ends a document, which starts a new text.
 */
export function conllCorpus(name: string, path: string): Corpus {
  return conllText(name, readFileSync(path, 'utf8'));
}

/** Columns a header may name for the entity tag, the likeliest first. */
const TAG_COLUMNS = ['NE-COARSE-LIT', 'NE', 'NER', 'TAG', 'LABEL'];

/** conllCorpus's reading of the file's content. */
export function conllText(name: string, content: string): Corpus {
  const texts: Corpus['texts'] = [];
  let text = '';
  let words: Corpus['texts'][number]['words'] = [];
  let tokens = 0;
  let glue = true;
  const flush = () => {
    if (text) texts.push({ text, words });
    text = '';
    words = [];
    tokens = 0;
    glue = true;
  };
  let tagColumn = -1;
  for (const line of content.split('\n')) {
    if (line.startsWith('#')) continue;
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    if (fields[0] === 'TOKEN' && tagColumn < 0 && !text) {
      const named = TAG_COLUMNS.map((c) => fields.indexOf(c)).find((k) => k > 0);
      if (named !== undefined) {
        tagColumn = named;
        continue;
      }
    }
    if (fields.length < 2) {
      // A sentence ends: a new text once this one is long enough.
      if (tokens >= 2000) flush();
      continue;
    }
    const token = fields[0]!;
    const tag = fields[tagColumn > 0 ? tagColumn : fields.length - 1] ?? 'O';
    if (!glue && !NO_SPACE_BEFORE.test(token)) text += ' ';
    const start = text.length;
    text += token;
    tokens++;
    glue = NO_SPACE_AFTER.test(token);
    if (/[\p{L}\p{N}]/u.test(token)) words.push({ start, end: text.length, gold: typeOfTag(tag) });
  }
  flush();
  return { name, language: 'fr', texts };
}

/**
 * The split of a BIO corpus between what the model learns from and what it is measured
 * on: texts (of 2,000 tokens, in file order) with an even index train it, texts with an
 * odd index are held out. The bench reports europeana-ner-fr on the held-out texts only.
 */
export type Split = 'train' | 'held-out';
export const splitOf = (index: number): Split => (index % 2 === 0 ? 'train' : 'held-out');

export function splitCorpus(corpus: Corpus, split: Split): Corpus {
  return { ...corpus, name: corpus.name, texts: corpus.texts.filter((_, i) => splitOf(i) === split) };
}

/** Our fixtures, `[[type|text]]` marks removed, every word tagged. */
export function fixtureCorpus(language: 'fr' | 'en'): Corpus {
  const texts = FIXTURES.filter((f) => f.language === language).map(({ text: marked }) => {
    let text = '';
    const spans: { start: number; end: number; type: EntityType }[] = [];
    let at = 0;
    for (const m of marked.matchAll(/\[\[(\w+)\|([^\]]+)\]\]/g)) {
      text += marked.slice(at, m.index);
      spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1] as EntityType });
      text += m[2];
      at = m.index! + m[0].length;
    }
    text += marked.slice(at);
    const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => {
      const start = m.index!;
      const end = start + m[0].length;
      return { start, end, gold: spans.find((s) => s.start <= start && end <= s.end)?.type ?? null };
    });
    return { text, words };
  });
  return { name: `alliance-fixtures-${language}`, language, texts };
}

/** What was detected of a replaced span: the name's own offsets, not the stretch its replacement took. */
export const detected = (s: Replaced): { start: number; end: number; type: EntityType } => ({ start: s.nameStart ?? s.start, end: s.nameEnd ?? s.end, type: s.type });
