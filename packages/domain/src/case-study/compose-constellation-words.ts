/**
 * The words that tell a constellation, French and English: the pictures, the places
 * felt, the movements. A board label reads as prose where it can: one that begins with
 * an article or a third person's possessive ("Le DG", "Sa solution") has it lowered ("à
 * la place du DG", "sa solution change de place"), and a name stays as written
 * ("Claire"). A label in the first or second person ("Mon histoire") or in lower case
 * is quoted as written: in the coach's voice "mon histoire" would be hers. The
 * client's own figure is felt at "sa propre place".
 */

import { follow } from './compose-text.js';
import type { CaseLanguage } from './compose.js';

/** One figure of a run of movements, as the reader is told it. */
export interface MovementWords {
  label: string;
  moved: boolean;
  /** Turned by a fair angle, or round (by half a turn or more). */
  turned: 'turned' | 'round' | null;
}

export interface ConstellationWords {
  /** "**La constellation.**", or "**Deuxième constellation.**" when the case tells several. */
  lead(n: number | null): string;
  initial(name: string, labels: string[]): string;
  /** `labels` null: the same figures as the first picture, not listed again. */
  resolution(name: string, labels: string[] | null): string;
  /** `label` null: the client's own figure. `again`: a place felt before in this constellation. */
  felt(f: { label: string | null; words: string; energy: number; again: boolean }): string;
  movements(moves: MovementWords[]): string;
  initialAlt(labels: string): string;
  resolutionAlt(labels: string): string;
  initialCaption(name: string): string;
  resolutionCaption(name: string): string;
}

const signed = (energy: number) => `${energy > 0 ? '+' : ''}${energy}`;
/** The felt words with their energy inside the sentence, before its full stop. */
const withEnergy = (words: string, energy: string) => `${words.trim().replace(/\.$/u, '')} (${energy})`;
const joined = (items: string[], and: string) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? ''));
/** A picture's own name, unless it only says what the sentence already does ("Première image"). */
const ownName = (name: string, generic: string) => {
  const n = name.trim();
  return n && n.toLowerCase() !== generic.toLowerCase() ? n : '';
};

