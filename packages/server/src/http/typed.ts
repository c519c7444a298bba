import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '@alliance/api';

export type App = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
export type TypedApp = ReturnType<typeof typed>;

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const errors = { 400: errorBody, 401: errorBody, 404: errorBody };
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
