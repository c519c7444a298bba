import type { ReviewedSpan } from '@alliance/domain';
import { describe, expect, it } from 'vitest';
import { countToDecide, namesToDecide, nextName, passagesByName, type ReviewedFieldsOf } from './names';

const title = 'Claire et Lemoine';
const body = "Claire appelle. Puis Anne, de la Biscuiterie Lemoine. Claire rappelle ; claire l'écrit à Anne. Le 3 mai.";

/** The nth occurrence of `words` in `text` as a span, with the detected name inside it when it is shorter. */
function span(text: string, words: string, nth = 1, options: Partial<ReviewedSpan> & { name?: string } = {}): ReviewedSpan {
  let start = -1;
  for (let i = 0; i < nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`no ${words} ×${nth}`);
  const { name, ...rest } = options;
  const nameStart = name ? start + words.indexOf(name) : undefined;
  return { start, end: start + words.length, type: 'person', replacement: 'X', source: 'records', confidence: 1, decision: null, ...(name ? { nameStart, nameEnd: nameStart! + name.length } : {}), ...rest };
}

const fields = (): ReviewedFieldsOf<ReviewedSpan> => ({
  title: { text: title, spans: [span(title, 'Claire'), span(title, 'Lemoine', 1, { type: 'organisation' })] },
  body: {
    text: body,
    spans: [
      span(body, 'Claire'),
      span(body, 'Anne'),
      // "de la Biscuiterie Lemoine" is a passage of the name "Biscuiterie Lemoine", not of "Lemoine".
      span(body, 'de la Biscuiterie Lemoine', 1, { type: 'organisation', name: 'Biscuiterie Lemoine' }),
      span(body, 'Claire', 2),
      // Spelt in lower case, still Claire: one decision covers it.
      span(body, 'claire'),
      span(body, 'Anne', 2),
      // A date waits for no decision.
      span(body, '3 mai', 1, { type: 'date' }),
    ],
  },
});

describe('the names to decide', () => {
  it('are counted once each, however many passages, in the order she meets them', () => {
    const names = namesToDecide(fields());
    expect(names.map((n) => n.key)).toEqual(['person|claire', 'organisation|lemoine', 'person|anne', 'organisation|biscuiterie lemoine']);
    expect(names.map((n) => n.passages.length)).toEqual([4, 1, 2, 1]);
    expect(names[0]!.passages.map((p) => [p.field, p.span.start])).toEqual([
      ['title', 0],
      ['body', 0],
      ['body', body.indexOf('Claire', 1)],
      ['body', body.indexOf('claire')],
    ]);
  });

  it('leave out what is decided and what needs no decision', () => {
    const f = fields();
    f.body = { ...f.body, spans: f.body.spans.map((s) => (body.slice(s.start, s.end) === 'Anne' ? { ...s, decision: 'accept' as const } : s)) };
    expect(namesToDecide(f).map((n) => n.key)).toEqual(['person|claire', 'organisation|lemoine', 'organisation|biscuiterie lemoine']);
  });

  it('in the whole text the server reviews: names and passages', () => {
    const whole = `${title}\n\n${body}`;
    const shift = title.length + 2;
    const spans = [...fields().title.spans, ...fields().body.spans.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift, ...(s.nameStart === undefined ? {} : { nameStart: s.nameStart + shift, nameEnd: s.nameEnd! + shift }) }))];
    expect(countToDecide(whole, spans)).toEqual({ names: 4, passages: 8 });
    expect(countToDecide(whole, spans.map((s) => ({ ...s, decision: 'keep' as const })))).toEqual({ names: 0, passages: 0 });
  });

  it('say how many passages one decision covers, decided or not, the date included', () => {
    const counts = passagesByName(fields());
    expect(counts.get('person|claire')).toBe(4);
    expect(counts.get('person|anne')).toBe(2);
    expect(counts.get('date|3 mai')).toBe(1);
  });
});

describe('the next name to decide', () => {
  const names = namesToDecide(fields());
  const at = (field: 'title' | 'body', words: string, nth = 1) => (field === 'title' ? title : body).split(words).slice(0, nth).join(words).length;

  it('with no caret yet, is the first name at its first passage', () => {
    expect(nextName(names, null)).toMatchObject({ field: 'title', index: 0, span: { start: 0 } });
  });

  it('from a name waiting, is the next name, never the same name again, even with its passages ahead', () => {
    // On the first Claire of the body: her two other passages follow, but the next name is Lemoine (in the title), then Anne.
    const next = nextName(names, { field: 'body', at: 'Claire'.length, name: 'person|claire' });
    expect(next).toMatchObject({ index: 1, field: 'title', span: { start: at('title', 'Lemoine') } });
    const then = nextName(names, { field: 'title', at: next!.span.end, name: 'organisation|lemoine' });
    // Anne, at her first passage after the caret.
    expect(then).toMatchObject({ index: 2, field: 'body', span: { start: at('body', 'Anne') } });
  });

  it('goes through every name once, then comes back to the first', () => {
    const seen: number[] = [];
    let caret = null as Parameters<typeof nextName>[1];
    for (let i = 0; i < names.length + 1; i++) {
      const next = nextName(names, caret)!;
      seen.push(next.index);
      caret = { field: next.field, at: next.span.end, name: names[next.index]!.key };
    }
    expect(seen).toEqual([0, 1, 2, 3, 0]);
  });

  it('from a name’s passage, offers the next name’s passage after the caret rather than its first', () => {
    // On the Biscuiterie: the next name is Claire, whose next passage after it is the second Claire of the body.
    const next = nextName(names, { field: 'body', at: at('body', 'Lemoine') + 'Lemoine'.length, name: 'organisation|biscuiterie lemoine' });
    expect(next).toMatchObject({ index: 0, field: 'body', span: { start: at('body', 'Claire', 2) } });
  });

  it('from plain words, is the name of the nearest passage waiting after the caret; past the last, the first name', () => {
    expect(nextName(names, { field: 'body', at: at('body', 'Puis') })).toMatchObject({ index: 2, span: { start: at('body', 'Anne') } });
    expect(nextName(names, { field: 'body', at: body.length })).toMatchObject({ index: 0, field: 'title', span: { start: 0 } });
  });

  it('is none when nothing waits', () => {
    expect(nextName([], null)).toBeNull();
  });
});
