import type { CaseStudy } from '@alliance/api';
import type { ReviewedSpan } from '@alliance/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr';
import { SpanAtCaret } from './SpanAtCaret';
import { useDecisionDrafts } from './useDecisionDrafts';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const markdown = 'Claire appelle. Claire rappelle.';
const claire: ReviewedSpan & { text: string } = { start: markdown.indexOf('Claire', 1), end: markdown.indexOf('Claire', 1) + 6, type: 'person', replacement: 'la consultante', source: 'records', confidence: 1, decision: null, text: 'Claire' };
const caseStudy = { id: 'c1', title: 'Un cas', markdown, decisions: [], added: [] } as unknown as CaseStudy;
const html = (node: ReactNode) => renderToStaticMarkup(<QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);

describe('the decision box', () => {
  function Box({ span, selection }: { span: typeof claire | null; selection: string }) {
    return <SpanAtCaret caseStudy={caseStudy} drafts={useDecisionDrafts()} span={span} selection={selection} />;
  }

  it('keeps her own words and their button together, so a phone wraps them as one', () => {
    const out = html(<Box span={claire} selection="" />);
    expect(out).toMatch(/<span class="span-at-caret__own"><label [^>]*>Remplacer par : Claire<\/label><input id="span-at-caret-own"[^>]*\/><button [^>]*>Remplacer<\/button><\/span>/);
  });

  it('keeps the words to mask and their button together too', () => {
    const out = html(<Box span={null} selection="Quasimodo" />);
    expect(out).toMatch(/<span class="span-at-caret__own"><label [^>]*>Remplacer par<\/label><input id="span-at-caret-mask"[^>]*\/><button [^>]*>Masquer<\/button><\/span>/);
  });
});
