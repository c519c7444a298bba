import type { Detection } from './types.js';
import { matchesIn, matchesWithin, windowsAround } from './windows.js';

/** The words of a label before a login or a secret, found first, being cheap to find. */
const CREDENTIAL_WORD = /pass|mot de passe|mdp|code|pin|identifiant|login|username|utilisateur|user|pseudo|insta|snap|tiktok|skype|gamertag|discord|telegram|twitter|handle/gi;

/**
 * "Identifiant : jmartin75", "login : mpetit", "Mot de passe : Coach24!", "Code secret : 482913",
 * "Passcode: 771204", "Mon pseudo Teams c'est marc.petit", "Insta : lafermedemarie_56",
 * "Le digicode : 4512", "code secret 123456" (a code of digits needs no colon),
 * "Gamertag: xXKerryQueenXx": a login or a social network's handle names its owner the way an
 * e-mail address does, and a password or a meeting's code opens what the note is about. The
 * value after such a label (a colon, "=", "est" or "c'est" between them, the name of a tool
 * allowed before) is masked as an identifier, whatever its letters.
 */
const CREDENTIAL = new RegExp(
  String.raw`(?<![\p{L}])(?:mot\s+de\s+passe|mdp|password|passcode|pass\s*code|code\s+(?:secret|d['’]acc[eè]s|pin|confidentiel|porte|portail|d['’]entr[ée]e|de\s+la\s+porte|de\s+l['’]immeuble|immeuble)|digicode|(?:access|secret|door|entry|gate|building)\s+code|(?:code\s+)?PIN|identifiant|login|user\s*name|username|nom\s+d['’]utilisateur|user\s+ID|pseudo|insta(?:gram)?|snap(?:chat)?|tiktok|skype|gamertag|discord|telegram|twitter|handle)` +
    String.raw`(?:\s+(?:provisoire|temporaire|temporary|de\s+connexion|\p{Lu}[\p{L}]+))?` +
    String.raw`\s*(?<sep>:|=|\s(?:est|c['’]est|is)\s|\s)\s*(?<value>[^\s"'«»“”]+)`,
  'giu',
);

/** The labels a code may follow with only a space between them. */
const BARE_LABEL = /^(?:digicode|code\s+(?:secret|pin|porte|portail|confidentiel|d['’]acc[eè]s|d['’]entr[ée]e|de\s+la\s+porte|de\s+l['’]immeuble|immeuble)|(?:access|secret|door|entry|gate|building)\s+code|(?:code\s+)?pin|passcode)\s+$/iu;

/**
 * "<julie.martin> on décale ?", "<marc_petit> ok": a chat log's nickname between angle brackets,
 * which is its owner's login. Not an HTML tag ("<br>", "<p>"), nor an e-mail address, read elsewhere.
 */
const NICKNAME = /(?<=(?:^|[\s\]])<)[\p{L}\d][\p{L}\d._-]{1,40}(?=>)/gmu;
const HTML_TAGS = new Set(['br', 'p', 'b', 'i', 'u', 'a', 'em', 'strong', 'div', 'span', 'ul', 'ol', 'li', 'hr', 'img', 'table', 'tr', 'td', 'th', 'html', 'head', 'body', 'title', 'h1', 'h2', 'h3', 'h4', 'pre', 'code', 'blockquote', 'sup', 'sub', 'small', 'script', 'style']);

export function credentials(text: string): Detection[] {
  const found: Detection[] = [];
  if (text.includes('<')) {
    for (const m of matchesIn(text, NICKNAME)) {
      if (!HTML_TAGS.has(m[0].toLowerCase())) found.push({ start: m.index!, end: m.index! + m[0].length, type: 'identifier', source: 'pattern', confidence: 0.85 });
    }
  }
  for (const m of matchesWithin(text, windowsAround(text, CREDENTIAL_WORD, 0, 80), CREDENTIAL)) {
    let value = m.groups!.value!;
    // The sentence's own stop or comma after the value is not part of it ("login : mpetit.").
    value = value.replace(/[.,;:)\]]+$/u, '');
    if (!value || !/[\p{L}\d]/u.test(value)) continue;
    // After "est" a login shows what makes it one, a digit or a sign: "c'est marc.petit", not "est un masque".
    if (!/[:=]/.test(m.groups!.sep!) && !/[\d._@-]/u.test(value)) continue;
    // With nothing between them, only a door's, a PIN's or a secret code of digits: "code secret 123456",
    // "digicode 4B72"; not "skype 30 min", "Twitter depuis 2019", "le digicode du 12 rue…".
    // (The qualifier after a label, read under "i", may have taken the "est" or "is" before the value: "Le PIN est 4521".)
    const label = m[0].slice(0, m[0].length - m.groups!.value!.length);
    const bare = !m.groups!.sep!.trim() && !/\s(?:est|c['’]est|is)\s+$/iu.test(label);
    if (bare && (!/\d\S*\d/u.test(value) || !BARE_LABEL.test(label))) continue;
    const start = m.index! + m[0].length - m.groups!.value!.length;
    found.push({ start, end: start + value.length, type: 'identifier', source: 'pattern', confidence: 0.85 });
  }
  return found;
}
