import { describe, expect, it } from 'vitest';
import { clipToText, picturesToPublish, unpublishedChanges } from './review.js';

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

/** The public page keeps the version published; the screen says when what would be published now differs from it. */
describe('unpublished changes', () => {
  const element = { id: 'e1', kind: 'person' as const, label: 'La personne accompagnée', colour: '#2a6f6a', size: 'medium' as const, isClient: true, place: { x: 0.25, y: 0.5, facing: 90 } };
  const shown = { title: 'Recréer l’alliance', text: 'Le texte.', pictures: [{ id: 'p1', alt: 'Première image', caption: 'Au départ', elements: [element] }] } as unknown as Parameters<typeof unpublishedChanges>[1];
  const published = { title: shown.title, markdown: shown.text, pictures: picturesToPublish(shown) };

  it('are none while not published, or when the page shows what would be published now', () => {
    expect(unpublishedChanges(null, shown)).toBe(false);
    expect(unpublishedChanges(published, shown)).toBe(false);
  });

  it('are none when the pictures come back from the database with their keys in another order', () => {
    const reordered = JSON.parse(JSON.stringify(published.pictures, ['elements', 'title', 'id', 'place', 'facing', 'y', 'x', 'size', 'isClient', 'colour', 'label', 'kind']));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(published.pictures));
    expect(unpublishedChanges({ ...published, pictures: reordered }, shown)).toBe(false);
  });

  it('are there when the title, the text or a picture differs', () => {
    expect(unpublishedChanges({ ...published, title: 'Autre titre' }, shown)).toBe(true);
    expect(unpublishedChanges({ ...published, markdown: 'Le texte d’avant.' }, shown)).toBe(true);
    expect(unpublishedChanges({ ...published, pictures: [{ ...published.pictures[0]!, elements: [{ ...element, place: { ...element.place, x: 0.3 } }] }] }, shown)).toBe(true);
  });
});
