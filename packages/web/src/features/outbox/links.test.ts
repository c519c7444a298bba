import { describe, expect, it } from 'vitest';
import { splitLinks, type TextPart } from './links';

const join = (parts: TextPart[]) => parts.map((p) => ('url' in p ? p.url : p.text)).join('');
const urls = (text: string) => splitLinks(text).flatMap((p) => ('url' in p ? [p.url] : []));

describe('links in a message', () => {
  it('finds a sign-in link on its own line, fragment and all, and gives the text back unchanged', () => {
    const body = 'Bonjour Claire,\n\nPour y entrer, suivez ce lien :\n\nhttps://alliance.example/espace/lien#tok_3f9a-Zq\n\nCe lien ne fonctionne qu’une seule fois.\n';
    const parts = splitLinks(body);
    expect(urls(body)).toEqual(['https://alliance.example/espace/lien#tok_3f9a-Zq']);
    expect(join(parts)).toBe(body);
    expect(parts).toHaveLength(3);
  });

  it('leaves the punctuation that ends a sentence outside the link', () => {
    expect(urls('Voir https://alliance.example/alertes. Merci')).toEqual(['https://alliance.example/alertes']);
    expect(urls('(voir http://localhost:3000/outbox)')).toEqual(['http://localhost:3000/outbox']);
    expect(urls('« https://a.example/x » et https://b.example/y?q=1&r=2, puis')).toEqual(['https://a.example/x', 'https://b.example/y?q=1&r=2']);
    expect(urls('https://fr.wikipedia.org/wiki/Coaching_(sport)')).toEqual(['https://fr.wikipedia.org/wiki/Coaching_(sport)']);
    const text = 'Fin : https://alliance.example/a… ok';
    expect(join(splitLinks(text))).toBe(text);
  });

  it('makes links of web addresses only', () => {
    for (const text of ['javascript:alert(1)', 'mailto:claire@example.test', 'ftp://files.example/x', 'https://', 'data:text/html,<b>x</b>', 'http:///nohost']) {
      expect(urls(text), text).toEqual([]);
      expect(join(splitLinks(text))).toBe(text);
    }
    expect(splitLinks('')).toEqual([]);
  });
});
