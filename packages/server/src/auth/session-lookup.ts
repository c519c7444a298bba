import type { FastifyRequest } from 'fastify';
import type { Auth } from './auth.js';
import { fetchHeaders } from './routes.js';

/**
 * better-auth answers a session from its signed cookie (no database) for five
 * minutes; verifying that signature on every request is still a measurable cost,
 * so the answer for one exact cookie header is remembered a few seconds more.
 * Signing out clears the cookie, so a signed-out browser never sends it again; any
 * other successful call to better-auth with a cookie (turning on two-step sign-in,
 * changing a name) forgets that cookie's answer so the next request sees the change.
 */
export const SESSION_LOOKUP_CACHE_MS = 10_000;
const SESSION_LOOKUP_MEMORY = 10_000;

export type FoundSession = Awaited<ReturnType<Auth['api']['getSession']>>;

export class SessionLookup {
  private readonly cache = new Map<string, { found: FoundSession; until: number }>();

  constructor(private readonly auth: Auth) {}

  /** A Fastify request, or any request's headers and address (a WebSocket upgrade). */
  async find(request: Pick<FastifyRequest, 'headers' | 'ip'>): Promise<FoundSession> {
    const cookie = request.headers.cookie;
    const now = Date.now();
    const hit = cookie ? this.cache.get(cookie) : undefined;
    if (hit && hit.until > now) return hit.found;
    const found = await this.auth.api.getSession({ headers: fetchHeaders(request) });
    if (cookie && found) {
      if (this.cache.size >= SESSION_LOOKUP_MEMORY) this.cache.clear();
      this.cache.set(cookie, { found, until: now + SESSION_LOOKUP_CACHE_MS });
    }
    return found;
  }

  forget(request: FastifyRequest): void {
    const cookie = request.headers.cookie;
    if (cookie) this.cache.delete(cookie);
  }
}
