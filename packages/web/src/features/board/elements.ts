import type { BoardDocElement } from '@alliance/api';
import type { BoardElement } from '@alliance/domain';

/** The document's element (place as one value) as the domain reads it (position and facing flat). */
export const toDomainElement = (e: BoardDocElement): BoardElement => ({
  id: e.id,
  kind: e.kind,
  label: e.label,
  colour: e.colour,
  size: e.size,
  isClient: e.isClient,
  x: e.place.x,
  y: e.place.y,
  facing: e.place.facing,
});
export const toDomainElements = (list: BoardDocElement[]): BoardElement[] => list.map(toDomainElement);
