import type { ReviewedSpan } from '@alliance/domain';
import { describe, expect, it } from 'vitest';
import { reviewSpan as span } from './review-span-fixture';
import { countToDecide, decisionsFor, groupByEntity, groupOfName, groupsToDecide, type ReviewedFieldsOf } from './entity-groups';

const fields = (title: { text: string; spans: ReviewedSpan[] }, body: { text: string; spans: ReviewedSpan[] }): ReviewedFieldsOf<ReviewedSpan> => ({ title, body });
const untitled = (text: string, spans: ReviewedSpan[]) => fields({ text: '', spans: [] }, { text, spans });
const summary = (groups: ReturnType<typeof groupByEntity>) => groups.map((g) => [g.key, g.names.map((n) => n.text), g.passages.length]);

describe('names without an entity', () => {
  // As a server that does not say, or a span the coach added: each name is decided alone, as before.
  const body = "Claire appelle. Puis Anne, de la Biscuiterie Lemoine. Claire rappelle ; claire l'écrit à Anne. Le 3 mai.";
  const spans = [
    span(body, 'Claire'),
    span(body, 'Anne'),
    span(body, 'de la Biscuiterie Lemoine', 1, { type: 'organisation', name: 'Biscuiterie Lemoine' }),
    span(body, 'Claire', 2),
    span(body, 'claire'),
    span(body, 'Anne', 2),
    span(body, '3 mai', 1, { type: 'date' }),
  ];

  it('are one group each, by their words and type, in the order she meets them; lower case is the same name', () => {
    expect(summary(groupByEntity(untitled(body, spans)))).toEqual([
      ['name:person|claire', ['Claire'], 3],
      ['name:person|anne', ['Anne'], 2],
      ['name:organisation|biscuiterie lemoine', ['Biscuiterie Lemoine'], 1],
      ['name:date|3 mai', ['3 mai'], 1],
    ]);
  });

  it('count a name once however many passages; a date waits for no decision', () => {
    expect(countToDecide(groupByEntity(untitled(body, spans)))).toEqual({ people: 2, names: 1, passages: 6, optional: { date: 1 } });
    expect(groupsToDecide(groupByEntity(untitled(body, spans))).map((g) => g.key)).not.toContain('name:date|3 mai');
  });
});

