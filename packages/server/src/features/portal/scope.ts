import { notFound } from '../../http/errors.js';
import type { PortalPrincipal } from '../../portal/principal.js';
import type { EngagementRecord } from '../../repos/engagements.js';

/**
 * What a portal caller reaches: a client, her own engagements; a sponsor, the one
 * engagement her account names. Anything else is "not found" — the same answer as
 * for something that does not exist, so nothing is learnt by asking.
 */
export async function engagementsOf(p: PortalPrincipal): Promise<EngagementRecord[]> {
  if (p.kind === 'sponsor') {
    const one = p.engagementId ? await p.repos.engagements.get(p.engagementId) : null;
    return one && one.clientId === p.clientId ? [one] : [];
  }
  return p.repos.engagements.list({ clientId: p.clientId });
}

export async function ownEngagement(p: PortalPrincipal, engagementId: string): Promise<EngagementRecord> {
  const found = (await engagementsOf(p)).find((e) => e.id === engagementId);
  if (!found) throw notFound('Engagement');
  return found;
}

export async function ownSession(p: PortalPrincipal, sessionId: string) {
  const session = await p.repos.sessions.get(sessionId);
  if (!session || session.clientId !== p.clientId) throw notFound('Session');
  const engagement = await ownEngagement(p, session.engagementId);
  return { session, engagement };
}
