import { BOARD_DOC } from '@alliance/api';
import { FIELD_MAX, FIELD_MIN } from '@alliance/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addElement, placeElement, removeElement, updateElement } from './edits';
import { readElements } from './read';

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Three people edit one board at once, each on her own copy; their updates travel
 * in random order, some delayed, some duplicated. Once everything has arrived,
 * all three boards must be identical, whatever the seed.
 */
function runSession(seed: number) {
  const rnd = random(seed);
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const inFlight: { to: number; update: Uint8Array }[] = [];
  docs.forEach((doc, from) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      for (let to = 0; to < docs.length; to++) if (to !== from) inFlight.push({ to, update });
    }),
  );
  const deliver = (count: number) => {
    for (let i = 0; i < count && inFlight.length; i++) {
      const [msg] = inFlight.splice(Math.floor(rnd() * inFlight.length), 1);
      Y.applyUpdate(docs[msg!.to]!, msg!.update, 'remote');
      if (rnd() < 0.05) Y.applyUpdate(docs[msg!.to]!, msg!.update, 'remote'); // a duplicate is harmless
    }
  };
  const ids = (doc: Y.Doc) => [...doc.getMap(BOARD_DOC.elements).keys()];
  for (let step = 0; step < 300; step++) {
    const who = Math.floor(rnd() * docs.length);
    const doc = docs[who]!;
    const known = ids(doc);
    const action = rnd();
    if (action < 0.15 || known.length === 0) {
      addElement(doc, { kind: 'person', label: `P${step}`, colour: '#1f6feb', size: 'medium', isClient: false, place: { x: rnd() * 100, y: rnd() * 100, facing: 0 } });
    } else {
      const id = known[Math.floor(rnd() * known.length)]!;
      if (action < 0.75) placeElement(doc, id, { x: rnd() * 140 - 20, y: rnd() * 140 - 20, facing: rnd() * 360 });
      else if (action < 0.9) updateElement(doc, id, { label: `L${step}`, size: rnd() < 0.5 ? 'small' : 'large' });
      else removeElement(doc, id);
    }
    deliver(Math.floor(rnd() * 4));
  }
  deliver(Number.POSITIVE_INFINITY);
  return docs.map((d) => readElements(d));
}

describe('three people editing one board at once', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))('converge to the same board (seed %i)', (seed) => {
    const [a, b, c] = runSession(seed);
    expect(a!.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('keep every element on the field, even when dragged beyond it', () => {
    const doc = new Y.Doc();
    const id = addElement(doc, { kind: 'need', label: 'Besoin', colour: '#8250df', size: 'small', isClient: false, place: { x: 50, y: 50, facing: null } });
    placeElement(doc, id, { x: 500, y: -500, facing: null });
    expect(readElements(doc)[0]!.place).toEqual({ x: FIELD_MAX, y: FIELD_MIN, facing: null });
    placeElement(doc, id, { x: 10, y: 10, facing: -90 });
    expect(readElements(doc)[0]!.place.facing).toBe(270);
  });
});
