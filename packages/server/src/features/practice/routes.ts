import { errorBody, me, practice, updatePractice } from '@alliance/api';
import { validateGuidance } from '@alliance/domain';
import { z } from 'zod';
import { ctx, requireOwner } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { errors, type TypedApp } from '../../http/typed.js';
import type { PracticeRepository } from '../../repos/practices.js';

export function practiceRoutes(app: TypedApp, practices: PracticeRepository): void {
  const tags = ['practice'];
  app.get('/api/v1/me', { schema: { tags, response: { 200: me, ...errors } } }, async (request) => {
    const { user, practice: p, role } = ctx(request);
    return { user, practice: p, role };
  });
  app.patch('/api/v1/practice', { schema: { tags, body: updatePractice, response: { 200: practice, 403: errorBody, ...errors } } }, async (request) => {
    const { practice: current, user } = ctx(request);
    requireOwner(ctx(request), 'changes its settings');
    if (request.body.requireTwoFactor && !user.twoFactorEnabled) {
      // Otherwise the owner would lock herself out of her own practice.
      throw new AppError('invalid_input', 'Invalid input: requireTwoFactor', [{ path: 'requireTwoFactor', message: 'Set up your own two-factor sign-in first' }]);
    }
    const problems = validateGuidance({ ...current, ...request.body });
    if (problems.length) {
      throw new AppError('invalid_input', `Invalid input: ${problems.join(', ')}`, problems.map((path) => ({ path, message: 'Must be at least the value before it' })));
    }
    return practices.update(current.id, request.body);
  });
  /** The demo practice goes in one click, with its account; the coach is signed out. */
  app.delete('/api/v1/demo', { schema: { tags, response: { 204: z.null(), 403: errorBody, ...errors } } }, async (request, reply) => {
    const { practice: current } = ctx(request);
    if (!current.isDemo) throw new AppError('forbidden', 'Only the demo practice can be removed this way');
    await practices.remove(current.id);
    return reply.status(204).send(null);
  });
}
