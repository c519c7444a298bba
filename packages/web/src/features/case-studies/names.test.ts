import type { ReviewedSpan } from '@alliance/domain';
import { describe, expect, it } from 'vitest';
import { reviewSpan as span } from './review-span-fixture';
import { groupByEntity, groupsToDecide, type ReviewedFieldsOf } from './entity-groups';
import { nextName, type ToDecide } from './names';

const title = 'Claire et Lemoine';
const body = "Claire appelle. Puis Anne, de la Biscuiterie Lemoine. Claire rappelle ; claire l'écrit à Anne. Le 3 mai.";


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

describe('the next name to decide', () => {
  const names: ToDecide<ReviewedSpan>[] = groupsToDecide(groupByEntity(fields())).map((g) => ({ key: g.key, passages: g.open }));
  const at = (field: 'title' | 'body', words: string, nth = 1) => (field === 'title' ? title : body).split(words).slice(0, nth).join(words).length;

  it('with no caret yet, is the first name at its first passage', () => {
    expect(nextName(names, null)).toMatchObject({ field: 'title', index: 0, span: { start: 0 } });
  });

  it('from a name waiting, is the next name, never the same name again, even with its passages ahead', () => {
    // On the first Claire of the body: her two other passages follow, but the next name is Lemoine (in the title), then Anne.
    const next = nextName(names, { field: 'body', at: 'Claire'.length, name: 'name:person|claire' });
    expect(next).toMatchObject({ index: 1, field: 'title', span: { start: at('title', 'Lemoine') } });
    const then = nextName(names, { field: 'title', at: next!.span.end, name: 'name:organisation|lemoine' });
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
    const next = nextName(names, { field: 'body', at: at('body', 'Lemoine') + 'Lemoine'.length, name: 'name:organisation|biscuiterie lemoine' });
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

describe('the next person to decide', () => {
  // The same text, the anonymiser's entities given: "Claire" and "Claire Vasseur" are one person, Anne another.
  const text = 'Claire Vasseur appelle Anne. Claire rappelle. Anne écrit à Claire Vasseur.';
  const person = (words: string, nth: number, entity: string) => span(text, words, nth, { entity });
  const groups = groupByEntity({ title: { text: '', spans: [] }, body: { text, spans: [person('Claire Vasseur', 1, 'e1'), person('Anne', 1, 'e2'), person('Claire', 2, 'e1'), person('Anne', 2, 'e2'), person('Claire Vasseur', 2, 'e1')] } });
  const names: ToDecide<ReviewedSpan>[] = groupsToDecide(groups).map((g) => ({ key: g.key, passages: g.open }));

  it('goes from Claire to Anne and back to Claire, never from one of her names to another', () => {
    expect(names.map((n) => n.key)).toEqual(['entity:person|e1', 'entity:person|e2']);
    // On "Claire" (her first name), her full name follows in the text, but the next to decide is Anne.
    const onClaire = nextName(names, { field: 'body', at: text.indexOf('Claire', 1) + 2, name: 'entity:person|e1' });
    expect(onClaire).toMatchObject({ index: 1, span: { start: text.indexOf('Anne', text.indexOf('Anne') + 1) } });
    const onAnne = nextName(names, { field: 'body', at: onClaire!.span.end, name: 'entity:person|e2' });
    expect(onAnne).toMatchObject({ index: 0, span: { start: text.lastIndexOf('Claire Vasseur') } });
  });
});
