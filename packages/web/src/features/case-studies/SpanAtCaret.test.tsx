import type { CaseStudy } from '@alliance/api';
import type { ReviewedSpan } from '@alliance/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr';
import { type BoxGroup, type BoxPassage, SpanAtCaret } from './SpanAtCaret';
import { type DecisionScope, useDecisionDrafts } from './useDecisionDrafts';

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
  /** The passage under the caret, as the fields read it. */
  const here: BoxPassage = { anchor: { before: 'Claire appelle. ', after: ' rappelle.', index: 0, count: 1 } };
  function Box({ group, span = claire, selection = '', scope, passage = here }: { group: BoxGroup | null; span?: typeof claire | null; selection?: string; scope?: DecisionScope; passage?: BoxPassage | null }) {
    const drafts = useDecisionDrafts();
    return <SpanAtCaret caseStudy={caseStudy} drafts={scope ? { ...drafts, scope: () => scope } : drafts} span={span} selection={selection} group={group} passage={passage} />;
  }

  it('says what the one decision covers and where it stands among those to decide, announced with the passage', () => {
    const out = html(<Box group={alone(3, { index: 0, of: 2 })} />);
    expect(out).toContain('<div class="span-at-caret__said" aria-live="polite"><p class="span-at-caret__what">Personne « Claire » → « la consultante » · À décider</p><p class="span-at-caret__name">À décider : 1 sur 2. Cette décision vaut pour ses 3 passages dans le texte.</p></div>');
    // One name only: the name everywhere, or this passage alone.
    expect(out).toMatch(/<fieldset class="span-at-caret__scope"><legend>Cette décision vaut pour :<\/legend><label class="span-at-caret__choice"><input type="radio" name="span-at-caret-scope" checked="" value="name"\/>« Claire », partout \(3 passages\)<\/label><label class="span-at-caret__choice"><input type="radio" name="span-at-caret-scope" value="passage"\/>Ce passage seulement<\/label><\/fieldset>/);
  });

  it('offers no choice for a name with one passage and no other name, nor this passage without its anchor', () => {
    expect(html(<Box group={alone(1)} />)).not.toContain('span-at-caret__scope');
    expect(html(<Box group={alone(3)} passage={null} />)).not.toContain('span-at-caret__scope');
  });

  it('says when the decision is for this passage only', () => {
    const out = html(<Box group={alone(3)} scope="passage" />);
    expect(out).toContain('<p class="span-at-caret__name">Cette décision ne vaut que pour ce passage ; ses autres passages suivent la décision de leur nom.</p>');
    expect(out).toMatch(/checked="" value="passage"\/>Ce passage seulement/);
  });

  it('says a passage has its own decision, what its name has elsewhere, and offers to follow it; re-deciding is for the passage first', () => {
    const own = { ...claire, decision: 'keep' as const, passage: here.anchor };
    const group: BoxGroup = { names: [{ key: 'person|claire', text: 'Claire', type: 'person', passages: 3, decision: null }] };
    const out = html(<Box group={group} span={own} />);
    expect(out).toContain('<p class="span-at-caret__what">Personne « Claire » → « Claire » · Gardé pour ce passage</p>');
    expect(out).toContain('<div class="span-at-caret__own-decision"><p>Ce passage a sa propre décision. Ailleurs, « Claire » : À décider.</p><button type="button" class="button button--small">Suivre ici la décision du nom</button></div>');
    expect(out).toMatch(/checked="" value="passage"\/>Ce passage seulement/);
  });

  it('calls a place undecided what it is: the proposal, kept unless she says otherwise', () => {
    const lyon = { ...claire, type: 'place' as const, text: 'Lyon', replacement: 'une grande ville' };
    expect(html(<Box group={null} span={lyon} />)).toContain('<p class="span-at-caret__what">Lieu « Lyon » → « une grande ville » · Proposition retenue (facultatif)</p>');
  });

  it('says only what the decision covers once the name is decided, in the singular for one passage', () => {
    const out = html(<Box group={alone(1)} span={{ ...claire, decision: 'accept' }} />);
    expect(out).toContain('<p class="span-at-caret__what">Personne « Claire » → « la consultante » · Accepté</p><p class="span-at-caret__name">Cette décision vaut pour son seul passage dans le texte.</p>');
  });

  it('offers to go back to the proposal, not to accept her own words, once she replaced the name', () => {
    const out = html(<Box group={alone(1)} span={{ ...claire, decision: 'replace', replacement: 'Sophie' }} />);
    expect(out).toContain('>Revenir à la proposition d’Alliance</button>');
    expect(out).not.toContain('Accepter « Sophie »');
    expect(html(<Box group={alone(1)} span={claire} />)).toContain('>Accepter « la consultante »</button>');
  });

  it('decides for the person under all her names, which it lists, with all their passages', () => {
    const out = html(<Box group={person} />);
    expect(out).toContain('<p class="span-at-caret__name">À décider : 1 sur 2. Cette décision vaut pour tous ses noms, « Claire Vasseur », « Claire » et « C. V. », soit 17 passages dans le texte.</p>');
    // She may still decide the name under the caret alone, or this passage: a choice, on her, before the actions it changes.
    expect(out).toMatch(
      /<legend>Cette décision vaut pour :<\/legend><label class="span-at-caret__choice"><input type="radio" name="span-at-caret-scope" checked="" value="all"\/>Tous ses noms \(17 passages\)<\/label><label class="span-at-caret__choice"><input type="radio" name="span-at-caret-scope" value="name"\/>« Claire » seulement \(14 passages\)<\/label><label class="span-at-caret__choice"><input type="radio" name="span-at-caret-scope" value="passage"\/>Ce passage seulement<\/label><\/fieldset><div class="review-item__actions" role="group" aria-label="Décider pour « Claire »">/,
    );
  });

  it('says so when she decides the name under the caret alone', () => {
    const out = html(<Box group={person} scope="name" />);
    expect(out).toContain('<p class="span-at-caret__name">À décider : 1 sur 2. Cette décision ne vaut que pour « Claire », en ses 14 passages ; ses autres noms gardent la leur.</p>');
    expect(out).toMatch(/checked="" value="name"\/>« Claire » seulement/);
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
