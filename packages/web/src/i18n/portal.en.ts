import type { portalFr } from './portal.fr';
import type { Widen } from './widen';

/** portal texts, in English. */
export const portalEn: Widen<typeof portalFr> = {
  title: 'portal',
};
