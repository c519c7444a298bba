import { z } from 'zod';

export const id = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();
/** Free text typed by a coach; generous but bounded. */
export const text = (max = 20_000) => z.string().trim().max(max);
export const shortText = (max = 200) => z.string().trim().max(max);
export const requiredName = z.string().trim().min(1).max(200);
export const idParams = z.object({ id: z.string() });
