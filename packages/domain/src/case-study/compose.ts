/**
 * A case study drafted from the engagement's own records, following the arc of the
 * published cases coaches write (the seeds): a title, a confidentiality notice, the
 * context (who she is, the group programme where we met, the first call, what we
 * agreed), the situation and what was at stake, the work (the objective, the
 * questions, what she became aware of, the tools, the constellation's first and
 * resolution pictures and what was felt in them), the calls between sessions, the
 * shift, the feedback after the real event, the lasting learning, her words, the next
 * steps, and the number of sessions and calls.
 *
 * The coach's voice frames the recorded words; nothing is invented. Where a part of
 * the arc has no record, a bracketed prompt (`[À compléter : …]`) asks the coach for
 * it, and publication waits until she has written or deleted it. Optional parts (a
 * programme, calls, tools, pictures, a testimonial) are left out when absent.
 *
 * The client is called by her recorded first name: the anonymiser replaces it with
 * every other mention of her ("S.", "la personne accompagnée"), as the coach chose.
 * It stands only where a seed names her (compose-words.ts says where).
 *
 * Each constellation board is told on its own, after the work of the session it was
 * laid out in: its first picture, the places felt and the movements in the order they
 * happened, its resolution picture, and the two pictures side by side
 * (compose-constellation.ts).
 */

import type { CommitmentKind, CommitmentStatus } from '../client-space/commitments.js';
import type { ContactInitiator, ContactKind, EngagementOrigin, Objective } from '../engagement.js';
import type { EngagementStatus } from '../engagement-status.js';
import { CASE_WORDS, type CaseWords, type ContactTiming, type ProgrammePhase } from './compose-words.js';
import { herWords, list, speaksFirstPerson } from './compose-text.js';
import { constellationLines, type CaseConstellation } from './compose-constellation.js';

export { coachPrompts } from './compose-text.js';
export type { CaseConstellation, CaseFeltSense, CaseMovement, CasePicture } from './compose-constellation.js';

export type CaseLanguage = 'fr' | 'en';

export interface CaseNotes {
  situation?: string;
  peopleInvolved?: string;
  stakesAndRisk?: string;
  sessionObjective?: string;
  exploration?: string;
  toolsUsed?: string;
  shift?: string;
  insights?: string;
  commitments?: string;
  nextSteps?: string;
  emotionsBefore?: { name: string; intensity: number }[];
  emotionsAfter?: { name: string; intensity: number }[];
}

/** A call, message or meeting outside the sessions, as recorded. */
export interface CaseContact {
  kind: ContactKind;
  /** ISO date-time. */
  at: string;
  durationMinutes?: number | null;
  initiatedBy: ContactInitiator;
  summary: string;
}

export interface CaseSource {
  language: CaseLanguage;
  engagementTitle: string;
  /** Her first name as recorded: the text calls her by it, and the anonymiser replaces it. */
  clientName?: string;
  /** The client's role in her own words ("Consultante en stratégie marketing"). */
  clientRole?: string;
  origin?: EngagementOrigin;
  /** Where the engagement stands: in its closing review or closed, its sessions are done. */
  status?: EngagementStatus;
  /** The group programme the engagement grew out of, when one is recorded. */
  programme?: {
    /** Not told: a programme's title leads to a cohort of a dozen, and seed 003 does not name its own. */
    title: string;
    place: string;
    /** What the coach offers between the days ("my phone number, if needed"). */
    betweenDays?: string;
    days: number;
    /** Days she was marked present; 0 when attendance was not kept. */
    attendedDays: number;
    /** Her contacts with the coach during the programme, each with its phase. */
    contacts: (Omit<CaseContact, 'at'> & { phase: ProgrammePhase })[];
  } | null;
  /** The contract's objectives, in order. */
  objectives?: Objective[];
  heldSessions: number;
  /** Sessions the contract plans, when it says. */
  plannedSessions?: number | null;
  /** Held sessions in order, with when they were held and how long they lasted. */
  sessions: { notes: CaseNotes; at?: string; durationMinutes?: number }[];
  /** Calls, messages and meetings outside the sessions, in order. */
  contacts?: CaseContact[];
  /** One per board with something to tell, in the order of the sessions. */
  constellations?: CaseConstellation[];
  feedback: { event: string; outcome: string | null; account?: string; givenBy?: 'coach' | 'client' }[];
  learnings: string[];
  /** Her commitments and guardrails (the client space's). */
  commitments?: { kind: CommitmentKind; statement: string; status: CommitmentStatus }[];
  /** Her testimonial, only when she consented to its publication; signed as her consent's scope allows. */
  testimonial?: { text: string; attribution: string } | null;
}

