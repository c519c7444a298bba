import type { CaseStudySummary } from '@alliance/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../api/keys';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { CaseStudiesPage } from './CaseStudiesPage';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const summary = (n: number, over: Partial<CaseStudySummary> = {}): CaseStudySummary => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  engagementId: '00000000-0000-4000-8000-0000000000e1',
  language: 'fr',
  title: `Étude ${n}`,
  status: 'published',
  unpublishedChanges: false,
  publicUrl: `https://alliance.example/p/cabinet/etude-${n}`,
  publishedAt: '2026-11-20T10:00:00.000Z',
  republishedAt: null,
  updatedAt: '2026-11-30T09:05:00.000Z',
  pendingComments: 0,
  ...over,
});

/** Each row of the list, by its title: what it says between its link and its delete. */
function rows(items: CaseStudySummary[]): Map<string, string> {
  const client = new QueryClient();
  client.setQueryData(keys.caseStudies, { items });
  const out = renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <CaseStudiesPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const found = [...out.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
  return new Map(found.map((row) => [/>(Étude \d)<\/a>/.exec(row)?.[1] ?? '?', row]));
}

describe('the list of case studies', () => {
  it('says beside « Publiée » that a published case has changes its public page does not show yet', () => {
    const list = rows([summary(1, { unpublishedChanges: true }), summary(2), summary(3, { status: 'draft', publicUrl: null, publishedAt: null })]);
    expect(list.get('Étude 1')).toContain('<span class="tag tag--ok">Publiée</span><span class="tag tag--warn">Modifications non publiées</span>');
    // Published as it stands, or a draft: nothing of the kind.
    expect(list.get('Étude 2')).toContain('<span class="tag tag--ok">Publiée</span>');
    expect(list.get('Étude 2')).not.toContain('Modifications non publiées');
    expect(list.get('Étude 3')).toContain('>Brouillon</span>');
    expect(list.get('Étude 3')).not.toContain('Modifications non publiées');
  });

  it('never says it of a draft, whatever the answer carries', () => {
    const list = rows([summary(4, { status: 'draft', unpublishedChanges: true, publicUrl: null, publishedAt: null })]);
    expect(list.get('Étude 4')).not.toContain('tag--warn');
  });

  it('says it in English too', async () => {
    await i18n.changeLanguage('en');
    try {
      expect(rows([summary(5, { unpublishedChanges: true })]).get('Étude 5')).toContain('<span class="tag tag--ok">Published</span><span class="tag tag--warn">Unpublished changes</span>');
    } finally {
      await i18n.changeLanguage('fr');
    }
  });
});
