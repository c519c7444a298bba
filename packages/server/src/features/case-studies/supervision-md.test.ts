import { describe, expect, it } from 'vitest';
import { supervisionMarkdown } from './supervision-md.js';

const firstLevel = (md: string) => md.split('\n').filter((l) => /^# /.test(l));

describe('the supervision copy as Markdown', () => {
  it('says its title once, as its one first-level heading, though the draft begins with it', () => {
    const md = supervisionMarkdown({ title: 'Ça coince, mais où ?', text: '# Ça coince, mais où ?\n\n> Les personnes ont été modifiées.\n\n## Le contexte\n\nS. est salariée.\n', pictures: [] });
    expect(firstLevel(md)).toEqual(['# Ça coince, mais où ?']);
    expect(md).toBe('# Ça coince, mais où ?\n\n> Les personnes ont été modifiées.\n\n## Le contexte\n\nS. est salariée.\n');
  });

  it("keeps the coach's other first-level headings as sections, and a body without a heading whole", () => {
    const md = supervisionMarkdown({ title: "Recréer l'alliance", text: "# Un retour à l'équipe\n\nLe contexte.\n\n# Après\n\nLa suite.", pictures: [] });
    expect(firstLevel(md)).toEqual(["# Recréer l'alliance"]);
    expect(md).toBe("# Recréer l'alliance\n\n## Un retour à l'équipe\n\nLe contexte.\n\n## Après\n\nLa suite.");
    expect(supervisionMarkdown({ title: 'Un cas', text: 'Le contexte.', pictures: [] })).toBe('# Un cas\n\nLe contexte.');
  });
});
