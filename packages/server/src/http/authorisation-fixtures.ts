import type { FastifyInstance } from 'fastify';
import { reviewedWhole } from '@alliance/domain';
import type { Role } from './policy.js';
import { client, type Coach, signedInCoach, uniqueEmail } from '../testing/harness.js';

/**
 * The world the authorisation test walks every route in: one practice (A) holding
 * at least one record of every kind a route can name, its client Sophie signed in to
 * her space, another client of A (Paul) signed in to his, the sponsor of Sophie's
 * three-way contract signed in to his view, the coach of another practice (B), and
 * someone with no cookie at all.
 *
 * Every free text and Sophie's name carry a marker ("MARK-…"): a response that should
 * reveal nothing must carry none of them, nor any of A's record ids.
 */

/**
 * Who calls. Each maps to one role of the policy; "other" callers hold that role, but not
 * these records. In this order on every route: strangers first, the records' own callers
 * last, so that an owner's write (a deletion) never hides what a stranger could reach.
 */
export const CALLERS = ['anonymous', 'sponsor', 'otherClient', 'otherCoach', 'client', 'coach'] as const;
export type Caller = (typeof CALLERS)[number];

export const POLICY_ROLE: Record<Caller, Role> = {
  coach: 'coach',
  otherCoach: 'coach',
  client: 'client',
  otherClient: 'client',
  sponsor: 'sponsor',
  anonymous: 'anonymous',
};

/** Callers who own the fixture's records in their role (the others hold the role but not the records). */
export const OWNERS: ReadonlySet<Caller> = new Set(['coach', 'client', 'sponsor']);

/** A string of practice A (a marker or a record id), and who may legitimately be shown it. Coach A may see everything. */
export interface Secret {
  value: string;
  label: string;
  seenBy: ReadonlySet<Caller>;
}

/** Real ids of practice A's records, one of each kind. */
export interface FixtureIds {
  sophie: string;
  paul: string;
  organisation: string;
  engagement: string;
  objectives: string[];
  session: string;
  contact: string;
  feedback: string;
  learning: string;
  commitment: string;
  board: string;
  picture: string;
  shareLink: string;
  programme: string;
  programmeDay: string;
  caseStudy: string;
  comment: string;
  journal: string;
  alert: string;
  sophieAccount: string;
  paulAccount: string;
  sponsorAccount: string;
  invitation: string;
}

/** Records made only to be deleted, revoked or erased, so the destructive routes break nothing else. */
export interface SpareIds {
  client: string;
  engagement: string;
  board: string;
  shareLink: string;
  caseStudy: string;
  commitment: string;
  journal: string;
  portalAccount: string;
  invitation: string;
}

export interface Fixture {
  credentials: Record<Caller, { cookie: string; ip: string }>;
  ids: FixtureIds;
  spare: SpareIds;
  /** The board share link's token (the key of /api/v1/shared-boards/:token). */
  shareToken: string;
  /** A pending invitation to join practice A (accepting it is the route's purpose). */
  invitationToken: string;
  sophieEmail: string;
  secrets: Secret[];
  /** A single-use sign-in link of Sophie's, fresh each call. */
  freshSignInToken(): Promise<string>;
  coachA: Coach;
}

const ALL_BUT_PAUL: Caller[] = ['coach', 'client'];

