import type { Token } from './text.js';
import type { Detection } from './types.js';
import { ROLE_LINKS, ROLE_WORDS } from './vocabulary.js';

/** "le DG de Arvel", "the CEO of Arvel", "le maire de Lumio": a job title joined to a name points at one person. */
export function roles(tokens: Token[], found: Detection[]): Detection[] {
  const out: Detection[] = [];
  const named = new Map(found.filter((d) => d.type === 'organisation' || d.type === 'person' || d.type === 'place').map((d) => [d.start, d]));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ROLE_FIRST_WORDS.has(t.folded)) continue;
    const two = i + 1 < tokens.length ? `${t.folded} ${tokens[i + 1]!.folded}` : '';
    const width = ROLE_WORDS.has(two) ? 2 : ROLE_WORDS.has(t.folded) ? 1 : 0;
    if (!width) continue;
    const link = tokens[i + width];
    if (!link || !ROLE_LINKS.has(link.folded)) continue;
    const next = tokens[i + width + 1];
    const org = next && named.get(next.start);
    // "l'associé d'Isabelle", "le manager de Julie": her partner, her manager, no firm's; the name is hers.
    if (org?.type === 'person' && WORK_RELATIONS.has(t.folded)) continue;
    // "maire de Vannes": the role keeps what it serves is a place, so that it reads "maire d'une ville…".
    if (org) out.push({ start: t.start, end: org.end, type: 'role', source: 'context', confidence: 0.9, ...(org.type === 'place' ? { place: org.place ?? { kind: 'commune' } } : {}) });
  }
  return out;
}

/** Roles one holds towards a person as well as in a firm: after them "de" and a person's name is that person. Folded. */
const WORK_RELATIONS = new Set(['associe', 'associee', 'manager', 'chef', 'cheffe', 'responsable', 'partner', 'head', 'assistant', 'assistante', 'boss', 'cofondateur', 'cofondatrice']);

const ROLE_FIRST_WORDS = new Set([...ROLE_WORDS].map((w) => w.split(' ')[0]!));
