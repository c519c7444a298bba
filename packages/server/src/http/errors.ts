import { ERROR_CODES, type ErrorCode, type FieldIssue } from '@alliance/api';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';

/** The one error type at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const invalidInput = (issues: FieldIssue[]) =>
  new AppError('invalid_input', `Invalid input: ${issues.map((i) => i.path || '(body)').join(', ')}`, issues);

export function issuesOfZod(error: Pick<ZodError, 'issues'>, prefix = ''): FieldIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

/** Maps every failure to `{ error: { code, message, details } }`; never a stack trace. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext === 'body' ? '' : (err.validationContext ?? '');
      const issues = err.validation.map((v) => {
        const params = (v.params ?? {}) as { minimum?: unknown; maximum?: unknown };
        return {
          path: [where, ...String(v.instancePath).split('/').filter(Boolean)].filter(Boolean).join('.'),
          message: v.message ?? 'invalid',
          code: v.keyword,
          ...(typeof params.minimum === 'number' ? { minimum: params.minimum } : {}),
          ...(typeof params.maximum === 'number' ? { maximum: params.maximum } : {}),
        };
      });
      return reply.status(400).send({ error: { code: 'invalid_input', message: `Invalid input: ${issues.map((i) => i.path || '(body)').join(', ')}`, details: issues } });
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({ error: { code: 'too_many_requests', message: 'Too many requests; try again shortly' } });
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, wrong content type, body too large: the client's mistake, said plainly.
      return reply.status(status).send({ error: { code: status === 404 ? 'not_found' : 'invalid_input', message: err.message, details: [] } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side; the error was logged.' } });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
  });
}
