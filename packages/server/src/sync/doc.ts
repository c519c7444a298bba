import { BOARD_DOC, type BoardDocElement } from '@alliance/api';
import * as Y from 'yjs';

/** The elements of a board's document as plain values, in a stable order (by id). */
export function elementsOf(doc: Y.Doc): BoardDocElement[] {
  const out: BoardDocElement[] = [];
  doc.getMap<Y.Map<unknown>>(BOARD_DOC.elements).forEach((el, id) => {
    if (!(el instanceof Y.Map)) return;
    const place = el.get('place') as BoardDocElement['place'] | undefined;
    out.push({
      id,
      kind: (el.get('kind') as BoardDocElement['kind']) ?? 'person',
      label: String(el.get('label') ?? ''),
      colour: String(el.get('colour') ?? '#57606a'),
      size: (el.get('size') as BoardDocElement['size']) ?? 'medium',
      isClient: el.get('isClient') === true,
      place: { x: Number(place?.x ?? 50), y: Number(place?.y ?? 50), facing: place?.facing ?? null },
    });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