describe('names of one entity', () => {
  const title = 'Claire et la Biscuiterie';
  const body = 'Claire Vasseur arrive. Mme Vasseur parle à Marc Petit. Claire écrit à la Biscuiterie Lemoine ; Marc repart. C. V. signe.';
  const e = (entity: string, type: ReviewedSpan['type'] = 'person') => ({ entity, type });
  const found = () =>
    fields(
      { text: title, spans: [span(title, 'Claire', 1, e('e1')), span(title, 'la Biscuiterie', 1, { ...e('e3', 'organisation'), name: 'Biscuiterie' })] },
      {
        text: body,
        spans: [
          span(body, 'Claire Vasseur', 1, e('e1')),
          span(body, 'Mme Vasseur', 1, { ...e('e1'), name: 'Vasseur' }),
          span(body, 'Marc Petit', 1, e('e2')),
          span(body, 'Claire', 2, e('e1')),
          span(body, 'la Biscuiterie Lemoine', 1, { ...e('e3', 'organisation'), name: 'Biscuiterie Lemoine' }),
          span(body, 'Marc', 2, e('e2')),
          span(body, 'C. V.', 1, e('e1')),
        ],
      },
    );

  it('are one person, her fullest name first and her other names in the order she meets them', () => {
    const groups = groupByEntity(found());
    expect(summary(groups)).toEqual([
      ['entity:person|e1', ['Claire Vasseur', 'Claire', 'Vasseur', 'C. V.'], 5],
      ['entity:organisation|e3', ['Biscuiterie Lemoine', 'Biscuiterie'], 2],
      ['entity:person|e2', ['Marc Petit', 'Marc'], 2],
    ]);
    // Her passages, in reading order: the title, then the body.
    expect(groups[0]!.passages.map((p) => [p.field, p.span.start])).toEqual([
      ['title', 0],
      ['body', 0],
      ['body', body.indexOf('Mme Vasseur')],
      ['body', body.indexOf('Claire', 1)],
      ['body', body.indexOf('C. V.')],
    ]);
    // Each name keeps its own passages, which its decision is written for.
    expect(groups[0]!.names.map((n) => [n.key, n.passages.length])).toEqual([
      ['person|claire vasseur', 1],
      ['person|claire', 2],
      ['person|vasseur', 1],
      ['person|c. v.', 1],
    ]);
  });

  it('count as one person each, their passages as detail', () => {
    expect(countToDecide(groupByEntity(found()))).toEqual({ people: 2, names: 1, passages: 9, optional: {} });
  });

  it('are found by any of their names', () => {
    const groups = groupByEntity(found());
    expect(groupOfName(groups, 'person|vasseur')?.key).toBe('entity:person|e1');
    expect(groupOfName(groups, 'person|marc')?.key).toBe('entity:person|e2');
    expect(groupOfName(groups, 'person|anne')).toBeUndefined();
  });

  it('wait while any name of theirs waits; decided alike, they say so; decided name by name, they are mixed', () => {
    const decide = (decisions: Record<string, ReviewedSpan['decision']>) => {
      const f = found();
      const set = (text: string, spans: readonly ReviewedSpan[]) => spans.map((s) => ({ ...s, decision: decisions[text.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end)] ?? s.decision }));
      return groupByEntity(fields({ text: title, spans: set(title, f.title.spans) }, { text: body, spans: set(body, f.body.spans) }))[0]!;
    };
    expect(decide({ Claire: 'accept', 'Claire Vasseur': 'accept', 'C. V.': 'accept' })).toMatchObject({ decision: null, open: [{ field: 'body', span: { start: body.indexOf('Mme Vasseur') } }] });
    expect(decide({ Claire: 'accept', 'Claire Vasseur': 'accept', Vasseur: 'accept', 'C. V.': 'accept' })).toMatchObject({ decision: 'accept', open: [] });
    const mixed = decide({ Claire: 'keep', 'Claire Vasseur': 'accept', Vasseur: 'accept', 'C. V.': 'accept' });
    expect(mixed.decision).toBe('mixed');
    expect(mixed.names.map((n) => n.decision)).toEqual(['accept', 'keep', 'accept', 'accept']);
  });

  it('is led by the fullest name even when it comes last, and by the first met on a tie', () => {
    const text = 'Claire. Vasseur. Claire Vasseur.';
    const later = groupByEntity(untitled(text, [span(text, 'Claire', 1, e('e1')), span(text, 'Vasseur', 1, e('e1')), span(text, 'Claire Vasseur', 1, e('e1'))]));
    expect(later[0]!.names.map((n) => n.text)).toEqual(['Claire Vasseur', 'Claire', 'Vasseur']);
    const tie = 'Léa. Zoé.';
    expect(groupByEntity(untitled(tie, [span(tie, 'Léa', 1, e('e1')), span(tie, 'Zoé', 1, e('e1'))]))[0]!.names.map((n) => n.text)).toEqual(['Léa', 'Zoé']);
  });

  it('keep apart the same index on two types', () => {
    const text = 'Anne chez Lemoine.';
    expect(summary(groupByEntity(untitled(text, [span(text, 'Anne', 1, e('e1')), span(text, 'Lemoine', 1, e('e1', 'organisation'))])))).toEqual([
      ['entity:person|e1', ['Anne'], 1],
      ['entity:organisation|e1', ['Lemoine'], 1],
    ]);
  });
});

