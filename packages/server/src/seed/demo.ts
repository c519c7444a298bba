import type { FastifyInstance } from 'fastify';
import { repositoriesFor } from '../repos/index.js';
import { demoPracticeStory } from './demo-story.js';

export const DEMO_EMAIL = 'demo@alliance.local';
export const DEMO_PASSWORD = 'demo-alliance';
/** A fictional coach, so the dashboard greets someone. */
export const DEMO_COACH_NAME = 'Hélène Martin';
export const DEMO_PRACTICE_NAME = 'Cabinet de démonstration';

/**
 * On the very first start (nobody has signed up, no demo ever seeded) the database receives a
 * clearly labelled demo practice, so a newcomer sees a living practice at once.
 * It is removable in one click; once removed, it does not come back.
 */
export async function seedDemoPractice(app: FastifyInstance, now = new Date()): Promise<{ email: string; password: string } | null> {
  const { auth, practices, vault, db } = app.services;
  if (!(await practices.claimDemoSeeding())) {
    return (await practices.demoExists()) ? { email: DEMO_EMAIL, password: DEMO_PASSWORD } : null;
  }
  const { user } = await auth.api.signUpEmail({ body: { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: DEMO_COACH_NAME } });
  const membership = (await practices.ensurePracticeFor(user.id, DEMO_PRACTICE_NAME))!;
  await practices.markDemo(membership.practice.id);
  await practices.update(membership.practice.id, { name: DEMO_PRACTICE_NAME });
  const repos = repositoriesFor({ db, practiceId: membership.practice.id, keys: vault.forPractice(membership.practice.id, membership.wrappedKey) });
  await demoPracticeStory(repos, { id: user.id, name: DEMO_COACH_NAME }, now);
  return { email: DEMO_EMAIL, password: DEMO_PASSWORD };
}
