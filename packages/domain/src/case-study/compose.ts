/**
 * A case study drafted from the engagement's own records, following the arc of the
 * published cases coaches write: a title, a confidentiality notice, the context, the
 * situation and what was at stake, the work (what was explored, the tools, the
 * constellation's first and last pictures and what was felt in them), the shift, the
 * feedback after the real event, the lasting learning, the next steps, the number of
 * sessions. Nothing is invented: a section the records say nothing about is left
 * out. The coach rewrites freely; the anonymiser runs on what she writes.
 */

import { pictureImage } from './pictures.js';

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

export interface CaseSource {
  language: CaseLanguage;
  engagementTitle: string;
  /** The client's role in her own words ("Consultante en stratégie marketing"). */
  clientRole?: string;
  origin?: string;
  heldSessions: number;
  /** Sessions the contract plans, when it says. */
  plannedSessions?: number | null;
  /** Held sessions in order. */
  sessions: { notes: CaseNotes }[];
  pictures: { id: string; name: string; isInitial: boolean; isResolution: boolean; labels: string[] }[];
  feltSenses: { label: string; words: string; energy: number }[];
  feedback: { event: string; outcome: string | null; account?: string }[];
  learnings: string[];
  /** Her testimonial, only when she consented to its publication; signed as her consent's scope allows. */
  testimonial?: { text: string; attribution: string } | null;
}

/** Ends a sentence once: "…changement." stays, "…marketing" gets its full stop. */
const sentence = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const WORDS = {
  fr: {
    notice: "Dans ce cas présenté à titre d'illustration, les personnes et les contextes ont été modifiés afin de garantir la confidentialité. Les mécanismes à l'œuvre reflètent ce qui a eu lieu.",
    context: 'Le contexte',
    situation: 'La situation et ce qui était en jeu',
    work: 'Le travail',
    shift: 'Le déplacement',
    feedback: 'Après la rencontre',
    learning: "L'apprentissage durable",
    testimonial: 'Ses mots',
    next: 'Et ensuite',
    role: (r: string) => `La personne accompagnée : ${sentence(r)}`,
    sessions: (n: number) => (n === 1 ? 'Une séance d’une heure.' : `${n} séances d’une heure.`),
    before: 'Émotions nommées au départ',
    after: 'Émotions nommées à la fin',
    objective: 'Objectif de la séance',
    tools: 'Outils',
    constellation: 'La constellation',
    initial: (n: string, l: string) => `Première image (« ${n} ») : ${l}.`,
    resolution: (n: string, l: string) => `Image de résolution (« ${n} ») : ${l}.`,
    initialAlt: (l: string) => (l ? `Première image de la constellation : ${l}` : 'Première image de la constellation'),
    resolutionAlt: (l: string) => (l ? `Image de résolution de la constellation : ${l}` : 'Image de résolution de la constellation'),
    initialCaption: (n: string) => `Première image : « ${n} »`,
    resolutionCaption: (n: string) => `Image de résolution : « ${n} »`,
    felt: (label: string, words: string, energy: number) => `À la place de « ${label} » : ${words} (énergie ${energy > 0 ? '+' : ''}${energy}).`,
    outcome: { as_hoped: 'comme espéré', partly: 'en partie comme espéré', not_as_hoped: 'pas comme espéré' } as Record<string, string>,
    event: (e: string, o: string | null) => (o ? `${e} — ${o}.` : `${e}.`),
    count: (n: number) => (n === 1 ? '*Accompagnement en 1 séance.*' : `*Accompagnement en ${n} séances.*`),
    countSoFar: (n: number, planned: number) => `*Accompagnement en cours : ${n} séance${n > 1 ? 's' : ''} sur ${planned} prévues.*`,
  },
  en: {
    notice: 'In this case, shown as an illustration, people and contexts have been changed to protect confidentiality. The mechanisms at work reflect what happened.',
    context: 'The context',
    situation: 'The situation and what was at stake',
    work: 'The work',
    shift: 'The shift',
    feedback: 'After the meeting',
    learning: 'The lasting learning',
    testimonial: 'In her words',
    next: 'What comes next',
    role: (r: string) => `The client: ${sentence(r)}`,
    sessions: (n: number) => (n === 1 ? 'One one-hour session.' : `${n} one-hour sessions.`),
    before: 'Emotions named at the start',
    after: 'Emotions named at the end',
    objective: 'Session objective',
    tools: 'Tools',
    constellation: 'The constellation',
    initial: (n: string, l: string) => `First picture ("${n}"): ${l}.`,
    resolution: (n: string, l: string) => `Resolution picture ("${n}"): ${l}.`,
    initialAlt: (l: string) => (l ? `First picture of the constellation: ${l}` : 'First picture of the constellation'),
    resolutionAlt: (l: string) => (l ? `Resolution picture of the constellation: ${l}` : 'Resolution picture of the constellation'),
    initialCaption: (n: string) => `First picture: ‘${n}’`,
    resolutionCaption: (n: string) => `Resolution picture: ‘${n}’`,
    felt: (label: string, words: string, energy: number) => `In the place of "${label}": ${words} (energy ${energy > 0 ? '+' : ''}${energy}).`,
    outcome: { as_hoped: 'as hoped', partly: 'partly as hoped', not_as_hoped: 'not as hoped' } as Record<string, string>,
    event: (e: string, o: string | null) => (o ? `${e} — ${o}.` : `${e}.`),
    count: (n: number) => (n === 1 ? '*Coaching in 1 session.*' : `*Coaching in ${n} sessions.*`),
    countSoFar: (n: number, planned: number) => `*Coaching in progress: ${n} of ${planned} planned sessions.*`,
  },
};