describe('a name two entities share', () => {
  // Two Claires: the server keeps one decision for the words "Claire", so the name goes to one of them only.
  const text = 'Claire Vasseur et Claire Martin. Claire parle ; Claire répond ; Claire part.';
  const e = (entity: string) => ({ entity });

  it('goes with the entity most of its passages are of', () => {
    const groups = groupByEntity(untitled(text, [span(text, 'Claire Vasseur', 1, e('e1')), span(text, 'Claire Martin', 1, e('e2')), span(text, 'Claire', 3, e('e2')), span(text, 'Claire', 4, e('e1')), span(text, 'Claire', 5, e('e2'))]));
    expect(summary(groups)).toEqual([
      ['entity:person|e1', ['Claire Vasseur'], 1],
      ['entity:person|e2', ['Claire Martin', 'Claire'], 4],
    ]);
  });

  it('with the first met on a tie, every passage of it with it', () => {
    const groups = groupByEntity(untitled(text, [span(text, 'Claire Vasseur', 1, e('e1')), span(text, 'Claire Martin', 1, e('e2')), span(text, 'Claire', 3, e('e1')), span(text, 'Claire', 4, e('e2'))]));
    expect(summary(groups)).toEqual([
      ['entity:person|e1', ['Claire Vasseur', 'Claire'], 3],
      ['entity:person|e2', ['Claire Martin'], 1],
    ]);
    expect(groups.flatMap((g) => g.passages).length).toBe(4);
  });

  it('joins its entity when some of its passages say none', () => {
    const groups = groupByEntity(untitled(text, [span(text, 'Claire Vasseur', 1, e('e1')), span(text, 'Claire', 3), span(text, 'Claire', 4, e('e1'))]));
    expect(summary(groups)).toEqual([['entity:person|e1', ['Claire Vasseur', 'Claire'], 3]]);
  });
});

describe('a name as the row shows it', () => {
  const text = "Il voit d'Anne, puis Anne, et la Biscuiterie Lemoine.";

  it('is written and replaced as where it stands alone, not as its sentence shapes it', () => {
    const groups = groupByEntity(
      untitled(text, [
        span(text, "d'Anne", 1, { name: 'Anne', replacement: 'de la consultante', entity: 'e1' }),
        span(text, 'Anne', 2, { replacement: 'la consultante', entity: 'e1', source: 'first-names', confidence: 0.8 }),
        span(text, 'la Biscuiterie Lemoine', 1, { type: 'organisation', name: 'Biscuiterie Lemoine', replacement: "l'entreprise" }),
      ]),
    );
    expect(groups[0]!.names).toEqual([expect.objectContaining({ text: 'Anne', replacement: 'la consultante' })]);
    // Where it never stands alone, as first met.
    expect(groups[1]!.names[0]).toMatchObject({ text: 'Biscuiterie Lemoine', replacement: "l'entreprise" });
  });

  it('waits while any of its passages waits, as a decision kept by another passage’s whole stretch leaves one open', () => {
    const groups = groupByEntity(untitled(text, [span(text, "d'Anne", 1, { name: 'Anne', decision: 'accept' }), span(text, 'Anne', 2)]));
    expect(groups[0]!.names[0]!.decision).toBeNull();
    expect(groups[0]!.open).toHaveLength(1);
  });
});

describe('passages decided apart from their name', () => {
  // "Florence" the client twice, and once the Italian city, kept for that passage only.
  const body = "Florence m'a appelée. Elle rentrait de Florence, en Italie. Florence était fatiguée.";
  const anchor = { before: 'Elle rentrait de ', after: ', en Italie. Florence é', index: 0, count: 1 };
  const spans = (name: ReviewedSpan['decision'], city: ReviewedSpan['decision'] = 'keep') => [
    span(body, 'Florence', 1, { entity: 'e1', decision: name }),
    span(body, 'Florence', 2, { entity: 'e1', decision: city, passage: anchor }),
    span(body, 'Florence', 3, { entity: 'e1', decision: name }),
  ];
  const group = (name: ReviewedSpan['decision'], city?: ReviewedSpan['decision']) => groupByEntity(untitled(body, spans(name, city)))[0]!;

  it("read the name's decision from its other passages, and are listed as the group's own", () => {
    expect(group(null).names[0]!.decision).toBeNull();
    expect(group(null).open.map((p) => p.span.start)).toEqual([0, body.lastIndexOf('Florence')]);
    expect(group('accept').decision).toBe('accept');
    expect(group('accept').own.map((p) => p.span.start)).toEqual([body.indexOf('Florence', 1)]);
    expect(groupsToDecide([group('accept')])).toEqual([]);
  });

  it('make the name decided passage by passage when every passage has its own decision, alike or not', () => {
    const all = (a: ReviewedSpan['decision'], b: ReviewedSpan['decision']) =>
      groupByEntity(untitled(body, [span(body, 'Florence', 1, { decision: a, passage: { ...anchor, before: '' } }), span(body, 'Florence', 2, { decision: b, passage: anchor })]))[0]!;
    expect(all('accept', 'keep').decision).toBe('byPassage');
    expect(all('keep', 'keep').decision).toBe('keep');
  });

  it('write one decision for one passage, with its anchor', () => {
    expect(decisionsFor([{ text: 'Florence', type: 'person' }], { action: 'keep' }, anchor)).toEqual([{ text: 'Florence', type: 'person', action: 'keep', passage: anchor }]);
    expect(decisionsFor([{ text: 'Florence', type: 'person' }], { action: 'replace', replacement: 'S.' })).toEqual([{ text: 'Florence', type: 'person', action: 'replace', replacement: 'S.' }]);
  });
});

