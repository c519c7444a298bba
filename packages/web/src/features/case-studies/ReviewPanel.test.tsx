import type { CaseStudy } from '@alliance/api';
import type { ReviewedSpan } from '@alliance/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { ReviewPanel } from './ReviewPanel';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const title = 'Un cas';
const markdown = 'Claire appelle. Claire rappelle, puis Anne. Claire écrit le 3 mai.';
const whole = `${title}\n\n${markdown}`;
const span = (words: string, nth: number, decision: ReviewedSpan['decision'] = null, type: ReviewedSpan['type'] = 'person'): ReviewedSpan => {
  let start = -1;
  for (let i = 0; i < nth; i++) start = whole.indexOf(words, start + 1);
  return { start, end: start + words.length, type, replacement: 'la consultante', source: 'records', confidence: 1, decision };
};
const caseStudy = (spans: ReviewedSpan[]) =>
  ({ id: 'c1', title, markdown, decisions: [], added: [], review: { spans, details: [], unresolved: spans.filter((s) => s.decision === null && s.type !== 'date').length } }) as unknown as CaseStudy;

const html = (node: ReactNode) => renderToStaticMarkup(<QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);

describe('the review speaks in names, their passages as detail', () => {
  const waiting = caseStudy([span('Claire', 1), span('Claire', 2), span('Anne', 1), span('Claire', 3), span('3 mai', 1, null, 'date')]);

  it('counts the names waiting, not their passages, in French and in English', async () => {
    expect(html(<ReviewPanel caseStudy={waiting} />)).toContain('2 noms sensibles attendent votre décision (4 passages).');
    await i18n.changeLanguage('en');
    try {
      expect(html(<ReviewPanel caseStudy={waiting} />)).toContain('2 sensitive names await your decision (4 passages).');
    } finally {
      await i18n.changeLanguage('fr');
    }
  });

  it('shows one row per name, with how many passages its decision covers', () => {
    const out = html(<ReviewPanel caseStudy={waiting} />);
    expect(out.match(/<li class="review-item/g)).toHaveLength(3);
    expect(out).toContain('<mark>Claire</mark> <span class="muted">(3 passages)</span>');
    expect(out).not.toContain('<mark>Anne</mark> <span class="muted">');
  });

  it('says one name, in the singular, once the others are decided, and all decided once none waits', () => {
    const one = caseStudy([span('Claire', 1, 'accept'), span('Claire', 2, 'accept'), span('Anne', 1), span('Claire', 3, 'accept')]);
    expect(html(<ReviewPanel caseStudy={one} />)).toContain('1 nom sensible attend votre décision (1 passage).');
    const none = caseStudy([span('Anne', 1, 'keep'), span('3 mai', 1, null, 'date')]);
    expect(html(<ReviewPanel caseStudy={none} />)).toContain('Tous les noms sensibles sont décidés.');
  });
});
