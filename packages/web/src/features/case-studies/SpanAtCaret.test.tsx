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
  function Box({ name, span = claire, selection = '' }: { name: Parameters<typeof SpanAtCaret>[0]['name']; span?: typeof claire | null; selection?: string }) {
    return <SpanAtCaret caseStudy={caseStudy} drafts={useDecisionDrafts()} span={span} selection={selection} name={name} />;
  }

  it('says what the one decision covers and which name it is among those to decide, announced with the passage', () => {
    const out = html(<Box name={{ passages: 3, rank: { index: 0, of: 2 } }} />);
    expect(out).toContain('<div class="span-at-caret__said" aria-live="polite"><p class="span-at-caret__what">Personne « Claire » → « la consultante » · À décider</p><p class="span-at-caret__name">Nom 1 sur 2 à décider. Cette décision vaut pour ses 3 passages dans le texte.</p></div>');
  });

  it('says only what the decision covers once the name is decided, in the singular for one passage', () => {
    const out = html(<Box name={{ passages: 1 }} span={{ ...claire, decision: 'accept' }} />);
    expect(out).toContain('<p class="span-at-caret__what">Personne « Claire » → « la consultante » · Accepté</p><p class="span-at-caret__name">Cette décision vaut pour son seul passage dans le texte.</p>');
  });

  it('keeps her own words and their button together, so a phone wraps them as one', () => {
    const out = html(<Box name={{ passages: 3 }} />);
    expect(out).toMatch(/<span class="span-at-caret__own"><label [^>]*>Remplacer par : Claire<\/label><input id="span-at-caret-own"[^>]*\/><button [^>]*>Remplacer<\/button><\/span>/);
  });

  it('keeps the words to mask and their button together too', () => {
    const out = html(<Box name={null} span={null} selection="Quasimodo" />);
    expect(out).toMatch(/<span class="span-at-caret__own"><label [^>]*>Remplacer par<\/label><input id="span-at-caret-mask"[^>]*\/><button [^>]*>Masquer<\/button><\/span>/);
  });
});
