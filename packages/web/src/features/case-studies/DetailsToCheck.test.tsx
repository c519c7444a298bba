import type { CaseStudy } from '@alliance/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr';
import { DetailsToCheck } from './DetailsToCheck';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const title = 'Un cas';
const markdown = 'À 42 ans, elle prépare la réunion.';
const label = 'Sa collègue Quasimodo';
const caseStudy = {
  id: 'c1',
  title,
  markdown,
  decisions: [],
  added: [],
  review: {
    details: [
      { start: title.length + 2 + 2, end: title.length + 2 + 8, kind: 'age', suggestion: 'la quarantaine' },
      // Found in a picture's label: its offsets are into the label.
      { start: 12, end: 21, kind: 'capital', suggestion: 'Q.', label },
    ],
  },
} as unknown as CaseStudy;

describe('the details to check', () => {
  // Drawn in each test: the words are loaded before the tests, after this block is read.
  const html = () =>
    renderToStaticMarkup(
      <QueryClientProvider client={new QueryClient()}>
        <DetailsToCheck caseStudy={caseStudy} />
      </QueryClientProvider>,
    );

  it('shows a detail of the text in its sentence', () => {
    expect(html()).toContain('<q>À <mark>42 ans</mark>, elle prépare la réunion.</q>');
  });

  it('shows a detail of a picture’s label in that label, saying where it stands, with its words to mask', () => {
    expect(html()).toContain('<span class="muted"> dans l’étiquette d’une image :</span> <q>Sa collègue <mark>Quasimodo</mark></q>');
    expect(html()).toContain('aria-label="Masquer « Quasimodo » par « Q. »"');
  });
});
