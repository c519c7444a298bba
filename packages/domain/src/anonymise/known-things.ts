import { employerAfterDe, PLATFORM_EMPLOYER_VERBS } from './employer-verbs.js';
import { fold, type Token, tokenize } from './text.js';
import { ORGANISATION_NOUNS } from './vocabulary.js';
import type { Lexicon } from './lexicon.js';
import { medicineTokens } from './medicines.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';

/**
 * Names of things every reader knows that identify nobody: software and devices, the
 * methods and questionnaires coaches use, holidays and events. General knowledge, kept
 * short; folded on load. A coach writes "sur Teams", "son profil MBTI", "avant Noël":
 * masked as a person ("sur [Personne 2]"), each of these is a decision the coach must
 * undo in review, and the text a supervisor reads no longer says what was used.
 *
 * Not here: organisations (known-organisations.ts), which may be a client's employer;
 * people, even those a method is named after ("le triangle de Karpman"); anything that
 * is also a popular first name ("Alexa", "Noël"), left out on load.
 */
export const KNOWN_THINGS: readonly string[] = [
  // Software, platforms and devices.
  'Zoom', 'Teams', 'Microsoft Teams', 'Skype', 'Slack', 'Google Meet', 'Meet', 'Webex', 'FaceTime', 'Discord', 'Signal', 'Telegram', 'Messenger', 'WhatsApp', 'Whatsapp', 'SMS', 'Visio',
  'Excel', 'Word', 'PowerPoint', 'Outlook', 'OneNote', 'OneDrive', 'SharePoint', 'Office', 'Office 365', 'Microsoft 365', 'Gmail', 'Hotmail',
  'Google Drive', 'Google Docs', 'Google Sheets', 'Google Agenda', 'Google Calendar', 'Google Maps', 'Drive', 'Dropbox', 'Notion', 'Trello',
  'Asana', 'Jira', 'Confluence', 'Mural', 'Klaxoon', 'Canva', 'Calendly', 'Doctolib', 'WordPress',
  // Social networks, streaming and everyday apps: "her LinkedIn", "on Insta", "le podcast est sur Spotify".
  'LinkedIn', 'Linkedin', 'Instagram', 'Insta', 'Facebook', 'Twitter', 'TikTok', 'Tiktok', 'YouTube', 'Youtube', 'Snapchat', 'Pinterest',
  'Reddit', 'Bluesky', 'Mastodon', 'Threads', 'Substack', 'Medium', 'Viadeo', 'Xing', 'Glassdoor', 'Indeed', 'Welcome to the Jungle',
  'Spotify', 'Deezer', 'Apple Music', 'Apple Podcasts', 'Netflix', 'Prime Video', 'Disney+', 'Audible', 'Headspace', 'Petit Bambou',
  'Strava', 'Duolingo', 'Tinder', 'Bumble', 'Hinge', 'Meetic', 'Vinted', 'Leboncoin', 'Le Bon Coin', 'Google Forms', 'Typeform',
  'Wikipedia', 'Wikipédia',
  'Windows', 'Android', 'iOS', 'macOS', 'Linux', 'iPhone', 'iPad', 'MacBook', 'Kindle', 'PlayStation', 'Xbox', 'Wii', 'Switch', 'Game Boy',
  'ChatGPT', 'Copilot', 'Gemini', 'Siri', 'Alexa', 'Waze',
  // What a device or an account calls its parts, often the label before a value ("GPS : 48.85, 2.35", "Gamertag: DarkWolf77").
  'GPS', 'PDF', 'USB', 'Wi-Fi', 'Wifi', 'WiFi', 'Bluetooth', 'QR code', 'Gamertag', 'Snap',
  // Methods, models and questionnaires of coaching and management.
  'MBTI', 'DISC', 'Process Com', 'Process Communication', 'PCM', 'PNL', 'NLP', 'Ennéagramme', 'Enneagram', 'Analyse transactionnelle',
  'Élément Humain', 'Element Humain', 'Human Element', 'Insights Discovery', 'Insights', 'HBDI', 'StrengthsFinder',
  'CliftonStrengths', 'Big Five', 'GROW', 'SMART', 'OKR', 'OKRs', 'KPI', 'KPIs', 'Scrum', 'Kanban', 'Agile', 'Lean',
  'Six Sigma', 'Design Thinking', 'Lego Serious Play', 'Co-Active', 'Ikigai', 'Pomodoro', 'Gestalt', 'Open Space', 'World Café', 'Codev',
  'Co-développement', 'Drama Triangle', 'Triangle dramatique', 'Appreciative Inquiry', 'Feedforward', 'Assessment Center',
  'Wheel of Life', 'Roue de la vie', 'Johari Window', 'Fenêtre de Johari', 'Myers-Briggs', 'Thomas-Kilmann', 'FIRO-B', 'SWOT',
  'Logical Levels', 'Niveaux logiques', 'Eisenhower', 'Eisenhower Matrix', 'Karpman', 'Johari',
  // Holidays, seasons of the year, events, and one pandemic.
  'Noël', 'Pâques', 'Pentecôte', 'Ascension', 'Assomption', 'Épiphanie', 'Chandeleur', 'Nouvel An', 'Jour de l\'An',
  'Saint-Valentin', 'Ramadan', 'Aïd', 'Aïd el-Kébir', 'Hanoukka', 'Kippour', 'Yom Kippour', 'Halloween', 'Thanksgiving', 'Christmas', 'Easter',
  'New Year', 'Black Friday', 'Covid', 'Covid-19', 'Coronavirus', 'Brexit', 'Coupe du monde', 'World Cup', 'Jeux olympiques', 'Olympic Games', 'Olympics',
  'Super Bowl', 'Ligue des champions', 'Champions League', 'Roland-Garros', 'Wimbledon',
  'Tour de France', 'Mondial', 'Téléthon', 'Fête de la musique',
];

