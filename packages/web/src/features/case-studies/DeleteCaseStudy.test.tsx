import type { CaseStudy, CaseStudySummary } from '@alliance/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../api/keys';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { CaseStudiesPage } from './CaseStudiesPage';
import { DeleteCaseStudy } from './DeleteCaseStudy';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const summary = (over: Partial<CaseStudySummary> = {}): CaseStudySummary => ({
  id: '00000000-0000-4000-8000-000000000001',
  engagementId: '00000000-0000-4000-8000-0000000000e1',
  language: 'fr',
  title: "Recréer l'alliance avec son client",
  status: 'draft',
  unpublishedChanges: false,
  publicUrl: null,
  publishedAt: null,
  republishedAt: null,
  updatedAt: '2026-11-30T09:05:00.000Z',
  pendingComments: 0,
  ...over,
});

const html = (node: ReactNode, client = new QueryClient()) =>
  renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter>{node}</MemoryRouter>
    </QueryClientProvider>,
  );
const dialogOf = (out: string) => /<dialog[^>]*>([\s\S]*)<\/dialog>/.exec(out)?.[1] ?? '';

describe('deleting a case study from the list', () => {
  it('asks first in a dialog: a draft goes, the engagement and its notes stay', () => {
    const out = html(<DeleteCaseStudy caseStudy={summary()} onDeleted={() => {}} />);
    const dialog = dialogOf(out);
    expect(dialog).toContain('Supprimer le brouillon « Recréer l&#x27;alliance avec son client » ?');
    expect(dialog).toContain('L’accompagnement, ses séances et ses notes restent intacts.');
    // Which one, as its row says it: duplicates share a title.
    expect(dialog).toMatch(/<p class="muted">Rédigée en français, modifiée le 30 nov\. 2026,? (à )?\d\d:05<\/p>/);
    expect(dialog).toContain('>Supprimer le brouillon</button>');
    expect(dialog).toContain('>Annuler</button>');
    expect(dialog).not.toContain('page publique');
  });

  it('names the case its button deletes, with the date that tells duplicates apart', () => {
    const out = html(<DeleteCaseStudy caseStudy={summary()} onDeleted={() => {}} />);
    expect(out).toMatch(/<button type="button" class="button button--danger-ghost button--small case-list__delete">Supprimer<span class="visually-hidden"> « Recréer l&#x27;alliance avec son client », modifiée le 30 nov\. 2026,? (à )?\d\d:05<\/span><\/button>/);
  });

  it('warns that a published case leaves the public page at once, with its comments, and offers taking it off instead', () => {
    const dialog = dialogOf(html(<DeleteCaseStudy caseStudy={summary({ status: 'published', publicUrl: '/p/cabinet/recreer', publishedAt: '2026-11-29T10:00:00.000Z' })} onDeleted={() => {}} />));
    expect(dialog).toContain('Supprimer l’étude publiée « Recréer l&#x27;alliance avec son client » ?');
    expect(dialog).toContain('<p class="callout callout--warning">Cette étude est en ligne sur votre page publique : la supprimer l’en retire aussitôt, efface ses commentaires');
    expect(dialog).toContain('ouvrez-la et choisissez « Retirer de ma page ».');
    expect(dialog).toContain('class="button button--danger">Supprimer et retirer de ma page</button>');
  });

  it('takes the case itself too, as its own page holds it, for a delete there', () => {
    const { pendingComments: _, ...fields } = summary({ status: 'published' });
    // Typed as the case itself: the component takes what it needs of it.
    const whole = { ...fields, markdown: '', mode: 'roles', decisions: [], added: [], consent: null, createdAt: fields.updatedAt } as unknown as CaseStudy;
    expect(dialogOf(html(<DeleteCaseStudy caseStudy={whole} onDeleted={() => {}} />))).toContain('>Supprimer et retirer de ma page</button>');
  });

  it('speaks English as well', async () => {
    await i18n.changeLanguage('en');
    try {
      const dialog = dialogOf(html(<DeleteCaseStudy caseStudy={summary({ status: 'published' })} onDeleted={() => {}} />));
      expect(dialog).toContain('Delete the published case study “Recréer l&#x27;alliance avec son client”?');
      expect(dialog).toContain('>Delete and take off my page</button>');
    } finally {
      await i18n.changeLanguage('fr');
    }
  });
});

describe('the list of case studies', () => {
  it('tells duplicates apart by their language and last change, each with its own delete', () => {
    const client = new QueryClient();
    client.setQueryData(keys.caseStudies, { items: [summary(), summary({ id: '00000000-0000-4000-8000-000000000002', language: 'en', updatedAt: '2026-11-30T10:40:00.000Z' })] });
    const out = html(<CaseStudiesPage />, client);
    expect(out.match(/<li>/g)).toHaveLength(2);
    expect(out).toMatch(/Rédigée en français, modifiée le 30 nov\. 2026,? (à )?\d\d:05/);
    expect(out).toMatch(/Rédigée en anglais, modifiée le 30 nov\. 2026,? (à )?\d\d:40/);
    expect(out.match(/case-list__delete/g)).toHaveLength(2);
    // Where the deletion is said, focus can go: a status line, empty until then.
    expect(out).toContain('<p class="status-line" role="status" tabindex="-1"></p>');
  });
});
