import { describe, expect, it } from 'vitest';
import { clipToText } from './review.js';

/** The review reads the picture labels after the text: a span reaching past the text is cut at its end. */
describe('a span cut at the end of the reviewed text', () => {
  const text = 'Elle travaille à la Biscuiterie';

  it('is left alone when it ends within the text', () => {
    const span = { start: 17, end: 31, nameStart: 20, nameEnd: 31 };
    expect(clipToText(span, text.length)).toBe(span);
  });

  it('ends with the text, its name cut with it', () => {
    expect(clipToText({ start: 17, end: 40, nameStart: 20, nameEnd: 40, type: 'organisation' }, text.length)).toEqual({ start: 17, end: 31, nameStart: 20, nameEnd: 31, type: 'organisation' });
  });

  it('drops a name lying wholly past the text, so the decision falls back on the words of the span', () => {
    const clipped = clipToText({ start: 17, end: 40, nameStart: 33, nameEnd: 40 }, text.length);
    expect(clipped).toEqual({ start: 17, end: 31 });
    expect('nameStart' in clipped || 'nameEnd' in clipped).toBe(false);
    // Half a name is no name either.
    expect(clipToText({ start: 17, end: 40, nameStart: 20 }, text.length)).toEqual({ start: 17, end: 31 });
  });
});