/** Words of time before a holiday: "avant Noël", "jusqu'à Noël". */
const TIME_BEFORE = new Set(['avant', 'apres', 'depuis', 'pendant', 'a', 'vers', 'des', "jusqu'a", 'durant', 'before', 'after', 'since', 'until', 'at', 'over']);
/** Nouns of the season before "de Noël": "les vacances de Noël", "le repas de Noël". */
const SEASON_NOUNS = new Set(['vacances', 'fetes', 'fete', 'veille', 'soir', 'nuit', 'jour', 'repas', 'marche', 'sapin', 'cadeau', 'cadeaux', 'periode', 'conges', 'treve', 'arbre', 'messe', 'reveillon']);

/**
 * "avant Noël", "les vacances de Noël", "à la Toussaint": the holiday, though Noël and Toussaint
 * are also a man's first name or surname, which keeps them off the list; "Noël a appelé", "Noël
 * Martin", "le fils de Noël", "Toussaint Louverture" remain a person.
 */
function isHoliday(tokens: Token[], i: number): boolean {
  const folded = tokens[i]!.folded;
  if (folded !== 'noel' && folded !== 'toussaint') return false;
  const next = tokens[i + 1];
  if (next?.word && next.shape !== 'lower') return false;
  const before = tokens[i - 1];
  if (!before?.word || before.shape !== 'lower') return false;
  // "à la Toussaint": French names no man with "la" before him.
  if (folded === 'toussaint') return before.folded === 'la';
  if (TIME_BEFORE.has(before.folded)) return true;
  const noun = tokens[i - 2];
  return before.folded === 'de' && !!noun?.word && SEASON_NOUNS.has(noun.folded);
}

/**
 * Words after which one names whom one works for, not what one uses ("chez Zoom", "at Slack",
 * "for Spotify", "pour Doctolib"), and the verbs of leaving one ("a quitté Doctolib"); "de" after
 * such a verb or a job title is read by employerAfterDe ("DRH de Deezer").
 */
const EMPLOYER_BEFORE = new Set(['chez', 'at', 'for', 'pour', ...PLATFORM_EMPLOYER_VERBS]);

/** The most words a name of the list has. */
export const LONGEST = 4;

/**
 * The tokens of `tokens` that name a thing of the list, longest name first ("Microsoft
 * Teams", not "Microsoft" then "Teams"). "chez Zoom", "la société Doctolib", "works at
 * Spotify", "travaille pour LinkedIn": after "chez", "at", "for", "pour" or a noun for a
 * company, the name is the employer's, which is identifying, and is left to the other rules.
 */
export function knownThingTokens(text: string, tokens: Token[], things: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  const heads = headsOf(things);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.shape === 'lower') continue;
    if (isHoliday(tokens, i)) {
      out.add(i);
      continue;
    }
    if (!heads.has(t.folded)) continue;
    const before = tokens[i - 1];
    if (before?.word && (EMPLOYER_BEFORE.has(before.folded) || ORGANISATION_NOUNS.has(before.folded) || employerAfterDe(tokens, i))) continue;
    for (let n = LONGEST; n >= 1; n--) {
      const last = lastOf(tokens, i, n);
      if (last < 0 || !things.has(fold(text.slice(t.start, tokens[last]!.end)))) continue;
      for (let k = i; k <= last; k++) out.add(k);
      i = last;
      break;
    }
  }
  return out;
}

/**
 * The tokens that name what identifies no one: the things of the list, and medicines named with
 * their dose (medicines.ts), unless the lists know the word as a first name or a frequent surname
 * ("M. Martin 5 mg" is still someone).
 */
export function thingTokens(text: string, tokens: Token[], lexicon: Pick<Lexicon, 'things' | 'firstNames'>): Set<number> {
  const out = knownThingTokens(text, tokens, lexicon.things);
  for (const i of medicineTokens(tokens, (f) => lexicon.firstNames.has(f) || SURNAMES.has(f))) out.add(i);
  return out;
}

const headsCache = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The first words of the names, as the tokenizer folds them: most capitalised words begin none, and cost one lookup. */
export function headsOf(things: ReadonlySet<string>): Set<string> {
  let heads = headsCache.get(things);
  if (!heads) {
    heads = new Set([...things].map((n) => tokenize(n)[0]!.folded));
    headsCache.set(things, heads);
  }
  return heads;
}

/** The index of the token that ends `n` words from `from` on one line, or -1. */
export function lastOf(tokens: Token[], from: number, n: number): number {
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    if (k > from && tokens[k]!.start - tokens[k - 1]!.end > 1) return -1;
    if (tokens[k]!.word) words++;
    if (words === n) return k;
  }
  return -1;
}
