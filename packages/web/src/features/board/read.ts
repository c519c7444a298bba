import { BOARD_DOC, type BoardDocElement } from '@alliance/api';
import * as Y from 'yjs';

/** Plain values of the document's elements, stable between renders until something changes. */
export function readElements(doc: Y.Doc): BoardDocElement[] {
  const out: BoardDocElement[] = [];
  doc.getMap<Y.Map<unknown>>(BOARD_DOC.elements).forEach((el, id) => {
    if (!(el instanceof Y.Map)) return;
    const place = (el.get('place') as BoardDocElement['place'] | undefined) ?? { x: 50, y: 50, facing: null };
    out.push({
      id,
      kind: (el.get('kind') as BoardDocElement['kind']) ?? 'person',
      label: String(el.get('label') ?? ''),
      colour: String(el.get('colour') ?? '#57606a'),
      size: (el.get('size') as BoardDocElement['size']) ?? 'medium',
      isClient: el.get('isClient') === true,
      place,
    });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

