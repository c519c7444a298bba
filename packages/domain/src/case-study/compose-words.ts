/**
 * The composer's own words, French and English: the headings, and the framing
 * sentences in the coach's voice, first person, as the seeds are written ("Claire me
 * raconte : …", "Nous avons travaillé avec : …"). Each frames recorded words and adds
 * no fact of its own. No sentence here needs her gender: the coach's and the client's
 * agreements are left to the coach.
 *
 * The client is called by her recorded first name, which the anonymiser replaces like
 * every other mention of her — but only where a seed would name her: who she is, what
 * she tells me, her feedback, what she commits to. Elsewhere the sentence needs no
 * subject ("j'ai reçu son appel", "Ses émotions en fin de séance", "À sa propre place"):
 * in roles mode each mention becomes « la personne accompagnée », and a draft that
 * named her in every sentence read like a form.
 */

import type { ContactInitiator, ContactKind } from '../engagement.js';
import { CONSTELLATION_WORDS, type ConstellationWords } from './compose-constellation-words.js';
import { countWord, follow, jobAndActivities, list, prompt, sentence } from './compose-text.js';

/** When a contact happened, against the held sessions. */
export type ContactTiming = { at: 'before'; first: boolean } | { at: 'between'; session: number } | { at: 'after'; onlyOneSession: boolean };
export type ProgrammePhase = 'before' | 'between' | 'after';

export interface CaseWords {
  notice: string;
  heading: Record<'context' | 'situation' | 'work' | 'between' | 'shift' | 'feedback' | 'learning' | 'testimonial' | 'next', string>;
  /** Who the client is when no first name is recorded. */
  client: string;
  role(name: string, role: string): string;
  programme(p: { place: string; days: number; attendedDays: number }): string;
  programmeOfUnknownShape: string;
  betweenDays(text: string): string;
  programmeContact(phase: ProgrammePhase, contact: ContactWords): string;
  contact(timing: ContactTiming, contact: ContactWords): string;
  objectives(statements: string[]): string;
  people(text: string): string;
  situation(name: string, text: string): string;
  emotionsBefore(list: string): string;
  stakes(text: string): string;
  sessionHeading(n: number): string;
  sessionObjective(text: string): string;
  exploration(text: string): string;
  insights(text: string): string;
  tools(text: string): string;
  shift(text: string, session: number | null): string;
  emotionsAfter(list: string): string;
  feedbackOutcome(event: string, outcome: string): string;
  feedbackAccount(p: { name: string; event: string; account: string; eventNamed: boolean; written: boolean }): string;
  feedbackEvent(event: string): string;
  outcome: Record<string, string>;
  learning(statements: string[]): string;
  commitmentsNote(name: string, text: string): string;
  /** `quoted`: the items are her own words, quoted, because one of them speaks in the first person. */
  guardrails(quoted: boolean): string;
  commitments(quoted: boolean): string;
  nextSteps(text: string): string;
  count(p: { held: number; planned: number; duration: string; extras: string[] }): string;
  duration(minutes: number): string;
  extra(kind: ContactKind, n: number): string;
  prompts: Record<'role' | 'programme' | 'situation' | 'stakes' | 'exploration' | 'shift' | 'feedback' | 'learning' | 'next', string>;
  /** The constellation's pictures, places felt and movements. */
  constellation: ConstellationWords;
}

