import type { Practice } from '@alliance/api';
import { randomUUID } from 'node:crypto';
import { signInLinkMail } from '../../mail/templates.js';
import type { Repositories } from '../../repos/index.js';
import type { PortalAccess } from '@alliance/api';
import { LINK_LIFETIME_MS, type PortalStore } from '../../portal/store.js';

/** How messages leave this installation: a mail server, or only the practice's outbox page. */
export interface MailDelivery {
  delivery: 'smtp' | 'outbox';
  /** Asks the sender to look at the outbox now rather than at its next pass. */
  nudge(): void;
}

export type LinkPurpose = 'invitation' | 'sign_in' | 'sponsor_invitation';

/**
 * Makes a single-use sign-in link for this account and writes the message carrying
 * it to the practice's outbox (from where the mail server, when there is one,
 * takes it). The link's token is in the URL's fragment: it never reaches a server
 * log or a referrer header; the page reads it and exchanges it for a session.
 */
export async function sendPortalLink(
  deps: { repos: Repositories; store: PortalStore; mail: MailDelivery; practice: Practice; base: string },
  account: Pick<PortalAccess, 'accountId' | 'name' | 'email'> & { language: 'fr' | 'en' },
  purpose: LinkPurpose,
): Promise<{ expiresAt: Date; delivery: 'smtp' | 'outbox' }> {
  const lifetime = purpose === 'sign_in' ? LINK_LIFETIME_MS.sign_in : LINK_LIFETIME_MS.invitation;
  const { token, expiresAt } = await deps.store.issueLink(account.accountId, lifetime);
  const mail = signInLinkMail({
    language: account.language,
    purpose,
    recipientName: account.name,
    practiceName: deps.practice.name,
    url: `${deps.base}/espace/lien#${token}`,
    expiresAt,
  });
  await deps.repos.outbox.add('sign_in_link', `sign_in_link:${randomUUID()}`, { to: account.email, ...mail });
  deps.mail.nudge();
  return { expiresAt, delivery: deps.mail.delivery };
}
