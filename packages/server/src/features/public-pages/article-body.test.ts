import { describe, expect, it } from 'vitest';
import { articleBody, bodyWithoutTitle } from './article-body.js';

describe("an article's body", () => {
  it('shows a published picture as a figure served from the article, escaped, never inside a paragraph', () => {
    const out = articleBody('Avant.\n\n![La consultante " face <au> DG](board-picture:p1 "Première image : « Au départ »")\n\nAprès.', [{ id: 'p1' }], '/p/cabinet/recreer');
    expect(out).toContain('<p>Avant.</p>');
    expect(out).toContain('<figure class="picture"><img src="/p/cabinet/recreer/pictures/p1.svg" alt="La consultante &quot; face &lt;au&gt; DG" width="900" height="900" loading="lazy" decoding="async"><figcaption>Première image : « Au départ »</figcaption></figure>');
    expect(out).not.toMatch(/<p>\s*<figure/);
    expect(out).toContain('<p>Après.</p>');
  });

  it('shows nothing for a picture not published with the article, and leaves other images and raw HTML as they were', () => {
    const out = articleBody('![Volée](board-picture:p9 "Volée")\n\n![Photo](https://example.org/a.png)\n\n<script>alert(1)</script>', [{ id: 'p1' }], '/p/c/a');
    expect(out).not.toContain('Volée');
    expect(out).not.toContain('p9');
    expect(out).toContain('<img src="https://example.org/a.png" alt="Photo">');
    expect(out).toContain('&lt;script&gt;');
  });

  it('drops a first heading that is the title, keeps any other, and shows body headings below the page title', () => {
    expect(bodyWithoutTitle("# Recréer l'alliance\n\nLe contexte.", "Recréer  l'Alliance")).toBe('Le contexte.');
    expect(bodyWithoutTitle("# Un retour à l'équipe\n\nLe contexte.", "Recréer l'alliance")).toBe("# Un retour à l'équipe\n\nLe contexte.");
    expect(bodyWithoutTitle('Le contexte.\n\n# Recréer', 'Recréer')).toBe('Le contexte.\n\n# Recréer');
    const out = articleBody("# Un retour à l'équipe\n\n## Le contexte\n\nTexte.", [], '/p/c/a');
    expect(out).toContain("<h2>Un retour à l'équipe</h2>");
    expect(out).toContain('<h2>Le contexte</h2>');
    expect(out).not.toContain('<h1>');
  });
});
