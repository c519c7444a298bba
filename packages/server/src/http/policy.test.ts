import { describe, expect, it } from 'vitest';
import { accessFor } from './policy.js';

describe('the authorisation policy’s rules', () => {
  it.each([
    ['/api/v1/clients/:id', ['coach']],
    ['/api/v1/engagements/:id/progress', ['coach']],
    ['/api/v1/portal/space', ['client']],
    ['/api/v1/portal/journal/:id', ['client']],
    ['/api/v1/portal/sponsor', ['sponsor']],
    ['/api/v1/portal/me', ['client', 'sponsor']],
    ['/api/v1/portal/sign-in', ['anonymous']],
    ['/api/v1/portal/links', ['anonymous']],
    ['/api/v1/shared-boards/:token', ['anonymous']],
    ['/api/health', ['anonymous']],
    ['/p/:practice/', ['anonymous']],
    ['/espace', ['anonymous']],
  ])('%s → %j', (url, roles) => {
    expect(accessFor(url)).toEqual(roles);
  });

  it('closes what no rule covers: an unknown API path stops the server at start', () => {
    expect(() => accessFor('/api/v2/anything')).toThrow(/No access rule covers/);
  });

  it('never lets a client or sponsor route be reached by a coach’s rule', () => {
    for (const url of ['/api/v1/portal/space', '/api/v1/portal/export', '/api/v1/portal/sponsor']) expect(accessFor(url)).not.toContain('coach');
  });
});
