import type { progressFr } from './progress.fr';
import type { Widen } from './widen';

/** progress texts, in English. */
export const progressEn: Widen<typeof progressFr> = {
  title: 'progress',
};
