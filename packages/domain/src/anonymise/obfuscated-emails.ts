import type { Detection } from './types.js';
import { matchesIn } from './windows.js';

/**
 * "p.durand[at]free.fr", "paul point durand arobase gmail point com", "jane dot doe at acme dot
 * com", "marie.dupont chez gmail.com", "m.dupont@ cabinet.fr": an address written so that
 * robots miss it is still an address, and a coach copying a signature or a message keeps it
 * so. Read only around the word that stands for "@".
 */
const AT = /\[at\]|\(at\)|\{at\}|\[arobase\]|\(arobase\)|(?<![\p{L}\d])arobase(?![\p{L}\d])|\sat\s(?=[\p{L}\d-]+\s(?:dot|point)\s)|\s(?:at|chez)\s(?=[\p{L}\d-]+\.[\p{L}]{2,4}(?![\p{L}\d]))|@(?=\s+[\p{L}\d-]+\.)/giu;
const DOT = String.raw`(?:\.|\s?(?:\[dot\]|\(dot\)|\[point\]|\(point\))\s?|\s(?:dot|point)\s)`;
const PART = String.raw`[\p{L}\d_%+'-]+`;
/** The name before the "@", its dots spelt or not: anchored at its end. */
const LOCAL = new RegExp(String.raw`(?:^|[^\p{L}\d_%+'.-])(${PART}(?:${DOT}${PART})*)\s*$`, 'u');
/** The domain after it, which ends on a known ending: "free.fr", "gmail point com", "acme dot co dot uk". */
const DOMAIN = new RegExp(String.raw`^\s*[\p{L}\d-]+(?:${DOT}[\p{L}\d-]+)*${DOT}(?:com|fr|org|net|eu|io|co|uk|be|ch|ca|de|es|it|info|biz|me|pro)(?![\p{L}\d])`, 'iu');

export function obfuscatedEmails(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of matchesIn(text, AT)) {
    const at = m.index!;
    const local = LOCAL.exec(text.slice(Math.max(0, at - 80), at));
    const domain = DOMAIN.exec(text.slice(at + m[0].length, at + m[0].length + 120));
    if (!local || !domain) continue;
    // "marie.dupont chez gmail.com", but not "RDV chez free.fr", "le 12.03 chez doctolib.fr": the word before "chez" or "at" must look like an address's.
    // (Spelt out, "jane dot doe at acme dot com" says what it is.)
    if (/^\s(?:at|chez)\s$/iu.test(m[0]) && !/\s(?:dot|point)\s/iu.test(domain[0]) && !/\p{L}[._]\p{L}{2,}|\p{L}{2,}[._]\p{L}|\p{L}{2,}\d/u.test(local[1]!)) continue;
    const start = at - local[0].length + local[0].indexOf(local[1]!);
    found.push({ start, end: at + m[0].length + domain[0].length, type: 'email', source: 'pattern', confidence: 0.9 });
  }
  return found;
}
