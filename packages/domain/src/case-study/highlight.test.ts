import { describe, expect, it } from 'vitest';
import { atCaret, mapOffsets, nextToDecide, rebaseSpans, segmentsOf, spanAt, spansOfBody, spansOfTitle } from './highlight.js';

const at = (text: string, word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length, word });
const shown = (segments: { text: string; span: unknown }[]) => segments.map((s) => (s.span ? `[${s.text}]` : s.text)).join('');

describe('turning the offsets of a span', () => {
  it('turns start, end and the name inside, and keeps every other field', () => {
    const span = { start: 10, end: 32, nameStart: 13, nameEnd: 32, type: 'organisation', replacement: 'son organisation' };
    expect(mapOffsets(span, (at) => at * 2)).toEqual({ start: 20, end: 64, nameStart: 26, nameEnd: 64, type: 'organisation', replacement: 'son organisation' });
    // A new span: the one given is left as it was.
    expect(span.start).toBe(10);
  });

  it('gives a span without a name of its own no name offsets', () => {
    const out = mapOffsets({ start: 4, end: 8 }, (at) => at - 4);
    expect(out).toEqual({ start: 0, end: 4 });
    expect(Object.keys(out)).toEqual(['start', 'end']);
  });
});

describe('the spans of the Markdown', () => {
  it('leaves the title out and shifts the rest by the title and the blank line', () => {
    const title = 'Claire et son client';
    const markdown = 'Claire revoit Marc.';
    const whole = `${title}\n\n${markdown}`;
    const body = spansOfBody([at(whole, 'Claire'), at(whole, 'Claire', 5), at(whole, 'Marc')], title);
    expect(body.map((s) => markdown.slice(s.start, s.end))).toEqual(['Claire', 'Marc']);
  });

  it('move the name inside a span with the span, in the body and after an edit, so a decision on it stays the name', () => {
    const title = 'Un titre';
    const markdown = 'Elle vit à Montpellier.';
    const whole = `${title}\n\n${markdown}`;
    const from = whole.indexOf('à Montpellier');
    const [body] = spansOfBody([{ start: from, end: from + 13, nameStart: from + 2, nameEnd: from + 13 }], title);
    expect(markdown.slice(body!.nameStart, body!.nameEnd)).toBe('Montpellier');
    const typed = `Depuis 2020, ${markdown}`;
    const [moved] = rebaseSpans(markdown, typed, [body!]);
    expect([typed.slice(moved!.start, moved!.end), typed.slice(moved!.nameStart, moved!.nameEnd)]).toEqual(['à Montpellier', 'Montpellier']);
  });
});

describe('the spans of the title', () => {
  it('keeps only the spans found in the title, in its own offsets, so the title field can mark them', () => {
    const title = 'Claire et la Biscuiterie Lemoine';
    const markdown = 'Claire revoit Marc.';
    const whole = `${title}\n\n${markdown}`;
    const org = at(whole, 'la Biscuiterie Lemoine');
    const spans = spansOfTitle<{ start: number; end: number; nameStart?: number; nameEnd?: number }>([at(whole, 'Claire'), { ...org, nameStart: org.start + 3, nameEnd: org.end }, at(whole, 'Claire', 5), at(whole, 'Marc')], title);
    expect(spans.map((s) => title.slice(s.start, s.end))).toEqual(['Claire', 'la Biscuiterie Lemoine']);
    expect(title.slice(spans[1]!.nameStart, spans[1]!.nameEnd)).toBe('Biscuiterie Lemoine');
    // Title and body together cover every span once.
    expect(spansOfTitle([at(whole, 'Marc')], title)).toEqual([]);
    expect(spansOfBody([at(whole, 'Claire')], title)).toEqual([]);
  });

  it('never lets a span reach past the title into the blank line', () => {
    const title = 'Chez Dupont';
    const [span] = spansOfTitle([{ start: 5, end: title.length + 2, nameStart: 5, nameEnd: title.length + 2 }], title);
    expect([span!.end, span!.nameEnd]).toEqual([title.length, title.length]);
  });
});

describe('what the caret points at', () => {
  const text = 'Elle travaille à la Biscuiterie Lemoine depuis 2019.';
  const org = { ...at(text, 'la Biscuiterie Lemoine'), nameStart: text.indexOf('Biscuiterie'), nameEnd: text.indexOf(' depuis') };

  it('is the span under the caret, named by the detected name, and no selection', () => {
    const { span, selection } = atCaret(text, [org], text.indexOf('Lemoine') + 2);
    expect(span?.text).toBe('Biscuiterie Lemoine');
    expect(span?.word).toBe('la Biscuiterie Lemoine');
    expect(selection).toBe('');
  });

  it('is the words selected where nothing is highlighted, whichever way they were selected', () => {
    const from = text.indexOf('2019');
    expect(atCaret(text, [org], from, from + 4)).toEqual({ span: null, selection: '2019' });
    expect(atCaret(text, [org], from + 4, from).selection).toBe('2019');
    expect(atCaret(text, [org], 2)).toEqual({ span: null, selection: '' });
  });
});

