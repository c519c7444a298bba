import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '@alliance/api';
import { type Auth, CLIENT_IP_HEADER } from './auth.js';
import type { SignInLockout } from './lockout.js';
import type { SessionLookup } from './session-lookup.js';

/** Fastify's headers as a Fetch Headers, with the caller's address from the socket, never from the client. */
export function fetchHeaders(request: Pick<FastifyRequest, 'headers' | 'ip'>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === CLIENT_IP_HEADER) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}

const codeForStatus = (status: number): ErrorCode =>
  status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : status === 404 ? 'not_found' : status === 429 ? 'too_many_requests' : status === 409 || status === 422 ? 'conflict' : 'invalid_input';

const SIGN_IN_PATH = '/api/auth/sign-in/email';

function errorReply(reply: FastifyReply, status: number, message: string, reason?: string) {
  return reply
    .status(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send({ error: { code: codeForStatus(status), message, details: reason ? { reason } : undefined } });
}

async function forward(auth: Auth, lockout: SignInLockout, sessions: SessionLookup, request: FastifyRequest, reply: FastifyReply) {
  const signingIn = request.method === 'POST' && request.url.split('?')[0] === SIGN_IN_PATH;
  const email = signingIn ? String((request.body as { email?: unknown } | undefined)?.email ?? '') : '';
  if (signingIn && email) {
    const until = await lockout.lockedUntil(email);
    if (until) return errorReply(reply, 429, `Too many failed sign-ins: this account is locked until ${until.toISOString()}`, 'ACCOUNT_LOCKED');
  }
  const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : JSON.stringify(request.body ?? {});
  const headers = fetchHeaders(request);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const response = await auth.handler(new Request(url, { method: request.method, headers, body }));
  reply.status(response.status);
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') reply.header(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
  const text = await response.text();
  if (signingIn && email) {
    if (response.status === 401) await lockout.failed(email);
    else if (response.status < 400) await lockout.succeeded(email);
  }
  if (response.status < 400) {
    if (request.method === 'POST') sessions.forget(request);
    return reply.send(text || null);
  }
  // better-auth speaks its own error shape; the API has one shape everywhere.
  let parsed: { message?: string; code?: string } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return errorReply(reply, response.status, parsed.message ?? response.statusText ?? 'Request refused', parsed.code);
}

export function registerAuthRoutes(app: FastifyInstance, auth: Auth, lockout: SignInLockout, sessions: SessionLookup): void {
  app.route({ method: ['GET', 'POST'], url: '/api/auth/*', handler: (request, reply) => forward(auth, lockout, sessions, request, reply) });
}
