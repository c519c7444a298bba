import type { ReviewedSpan } from '@alliance/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HighlightedLine, HighlightedTextArea } from './HighlightedTextArea';

const title = 'Claire : recréer l’alliance avec Lemoine';
const span = (word: string, decision: ReviewedSpan['decision'], type: ReviewedSpan['type'] = 'person') =>
  ({ start: title.indexOf(word), end: title.indexOf(word) + word.length, type, replacement: 'X', source: 'records', confidence: 1, decision }) as ReviewedSpan;

describe('the highlighted field on one line (a title)', () => {
  const html = renderToStaticMarkup(
    <HighlightedLine id="case-title" label="Titre" value={title} spans={[span('Claire', null), span('Lemoine', 'accept', 'organisation')]} required onChange={() => {}} />,
  );

  it('is a labelled, required text input, so Enter submits and no line break gets in', () => {
    expect(html).toContain('<label for="case-title">Titre</label>');
    const input = /<input [^>]*>/.exec(html)?.[0] ?? '';
    for (const attribute of ['id="case-title"', 'name="case-title"', 'type="text"', 'aria-required="true"', `value="${title}"`]) expect(input).toContain(attribute);
    expect(html).toContain('<span class="field-required" aria-hidden="true">*</span>');
    expect(html).not.toContain('<textarea');
  });

  it('marks the spans found in it behind the words, as the text area does, hidden from assistive technology', () => {
    expect(html).toContain('<div class="highlight-field highlight-field--line"><div class="highlight-field__layer" aria-hidden="true"><mark class="hl hl--person hl--open">Claire</mark> : recréer l’alliance avec <mark class="hl hl--organisation hl--decided">Lemoine</mark>');
  });
});

describe('the highlighted text area', () => {
  it('stays a text area with the same layer, wrapping over lines', () => {
    const html = renderToStaticMarkup(<HighlightedTextArea id="case-markdown" label="Texte" value={title} spans={[span('Claire', 'keep')]} onChange={() => {}} />);
    expect(html).toContain('<div class="highlight-field"><div class="highlight-field__layer" aria-hidden="true"><mark class="hl hl--person hl--kept">Claire</mark>');
    expect(html).toContain('<textarea id="case-markdown" name="case-markdown"');
  });
});
