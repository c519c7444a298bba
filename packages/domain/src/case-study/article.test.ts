import { describe, expect, it } from 'vitest';
import { articleHtml, bodyWithoutTitle } from './article.js';

const none = { pictureSrc: () => null };

describe('a case study read as an article', () => {
  it('keeps a list that follows a sentence a list, not one run-on paragraph', () => {
    const out = articleHtml('Elle attend de lui :\n- du temps\n- de la clarté\n\n1. appeler\n2. écrire', none);
    expect(out).toContain('<p>Elle attend de lui :</p>\n<ul>\n<li>du temps</li>\n<li>de la clarté</li>\n</ul>');
    expect(out).toContain('<ol>\n<li>appeler</li>\n<li>écrire</li>\n</ol>');
  });

  it('reads emphasis, quotations and line breaks as Markdown does', () => {
    const out = articleHtml('> *Les personnes et les contextes ont été modifiés.*\n\nUn **déplacement** net.  \nPuis un autre.\nEt la suite.', none);
    expect(out).toContain('<blockquote>\n<p><em>Les personnes et les contextes ont été modifiés.</em></p>\n</blockquote>');
    expect(out).toContain('<p>Un <strong>déplacement</strong> net.<br>\nPuis un autre.\nEt la suite.</p>');
  });

  it('shows body headings as sections under the title, at the level the page gives them', () => {
    const md = "# Un retour à l'équipe\n\n## Le contexte\n\n### Avant\n\nTexte.";
    expect(articleHtml(md, none)).toContain("<h2>Un retour à l'équipe</h2>\n<h2>Le contexte</h2>\n<h3>Avant</h3>");
    expect(articleHtml(md, { ...none, sectionLevel: 4 })).toContain("<h4>Un retour à l'équipe</h4>\n<h4>Le contexte</h4>\n<h5>Avant</h5>");
    expect(articleHtml('###### Fin', { ...none, sectionLevel: 4 })).toBe('<h6>Fin</h6>\n');
  });

  it('draws the pictures it is given as figures, side by side when they share a paragraph, and nothing for others', () => {
    const md = 'Avant.\n\n![Au départ](board-picture:p1 "Première image")\n![Après](board-picture:p2)\n\n![Volée](board-picture:p9 "Volée")';
    const out = articleHtml(md, { pictureSrc: (id) => (id === 'p9' ? null : `/img/${id}.svg`) });
    expect(out).toContain(
      '<figure class="picture"><img src="/img/p1.svg" alt="Au départ" width="900" height="900" loading="lazy" decoding="async"><figcaption>Première image</figcaption></figure>\n<figure class="picture"><img src="/img/p2.svg" alt="Après" width="900" height="900" loading="lazy" decoding="async"></figure>',
    );
    expect(out).not.toMatch(/<p>\s*<figure/);
    expect(out).not.toContain('Volée');
    expect(out).not.toContain('p9');
  });

  it('never lets markup the coach wrote run: raw HTML, scripts in links and attributes are text', () => {
    const out = articleHtml(
      [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(1)">',
        'Un <b onclick="alert(1)">mot</b>.',
        '[lien](javascript:alert(1)) ![i](javascript:alert(1)) <javascript:alert(1)> [d](data:text/html;base64,PHNjcmlwdD4=)',
        '![a" onerror="alert(1)](board-picture:p1 "b\\" onload=\\"alert(1)")',
      ].join('\n\n'),
      { pictureSrc: () => 'data:image/svg+xml;charset=utf-8,%3Csvg%3E"' },
    );
    expect(out).not.toMatch(/<(script|b|img src=x|a href="(javascript|data))/i);
    expect(out).not.toMatch(/<[^>]* on\w+="/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('Un &lt;b onclick=&quot;alert(1)&quot;&gt;mot&lt;/b&gt;.');
    expect(out).toContain('src="data:image/svg+xml;charset=utf-8,%3Csvg%3E&quot;"');
  });

  it('drops a first heading that is the title, keeps any other', () => {
    expect(bodyWithoutTitle("# Recréer l'alliance\n\nLe contexte.", "Recréer  l'Alliance")).toBe('Le contexte.');
    expect(bodyWithoutTitle("# Un retour à l'équipe\n\nLe contexte.", "Recréer l'alliance")).toBe("# Un retour à l'équipe\n\nLe contexte.");
    expect(bodyWithoutTitle('Le contexte.\n\n# Recréer', 'Recréer')).toBe('Le contexte.\n\n# Recréer');
  });
});
