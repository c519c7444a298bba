import type { FastifyInstance } from 'fastify';
import sjson from 'secure-json-parse';
import { AppError } from './errors.js';

/**
 * JSON bodies are parsed with prototype-poisoning protection (as Fastify does by
 * default) and refused when a string holds a NUL character: PostgreSQL cannot store
 * one in a text column, and no coach ever means to type it.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.length === 0) return done(null, undefined);
    try {
      const parsed = sjson.parse(text, (_key: string, value: unknown) => {
        if (typeof value === 'string' && value.includes('\u0000')) {
          throw new AppError('invalid_input', 'Text must not contain NUL characters', [{ path: '', message: 'NUL character in text' }]);
        }
        return value;
      }, { protoAction: 'error', constructorAction: 'error' });
      done(null, parsed);
    } catch (err) {
      if (err instanceof AppError) return done(err, undefined);
      done(new AppError('invalid_input', `Malformed JSON body: ${(err as Error).message}`, []), undefined);
    }
  });
}
