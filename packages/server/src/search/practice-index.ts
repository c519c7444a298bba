import MiniSearch from 'minisearch';
import { STOP_TERMS, termsOfWord, tokenize } from './terms.js';

export type SearchKind = 'session' | 'contact' | 'feedback' | 'learning' | 'objectives' | 'client';

/** One searchable piece of a practice's notes, decrypted, held in memory only. */
export interface SearchDocument {
  /** `${kind}:${recordId}` */
  id: string;
  kind: SearchKind;
  recordId: string;
  engagementId: string | null;
  clientId: string | null;
  at: string;
  text: string;
}

export interface SearchHit {
  kind: SearchKind;
  recordId: string;
  engagementId: string | null;
  clientId: string | null;
  at: string;
  score: number;
  snippet: string;
  /** [start, end) offsets of the matched words within `snippet`. */
  highlights: [number, number][];
}

const SNIPPET_CHARS = 220;

function processTerm(term: string): string[] | null {
  const terms = termsOfWord(term).filter((t) => !STOP_TERMS.has(t));
  return terms.length ? terms : null;
}

/** The words of `text` that stand for one of `terms`, as a snippet around the first of them. */
export function snippetOf(text: string, terms: Set<string>): { snippet: string; highlights: [number, number][] } {
  const matched = tokenize(text).filter((t) => termsOfWord(t.word).some((x) => terms.has(x)));
  const first = matched[0];
  const from = first ? Math.max(0, Math.min(first.start - 60, text.length - SNIPPET_CHARS)) : 0;
  // Start and end on word boundaries so the snippet reads cleanly.
  const start = from === 0 ? 0 : text.indexOf(' ', from) + 1 || from;
  const endLimit = Math.min(text.length, start + SNIPPET_CHARS);
  const end = endLimit === text.length ? endLimit : text.lastIndexOf(' ', endLimit) > start ? text.lastIndexOf(' ', endLimit) : endLimit;
  const snippet = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  const shift = start > 0 ? 1 - start : -start;
  const highlights = matched.filter((t) => t.start >= start && t.end <= end).map((t) => [t.start + shift, t.end + shift] as [number, number]);
  return { snippet, highlights };
}

/** A practice's notes, indexed in memory (BM25 ranking by MiniSearch). */
export class PracticeIndex {
  readonly #search = new MiniSearch<SearchDocument>({
    fields: ['text'],
    storeFields: ['kind', 'recordId', 'engagementId', 'clientId', 'at', 'text'],
    tokenize: (text) => tokenize(text).map((t) => t.word),
    processTerm,
    searchOptions: { processTerm, prefix: (term) => term.length >= 4, combineWith: 'AND' },
  });

  get size(): number {
    return this.#search.documentCount;
  }

  addAll(docs: SearchDocument[]): void {
    this.#search.addAll(docs);
  }

  upsert(doc: SearchDocument): void {
    if (this.#search.has(doc.id)) this.#search.discard(doc.id);
    if (doc.text.trim()) this.#search.add(doc);
  }

  remove(id: string): void {
    if (this.#search.has(id)) this.#search.discard(id);
  }

  search(query: string, limit: number): SearchHit[] {
    const results = this.#search.search(query).slice(0, limit);
    return results.map((r) => {
      const doc = r as unknown as SearchDocument & { score: number; terms: string[] };
      const { snippet, highlights } = snippetOf(doc.text, new Set(r.terms));
      return { kind: doc.kind, recordId: doc.recordId, engagementId: doc.engagementId, clientId: doc.clientId, at: doc.at, score: r.score, snippet, highlights };
    });
  }
}
