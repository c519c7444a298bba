import { describe, expect, it } from 'vitest';
import { dates } from './dates.js';
import { identifiers } from './identifiers.js';
import { findPatterns } from './patterns.js';
import { DIGIT_MARGIN, digitWindows, matchesOpeningOn, matchesWithin, readsAlikeWithoutUnicode, windowsAround } from './windows.js';

/** Prose with no digit in it, long enough to put a pattern far from the text's edges. */
const prose = (words: number) => Array.from({ length: words }, (_, i) => ['la', 'séance', 'avance', 'doucement', 'puis', 'reprend'][i % 6]).join(' ');

describe('the windows the patterns read', () => {
  it('holds every digit with its margin, widened to whole words, and merges those that touch', () => {
    const text = `${prose(40)} 12 ${prose(3)} 34 ${prose(40)}`;
    const windows = digitWindows(text);
    expect(windows).toHaveLength(1);
    const [[from, to]] = windows as [[number, number]];
    expect(from).toBeLessThanOrEqual(text.indexOf('12') - DIGIT_MARGIN);
    expect(to).toBeGreaterThanOrEqual(text.indexOf('34') + 2 + DIGIT_MARGIN);
    expect(text[from - 1]).toBe(' ');
    expect(text[to]).toBe(' ');
    expect(digitWindows(prose(100))).toEqual([]);
  });

  it('gives matches with their offsets in the whole text, not in the window', () => {
    const text = `${prose(60)} le 14/11 ${prose(60)} le 15/12 ${prose(60)}`;
    const windows = windowsAround(text, /\d\/\d/g, 0, 24);
    expect(windows).toHaveLength(2);
    const found = [...matchesWithin(text, windows, /\d{1,2}\/\d{1,2}/g)].map((m) => [m.index, m[0]]);
    expect(found).toEqual([[text.indexOf('14/11'), '14/11'], [text.indexOf('15/12'), '15/12']]);
  });

  it('looks for a pattern only inside the windows it is given', () => {
    const text = `2024 ${prose(60)} depuis 2019 ${prose(60)}`;
    const near = [[text.indexOf('depuis'), text.indexOf('2019') + 4]] as [number, number][];
    expect(windowsAround(text, /(?:19|20)\d\d/g, 0, 4, near)).toHaveLength(1);
  });
});

describe('the shortcuts the patterns take', () => {
  it('tries an expression that opens on a word wherever the word is written, as a global search finds it', () => {
    const text = 'la rue Carnot, la ruelle, la rue de la Paix, rue rue Haute';
    const street = /rue[ \t]+\p{Lu}\p{L}+|rue rue/gu;
    const found = [...matchesOpeningOn(text, street, /rue|ruelle/g)].map((m) => [m.index, m[0]]);
    expect(found).toEqual([...text.matchAll(street)].map((m) => [m.index, m[0]]));
  });

  it('reads a text without the Unicode flag only where both read it alike', () => {
    expect(readsAlikeWithoutUnicode('Séance du 12 mars à 14 h, rue de l’Église')).toBe(true);
    // The long s folds to an "s", the kelvin sign to a "k", and an emoji is one character to the Unicode flag.
    for (const text of ['le ſamedi 12 mars', 'à 300 \u212a', 'RDV 😀 12 mars']) expect(readsAlikeWithoutUnicode(text)).toBe(false);
    expect(/\bsamedi\b/iu.test('le ſamedi')).not.toBe(/\bsamedi\b/i.test('le ſamedi'));
  });
});

describe('patterns read around the digits find what they find in the whole text', () => {
  it('at the very start and end of a text, and far inside it', () => {
    for (const [before, after] of [['', ''], [prose(80), ''], ['', prose(80)], [prose(80), prose(80)]]) {
      const text = `${before} le 14/11 à 9h30, réf. client CL-88213, depuis 2019, 06 12 34 56 78, 12 bis rue Carnot, à 75011. ${after}`.trim();
      const found = findPatterns(text, 'fr').map((d) => text.slice(d.start, d.end));
      for (const expected of ['14/11', '9h30', 'CL-88213', '2019', '06 12 34 56 78', '12 bis rue Carnot', '75011']) {
        expect(found.some((f) => f.includes(expected)), `${expected} in ${found.join(' | ')}`).toBe(true);
      }
    }
  });

  it('a label far from its code is no label, as in the whole text', () => {
    const text = `dossier ${prose(30)} 4521`;
    expect(identifiers(text)).toEqual([]);
    expect(dates(`${prose(30)} mardi 14/11 ${prose(30)}`, 'fr').length).toBe(1);
  });
});
