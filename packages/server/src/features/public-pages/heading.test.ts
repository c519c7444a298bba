import { describe, expect, it } from 'vitest';
import { indexTitles, introHtml } from './heading.js';

const site = { slug: 'cabinet', heading: 'Cabinet Rivage', base: 'https://exemple.fr' };

describe('the name of the index page', () => {
  it('is today’s heading while the coach has written none', () => {
    expect(indexTitles(site, 'fr')).toEqual({ h1: 'Études de cas', title: 'Études de cas — Cabinet Rivage', description: 'Études de cas — Cabinet Rivage', feedTitle: 'Cabinet Rivage', feedSubtitle: '' });
    expect(indexTitles({ ...site, page: { heading: '  ', intro: '' } }, 'en').h1).toBe('Case studies');
  });

  it('is her heading, followed by the practice’s name unless it already is that name', () => {
    const own = indexTitles({ ...site, page: { heading: 'Coacher les équipes', intro: 'Une ligne.\n\nUne autre.' } }, 'fr');
    expect(own).toMatchObject({ h1: 'Coacher les équipes', title: 'Coacher les équipes — Cabinet Rivage', feedTitle: 'Coacher les équipes — Cabinet Rivage', description: 'Une ligne. Une autre.' });
    expect(indexTitles({ ...site, page: { heading: 'cabinet rivage', intro: '' } }, 'fr').title).toBe('cabinet rivage');
  });

  it('cuts a long introduction for the description', () => {
    const { description } = indexTitles({ ...site, page: { heading: '', intro: 'mot '.repeat(100) } }, 'fr');
    expect(description.length).toBe(200);
    expect(description.endsWith('…')).toBe(true);
  });
});

describe('the introduction', () => {
  it('is escaped paragraphs with line breaks', () => {
    expect(introHtml('Bonjour <b>vous</b>\r\nà Paris\n\n\nSecond & dernier').value).toBe('<p class="intro">Bonjour &lt;b&gt;vous&lt;/b&gt;<br>à Paris</p><p class="intro">Second &amp; dernier</p>');
    expect(introHtml('  ').value).toBe('');
  });
});
