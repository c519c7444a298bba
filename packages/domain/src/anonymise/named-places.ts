import type { Detection } from './types.js';
import { matchesWithin, windowsAround } from './windows.js';

/** What heads the name of a place inside a town: a residence, a hamlet, an estate, an industrial zone, a business park. */
const HEAD = String.raw`(?:[Rr][ée]sidence|[Ll]ieu-?dit|[Hh]ameau|[Ll]otissement|Domaine|[Qq]uartier|[Cc]ité|[Ii]mmeuble|Z\.?A\.?(?:C\.?)?|Z\.?I\.?|[Zz]one\s+(?:artisanale|industrielle|commerciale|d['’]activit[ée]s?)|[Pp]arc\s+(?:d['’]activit[ée]s?|d['’]affaires|technologique|scientifique|tertiaire))`;
/** The nouns of HEAD, found first, being cheap to find. */
const HEAD_WORD = /sidence|lieu-?dit|hameau|lotissement|domaine|quartier|cité|immeuble|z\.?[ai]|zone|parc/gi;
/** A capitalised word of the name, two letters at least ("B" of "bât. B" names no place). */
const WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const SMALL = String.raw`(?:de\s+la|de\s+l['’]|des|du|de|d['’]|la|le|les|l['’]|aux?)`;
const NAMED_PLACE = new RegExp(
  String.raw`(?<![\p{L}])${HEAD}\s+(?:${SMALL}\s*)?(?<name>(?:(?:Les|Le|La|L['’])\s*)?${WORD}(?:[ \t]+${SMALL}[ \t]*${WORD})*)(?<tail>(?:[ \t]+${WORD})*)`,
  'gu',
);

/**
 * "Résidence Les Tilleuls", "lieu-dit La Garenne", "Z.A. des Ajoncs", "le hameau des Granges",
 * "Parc d'activités du Chêne Vert": the name of a place inside a town, after the noun that says
 * what it is. With the street and the postcode it makes an address; without them it still says
 * where someone lives or works, in a town small enough to know her. The name is masked as a
 * place, its noun kept ("Résidence [Lieu 1]").
 */
export function namedPlaces(text: string): Detection[] {
  const found: Detection[] = [];
  // The expression opens on a lookbehind, which would try every character: it reads only around its nouns.
  for (const m of matchesWithin(text, windowsAround(text, HEAD_WORD, 0, 160), NAMED_PLACE)) {
    const { name, tail } = m.groups as { name: string; tail: string };
    const start = m.index! + m[0].length - tail.length - name.length;
    found.push({ start, end: start + name.length, type: 'place', source: 'pattern', confidence: 0.8 });
    // "du Chêne Vert", but also "du quartier Saint-Georges Bouteiller", the superintendent after his
    // district: a capitalised word after the name is the place's only where nothing reads it as more.
    for (const w of tail.matchAll(/\S+/gu)) {
      const at = start + name.length + w.index!;
      found.push({ start: at, end: at + w[0].length, type: 'place', source: 'capitalisation', confidence: 0.5 });
    }
  }
  return found;
}