function ok<T = any>(res: { status: number; body: T }, what: string, expected = [200, 201, 204]): T {
  if (!expected.includes(res.status)) throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Builds practice A and the callers. About seventy requests; two coaches signed up (A and B). */
export async function buildFixture(app: FastifyInstance): Promise<Fixture> {
  const a = await signedInCoach(app);
  const b = await signedInCoach(app);
  // Coach B's practice holds something of its own: he is a working coach, not an empty account
  // (and an invitation into practice A cannot silently absorb his practice).
  ok(await b.call('POST', '/api/v1/organisations', { name: 'Entreprise de B' }), 'B organisation');

  const secrets: Secret[] = [];
  const secret = (value: string, label: string, seenBy: Caller[] = ALL_BUT_PAUL) => {
    secrets.push({ value, label, seenBy: new Set<Caller>(['coach', ...seenBy]) });
    return value;
  };
  /** A record id of practice A: Sophie's unless said otherwise. */
  const id = (value: string, label: string, seenBy: Caller[] = ALL_BUT_PAUL) => secret(value, `id:${label}`, seenBy);

  // ——— People ———
  const sophieEmail = uniqueEmail('sophie');
  const sponsorEmail = uniqueEmail('sponsor');
  const paulEmail = uniqueEmail('paul');
  const organisation = ok(
    await a.call('POST', '/api/v1/organisations', { name: secret('MARK-ORG Hélios', 'organisation name', ['client', 'sponsor']), contactName: 'Marc Lefort', contactEmail: sponsorEmail, notes: secret('MARK-ORG-NOTE', 'organisation notes', []) }),
    'organisation',
  ).id;
  const sophie = ok(
    await a.call('POST', '/api/v1/clients', {
      firstName: 'Sophie',
      lastName: secret('MARK-SOPHIE-NAME', 'client name', ['client', 'sponsor']),
      email: sophieEmail,
      organisationId: organisation,
      role: secret('MARK-SOPHIE-ROLE', 'client role'),
    }),
    'Sophie',
  ).id;
  const paul = ok(await a.call('POST', '/api/v1/clients', { firstName: 'Paul', lastName: secret('MARK-PAUL-NAME', 'other client name', ['otherClient']), email: paulEmail }), 'Paul').id;

  // ——— The engagement on a three-way contract, and its session ———
  const engagement = ok(
    await a.call('POST', '/api/v1/engagements', {
      clientId: sophie,
      title: secret('MARK-ENGAGEMENT-TITLE', 'engagement title', ['client', 'sponsor']),
      sponsorId: organisation,
      plannedSessions: 6,
      objectives: [{ statement: secret('MARK-OBJECTIVE-ONE', 'objective') }, { statement: secret('MARK-OBJECTIVE-TWO', 'objective') }],
      contract: {
        sponsorVisibility: 'attendance',
        boundaries: [{ party: 'sponsor', responsibilities: [secret('MARK-CONTRACT-DUTY', 'contract boundary')], outOfScope: ['Lire les notes'] }],
        confidentialityClause: secret('MARK-CONTRACT-CLAUSE', 'contract clause'),
      },
    }),
    'engagement',
  );
  const objectives = (engagement.objectives as { id: string }[]).map((o) => o.id);
  for (const to of ['contracted', 'active']) ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/transitions`, { to }), `transition ${to}`);
  const session = ok(
    await a.call('POST', `/api/v1/engagements/${engagement.id}/sessions`, {
      scheduledAt: '2026-01-10T09:00:00+01:00',
      durationMinutes: 60,
      mode: 'video',
      status: 'held',
      notes: { situation: secret('MARK-SOPHIE-NOTE', 'session notes'), exploration: `Kestrel ${secret('MARK-SOPHIE-EXPLORATION', 'session notes')}` },
    }),
    'session',
  ).id;
  ok(await a.call('PATCH', `/api/v1/sessions/${session}`, { privateReflections: secret('MARK-REFLECTION', 'private reflections', []) }), 'reflections');
  ok(await a.call('PUT', `/api/v1/sessions/${session}/summary`, { summary: secret('MARK-SUMMARY', 'shared summary'), shared: true }), 'summary');
  const contact = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/contacts`, { kind: 'phone', occurredAt: '2026-01-12T10:00:00Z', summary: secret('MARK-CONTACT', 'contact summary') }), 'contact').id;
  const feedback = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/feedback`, { event: secret('MARK-FEEDBACK', 'feedback'), outcome: 'partly' }), 'feedback').id;
  const learning = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/learnings`, { statement: secret('MARK-LEARNING', 'learning'), sessionId: session }), 'learning').id;
  const commitment = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/commitments`, { kind: 'commitment', statement: secret('MARK-COMMITMENT', 'commitment') }), 'commitment').id;
  const spareCommitment = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/commitments`, { kind: 'guardrail', statement: secret('MARK-GUARDRAIL', 'guardrail') }), 'spare commitment').id;

  // ——— A board on the session, with a picture and share links ———
  const board = ok(await a.call('POST', `/api/v1/sessions/${session}/boards`, { title: secret('MARK-BOARD', 'board title') }), 'board').id;
  const picture = ok(await a.call('POST', `/api/v1/boards/${board}/pictures`, { name: secret('MARK-PICTURE', 'picture name') }), 'picture').id;
  const link = ok(await a.call('POST', `/api/v1/boards/${board}/share-links`, { mode: 'edit', expiresInMinutes: 240 }), 'share link');
  const spareLink = ok(await a.call('POST', `/api/v1/boards/${board}/share-links`, { mode: 'view', expiresInMinutes: 60 }), 'spare share link').id;
  const spareBoard = ok(await a.call('POST', `/api/v1/sessions/${session}/boards`, { title: secret('MARK-BOARD-SPARE', 'board title') }), 'spare board').id;

  // ——— A programme Sophie takes part in ———
  const programme = ok(
    await a.call('POST', '/api/v1/programmes', {
      title: secret('MARK-PROGRAMME', 'programme title', ['client']),
      description: secret('MARK-PROGRAMME-DESCRIPTION', 'programme description'),
      place: 'Lyon',
      days: [{ startsAt: '2026-01-20T09:00:00+01:00', endsAt: '2026-01-20T17:00:00+01:00' }],
    }),
    'programme',
  );
  const programmeDay = programme.days[0].id as string;
  ok(await a.call('POST', `/api/v1/programmes/${programme.id}/participants`, { clientId: sophie }), 'participant');
  ok(await a.call('PUT', `/api/v1/programmes/${programme.id}/days/${programmeDay}/notes`, { notes: secret('MARK-DAY-NOTE', 'programme day notes') }), 'day notes');
  ok(await a.call('PUT', `/api/v1/programmes/${programme.id}/participants/${sophie}/notes`, { notes: secret('MARK-PARTICIPANT-NOTE', 'participant notes') }), 'participant notes');

  // ——— A case study, published, with a reader's comment; and a draft to delete ———
  const caseStudy = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/case-studies`, { language: 'fr' }), 'case study').id;
  ok(await a.call('PATCH', `/api/v1/case-studies/${caseStudy}`, { title: secret('MARK-CASE', 'case study title') }), 'case study title');
  const draft = ok(await a.call('GET', `/api/v1/case-studies/${caseStudy}`), 'case study read');
  const whole = reviewedWhole(draft.title, draft.markdown);
  const decisions = (draft.review.spans as { start: number; end: number; type: string; decision: string | null }[])
    .filter((s) => s.decision === null)
    .map((s) => ({ text: whole.slice(s.start, s.end), type: s.type, action: 'accept' }));
  // The draft's prompts for what the records lack are deleted, as the coach would before publishing.
  ok(await a.call('PATCH', `/api/v1/case-studies/${caseStudy}`, { decisions, markdown: String(draft.markdown).replace(/\[À compléter :[^\]]*\]/g, '') }), 'case study decisions');
  ok(await a.call('PUT', `/api/v1/case-studies/${caseStudy}/consent`, { kind: 'composite', statement: 'Un cas composite, inventé pour l’exemple.' }), 'case study consent');
  const published = ok(await a.call('POST', `/api/v1/case-studies/${caseStudy}/publish`), 'case study publication');
  const article = new URL(published.publicUrl).pathname;
  const posted = await app.inject({
    method: 'POST',
    url: `${article}/comments`,
    remoteAddress: '198.51.100.7',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ name: 'Lecteur', email: uniqueEmail('reader'), body: secret('MARK-COMMENT', 'reader comment', []) }).toString(),
  });
  if (posted.statusCode !== 303) throw new Error(`fixture: comment answered ${posted.statusCode}`);
  const comment = ok(await a.call('GET', '/api/v1/comments'), 'comments').items[0].id as string;
  const spareCaseStudy = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/case-studies`, { language: 'en' }), 'spare case study').id;

  // ——— Invitations to join practice A: one to accept, one to withdraw ———
  const invitation = ok(await a.call('POST', '/api/v1/practice/invitations', { email: uniqueEmail('colleague') }), 'invitation');
  const spareInvitation = ok(await a.call('POST', '/api/v1/practice/invitations', { email: uniqueEmail('colleague') }), 'spare invitation').id;

  // ——— Portal: Sophie, Paul and the sponsor signed in ———
  const used = new Set<string>();
  /** A sign-in link to this address from A's outbox that nobody has used yet. */
  const unusedLinkFor = async (email: string) => {
    const items = ok(await a.call('GET', '/api/v1/outbox'), 'outbox').items as { kind: string; to: string; body: string }[];
    for (const m of items) {
      const token = m.kind === 'sign_in_link' && m.to === email ? m.body.match(/\/espace\/lien#([A-Za-z0-9_-]+)/)?.[1] : undefined;
      if (token && !used.has(token)) {
        used.add(token);
        return token;
      }
    }
    throw new Error(`fixture: no unused sign-in link for ${email}`);
  };
  const signIn = async (token: string) => {
    const browser = client(app);
    ok(await browser.call('POST', '/api/v1/portal/sign-in', { token }), 'portal sign-in');
    return browser;
  };
  const sophieAccount = ok(await a.call('POST', `/api/v1/clients/${sophie}/invitation`, {}), 'Sophie invitation', [201]).accountId as string;
  const sophieBrowser = await signIn(await unusedLinkFor(sophieEmail));
  const paulAccount = ok(await a.call('POST', `/api/v1/clients/${paul}/invitation`, {}), 'Paul invitation', [201]).accountId as string;
  const paulBrowser = await signIn(await unusedLinkFor(paulEmail));
  const sponsorAccount = ok(await a.call('POST', `/api/v1/engagements/${engagement.id}/sponsor-invitation`, {}), 'sponsor invitation', [201]).accountId as string;
  const sponsorBrowser = await signIn(await unusedLinkFor(sponsorEmail));

  // What Sophie writes in her space.
  const journal = ok(
    await sophieBrowser.call('POST', '/api/v1/portal/journal', {
      engagementId: engagement.id,
      occurredOn: '2026-01-12',
      situation: secret('MARK-JOURNAL', 'journal'),
      emotions: [{ name: 'anxiety', intensity: 7 }],
      needs: secret('MARK-JOURNAL-NEEDS', 'journal'),
    }),
    'journal',
  ).id;
  ok(await sophieBrowser.call('PATCH', `/api/v1/portal/journal/${journal}`, { shared: true }), 'journal shared');
  const spareJournal = ok(
    await sophieBrowser.call('POST', '/api/v1/portal/journal', { engagementId: engagement.id, occurredOn: '2026-01-13', situation: secret('MARK-JOURNAL-PRIVATE', 'unshared journal', ['client']) }),
    'spare journal',
  ).id;
  ok(await sophieBrowser.call('PUT', `/api/v1/portal/sessions/${session}/check-ins/before`, { progress: [{ objectiveId: objectives[0], value: 4 }] }), 'check-in before');
  ok(await sophieBrowser.call('PUT', `/api/v1/portal/sessions/${session}/check-ins/after`, { ratings: { heard: 8, mattered: 8, approach: 7, overall: 8 }, comment: secret('MARK-CHECKIN', 'check-in comment') }), 'check-in after');
  ok(await sophieBrowser.call('POST', '/api/v1/portal/feedback', { engagementId: engagement.id, event: secret('MARK-CLIENT-FEEDBACK', 'client feedback'), outcome: 'as_hoped' }), 'client feedback');
  ok(await sophieBrowser.call('PUT', '/api/v1/portal/testimonial', { engagementId: engagement.id, text: secret('MARK-TESTIMONIAL', 'testimonial'), consentScope: 'first_name' }), 'testimonial');
  const alert = (ok(await a.call('GET', '/api/v1/alerts'), 'alerts').items as { id: string; kind: string }[]).find((x) => x.kind === 'journal_shared')?.id;
  if (!alert) throw new Error('fixture: sharing the journal raised no alert');

  // ——— Spares for the destructive routes ———
  const spareClient = ok(await a.call('POST', '/api/v1/clients', { firstName: 'Zoé', lastName: secret('MARK-SPARE-CLIENT', 'spare client') }), 'spare client').id;
  const lea = ok(await a.call('POST', '/api/v1/clients', { firstName: 'Léa', lastName: secret('MARK-SPARE-ACCOUNT', 'spare account holder'), email: uniqueEmail('lea') }), 'Léa').id;
  const spareEngagement = ok(await a.call('POST', '/api/v1/engagements', { clientId: lea, title: secret('MARK-SPARE-ENGAGEMENT', 'spare engagement') }), 'spare engagement').id;
  const spareAccount = ok(await a.call('POST', `/api/v1/clients/${lea}/invitation`, {}), 'Léa invitation', [201]).accountId as string;

  const ids: FixtureIds = {
    sophie: id(sophie, 'Sophie'),
    paul: id(paul, 'Paul', ['otherClient']),
    organisation: id(organisation, 'organisation', ['client']),
    engagement: id(engagement.id, 'engagement', ['client', 'sponsor']),
    objectives: objectives.map((o) => id(o, 'objective')),
    session: id(session, 'session'),
    contact: id(contact, 'contact'),
    feedback: id(feedback, 'feedback'),
    learning: id(learning, 'learning'),
    commitment: id(commitment, 'commitment'),
    board: id(board, 'board'),
    picture: id(picture, 'picture'),
    shareLink: id(link.id, 'share link'),
    programme: id(programme.id, 'programme'),
    programmeDay: id(programmeDay, 'programme day'),
    caseStudy: id(caseStudy, 'case study'),
    comment: id(comment, 'comment', []),
    journal: id(journal, 'journal'),
    alert: id(alert, 'alert', []),
    sophieAccount: id(sophieAccount, 'Sophie’s portal account'),
    paulAccount: id(paulAccount, 'Paul’s portal account', ['otherClient']),
    sponsorAccount: id(sponsorAccount, 'sponsor’s portal account', ['sponsor']),
    invitation: id(invitation.id, 'practice invitation', []),
  };
  const spare: SpareIds = {
    client: id(spareClient, 'spare client', []),
    engagement: id(spareEngagement, 'spare engagement', []),
    board: id(spareBoard, 'spare board'),
    shareLink: id(spareLink, 'spare share link'),
    caseStudy: id(spareCaseStudy, 'spare case study'),
    commitment: id(spareCommitment, 'spare commitment'),
    journal: id(spareJournal, 'spare journal'),
    portalAccount: id(spareAccount, 'spare portal account', []),
    invitation: id(spareInvitation, 'spare invitation', []),
  };
  id(lea, 'Léa', []);

  let ips = 0;
  const ip = () => `192.0.2.${++ips}`;
  return {
    credentials: {
      coach: { cookie: a.cookie(), ip: ip() },
      otherCoach: { cookie: b.cookie(), ip: ip() },
      client: { cookie: sophieBrowser.cookie(), ip: ip() },
      otherClient: { cookie: paulBrowser.cookie(), ip: ip() },
      sponsor: { cookie: sponsorBrowser.cookie(), ip: ip() },
      anonymous: { cookie: '', ip: ip() },
    },
    ids,
    spare,
    shareToken: link.token,
    invitationToken: invitation.token,
    sophieEmail,
    secrets,
    async freshSignInToken() {
      ok(await a.call('POST', `/api/v1/clients/${sophie}/invitation`, {}), 'fresh link', [201]);
      return unusedLinkFor(sophieEmail);
    },
    coachA: a,
  };
}
