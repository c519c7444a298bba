import type { Organisation } from '@alliance/api';
import { type KnownEntity, loadLexicon } from '@alliance/domain/anonymise';
import { notFound } from '../../http/errors.js';
import type { Repositories } from '../../repos/index.js';
import { organisationAliases } from './organisation-aliases.js';

/** The names this engagement's records hold: the client, her organisation, the sponsor and their contacts, the group programme she came from. */
export async function recordedNames(repos: Repositories, engagementId: string): Promise<KnownEntity[]> {
  return (await engagementNames(repos, engagementId)).known;
}

/** The recorded names, and the client's own apart (known under her id): a consent's scope speaks of hers. */
export async function engagementNames(repos: Repositories, engagementId: string): Promise<{ known: KnownEntity[]; client: { id: string; firstName: string; lastName: string } | null }> {
  const engagement = await repos.engagements.get(engagementId);
  if (!engagement) throw notFound('Engagement');
  const [client, lexicon] = await Promise.all([repos.clients.get(engagement.clientId), loadLexicon()]);
  const isCommonWord = (w: string) => lexicon.commonWords.fr.has(w) || lexicon.commonWords.en.has(w);
  const known: KnownEntity[] = [];
  if (client) {
    known.push({ id: client.id, type: 'person', name: `${client.firstName} ${client.lastName}`, role: { fr: 'la personne accompagnée', en: 'the client' } });
    if (client.organisationId) {
      const organisation = await repos.organisations.get(client.organisationId);
      if (organisation) known.push(...organisationNames(organisation, { fr: 'son organisation', en: 'their organisation' }, isCommonWord));
    }
  }
  if (engagement.sponsorId && engagement.sponsorId !== client?.organisationId) {
    const sponsor = await repos.organisations.get(engagement.sponsorId);
    if (sponsor) known.push(...organisationNames(sponsor, { fr: 'le commanditaire', en: 'the sponsor' }, isCommonWord));
  }
  // The group programme she came from: its title leads to a cohort of a dozen, and from there to her.
  const programme = engagement.programmeId ? await repos.programmes.get(engagement.programmeId) : null;
  if (programme?.title.trim()) {
    const title = programme.title.trim();
    known.push({ id: programme.id, type: 'organisation', name: title, aliases: organisationAliases(title, isCommonWord), role: { fr: 'mon programme collectif', en: 'my group programme' } });
  }
  return { known, client: client ? { id: client.id, firstName: client.firstName, lastName: client.lastName } : null };
}

/** An organisation by its recorded name and the shorter ways a text names it ("Logisud" for "Logisud Édition"), and its contact. */
function organisationNames(o: Organisation, role: { fr: string; en: string }, isCommonWord: (folded: string) => boolean): KnownEntity[] {
  const names: KnownEntity[] = [{ id: o.id, type: 'organisation', name: o.name, aliases: organisationAliases(o.name, isCommonWord), role }];
  // "Yannick M." is found by the anonymiser's records as "Yannick Morvan" (records.ts).
  const contact = o.contactName?.trim();
  if (contact) names.push({ id: `${o.id}-contact`, type: 'person', name: contact, role: { fr: `la personne de contact (${role.fr})`, en: `the contact (${role.en})` } });
  return names;
}