const present = (s: string | undefined | null): s is string => Boolean(s && s.trim());
/** The same words, whatever their capitals, apostrophes, spacing and final stop. */
const sameWords = (a: string, b: string) => {
  const plain = (s: string) => s.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/[\s.!?…]+$/u, '').replace(/\s+/g, ' ').trim();
  return plain(a) === plain(b);
};
const emotions = (list: { name: string; intensity: number }[] | undefined) => (list ?? []).map((e) => `${e.name} (${e.intensity}/10)`).join(', ');
/** A line that begins with the fallback name ("la personne accompagnée") begins with a capital. */
const capitalised = (line: string) => (/^\p{Ll}/u.test(line) ? line.charAt(0).toUpperCase() + line.slice(1) : line);

export function composeCaseStudy(source: CaseSource): { title: string; markdown: string } {
  const w = CASE_WORDS[source.language];
  const name = source.clientName?.trim() || w.client;
  const title = source.engagementTitle;
  const out: string[] = [`# ${title}`, '', `> ${w.notice}`, ''];
  const section = (heading: string, lines: string[]) => {
    const kept = lines.filter((l) => l.trim()).map(capitalised);
    if (kept.length) out.push(`## ${heading}`, '', ...kept.flatMap((l) => [l, '']));
  };
  const notes = source.sessions.map((s) => s.notes);
  const firstOf = <K extends keyof CaseNotes>(field: K) => notes.find((n) => (Array.isArray(n[field]) ? (n[field] as unknown[]).length : present(n[field] as string)))?.[field];
  const lastOf = <K extends keyof CaseNotes>(field: K) => [...notes].reverse().find((n) => (Array.isArray(n[field]) ? (n[field] as unknown[]).length : present(n[field] as string)))?.[field];
  const { before, after } = placeContacts(source);
  // The statements only: a baseline and a target are measures, for the coach to add if she wants them told.
  const objectives = (source.objectives ?? []).map((o) => o.statement).filter(present);

  section(w.heading.context, [
    present(source.clientRole) ? w.role(name, source.clientRole) : w.prompts.role,
    ...programmeLines(source, w),
    ...before.map(({ contact, timing }) => w.contact(timing, contact)),
    objectives.length ? w.objectives(objectives) : '',
    present(firstOf('peopleInvolved') as string) ? w.people(firstOf('peopleInvolved') as string) : '',
  ]);

  const situation = firstOf('situation') as string | undefined;
  const stakes = firstOf('stakesAndRisk') as string | undefined;
  const feltBefore = emotions(firstOf('emotionsBefore') as CaseNotes['emotionsBefore']);
  section(w.heading.situation, [
    present(situation) ? w.situation(name, situation) : w.prompts.situation,
    feltBefore ? w.emotionsBefore(feltBefore) : '',
    present(stakes) ? w.stakes(stakes) : w.prompts.stakes,
  ]);

  section(w.heading.work, workLines(source, w, objectives));
  section(w.heading.between, after.map(({ contact, timing }) => w.contact(timing, contact)));

  const shifts = notes.map((n, i) => ({ text: n.shift, session: i + 1 })).filter((s): s is { text: string; session: number } => present(s.text));
  const feltAfter = emotions(lastOf('emotionsAfter') as CaseNotes['emotionsAfter']);
  section(w.heading.shift, [...(shifts.length ? shifts.map((s) => w.shift(s.text, shifts.length > 1 ? s.session : null)) : [w.prompts.shift]), feltAfter ? w.emotionsAfter(feltAfter) : '']);

  const feedback = source.feedback.filter((f) => present(f.event) || present(f.account));
  section(w.heading.feedback, feedback.length ? feedback.map((f) => feedbackParagraph(f, w, name, source.language)) : [w.prompts.feedback]);

  const learnings = source.learnings.filter(present);
  section(w.heading.learning, [learnings.length ? w.learning(learnings) : w.prompts.learning]);
  if (source.testimonial && present(source.testimonial.text)) {
    const quoted = source.testimonial.text.trim().split('\n').map((l) => `> ${l}`).join('\n');
    section(w.heading.testimonial, [source.testimonial.attribution ? `${quoted}\n>\n> — ${source.testimonial.attribution}` : quoted]);
  }
  section(w.heading.next, nextLines(source, w, name, lastOf('commitments') as string | undefined, lastOf('nextSteps') as string | undefined));

  if (source.heldSessions) out.push(countLine(source, w), '');
  return { title, markdown: `${out.join('\n').trimEnd()}\n` };
}

