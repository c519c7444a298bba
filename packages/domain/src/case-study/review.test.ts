import { describe, expect, it } from 'vitest';
import { applyReview, publicationRefusal, readingMinutes, slugify } from './review.js';

const text = 'Claire a revu Marc. Claire est sereine à Lyon.';
const detected = [
  { start: 0, end: 6, type: 'person' as const, replacement: 'C.', source: 'first-names', confidence: 0.85 },
  { start: 14, end: 18, type: 'person' as const, replacement: 'M.', source: 'first-names', confidence: 0.85 },
  { start: 20, end: 26, type: 'person' as const, replacement: 'C.', source: 'first-names', confidence: 0.85 },
  { start: 41, end: 45, type: 'place' as const, replacement: 'une grande ville', source: 'places', confidence: 0.8 },
];

describe("the coach's review", () => {
  it('leaves high-risk spans unresolved until she decides, and publishes the proposals meanwhile', () => {
    const r = applyReview(text, detected, [], []);
    expect(r.unresolved.map((s) => text.slice(s.start, s.end))).toEqual(['Claire', 'Marc', 'Claire']);
    expect(r.text).toBe('C. a revu M.. C. est sereine à une grande ville.');
  });

  it('applies one decision to every occurrence: accept, replace, keep; and masks what she adds', () => {
    const r = applyReview(
      text,
      detected,
      [
        { text: 'claire', type: 'person', action: 'replace', replacement: 'la consultante' },
        { text: 'Marc', type: 'person', action: 'keep' },
      ],
      [{ text: 'sereine', type: 'person', replacement: '…' }],
    );
    expect(r.unresolved).toEqual([]);
    expect(r.text).toBe('la consultante a revu Marc. la consultante est … à une grande ville.');
    expect(r.spans.find((s) => s.decision === 'added')).toMatchObject({ start: 31, end: 38, source: 'coach' });
  });
});

describe('publication', () => {
  const consent = { kind: 'client' as const, scope: 'anonymised' as const, givenOn: '2026-11-01' };
  it('is refused without consent, with consent withdrawn, or with a span undecided', () => {
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: null })).toBe('no_consent');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: { ...consent, withdrawnOn: '2026-11-10' } })).toBe('consent_withdrawn');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 2, consent })).toBe('unresolved_spans');
    expect(publicationRefusal({ publishedText: '  ', unresolved: 0, consent })).toBe('empty');
  });
  it("is allowed with the client's consent or the coach's composite statement", () => {
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent })).toBeNull();
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: { kind: 'composite', statement: 'Cas composite.', statedAt: '2026-11-01' } })).toBeNull();
  });
  it('reads in minutes and names itself in a URL', () => {
    expect(readingMinutes('mot '.repeat(450))).toBe(2);
    expect(readingMinutes('')).toBe(1);
    expect(slugify("Recréer l'alliance — 1")).toBe('recreer-l-alliance-1');
  });
});
