import type { CaseStudy } from '@alliance/api';
import type { ReviewedSpan } from '@alliance/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr';
import { type BoxGroup, SpanAtCaret } from './SpanAtCaret';
import { useDecisionDrafts } from './useDecisionDrafts';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const markdown = 'Claire appelle. Claire rappelle.';
const claire: ReviewedSpan & { text: string } = { start: markdown.indexOf('Claire', 1), end: markdown.indexOf('Claire', 1) + 6, type: 'person', replacement: 'la consultante', source: 'records', confidence: 1, decision: null, text: 'Claire' };
const caseStudy = { id: 'c1', title: 'Un cas', markdown, decisions: [], added: [] } as unknown as CaseStudy;
const html = (node: ReactNode) => renderToStaticMarkup(<QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);

/** Claire alone, a name tied to no other. */
const alone = (passages: number, rank?: BoxGroup['rank']): BoxGroup => ({ names: [{ key: 'person|claire', text: 'Claire', type: 'person', passages }], ...(rank ? { rank } : {}) });
/** Claire as the anonymiser counts her: one person, named three ways. */
const person: BoxGroup = {
  names: [
    { key: 'person|claire vasseur', text: 'Claire Vasseur', type: 'person', passages: 1 },
    { key: 'person|claire', text: 'Claire', type: 'person', passages: 14 },
    { key: 'person|c. v.', text: 'C. V.', type: 'person', passages: 2 },
  ],
  rank: { index: 0, of: 2 },
};

describe('the decision box', () => {
  function Box({ group, span = claire, selection = '', decideAlone = false }: { group: BoxGroup | null; span?: typeof claire | null; selection?: string; decideAlone?: boolean }) {
    const drafts = useDecisionDrafts();
    return <SpanAtCaret caseStudy={caseStudy} drafts={decideAlone ? { ...drafts, alone: () => true } : drafts} span={span} selection={selection} group={group} />;
  }

  it('says what the one decision covers and where it stands among those to decide, announced with the passage', () => {
    const out = html(<Box group={alone(3, { index: 0, of: 2 })} />);
    expect(out).toContain('<div class="span-at-caret__said" aria-live="polite"><p class="span-at-caret__what">Personne « Claire » → « la consultante » · À décider</p><p class="span-at-caret__name">À décider : 1 sur 2. Cette décision vaut pour ses 3 passages dans le texte.</p></div>');
    // One name only: nothing to decide apart.
    expect(out).not.toContain('span-at-caret__alone');
  });

  it('says only what the decision covers once the name is decided, in the singular for one passage', () => {
    const out = html(<Box group={alone(1)} span={{ ...claire, decision: 'accept' }} />);
    expect(out).toContain('<p class="span-at-caret__what">Personne « Claire » → « la consultante » · Accepté</p><p class="span-at-caret__name">Cette décision vaut pour son seul passage dans le texte.</p>');
  });

  it('decides for the person under all her names, which it lists, with all their passages', () => {
    const out = html(<Box group={person} />);
    expect(out).toContain('<p class="span-at-caret__name">À décider : 1 sur 2. Cette décision vaut pour tous ses noms, « Claire Vasseur », « Claire » et « C. V. », soit 17 passages dans le texte.</p>');
    // She may still decide the name under the caret alone: a checkbox, unchecked, before the actions it changes.
    expect(out).toMatch(/<label class="span-at-caret__alone"><input type="checkbox"\/>Pour « Claire » seulement \(14 passages\)<\/label><div class="review-item__actions" role="group" aria-label="Décider pour « Claire »">/);
  });

  it('says so when she decides the name under the caret alone', () => {
    const out = html(<Box group={person} decideAlone />);
    expect(out).toContain('<p class="span-at-caret__name">À décider : 1 sur 2. Cette décision ne vaut que pour « Claire », en ses 14 passages ; ses autres noms gardent la leur.</p>');
    expect(out).toMatch(/<input type="checkbox" checked=""\/>Pour « Claire » seulement/);
  });

  it('keeps her own words and their button together, so a phone wraps them as one', () => {
    const out = html(<Box group={alone(3)} />);
    expect(out).toMatch(/<span class="span-at-caret__own"><label [^>]*>Remplacer par : Claire<\/label><input id="span-at-caret-own"[^>]*\/><button [^>]*>Remplacer<\/button><\/span>/);
  });

  it('keeps the words to mask and their button together too', () => {
    const out = html(<Box group={null} span={null} selection="Quasimodo" />);
    expect(out).toMatch(/<span class="span-at-caret__own"><label [^>]*>Remplacer par<\/label><input id="span-at-caret-mask"[^>]*\/><button [^>]*>Masquer<\/button><\/span>/);
  });
});
