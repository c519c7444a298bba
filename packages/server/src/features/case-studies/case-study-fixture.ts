import { loadLexicon } from '@alliance/domain/anonymise';
import type { FastifyInstance } from 'fastify';
import type { DatabaseKind } from '../../db/database.js';
import { type Coach, signedInCoach, testApp } from '../../testing/harness.js';

/**
 * A signed-in coach with one client (Maëlys Kerbrat), one engagement and a French case
 * study drafted from it: what the case-study API tests start from. The anonymiser's word
 * lists load here, once per worker (seconds, more on a busy machine), not in a first test.
 * `now` sets the app's clock, for what depends on today.
 */
export async function draftedCaseStudy(kind: DatabaseKind, options: { now?: () => Date } = {}): Promise<{ app: FastifyInstance; coach: Coach; id: string }> {
  await loadLexicon();
  const app = await testApp(kind, options);
  const coach = await signedInCoach(app);
  const client = await coach.call('POST', '/api/v1/clients', { firstName: 'Maëlys', lastName: 'Kerbrat' });
  const engagement = await coach.call('POST', '/api/v1/engagements', { clientId: client.body.id, title: 'Prendre sa place' });
  const drafted = await coach.call('POST', `/api/v1/engagements/${engagement.body.id}/case-studies`, { language: 'fr' });
  if (drafted.status !== 201) throw new Error(`drafting the case study answered ${drafted.status}`);
  return { app, coach, id: drafted.body.id };
}