/** Words that open a label and make it a noun phrase of the third person. */
const DETERMINER: Record<CaseLanguage, RegExp> = {
  fr: /^(?:le|la|les|un|une|des|son|sa|ses|leur|leurs)\s|^l['’]/iu,
  en: /^(?:the|a|an|his|her|its|their)\s/iu,
};
/** Words that open a label spoken by someone: "Mon histoire", "Ce que je porte" read as the coach's in her sentence. */
const SPEAKER: Record<CaseLanguage, RegExp> = {
  fr: /(?:^|[^\p{L}])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|tu|te|t['’]|toi|ton|ta|tes|vous|votre|vos)(?!\p{L})/iu,
  // "I" in capitals only; the others whatever their first letter ("My history").
  en: /(?:^|[^\p{L}])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)(?!\p{L})/u,
};
const QUOTE: Record<CaseLanguage, (s: string) => string> = { fr: (s) => `« ${s} »`, en: (s) => `“${s}”` };

/** The label as prose (its determiner lowered, or a name as written), or quoted as written. */
function figure(label: string, language: CaseLanguage): { prose: boolean; text: string } {
  const l = label.replace(/\s+/g, ' ').trim();
  if (SPEAKER[language].test(l) || !/^\p{Lu}/u.test(l)) return { prose: false, text: QUOTE[language](l) };
  return DETERMINER[language].test(l) ? { prose: true, text: l.charAt(0).toLowerCase() + l.slice(1) } : { prose: true, text: l };
}
const listed = (labels: string[], language: CaseLanguage) => labels.map((l) => figure(l, language).text).join(', ');

/** "de le DG" → "du DG", "de les" → "des", "de un" → "d'un": French after "à la place de". */
function ofFr(label: string): string {
  const f = figure(label, 'fr');
  // "de Claire"; "d'Antoine" is the anonymiser's to write, as it fits its replacement to the "de" before it.
  if (!f.prose) return `de ${f.text}`;
  const m = /^(le|les|des|un|une)\s+(.*)$/u.exec(f.text);
  if (!m) return `de ${f.text}`;
  return { le: `du ${m[2]}`, les: `des ${m[2]}`, des: `de ${m[2]}`, un: `d'un ${m[2]}`, une: `d'une ${m[2]}` }[m[1] as 'le']!;
}

/** Figures that did the same thing, named together: "sa solution et son besoin de contrôle changent de place". */
function grouped(moves: MovementWords[], say: (m: MovementWords, many: boolean) => string, and: string, language: CaseLanguage): string[] {
  const groups = new Map<string, MovementWords[]>();
  for (const m of moves) {
    const key = `${m.moved}/${m.turned}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((g) => `${joined(g.map((m) => figure(m.label, language).text), and)} ${say(g[0]!, g.length > 1)}`);
}

const ORDINAL_FR = ['Première', 'Deuxième', 'Troisième', 'Quatrième', 'Cinquième', 'Sixième'];
const ORDINAL_EN = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];

export const CONSTELLATION_WORDS: Record<CaseLanguage, ConstellationWords> = {
  fr: {
    lead: (n) => (n === null ? '**La constellation.**' : `**${ORDINAL_FR[n - 1] ?? `${n}e`} constellation.**`),
    initial: (name, labels) => {
      const n = ownName(name, 'Première image');
      const head = n ? `Première image, « ${n} »` : 'Première image';
      return labels.length ? `${head} : ${listed(labels, 'fr')}.` : `${head}.`;
    },
    resolution: (name, labels) => {
      const n = ownName(name, 'Image de résolution');
      const head = n ? `Image de résolution, « ${n} »` : 'Image de résolution';
      return labels?.length ? `${head} : ${listed(labels, 'fr')}.` : `${head}.`;
    },
    felt: ({ label, words, energy, again }) => {
      const place = label === null ? 'à sa propre place' : `à la place ${ofFr(label)}`;
      const lead = again ? (label === null ? `De retour ${place}` : `De nouveau ${place}`) : place.charAt(0).toUpperCase() + place.slice(1);
      return follow(lead, withEnergy(words, `énergie ${signed(energy)}`), 'fr');
    },
    movements: (moves) => {
      const verb = (m: MovementWords, many: boolean) => {
        const turn = m.turned === 'round' ? (many ? 'se retournent' : 'se retourne') : m.turned ? (many ? 'se tournent' : 'se tourne') : '';
        const move = m.moved ? (many ? 'changent de place' : 'change de place') : '';
        return [move, turn].filter(Boolean).join(' et ');
      };
      return `Puis ${moves.length > 1 ? 'des mouvements' : 'un mouvement'} : ${grouped(moves, verb, 'et', 'fr').join(' ; ')}.`;
    },
    initialAlt: (l) => (l ? `Première image de la constellation : ${l}` : 'Première image de la constellation'),
    resolutionAlt: (l) => (l ? `Image de résolution de la constellation : ${l}` : 'Image de résolution de la constellation'),
    initialCaption: (n) => `Première image : « ${n} »`,
    resolutionCaption: (n) => `Image de résolution : « ${n} »`,
  },
  en: {
    lead: (n) => (n === null ? '**The constellation.**' : ORDINAL_EN[n - 1] ? `**${ORDINAL_EN[n - 1]} constellation.**` : `**Constellation ${n}.**`),
    initial: (name, labels) => {
      const n = ownName(name, 'First picture');
      const head = n ? `First picture, “${n}”` : 'First picture';
      return labels.length ? `${head}: ${listed(labels, 'en')}.` : `${head}.`;
    },
    resolution: (name, labels) => {
      const n = ownName(name, 'Resolution picture');
      const head = n ? `Resolution picture, “${n}”` : 'Resolution picture';
      return labels?.length ? `${head}: ${listed(labels, 'en')}.` : `${head}.`;
    },
    felt: ({ label, words, energy, again }) => {
      const place = label === null ? 'their own place' : `the place of ${figure(label, 'en').text}`;
      const lead = again ? (label === null ? `Back in ${place}` : `Again in ${place}`) : `In ${place}`;
      return follow(lead, withEnergy(words, `energy ${signed(energy)}`), 'en');
    },
    movements: (moves) => {
      const verb = (m: MovementWords, many: boolean) => {
        const turn = m.turned === 'round' ? (many ? 'turn round' : 'turns round') : m.turned ? (many ? 'turn' : 'turns') : '';
        const move = m.moved ? (many ? 'move' : 'moves') : '';
        return [move, turn].filter(Boolean).join(' and ');
      };
      return `Then ${moves.length > 1 ? 'movements' : 'a movement'}: ${grouped(moves, verb, 'and', 'en').join('; ')}.`;
    },
    initialAlt: (l) => (l ? `First picture of the constellation: ${l}` : 'First picture of the constellation'),
    resolutionAlt: (l) => (l ? `Resolution picture of the constellation: ${l}` : 'Resolution picture of the constellation'),
    initialCaption: (n) => `First picture: ‘${n}’`,
    resolutionCaption: (n) => `Resolution picture: ‘${n}’`,
  },
};
