import { BOARD_DOC, type BoardDocElement } from '@alliance/api';
import { clampToField, normaliseDegrees } from '@alliance/domain';
import * as Y from 'yjs';

/** Every change a person makes to the board, as one Yjs transaction each (one undo step, one movement). */
const elementsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(BOARD_DOC.elements);

export function addElement(doc: Y.Doc, element: Omit<BoardDocElement, 'id'>): string {
  const id = crypto.randomUUID();
  doc.transact(() => {
    const el = new Y.Map<unknown>();
    el.set('kind', element.kind);
    el.set('label', element.label);
    el.set('colour', element.colour);
    el.set('size', element.size);
    el.set('isClient', element.isClient);
    el.set('place', element.place);
    elementsOf(doc).set(id, el);
  });
  return id;
}

export function placeElement(doc: Y.Doc, id: string, to: { x: number; y: number; facing: number | null }): void {
  const el = elementsOf(doc).get(id);
  if (!el) return;
  const p = clampToField(to);
  el.set('place', { x: round(p.x), y: round(p.y), facing: to.facing === null ? null : round(normaliseDegrees(to.facing)) });
}

export function updateElement(doc: Y.Doc, id: string, fields: Partial<Pick<BoardDocElement, 'label' | 'colour' | 'size' | 'kind' | 'isClient'>>): void {
  const el = elementsOf(doc).get(id);
  if (!el) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) if (value !== undefined && el.get(key) !== value) el.set(key, value);
  });
}

export function removeElement(doc: Y.Doc, id: string): void {
  elementsOf(doc).delete(id);
}

/** Two decimals of a board unit or a degree are finer than a finger or a mouse. */
const round = (n: number) => Math.round(n * 100) / 100;
