import { BOARD_DOC, byElementId, elementFromFields, type BoardDocElement } from '@alliance/api';
import * as Y from 'yjs';

/** The elements of a board's document as plain values, in a stable order (by id). */
export function elementsOf(doc: Y.Doc): BoardDocElement[] {
  const out: BoardDocElement[] = [];
  doc.getMap<unknown>(BOARD_DOC.elements).forEach((el, id) => {
    if (el instanceof Y.Map) out.push(elementFromFields(id, (field) => el.get(field)));
  });
  return out.sort(byElementId);
}

/** Loads a stored state and updates into a fresh document (garbage-collecting what was overwritten). */
export function docFrom(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) {
    try {
      Y.applyUpdate(doc, part);
    } catch {
      // A damaged update cannot be applied; the rest of the board still can.
    }
  }
  return doc;
}
