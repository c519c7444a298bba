import type { BoardDocElement, Picture } from '@alliance/api';
import { PICTURE_SCHEME } from '@alliance/domain';
import type { Repositories } from '../../repos/index.js';
import { pictureSvg } from '../boards/picture-svg.js';

/**
 * A constellation picture as a case study shows it: the anonymised alt text and
 * caption from the reviewed text, and only the shapes, places and turned labels of
 * the picture — nothing else of the sealed record (no element ids, no picture name,
 * who took it or when). This is what the coach previews and what is published.
 */
export interface ShownPicture {
  id: string;
  alt: string;
  caption: string;
  elements: BoardDocElement[];
}

/**
 * Every picture of the engagement's boards: all a `board-picture:` reference in its
 * case study may resolve to. Read only when the text holds such a reference, so a
 * case without pictures costs no board read.
 */
export async function engagementPictures(repos: Repositories, engagementId: string, markdown: string): Promise<Picture[]> {
  if (!markdown.includes(PICTURE_SCHEME)) return [];
  const engagement = await repos.engagements.get(engagementId);
  if (!engagement) return [];
  const out: Picture[] = [];
  for (const session of await repos.sessions.listForEngagement(engagement.id)) {
    for (const board of await repos.boards.listForSession(session.id)) out.push(...(await repos.boardRecords.pictures({ id: board.id, clientId: engagement.clientId })));
  }
  return out;
}

/** The fields a drawing needs, element ids replaced by their order. */
export const shownElements = (elements: BoardDocElement[]): BoardDocElement[] =>
  elements.map((e, i) => ({ id: `e${i + 1}`, kind: e.kind, label: e.label, colour: e.colour, size: e.size, isClient: e.isClient, place: { x: e.place.x, y: e.place.y, facing: e.place.facing } }));

/** The picture as an SVG file, its <title> the anonymised alt text. */
export const shownSvg = (p: Pick<ShownPicture, 'alt' | 'caption' | 'elements'>) => pictureSvg(p.elements, p.alt || p.caption, { framed: true });