describe('what waits', () => {
  const title = 'Anne';
  const body = 'Marc et Sophie Roy, puis Anne ; plus tard Sophie à Lyon.';
  const found = (decided: Record<string, ReviewedSpan['decision']> = {}) =>
    groupByEntity(
      fields(
        { text: title, spans: [span(title, 'Anne', 1, { entity: 'e1', decision: decided.Anne ?? null })] },
        {
          text: body,
          spans: [
            span(body, 'Marc', 1, { entity: 'e2', decision: decided.Marc ?? null }),
            span(body, 'Sophie Roy', 1, { entity: 'e3', decision: decided['Sophie Roy'] ?? null }),
            span(body, 'Anne', 1, { entity: 'e1', decision: decided.Anne ?? null }),
            span(body, 'Sophie', 2, { entity: 'e3', decision: decided.Sophie ?? null }),
            span(body, 'Lyon', 1, { entity: 'e4', type: 'place' }),
          ],
        },
      ),
    );

  it('is every group with a passage waiting, in the order of its first passage waiting, with those passages only', () => {
    expect(groupsToDecide(found()).map((g) => [g.key, g.open.length])).toEqual([
      ['entity:person|e1', 2],
      ['entity:person|e2', 1],
      ['entity:person|e3', 2],
    ]);
    // Sophie Roy decided, Sophie not yet: the person waits, from her first name's passage, now after Anne's in the body.
    const waiting = groupsToDecide(found({ Anne: 'keep', 'Sophie Roy': 'accept' }));
    expect(waiting.map((g) => g.key)).toEqual(['entity:person|e2', 'entity:person|e3']);
    expect(waiting[1]!.open.map((p) => p.span.start)).toEqual([body.indexOf('Sophie', body.indexOf('Sophie') + 1)]);
  });

  it('leaves out places, which wait for no decision, counting them apart as hers to check, and counts nothing once all is decided', () => {
    expect(countToDecide(found())).toEqual({ people: 3, names: 0, passages: 5, optional: { place: 1 } });
    const all = found({ Anne: 'keep', Marc: 'accept', 'Sophie Roy': 'accept', Sophie: 'replace' });
    expect(groupsToDecide(all)).toEqual([]);
    expect(countToDecide(all)).toEqual({ people: 0, names: 0, passages: 0, optional: { place: 1 } });
    // Once she decides the place, nothing is left to check.
    const lyon = all.map((g) => (g.type === 'place' ? { ...g, optional: [] } : g));
    expect(countToDecide(lyon).optional).toEqual({});
  });
});

describe('one decision for a group', () => {
  const names = [
    { text: 'Claire Vasseur', type: 'person' as const },
    { text: 'Claire', type: 'person' as const },
  ];

  it('is written once for each of its names, by their words', () => {
    expect(decisionsFor(names, { action: 'accept' })).toEqual([
      { text: 'Claire Vasseur', type: 'person', action: 'accept' },
      { text: 'Claire', type: 'person', action: 'accept' },
    ]);
    expect(decisionsFor(names, { action: 'keep' }).map((d) => d.action)).toEqual(['keep', 'keep']);
    expect(decisionsFor(names, { action: 'replace', replacement: 'S.' })).toEqual([
      { text: 'Claire Vasseur', type: 'person', action: 'replace', replacement: 'S.' },
      { text: 'Claire', type: 'person', action: 'replace', replacement: 'S.' },
    ]);
  });
});