/** The group programme where we met: its record, or a prompt when only the origin says so. */
function programmeLines(source: CaseSource, w: CaseWords): string[] {
  const p = source.programme;
  if (!p) return source.origin === 'group_programme' ? [w.programmeOfUnknownShape, w.prompts.programme] : [];
  return [
    w.programme({ place: p.place, days: p.days, attendedDays: p.attendedDays }),
    present(p.betweenDays) ? w.betweenDays(p.betweenDays) : '',
    ...p.contacts.filter((c) => present(c.summary)).map((c) => w.programmeContact(c.phase, c)),
  ];
}

/**
 * Each session's objective, questions, awareness and tools, then the constellations laid
 * out in it; under the session's own heading when several sessions say something. A
 * constellation whose session is not known is told after the sessions.
 */
function workLines(source: CaseSource, w: CaseWords, objectives: string[]): string[] {
  // No questions recorded at all: the prompt stands where the first session's would.
  const unexplored = !source.sessions.some((s) => present(s.notes.exploration));
  const told = (source.constellations ?? []).map((c) => ({ c, session: c.session && c.session <= source.sessions.length ? c.session : null }));
  // Several constellations in the case: each is numbered, in the order told.
  const order = [...told.filter((t) => t.session !== null).sort((a, b) => a.session! - b.session!), ...told.filter((t) => t.session === null)];
  const constellations = (session: number | null) =>
    told
      .filter((t) => t.session === session)
      .flatMap((t) => constellationLines(t.c, w.constellation, w.constellation.lead(told.length > 1 ? order.indexOf(t) + 1 : null)));
  const perSession = source.sessions.map(({ notes: n }, i) =>
    [
      // A session given to the contract's own objective: said once, in the context.
      present(n.sessionObjective) && !objectives.some((o) => sameWords(o, n.sessionObjective!)) ? w.sessionObjective(n.sessionObjective) : '',
      present(n.exploration) ? w.exploration(n.exploration) : unexplored && i === 0 ? w.prompts.exploration : '',
      present(n.insights) ? w.insights(n.insights) : '',
      present(n.toolsUsed) ? w.tools(n.toolsUsed) : '',
      ...constellations(i + 1),
    ].filter(Boolean),
  );
  const speaking = perSession.filter((lines) => lines.length).length;
  const lines = perSession.flatMap((l, i) => (l.length && speaking > 1 ? [w.sessionHeading(i + 1), ...l] : l));
  if (unexplored && !source.sessions.length) lines.push(w.prompts.exploration);
  return [...lines, ...constellations(null)];
}

