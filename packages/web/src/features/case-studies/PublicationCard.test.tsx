import type { CaseStudy } from '@alliance/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr';
import { PublicationCard } from './PublicationCard';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const url = 'https://alliance.example/p/cabinet-de-demonstration/recreer-alliance';
const draft = {
  id: 'c1',
  consent: null,
  review: { details: [] },
  status: 'draft',
  publicUrl: null,
  publishedAt: null,
} as unknown as CaseStudy;
const published = { ...draft, status: 'published', publicUrl: url, publishedAt: '2026-05-12T09:00:00Z' } as CaseStudy;

const html = (c: CaseStudy) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <PublicationCard caseStudy={c} />
    </QueryClientProvider>,
  );

describe('the publication card', () => {
  it('shows the public address of a published article as a link opening in a new tab', () => {
    const out = html(published);
    expect(out).toContain('Publiée le 12 mai 2026.');
    expect(out).toContain(`Adresse publique : <a href="${url}" target="_blank" rel="noopener noreferrer">${url}<span class="visually-hidden"> (s’ouvre dans un nouvel onglet)</span></a>`);
    expect(out).toContain('Retirer de ma page');
  });

  it('shows no address before publication', () => {
    const out = html(draft);
    expect(out).not.toContain('Adresse publique');
    expect(out).toContain('Publier sur ma page');
  });

  it('lists the details to check she has not read, once each, with the confirmation that covers them', () => {
    const details = [
      { start: 10, end: 16, kind: 'age', suggestion: 'la quarantaine', text: '42 ans', checked: true },
      { start: 40, end: 56, kind: 'headcount', suggestion: "d'une centaine de personnes", text: 'de 120 personnes', checked: false },
      { start: 80, end: 96, kind: 'headcount', suggestion: "d'une centaine de personnes", text: 'de 120 personnes', checked: false },
      { start: 12, end: 21, kind: 'capital', suggestion: 'Q.', text: 'Quasimodo', label: 'Sa collègue Quasimodo', checked: false },
    ];
    const out = html({ ...draft, review: { details } } as unknown as CaseStudy);
    expect(out).toContain('2 détails à vérifier ne sont pas encore relus :');
    expect(out).toContain('<li>« de 120 personnes » (Effectif)</li>');
    expect(out).toContain('<li>« Quasimodo » (Capitale laissée en clair, dans l’étiquette d’une image)</li>');
    expect(out).not.toContain('« 42 ans »');
    expect(out).toContain('>J’ai relu ces détails</button>');
  });

  it('says when she read them once none is left unread, and says nothing when there are none', () => {
    const details = [{ start: 10, end: 16, kind: 'age', suggestion: 'la quarantaine', text: '42 ans', checked: true }];
    const out = html({ ...draft, review: { details }, detailsCheckedAt: '2026-05-12T09:00:00.000Z' } as unknown as CaseStudy);
    expect(out).toContain('Détails à vérifier relus le 12 mai 2026.');
    expect(out).not.toContain('J’ai relu ces détails');
    expect(html(draft)).not.toMatch(/relus|relu ces détails/);
  });

  it('says her edits since publishing are not on the public page, and offers to republish them', () => {
    const out = html({ ...published, unpublishedChanges: true } as CaseStudy);
    expect(out).toContain('<strong>Modifications non publiées.</strong> Votre page publique montre encore la version publiée le 12 mai 2026.');
    expect(out).toContain('>Republier</button>');
    expect(out).toContain('>Retirer de ma page</button>');
    // Nothing to republish: no such word, no such button.
    const same = html({ ...published, unpublishedChanges: false } as CaseStudy);
    expect(same).not.toContain('Modifications non publiées');
    expect(same).not.toContain('Republier');
  });

  it('keeps the first publication’s date once republished, says when it was updated, and that the page shows that version', () => {
    const republished = { ...published, republishedAt: '2026-11-28T17:30:00Z' } as CaseStudy;
    expect(html(republished)).toContain('Publiée le 12 mai 2026, mise à jour le 28 novembre 2026.');
    expect(html({ ...republished, unpublishedChanges: true } as CaseStudy)).toContain('Votre page publique montre encore la version publiée le 28 novembre 2026.');
    // Never republished: the first date alone.
    expect(html(published)).not.toContain('mise à jour');
  });
});
