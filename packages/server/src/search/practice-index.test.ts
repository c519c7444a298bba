import { describe, expect, it } from 'vitest';
import { PracticeIndex, type SearchDocument, snippetOf } from './practice-index.js';

const doc = (recordId: string, text: string, kind: SearchDocument['kind'] = 'session'): SearchDocument => ({
  id: `${kind}:${recordId}`,
  kind,
  recordId,
  engagementId: 'e',
  clientId: 'c',
  at: '2026-10-01T09:00:00.000Z',
  text,
});

describe('PracticeIndex', () => {
  const index = new PracticeIndex();
  index.addAll([
    doc('1', "Elle éprouve de l'agacement et de la tristesse envers le DG. La réunion approche."),
    doc('2', 'Les réunions avec son équipe se passent mieux ; elle se sent plus détendue.'),
    doc('3', 'She felt anger before the meetings with her manager.'),
    doc('4', 'Constellation : elle prend la place de son client et ressent de la pression.', 'contact'),
  ]);

  it('finds French words regardless of accents, plurals and case', () => {
    expect(index.search('reunion', 10).map((h) => h.recordId).sort()).toEqual(['1', '2']);
    expect(index.search('TRISTESSE', 10).map((h) => h.recordId)).toEqual(['1']);
    expect(index.search('détendu', 10).map((h) => h.recordId)).toEqual(['2']);
  });

  it('finds English words across verb forms and plurals', () => {
    expect(index.search('meeting', 10).map((h) => h.recordId)).toEqual(['3']);
  });

  it('requires every word of the query, and ranks by relevance', () => {
    expect(index.search('tristesse réunion', 10).map((h) => h.recordId)).toEqual(['1']);
    expect(index.search('tristesse licorne', 10)).toEqual([]);
  });

  it('highlights the matched words in a snippet', () => {
    const [hit] = index.search('pressions', 10);
    expect(hit!.kind).toBe('contact');
    const marked = hit!.highlights.map(([s, e]) => hit!.snippet.slice(s, e));
    expect(marked).toEqual(['pression']);
  });

  it('follows updates and removals', () => {
    const local = new PracticeIndex();
    local.addAll([doc('a', 'première version')]);
    local.upsert(doc('a', 'seconde rédaction'));
    expect(local.search('première', 5)).toEqual([]);
    expect(local.search('rédaction', 5)).toHaveLength(1);
    local.remove('session:a');
    expect(local.search('rédaction', 5)).toEqual([]);
    expect(local.size).toBe(0);
  });
});

describe('snippetOf', () => {
  it('cuts a long text around the first match, on word boundaries, with offsets into the snippet', () => {
    const text = `${'mot '.repeat(200)}la colère monte ${'fin '.repeat(200)}`;
    const { snippet, highlights } = snippetOf(text, new Set(['coler', 'colere']));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights).toHaveLength(1);
    expect(snippet.slice(...highlights[0]!)).toBe('colère');
  });
});
