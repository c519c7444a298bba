import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr';
import { CaseStudyPreview } from './CaseStudyPreview';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const text = [
  "# Recréer l'alliance",
  '> *Les personnes et les contextes ont été modifiés.*',
  '## Le contexte',
  'Elle attend de son client :\n- du temps\n- de la **clarté**',
  '![Première image : la consultante](board-picture:p1 "Au départ")',
  '<script>alert(1)</script>',
].join('\n\n');
const pictures = [{ id: 'p1', alt: 'Première image : la consultante', caption: 'Au départ', svg: '<svg xmlns="http://www.w3.org/2000/svg"><text>La consultante</text></svg>' }];

describe('the preview of a case study', () => {
  const html = () => renderToStaticMarkup(<CaseStudyPreview title="Recréer l'alliance" text={text} language="fr" pictures={pictures} />);

  it('shows the Markdown as the public page does: a list stays a list, emphasis and quotations stay', () => {
    expect(html()).toContain('<p>Elle attend de son client :</p>\n<ul>\n<li>du temps</li>\n<li>de la <strong>clarté</strong></li>\n</ul>');
    expect(html()).toContain('<blockquote>\n<p><em>Les personnes et les contextes ont été modifiés.</em></p>\n</blockquote>');
  });

  it('shows the title once, over sections one level below it, and runs nothing the coach typed', () => {
    expect(html().match(/Recréer l(&#x27;|')alliance/g)).toHaveLength(1);
    expect(html()).toMatch(/<h3>Recréer l(&#x27;|')alliance<\/h3>/);
    expect(html()).toContain('<h4>Le contexte</h4>');
    expect(html()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html()).not.toContain('<script');
  });

  it('draws a picture of the case as an image of the SVG the server drew, never as markup in the page', () => {
    expect(html()).toContain('<figure class="picture"><img src="data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Ctext%3ELa%20consultante%3C%2Ftext%3E%3C%2Fsvg%3E" alt="Première image : la consultante"');
    expect(html()).toContain('<figcaption>Au départ</figcaption>');
    expect(html()).not.toContain('<svg');
    const without = renderToStaticMarkup(<CaseStudyPreview title="T" text={text} language="fr" pictures={[]} />);
    expect(without).not.toContain('<figure');
  });
});
