import type { Picture } from '@alliance/api';
import type { KnownEntity } from '@alliance/domain/anonymise';
import { describe, expect, it } from 'vitest';
import type { CaseStudyRecord } from '../../repos/case-studies.js';
import { changesMemo, reviewFingerprint } from './published-changes.js';

const element = { id: 'e1', kind: 'person' as const, label: 'Claire', colour: '#2a6f6a', size: 'medium' as const, isClient: true, place: { x: 30, y: 70, facing: 90 } };
const picture = (id: string, label = 'Claire'): Picture => ({ id, boardId: 'b1', name: 'Au départ', takenAt: '2026-10-01T09:24:00Z', takenBy: 'Hélène', isInitial: true, isResolution: false, elements: [{ ...element, label }] });
const record: CaseStudyRecord = {
  id: 'c1',
  engagementId: 'g1',
  clientId: 'k1',
  language: 'fr',
  title: "Recréer l'alliance",
  markdown: 'Claire me raconte.\n\n![Première image](board-picture:p1 "Au départ")\n',
  mode: 'roles',
  decisions: [{ text: 'Claire', type: 'person', action: 'accept' }],
  added: [],
  consent: null,
  detailsCheck: null,
  publishedKept: null,
  slug: 'recreer-alliance',
  publishedAt: new Date('2026-11-01T10:00:00Z'),
  republishedAt: null,
  published: { title: "Recréer l'alliance", markdown: 'La personne accompagnée me raconte.', pictures: [] },
  createdAt: new Date('2026-10-20T10:00:00Z'),
  updatedAt: new Date('2026-11-01T10:00:00Z'),
};
const known: KnownEntity[] = [{ id: 'k1', type: 'person', name: 'Claire Vasseur', role: { fr: 'la personne accompagnée', en: 'the client' } }];
const pictures = [picture('p1'), picture('p2')];
const base = reviewFingerprint(record, known, pictures);

describe("the fingerprint of what decides a published case's unpublished changes", () => {
  it('is the same for the same inputs, whatever order the keys came in', () => {
    const reordered = { ...record, published: { pictures: [], markdown: record.published!.markdown, title: record.published!.title } };
    expect(reviewFingerprint(reordered, known, pictures)).toBe(base);
  });

  it('changes with every input of the review and with the version published', () => {
    const changed = [
      reviewFingerprint({ ...record, title: 'Un autre titre' }, known, pictures),
      reviewFingerprint({ ...record, markdown: `${record.markdown}Et ensuite.\n` }, known, pictures),
      reviewFingerprint({ ...record, mode: 'initials' }, known, pictures),
      reviewFingerprint({ ...record, language: 'en' }, known, pictures),
      reviewFingerprint({ ...record, decisions: [{ text: 'Claire', type: 'person', action: 'replace', replacement: 'S.' }] }, known, pictures),
      reviewFingerprint({ ...record, added: [{ text: 'Vasseur', type: 'person', replacement: 'V.' }] }, known, pictures),
      // Outside the case: a recorded name, a label of a picture the text shows.
      reviewFingerprint(record, [{ ...known[0]!, name: 'Claire Martin' }], pictures),
      reviewFingerprint(record, known, [picture('p1', 'Claire V.'), picture('p2')]),
      reviewFingerprint({ ...record, published: { ...record.published!, markdown: 'S. me raconte.' } }, known, pictures),
    ];
    for (const fingerprint of changed) expect(fingerprint).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('does not change with what only the publication rule reads, nor with a picture the text does not show', () => {
    expect(reviewFingerprint({ ...record, consent: { kind: 'composite', statement: 'Un cas composite.', statedAt: '2026-11-01T10:00:00Z' } }, known, pictures)).toBe(base);
    expect(reviewFingerprint({ ...record, detailsCheck: { checkedAt: '2026-11-01T10:00:00Z', details: [] } }, known, pictures)).toBe(base);
    expect(reviewFingerprint({ ...record, publishedKept: [{ text: 'Claire', part: 'first_name' }] }, known, pictures)).toBe(base);
    expect(reviewFingerprint({ ...record, updatedAt: new Date() }, known, pictures)).toBe(base);
    expect(reviewFingerprint(record, known, [picture('p1'), picture('p2', 'Quelqu’un d’autre')])).toBe(base);
  });

  it('holds no word of the case: a hash, in clear in no answer', () => {
    expect(base).toMatch(/^[\w-]{43}$/);
  });
});

describe('the remembered answers', () => {
  it('answers what it was told, and forgets the least recently used beyond its limit', () => {
    const memo = changesMemo(2);
    memo.set('a', true);
    memo.set('b', false);
    expect(memo.get('a')).toBe(true);
    memo.set('c', true);
    // "b" was the least recently used: forgotten; "a", read since, kept.
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBe(true);
    expect(memo.get('c')).toBe(true);
    memo.set('c', false);
    expect(memo.get('c')).toBe(false);
  });
});
