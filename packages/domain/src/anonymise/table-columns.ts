import { fold } from './text.js';
import type { Detection, EntityType } from './types.js';

/**
 * An attendance sheet, a list of participants: a Markdown table whose header says what each
 * column holds ("Nom", "Prénom", "Entreprise", "Ville"; "Name", "Company", "Town"). There a
 * cell opens like a sentence and holds one word, so "ROSE | Claire | Orange | Rennes" reads as
 * four ordinary words; the header says they are a person, an organisation and a place.
 * Every cell of such a column is that entity, whatever its words. Columns the header does not
 * name (an e-mail, a phone, a date) are left to the patterns.
 */
const COLUMN_TYPES: ReadonlyMap<string, EntityType> = new Map([
  ...[
    'nom', 'noms', 'prenom', 'prenoms', 'nom complet', 'nom et prenom', 'prenom et nom', 'nom prenom', 'prenom nom', 'participant', 'participante', 'participants',
    'client', 'cliente', 'coache', 'coachee', 'stagiaire', 'manager', 'sponsor', 'referent', 'referente', 'interlocuteur', 'interlocutrice', 'personne', 'collaborateur', 'collaboratrice',
    'name', 'names', 'first name', 'firstname', 'given name', 'last name', 'lastname', 'surname', 'family name', 'full name', 'attendee', 'person', 'trainee', 'employee', 'contact name',
  ].map((h) => [h, 'person'] as const),
  ...['entreprise', 'societe', 'organisation', 'organisme', 'structure', 'employeur', 'etablissement', 'company', 'employer', 'organization', 'firm', 'business'].map((h) => [h, 'organisation'] as const),
  ...['ville', 'commune', 'lieu', 'localite', 'site', 'pays', 'region', 'departement', 'adresse', 'city', 'town', 'location', 'place', 'country', 'county', 'address'].map((h) => [h, 'place'] as const),
]);

/** Headers of the columns that hold no name, which a header row without its dashes may have beside those that do. */
const OTHER_COLUMNS = new Set([
  'email', 'e-mail', 'mail', 'courriel', 'telephone', 'tel', 'tel.', 'portable', 'mobile', 'phone', 'date', 'dates', 'heure', 'horaire', 'seance', 'seances', 'session',
  'sessions', 'statut', 'status', 'role', 'fonction', 'poste', 'title', 'job', 'commentaire', 'commentaires', 'notes', 'note', 'remarques', 'age', 'objectif', 'objectifs',
  'presence', 'present', 'signature', 'emargement', 'n°', 'no', '#', 'id', 'service', 'equipe', 'team', 'department', 'niveau', 'level', 'score', 'progression', 'theme', 'sujet',
]);

/** Cells that say nothing of anyone: "-", "n/a", "?", "à confirmer". */
const EMPTY_CELLS = new Set(['n/a', 'na', 'nc', 'tbc', 'tbd', 'a confirmer', 'inconnu', 'unknown', 'aucun', 'aucune', 'none', 'idem']);

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

interface Cell {
  start: number;
  end: number;
}

/** The cells of one table row at offset `at`, trimmed, with their offsets in the text. */
function cellsOf(line: string, at: number): Cell[] {
  const cells: Cell[] = [];
  const body = line.replace(/\s+$/, '');
  let from = body.search(/\S/);
  if (body[from] === '|') from++;
  const end = body.endsWith('|') ? body.length - 1 : body.length;
  while (from <= end) {
    let to = body.indexOf('|', from);
    if (to < 0 || to > end) to = end;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    cells.push({ start: at + s, end: at + e });
    from = to + 1;
  }
  return cells;
}

/** What a header cell announces: the whole of it ("Nom complet"), or its first word ("Nom du participant", "Ville de résidence"). */
function columnType(header: string): EntityType | undefined {
  const folded = fold(header).replace(/[^\p{L}\s+]/gu, ' ').replace(/\s+/g, ' ').trim();
  return COLUMN_TYPES.get(folded) ?? COLUMN_TYPES.get(folded.split(' ')[0] ?? '');
}

/** Every cell of a column whose header names a person, an organisation or a place. */
export function tableColumns(text: string): Detection[] {
  if (!text.includes('|')) return [];
  const found: Detection[] = [];
  const lines: { text: string; at: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, at });
    at += line.length + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.text.includes('|')) continue;
    const header = cellsOf(lines[i]!.text, lines[i]!.at).map((c) => text.slice(c.start, c.end));
    const types = header.map(columnType);
    if (!types.some(Boolean)) continue;
    // A table typed in a note may have no row of dashes: then its first row is its header only
    // where every cell is one a header holds ("| Nom | Prénom | Tél |"), not a record's ("| Nom | Dupont |").
    const separated = SEPARATOR_ROW.test(lines[i + 1]!.text);
    const opensTable = i === 0 || !lines[i - 1]!.text.includes('|');
    if (!separated && !(opensTable && header.length >= 2 && header.every((h, k) => types[k] || OTHER_COLUMNS.has(fold(h).trim())))) continue;
    let row = separated ? i + 2 : i + 1;
    for (; row < lines.length && lines[row]!.text.includes('|'); row++) {
      cellsOf(lines[row]!.text, lines[row]!.at).forEach((cell, k) => {
        const type = types[k];
        const words = text.slice(cell.start, cell.end);
        if (!type || !/\p{L}/u.test(words) || EMPTY_CELLS.has(fold(words))) return;
        found.push({ start: cell.start, end: cell.end, type, source: 'context', confidence: 0.9 });
      });
    }
    i = row - 1;
  }
  return found;
}