describe('segments', () => {
  const text = 'Claire a revu Marc à Lyon.';

  it('cover the text once, in order, plain and highlighted', () => {
    const segments = segmentsOf(text, [at(text, 'Lyon'), at(text, 'Claire'), at(text, 'Marc')]);
    expect(shown(segments)).toBe('[Claire] a revu [Marc] à [Lyon].');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true);
  });

  it('keep adjacent spans apart and give overlapping words to the span starting first', () => {
    expect(shown(segmentsOf('ClaireVasseur', [{ start: 0, end: 6 }, { start: 6, end: 13 }]))).toBe('[Claire][Vasseur]');
    const overlap = segmentsOf(text, [{ start: 0, end: 8 }, { start: 5, end: 13 }]);
    expect(shown(overlap)).toBe('[Claire a][ revu] Marc à Lyon.');
    // The same start: the longer one wins; the shorter one is inside it and disappears.
    expect(shown(segmentsOf(text, [{ start: 0, end: 6 }, { start: 0, end: 8 }]))).toBe('[Claire a] revu Marc à Lyon.');
  });

  it('clip spans outside the text and skip empty ones', () => {
    expect(shown(segmentsOf('Lyon', [{ start: -3, end: 2 }, { start: 3, end: 40 }, { start: 50, end: 60 }, { start: 2, end: 2 }]))).toBe('[Ly]o[n]');
    expect(segmentsOf('', [{ start: 0, end: 4 }])).toEqual([{ start: 0, end: 0, text: '', span: null }]);
  });

  it('never cut a character in two halves (surrogate pairs)', () => {
    const emoji = 'Léa 😀 Marc';
    // A span ending between the two halves of the emoji takes the whole emoji; one starting there is within it.
    const segments = segmentsOf(emoji, [{ start: 0, end: 5 }, { start: 5, end: 6 }]);
    expect(shown(segments)).toBe('[Léa 😀] Marc');
    expect(segments.every((s) => !/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(s.text))).toBe(true);
  });
});

describe('rebasing spans on the text being typed', () => {
  const saved = 'Claire a revu Marc à Lyon.';
  const spans = [at(saved, 'Claire'), at(saved, 'Marc'), at(saved, 'Lyon')];
  const words = (text: string, s: { start: number; end: number }[]) => s.map((x) => text.slice(x.start, x.end));

  it('keeps every span when nothing changed', () => {
    expect(rebaseSpans(saved, saved, spans)).toEqual(spans);
  });

  it('moves spans after the edit and keeps those before it', () => {
    const current = 'Claire a longuement revu Marc à Lyon.';
    expect(words(current, rebaseSpans(saved, current, spans))).toEqual(['Claire', 'Marc', 'Lyon']);
    const cut = 'Claire revu Marc à Lyon.';
    expect(words(cut, rebaseSpans(saved, cut, spans))).toEqual(['Claire', 'Marc', 'Lyon']);
  });

  it('drops a span the edit touches or runs into, until the next save', () => {
    const typedInside = 'Claire a revu Marcel à Lyon.';
    expect(words(typedInside, rebaseSpans(saved, typedInside, spans))).toEqual(['Claire', 'Lyon']);
    const replaced = 'Claire a revu Paul à Lyon.';
    expect(words(replaced, rebaseSpans(saved, replaced, spans))).toEqual(['Claire', 'Lyon']);
    const glued = 'Clairement, Claire a revu Marc à Lyon.';
    const moved = rebaseSpans(saved, glued, spans);
    expect(words(glued, moved)).toEqual(['Marc', 'Lyon']);
  });

  it('compares whole characters around an edited emoji', () => {
    const before = 'Marc 😀 Léa';
    const after = 'Marc 😁 Léa';
    const s = [at(before, 'Marc'), at(before, 'Léa')];
    expect(words(after, rebaseSpans(before, after, s))).toEqual(['Marc', 'Léa']);
  });
});

describe('the span under the caret', () => {
  const spans = [{ start: 0, end: 6 }, { start: 14, end: 18 }];
  it('finds the span the caret is in or just after, or the selection overlaps', () => {
    expect(spanAt(spans, 3)).toBe(spans[0]);
    expect(spanAt(spans, 6)).toBe(spans[0]);
    expect(spanAt(spans, 14)).toBe(spans[1]);
    expect(spanAt(spans, 10)).toBeNull();
    expect(spanAt(spans, 8, 15)).toBe(spans[1]);
    expect(spanAt(spans, 7, 12)).toBeNull();
  });
});

describe('the next passage to decide', () => {
  // "Claire : recréer l’alliance" / "Elle revoit Marc à Lyon, puis Anne."
  const claire = { start: 0, end: 6 };
  const marc = { start: 12, end: 16 };
  const lyon = { start: 19, end: 23 };
  const anne = { start: 30, end: 34 };
  const open = { title: [claire], body: [lyon, marc, anne] };
  const next = (from: Parameters<typeof nextToDecide>[1]) => {
    const found = nextToDecide(open, from);
    return found && [found.field, found.span];
  };

  it('goes from the title into the body, and through the body in order', () => {
    expect(next({ field: 'title', at: 6 })).toEqual(['body', marc]);
    expect(next({ field: 'body', at: 16 })).toEqual(['body', lyon]);
    expect(next({ field: 'body', at: 0 })).toEqual(['body', marc]);
  });

  it('comes back to a passage of the title after the last one of the body', () => {
    expect(next({ field: 'body', at: 34 })).toEqual(['title', claire]);
  });

  it('starts with the title before the caret was anywhere, and finds one left only in the title', () => {
    expect(next(null)).toEqual(['title', claire]);
    expect(nextToDecide({ title: [claire], body: [] }, { field: 'body', at: 0 })).toEqual({ field: 'title', span: claire });
    expect(nextToDecide({ title: [], body: [] }, null)).toBeNull();
  });
});
