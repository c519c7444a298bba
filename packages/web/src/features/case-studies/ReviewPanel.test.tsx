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
const markdown = 'Claire appelle. Claire rappelle, puis Anne. Claire écrit le 3 mai. Claire Vasseur signe, avec la Biscuiterie.';
const whole = `${title}\n\n${markdown}`;
const span = (words: string, nth: number, decision: ReviewedSpan['decision'] = null, type: ReviewedSpan['type'] = 'person', entity?: string): ReviewedSpan => {
  let start = -1;
  for (let i = 0; i < nth; i++) start = whole.indexOf(words, start + 1);
  return { start, end: start + words.length, type, replacement: 'la consultante', source: 'records', confidence: 1, decision, ...(entity ? { entity } : {}) };
};
const caseStudy = (spans: ReviewedSpan[]) =>
  ({ id: 'c1', title, markdown, decisions: [], added: [], review: { spans, details: [], stale: [], unresolved: spans.filter((s) => s.decision === null && s.type !== 'date').length } }) as unknown as CaseStudy;

const html = (node: ReactNode) => renderToStaticMarkup(<QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);
const rows = (out: string) => out.match(/<li class="review-item/g)?.length ?? 0;

describe('the review speaks in names, their passages as detail', () => {
  // A server that ties no name to another: each name is decided alone, as before.
  const waiting = caseStudy([span('Claire', 1), span('Claire', 2), span('Anne', 1), span('Claire', 3), span('3 mai', 1, null, 'date')]);

  it('counts the names waiting, not their passages, in French and in English; the date apart, as hers to check', async () => {
    expect(html(<ReviewPanel caseStudy={waiting} />)).toContain('2 personnes attendent votre décision (4 passages). Facultatif : 1 date garde la proposition d’Alliance, à vérifier si vous le souhaitez.</p>');
    await i18n.changeLanguage('en');
    try {
      expect(html(<ReviewPanel caseStudy={waiting} />)).toContain('2 people await your decision (4 passages). Optional: 1 date keeps Alliance’s proposal, to check if you wish.</p>');
    } finally {
      await i18n.changeLanguage('fr');
    }
  });

  it('shows one row per name, with how many passages its decision covers', () => {
    const out = html(<ReviewPanel caseStudy={waiting} />);
    expect(rows(out)).toBe(3);
    expect(out).toContain('<mark>Claire</mark> <span class="muted">(3 passages)</span>');
    expect(out).not.toContain('<mark>Anne</mark> <span class="muted">');
    // Nothing to decide name by name where a row has one name.
    expect(out).not.toContain('review-item__by-name');
  });

  it('says one name, in the singular, once the others are decided, and all decided once none waits', () => {
    const one = caseStudy([span('Claire', 1, 'accept'), span('Claire', 2, 'accept'), span('Anne', 1, null, 'organisation'), span('Claire', 3, 'accept')]);
    expect(html(<ReviewPanel caseStudy={one} />)).toContain('1 nom sensible attend votre décision (1 passage).');
    const none = caseStudy([span('Anne', 1, 'keep'), span('3 mai', 1, null, 'date')]);
    expect(html(<ReviewPanel caseStudy={none} />)).toContain('Tous les noms sensibles sont décidés. Facultatif : 1 date garde la proposition d’Alliance, à vérifier si vous le souhaitez.</p>');
    const checked = caseStudy([span('Anne', 1, 'keep'), span('3 mai', 1, 'accept', 'date')]);
    expect(html(<ReviewPanel caseStudy={checked} />)).toContain('Tous les noms sensibles sont décidés.</p>');
  });

  it('says a place or a date undecided keeps the proposal, and draws its row as nothing waiting', () => {
    const out = html(<ReviewPanel caseStudy={caseStudy([span('Anne', 1, 'keep'), span('3 mai', 1, null, 'date')])} />);
    expect(out).toContain('· Proposition retenue (facultatif)</p>');
    expect(out).not.toContain('À décider');
    expect(out).not.toContain('review-item--open');
  });
});

describe('the review speaks in people, as the anonymiser counts them', () => {
  // Claire, Claire again and Claire Vasseur are one person (e1); Anne another; the Biscuiterie an organisation.
  const claire = (words: string, nth: number, decision: ReviewedSpan['decision'] = null) => span(words, nth, decision, 'person', 'e1');
  const found = (decided: { claire?: ReviewedSpan['decision']; vasseur?: ReviewedSpan['decision'] } = {}) =>
    caseStudy([
      claire('Claire', 1, decided.claire),
      claire('Claire', 2, decided.claire),
      span('Anne', 1, null, 'person', 'e2'),
      claire('Claire', 3, decided.claire),
      span('3 mai', 1, null, 'date', 'e3'),
      claire('Claire Vasseur', 1, decided.vasseur),
      span('Biscuiterie', 1, null, 'organisation', 'e4'),
    ]);

  it('counts people first, then the other names, and all their passages, in French and in English', async () => {
    expect(html(<ReviewPanel caseStudy={found()} />)).toContain('2 personnes et 1 nom sensible attendent votre décision (6 passages).');
    await i18n.changeLanguage('en');
    try {
      expect(html(<ReviewPanel caseStudy={found()} />)).toContain('2 people and 1 sensitive name await your decision (6 passages).');
    } finally {
      await i18n.changeLanguage('fr');
    }
    expect(html(<ReviewPanel caseStudy={found({ claire: 'accept', vasseur: 'accept' })} />)).toContain('1 personne et 1 nom sensible attendent votre décision (2 passages).');
  });

  it('shows a person in one row, her fullest name first and her other names under it, with one decision for them all', () => {
    const out = html(<ReviewPanel caseStudy={found()} />);
    expect(rows(out)).toBe(4);
    expect(out).toContain('<mark>Claire Vasseur</mark> <span class="muted">(4 passages)</span>');
    expect(out).toContain('<p class="review-item__names">Autres noms : <span class="review-item__name"><mark>Claire</mark> <span class="muted">(3 passages)</span></span></p>');
    expect(out).toContain('aria-label="Accepter : Claire Vasseur"');
    expect(out).toContain('<label class="visually-hidden" for="replace-entity3Aperson7Ce1">Remplacer par : Claire Vasseur</label>');
    // And name by name, folded away, each name's actions saying which name alone they decide.
    expect(out).toContain('<details class="review-item__by-name"><summary>Décider nom par nom</summary>');
    expect(out).toContain('aria-label="Garder tel quel pour « Claire » seulement"');
    expect(out).not.toContain('aria-label="Accepter : Claire"');
  });

  it('tells a name decided apart from the others, and a person decided name by name', () => {
    const waits = html(<ReviewPanel caseStudy={found({ vasseur: 'accept' })} />);
    expect(waits).toContain('<mark>Claire</mark> <span class="muted">(3 passages, À décider)</span>');
    const mixed = html(<ReviewPanel caseStudy={found({ claire: 'keep', vasseur: 'accept' })} />);
    expect(mixed).toContain('<mark>Claire</mark> <span class="muted">(3 passages, Gardé)</span>');
    expect(mixed).toContain('· Décidé nom par nom</p>');
  });
});

describe('passages decided on their own', () => {
  // The second "Claire" has a decision of its own; the third had one, which the text no longer holds.
  const anchor = { before: 'Claire appelle. ', after: ' rappelle, puis Anne. Cl', index: 0, count: 1 };
  const own = { ...span('Claire', 2, 'keep'), passage: anchor };
  const study = (stale: unknown[] = []) => {
    const c = caseStudy([span('Claire', 1, 'accept'), own, span('Claire', 3, 'accept')]);
    return { ...c, review: { ...c.review, stale } } as CaseStudy;
  };

  it('lists them under their row, in their words, each able to follow its name again', () => {
    const out = html(<ReviewPanel caseStudy={study()} />);
    expect(out).toContain('<div class="review-item__own"><p>Un passage a sa propre décision :</p>');
    expect(out).toContain('<span class="passage-words">« Claire appelle. <mark>Claire</mark> rappelle, puis Anne.… »</span> <span aria-hidden="true">→</span><span class="visually-hidden">devient</span> <strong>Claire</strong> <span class="muted">· Gardé</span>');
    expect(out).toContain('aria-label="Suivre la décision du nom pour le passage « Claire appelle. Claire rappelle, puis Anne.… »"');
    // The name is accepted; its row says so.
    expect(out).toContain('· Accepté</p>');
  });

  it('offers every passage to decide alone, each action naming its passage', () => {
    const out = html(<ReviewPanel caseStudy={study()} />);
    expect(out).toContain('<summary>Décider passage par passage</summary>');
    expect(out).toContain('aria-label="Garder tel quel pour ce passage seulement : « …rappelle, puis Anne. Claire écrit le 3 mai. Claire… »"');
    expect(out).toContain('· Gardé pour ce passage</span>');
  });

  it('says which passage decisions no longer apply, and lets her forget them', () => {
    const stale = [{ text: 'Claire', type: 'person', action: 'replace', replacement: 'S.', passage: { before: 'Anne. ', after: ' écrit le 3 mai. Claire ', index: 0, count: 1 } }];
    const out = html(<ReviewPanel caseStudy={study(stale)} />);
    expect(out).toContain('<h3 id="review-stale-title">Une décision de passage ne s’applique plus</h3>');
    expect(out).toContain('« Anne. <mark>Claire</mark> écrit le 3 mai. Claire… »</span> <span class="muted">· Remplacé par « S. »</span>');
    expect(out).toContain('aria-label="Oublier la décision « Remplacé par « S. » » du passage « Anne. Claire écrit le 3 mai. Claire… »"');
    expect(html(<ReviewPanel caseStudy={study()} />)).not.toContain('review-stale');
  });
});
