import { BOARD_DOC, byElementId, elementFromFields, type BoardDocElement } from '@alliance/api';
import * as Y from 'yjs';

/** Plain values of the document's elements, in a stable order, read as the server reads them. */
export function readElements(doc: Y.Doc): BoardDocElement[] {
  const out: BoardDocElement[] = [];
  doc.getMap<unknown>(BOARD_DOC.elements).forEach((el, id) => {
    if (el instanceof Y.Map) out.push(elementFromFields(id, (field) => el.get(field)));
  });
  return out.sort(byElementId);
}