/** The contacts before the first held session (the story's start), and those after it, each with when it happened. */
function placeContacts(source: CaseSource): { before: { contact: CaseContact; timing: ContactTiming }[]; after: { contact: CaseContact; timing: ContactTiming }[] } {
  const held = source.sessions.map((s) => (s.at ? Date.parse(s.at) : NaN)).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  const contacts = (source.contacts ?? []).filter((c) => present(c.summary)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const before: { contact: CaseContact; timing: ContactTiming }[] = [];
  const after: { contact: CaseContact; timing: ContactTiming }[] = [];
  for (const contact of contacts) {
    const t = Date.parse(contact.at);
    const sessionsBefore = held.filter((h) => h <= t).length;
    // After the programme's story, the first call is no longer the very first contact.
    if (sessionsBefore === 0) before.push({ contact, timing: { at: 'before', first: before.length === 0 && !source.programme } });
    else if (sessionsBefore < held.length) after.push({ contact, timing: { at: 'between', session: sessionsBefore } });
    else after.push({ contact, timing: { at: 'after', onlyOneSession: held.length === 1 } });
  }
  return { before, after };
}

/** "« Réunion avec le DG » : cela s'est passé comme espéré. Lors du feedback, Claire me raconte : …" */
function feedbackParagraph(f: CaseSource['feedback'][number], w: CaseWords, name: string, language: CaseLanguage): string {
  const outcome = f.outcome ? (w.outcome[f.outcome] ?? f.outcome) : null;
  const event = f.event.trim();
  // What she wrote herself in the first person is quoted as hers, after "Claire m'écrit".
  const account = present(f.account) && f.givenBy === 'client' && speaksFirstPerson(f.account) ? herWords(f.account, language) : f.account;
  const parts = [
    outcome && event ? w.feedbackOutcome(event, outcome) : '',
    present(account) ? w.feedbackAccount({ name, event, account, eventNamed: Boolean(outcome) || !event, written: f.givenBy === 'client' }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : w.feedbackEvent(event);
}

/** Her commitments and next steps from the last session that names them, and her guardrails and commitments kept in her space. */
function nextLines(source: CaseSource, w: CaseWords, name: string, commitments: string | undefined, nextSteps: string | undefined): string[] {
  const kept = (source.commitments ?? []).filter((c) => present(c.statement) && c.status !== 'dropped');
  // She writes these in her space: a list where she says "je" or "mes" is quoted as hers, whole.
  const hers = (kind: CommitmentKind) => {
    const items = kept.filter((c) => c.kind === kind).map((c) => c.statement);
    const quoted = items.some((i) => speaksFirstPerson(i));
    return { items: quoted ? items.map((i) => herWords(i, source.language)) : items, quoted };
  };
  const guardrails = hers('guardrail');
  const undertaken = hers('commitment');
  const lines = [
    present(commitments) ? w.commitmentsNote(name, commitments) : '',
    guardrails.items.length ? `${w.guardrails(guardrails.quoted)}\n${list(guardrails.items)}` : '',
    undertaken.items.length ? `${w.commitments(undertaken.quoted)}\n${list(undertaken.items)}` : '',
    present(nextSteps) ? w.nextSteps(nextSteps) : '',
  ].filter(Boolean);
  return lines.length ? lines : [w.prompts.next];
}

/**
 * "*Accompagnement en 1 séance d'une heure (+ 2 appels).*" — and an engagement still
 * running says so: "1 séance" alone would read as the whole story. One in its closing
 * review is over, and says only what was held.
 */
function countLine(source: CaseSource, w: CaseWords): string {
  const minutes = new Set(source.sessions.map((s) => s.durationMinutes));
  const [only] = minutes;
  const duration = minutes.size === 1 && only ? w.duration(only) : '';
  const byKind = new Map<ContactKind, number>();
  // Emails and messages are both written words: counted together, as "messages".
  for (const c of source.contacts ?? []) {
    const kind = c.kind === 'email' ? 'message' : c.kind;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const extras = (['phone', 'message', 'meeting'] as const).filter((k) => byKind.get(k)).map((k) => w.extra(k, byKind.get(k)!));
  // In the closing review, closed or stopped, the sessions are done: the count is the whole story, whatever the contract planned.
  const over = source.status === 'closing' || source.status === 'closed' || source.status === 'cancelled';
  return w.count({ held: source.heldSessions, planned: over ? 0 : (source.plannedSessions ?? 0), duration, extras });
}