/** A contact as the sentence needs it: not her name, which "j'ai reçu son appel" does without. */
export interface ContactWords {
  kind: ContactKind;
  initiatedBy: ContactInitiator;
  durationMinutes?: number | null;
  summary: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const fr: CaseWords = {
  notice:
    "Dans cet exemple de coaching professionnel proposé à titre d'illustration, les personnes et les contextes ont été modifiés afin de garantir la confidentialité. Si vous reconnaissez une situation semblable dans le vécu de vos connaissances, c'est fortuit. Les mécanismes à l'œuvre reflètent toutefois ce qui a eu lieu.",
  heading: {
    context: 'Le contexte',
    situation: 'La situation et ce qui était en jeu',
    work: 'Le travail',
    between: 'Entre les séances',
    shift: 'Le déplacement',
    feedback: 'Après la rencontre',
    learning: "L'apprentissage durable",
    testimonial: 'Ses mots',
    next: 'Et ensuite',
  },
  client: 'la personne accompagnée',
  role: (name, role) => {
    const { job, activities, rest } = jobAndActivities(role);
    // A job ("Consultante indépendante…", "DRH chez…") follows "est", its first word lowered when it is a plain word;
    // a sentence of its own ("Elle dirige…") or a name first ("Renault Trucks, cheffe de projet") keeps a colon.
    let said: string;
    if (/^\p{Lu}{2,}\b/u.test(job) || /^\p{Ll}/u.test(job)) said = `${name} est ${job}`;
    else if (/^\p{Lu}\p{Ll}+(?:$|[\s,]+(?:\p{Ll}|$))/u.test(job) && !/^(Elle|Il|Je|On|Nous|Sa|Son|Ses)\b/u.test(job)) said = `${name} est ${job.charAt(0).toLowerCase()}${job.slice(1)}`;
    else return follow(name, role.trim(), 'fr');
    // What she does has her for its subject: "Claire est consultante et accompagne une PME", not "… consultante. Accompagne une PME."
    const doing = activities.length > 1 ? `, ${activities.slice(0, -1).join(', ')} et ${activities.at(-1)}` : activities.length ? ` et ${activities[0]}` : '';
    return [sentence(`${said}${doing}`), rest ? sentence(rest) : ''].filter(Boolean).join(' ');
  },
  // Seed 003's words. The programme's title is not told: it leads to a cohort of a dozen (the anonymiser would mask it
  // anyway, as « mon programme collectif » just before "un dispositif collectif"), and the seed does not name its own.
  programme: ({ place, days, attendedDays }) => {
    const where = atPlace(place);
    return attendedDays > 0
      ? `Nous nous connaissions déjà pour avoir passé ${countWord(attendedDays, 'fr', true)} ${plural(attendedDays, 'journée', 'journées')} ensemble, dans le cadre d'un dispositif collectif d'accompagnement que j'anime${where}.`
      : `Nous nous connaissions déjà, depuis un dispositif collectif d'accompagnement${days ? ` de ${countWord(days, 'fr', true)} ${plural(days, 'journée', 'journées')}` : ''} que j'anime${where}.`;
  },
  programmeOfUnknownShape: "Nous nous connaissions déjà, depuis un dispositif collectif d'accompagnement que j'anime.",
  betweenDays: (text) => follow('Entre les journées', text, 'fr'),
  programmeContact: (phase, c) => follow(`${{ before: 'Avant le dispositif', between: 'Entre deux journées', after: 'Après le dispositif' }[phase]}, ${contactFr(c)}`, c.summary, 'fr'),
  contact: (timing, c) => {
    const when =
      timing.at === 'before' ? (timing.first ? "Tout d'abord" : 'Puis') : timing.at === 'between' ? `Entre la séance ${timing.session} et la séance ${timing.session + 1}` : timing.onlyOneSession ? 'Après la séance' : 'Après la dernière séance';
    return follow(`${when}, ${contactFr(c)}`, c.summary, 'fr');
  },
  objectives: (items) => (items.length === 1 ? follow("Nous avons convenu d'un objectif pour cet accompagnement", items[0]!, 'fr') : `Nous avons convenu des objectifs de cet accompagnement :\n${list(items)}`),
  people: (text) => follow('Les personnes en jeu', text, 'fr'),
  situation: (name, text) => follow(`${name} me raconte`, text, 'fr'),
  emotionsBefore: (list) => `Ses émotions en début de séance : ${list}.`,
  stakes: (text) => follow('Ce qui est en jeu', text, 'fr'),
  sessionHeading: (n) => `### Séance ${n}`,
  sessionObjective: (text) => follow("Nous avons fixé l'objectif de la séance", text, 'fr'),
  exploration: (text) => follow('Au fil de mes questions, nous avons exploré', text, 'fr'),
  insights: (text) => follow('Sa prise de conscience', text, 'fr'),
  tools: (text) => follow('Nous avons travaillé avec', text, 'fr'),
  shift: (text, session) => follow(session === null ? 'Avec ce travail' : `Après la séance ${session}`, text, 'fr'),
  emotionsAfter: (list) => `Ses émotions en fin de séance : ${list}.`,
  feedbackOutcome: (event, outcome) => `« ${event} » : ${outcome}.`,
  feedbackAccount: ({ name, event, account, eventNamed, written }) =>
    follow(`Lors du feedback${eventNamed ? '' : ` sur « ${event} »`}, ${name} ${written ? "m'écrit" : 'me raconte'}`, account, 'fr'),
  feedbackEvent: (event) => `« ${event} ».`,
  outcome: { as_hoped: "cela s'est passé comme espéré", partly: "cela s'est passé en partie comme espéré", not_as_hoped: "cela ne s'est pas passé comme espéré" },
  learning: (items) => (items.length === 1 ? follow("C'est aussi un apprentissage durable", items[0]!, 'fr') : `C'est aussi un apprentissage durable :\n${list(items)}`),
  commitmentsNote: (name, text) => follow(`À la suite de ce travail, ${name} s'engage`, text, 'fr'),
  // "Dans ses termes", as seed 000 introduces her own words.
  guardrails: (quoted) => `Ses garde-fous${quoted ? ', dans ses termes' : ''} :`,
  commitments: (quoted) => `Ses engagements${quoted ? ', dans ses termes' : ''} :`,
  nextSteps: (text) => follow('Pour la suite', text, 'fr'),
  count: ({ held, planned, duration, extras }) => {
    const sessions = `${held} ${plural(held, 'séance', 'séances')}${duration}`;
    const more = extras.length ? ` (+ ${extras.join(', ')})` : '';
    return planned > held ? `*Accompagnement en cours : ${sessions} sur ${planned} prévues${more}.*` : `*Accompagnement en ${sessions}${more}.*`;
  },
  duration: (m) => ({ 30: " d'une demi-heure", 60: " d'une heure", 90: " d'une heure et demie", 120: ' de deux heures' })[m] ?? ` de ${m} minutes`,
  extra: (kind, n) => `${n} ${{ phone: plural(n, 'appel', 'appels'), message: plural(n, 'message', 'messages'), email: plural(n, 'message', 'messages'), meeting: plural(n, 'rencontre', 'rencontres') }[kind]}`,
  prompts: {
    role: prompt('fr', 'qui est la personne accompagnée, son métier, son contexte.'),
    programme: prompt('fr', 'le dispositif collectif — où, combien de journées.'),
    situation: prompt('fr', 'la situation telle que la personne accompagnée l’a racontée.'),
    stakes: prompt('fr', 'ce qui était en jeu, le risque.'),
    exploration: prompt('fr', 'les questions qui ont éclairé la situation.'),
    shift: prompt('fr', 'le déplacement — ce qui a changé pour la personne accompagnée.'),
    feedback: prompt('fr', 'son retour après l’événement réel — comment cela s’est passé.'),
    learning: prompt('fr', 'l’apprentissage durable de la personne accompagnée.'),
    next: prompt('fr', 'les suites — engagements, garde-fous, prochaines étapes.'),
  },
  constellation: CONSTELLATION_WORDS.fr,
};

/** "à Marseille"; a place typed with its own preposition ("en ligne", "Au Havre") keeps it. */
function atPlace(place: string): string {
  const p = place.trim();
  if (!p) return '';
  if (/^\p{Ll}/u.test(p)) return ` ${p}`;
  if (/^(À|A|Au|Aux|En|Dans|Chez)\s/u.test(p)) return ` ${p.charAt(0).toLowerCase()}${p.slice(1)}`;
  return ` à ${p}`;
}

function contactFr(c: ContactWords): string {
  const minutes = c.durationMinutes ? ` (${c.durationMinutes} min)` : '';
  const written = c.kind === 'message' || c.kind === 'email';
  if (c.kind === 'meeting') return c.initiatedBy === 'sponsor' ? `j'ai rencontré le commanditaire${minutes}` : `nous avons eu un rendez-vous${minutes}`;
  if (c.initiatedBy === 'coach') return written ? 'je lui ai écrit' : `je lui ai téléphoné${minutes}`;
  if (c.initiatedBy === 'sponsor') return written ? "le commanditaire m'a écrit" : `le commanditaire m'a téléphoné${minutes}`;
  return written ? "j'ai reçu son message" : `j'ai reçu son appel${minutes}`;
}

const en: CaseWords = {
  notice:
    'In this example of professional coaching, shown as an illustration, people and contexts have been changed to protect confidentiality. If you recognise a similar situation among people you know, it is by chance. The mechanisms at work nevertheless reflect what happened.',
  heading: {
    context: 'The context',
    situation: 'The situation and what was at stake',
    work: 'The work',
    between: 'Between sessions',
    shift: 'The shift',
    feedback: 'After the meeting',
    learning: 'The lasting learning',
    testimonial: 'In her words',
    next: 'What comes next',
  },
  client: 'the client',
  role: (name, role) => follow(`${name}'s work`, role, 'en'),
  programme: ({ place, days, attendedDays }) => {
    const where = place.trim() ? ` in ${place.trim()}` : '';
    return attendedDays > 0
      ? `We already knew each other, having spent ${countWord(attendedDays, 'en')} ${plural(attendedDays, 'day', 'days')} together in a group programme I run${where}.`
      : `We already knew each other from a ${days ? `${countWord(days, 'en')}-day ` : ''}group programme I run${where}.`;
  },
  programmeOfUnknownShape: 'We already knew each other from a group programme I run.',
  betweenDays: (text) => follow('Between the days', text, 'en'),
  programmeContact: (phase, c) => follow(`${{ before: 'Before the programme', between: 'Between two days', after: 'After the programme' }[phase]}, ${contactEn(c)}`, c.summary, 'en'),
  contact: (timing, c) => {
    const when = timing.at === 'before' ? (timing.first ? 'First' : 'Then') : timing.at === 'between' ? `Between sessions ${timing.session} and ${timing.session + 1}` : timing.onlyOneSession ? 'After the session' : 'After the last session';
    return follow(`${when}, ${contactEn(c)}`, c.summary, 'en');
  },
  objectives: (items) => (items.length === 1 ? follow('We agreed on one objective for this coaching', items[0]!, 'en') : `We agreed on the objectives of this coaching:\n${list(items)}`),
  people: (text) => follow('The people involved', text, 'en'),
  situation: (name, text) => follow(`${name} tells me`, text, 'en'),
  emotionsBefore: (list) => `Emotions at the start of the session: ${list}.`,
  stakes: (text) => follow('What is at stake', text, 'en'),
  sessionHeading: (n) => `### Session ${n}`,
  sessionObjective: (text) => follow("We set the session's objective", text, 'en'),
  exploration: (text) => follow('Through my questions, we explored', text, 'en'),
  insights: (text) => follow('What comes to light', text, 'en'),
  tools: (text) => follow('We worked with', text, 'en'),
  shift: (text, session) => follow(session === null ? 'With this work' : `After session ${session}`, text, 'en'),
  emotionsAfter: (list) => `Emotions at the end of the session: ${list}.`,
  feedbackOutcome: (event, outcome) => `"${event}": ${outcome}.`,
  feedbackAccount: ({ name, event, account, eventNamed, written }) => follow(`In the feedback${eventNamed ? '' : ` on "${event}"`}, ${name} ${written ? 'writes to me' : 'tells me'}`, account, 'en'),
  feedbackEvent: (event) => `"${event}".`,
  outcome: { as_hoped: 'it went as hoped', partly: 'it went partly as hoped', not_as_hoped: 'it did not go as hoped' },
  learning: (items) => (items.length === 1 ? follow('There is lasting learning here too', items[0]!, 'en') : `There is lasting learning here too:\n${list(items)}`),
  commitmentsNote: (name, text) => follow(`Following this work, ${name} commits to`, text, 'en'),
  guardrails: (quoted) => `Guardrails${quoted ? ', word for word' : ''}:`,
  commitments: (quoted) => `Commitments${quoted ? ', word for word' : ''}:`,
  nextSteps: (text) => follow('For what comes next', text, 'en'),
  count: ({ held, planned, duration, extras }) => {
    const more = extras.length ? ` (+ ${extras.join(', ')})` : '';
    return planned > held ? `*Coaching in progress: ${held} of ${planned} planned ${duration}sessions${more}.*` : `*Coaching in ${held} ${duration}${plural(held, 'session', 'sessions')}${more}.*`;
  },
  duration: (m) => ({ 30: 'half-hour ', 60: 'one-hour ', 90: '90-minute ', 120: 'two-hour ' })[m] ?? `${m}-minute `,
  extra: (kind, n) => `${n} ${{ phone: plural(n, 'call', 'calls'), message: plural(n, 'message', 'messages'), email: plural(n, 'message', 'messages'), meeting: plural(n, 'meeting', 'meetings') }[kind]}`,
  prompts: {
    role: prompt('en', 'who the client is, their work, their context.'),
    programme: prompt('en', 'the group programme — where, how many days.'),
    situation: prompt('en', 'the situation as the client told it.'),
    stakes: prompt('en', 'what was at stake, the risk.'),
    exploration: prompt('en', 'the questions that shed light on the situation.'),
    shift: prompt('en', 'the shift — what changed for the client.'),
    feedback: prompt('en', "the client's feedback after the real event — how it went."),
    learning: prompt('en', "the client's lasting learning."),
    next: prompt('en', 'what comes next — commitments, guardrails, next steps.'),
  },
  constellation: CONSTELLATION_WORDS.en,
};

function contactEn(c: ContactWords): string {
  const minutes = c.durationMinutes ? ` (${c.durationMinutes} min)` : '';
  const written = c.kind === 'message' || c.kind === 'email';
  if (c.kind === 'meeting') return c.initiatedBy === 'sponsor' ? `I met the sponsor${minutes}` : `we met in person${minutes}`;
  // The client as "they", as an English text speaks of someone whose gender it does not know.
  if (c.initiatedBy === 'coach') return written ? 'I wrote to them' : `I called them${minutes}`;
  const who = c.initiatedBy === 'sponsor' ? 'the sponsor' : 'they';
  return written ? `${who} wrote to me` : `${who} called me${minutes}`;
}

export const CASE_WORDS = { fr, en };