const present = (s: string | undefined): s is string => Boolean(s && s.trim());
const emotions = (list: { name: string; intensity: number }[] | undefined) => (list ?? []).map((e) => `${e.name} (${e.intensity}/10)`).join(', ');

export function composeCaseStudy(source: CaseSource): { title: string; markdown: string } {
  const w = WORDS[source.language];
  const first = source.sessions[0]?.notes ?? {};
  const last = source.sessions[source.sessions.length - 1]?.notes ?? {};
  const all = (field: keyof CaseNotes) => source.sessions.map((s) => s.notes[field]).filter((v): v is string => typeof v === 'string' && present(v));
  const colon = source.language === 'fr' ? ' :' : ':';
  const title = source.engagementTitle;
  const out: string[] = [`# ${title}`, '', `> ${w.notice}`, ''];
  const section = (heading: string, lines: string[]) => {
    const kept = lines.filter((l) => l.trim());
    if (kept.length) out.push(`## ${heading}`, '', ...kept.flatMap((l) => [l, '']));
  };

  section(w.context, [source.clientRole ? w.role(source.clientRole) : '', first.peopleInvolved ?? '', source.heldSessions ? w.sessions(source.heldSessions) : '']);
  section(w.situation, [first.situation ?? '', first.stakesAndRisk ?? '', emotions(first.emotionsBefore) ? `${w.before}${colon} ${emotions(first.emotionsBefore)}.` : '']);

  const initial = source.pictures.find((p) => p.isInitial);
  const resolution = source.pictures.find((p) => p.isResolution);
  const constellation = [
    initial ? w.initial(initial.name, initial.labels.join(', ')) : '',
    resolution && resolution !== initial ? w.resolution(resolution.name, resolution.labels.join(', ')) : '',
    ...source.feltSenses.map((f) => w.felt(f.label, f.words, f.energy)),
  ].filter(Boolean);
  section(w.work, [
    ...all('sessionObjective').map((o) => `**${w.objective}.** ${o}`),
    ...all('exploration'),
    ...all('toolsUsed').map((t) => `**${w.tools}.** ${t}`),
    constellation.length ? `**${w.constellation}.** ${constellation.join(' ')}` : '',
    // The pictures themselves, beside the words: the coach deletes the line to leave one out.
    initial ? pictureImage(initial.id, w.initialAlt(initial.labels.join(', ')), w.initialCaption(initial.name)) : '',
    resolution && resolution !== initial ? pictureImage(resolution.id, w.resolutionAlt(resolution.labels.join(', ')), w.resolutionCaption(resolution.name)) : '',
  ]);
  section(w.shift, [...all('shift'), ...all('insights'), emotions(last.emotionsAfter) ? `${w.after}${colon} ${emotions(last.emotionsAfter)}.` : '']);
  section(w.feedback, source.feedback.flatMap((f) => [w.event(f.event, f.outcome ? (w.outcome[f.outcome] ?? f.outcome) : null), f.account ?? '']));
  section(w.learning, source.learnings);
  if (source.testimonial && present(source.testimonial.text)) {
    const quoted = source.testimonial.text.trim().split('\n').map((l) => `> ${l}`).join('\n');
    section(w.testimonial, [source.testimonial.attribution ? `${quoted}\n>\n> — ${source.testimonial.attribution}` : quoted]);
  }
  section(w.next, [last.commitments ?? '', last.nextSteps ?? '']);
  // An engagement still running says so: "1 séance" alone would read as the whole story.
  const planned = source.plannedSessions ?? 0;
  if (source.heldSessions) out.push(planned > source.heldSessions ? w.countSoFar(source.heldSessions, planned) : w.count(source.heldSessions), '');
  return { title, markdown: `${out.join('\n').trimEnd()}\n` };
}
