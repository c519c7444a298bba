import { RELATIVES } from './relatives.js';
import { fold } from './text.js';
import { ROLE_WORDS } from './vocabulary.js';
import type { Detection, EntityType } from './types.js';

/**
 * An attendance sheet, a list of participants: a Markdown table or a spreadsheet's rows pasted
 * as text (cells between tabs, semicolons or commas) whose header says what each column holds
 * ("Nom", "Prénom", "Entreprise", "Ville"; "Name", "Company", "Town"). There a
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
  ...['entreprise', 'societe', 'raison sociale', 'entite', 'organisation', 'organisme', 'structure', 'employeur', 'etablissement', 'company', 'employer', 'organization', 'firm', 'business'].map((h) => [h, 'organisation'] as const),
  ...['ville', 'commune', 'lieu', 'localite', 'site', 'pays', 'region', 'departement', 'adresse', 'city', 'town', 'location', 'place', 'country', 'county', 'address'].map((h) => [h, 'place'] as const),
]);

/** Headers of the columns that hold no name, which a header row without its dashes may have beside those that do. */
const OTHER_COLUMNS = new Set([
  'email', 'e-mail', 'mail', 'courriel', 'telephone', 'tel', 'tel.', 'portable', 'mobile', 'phone', 'date', 'dates', 'heure', 'horaire', 'seance', 'seances', 'session',
  'sessions', 'statut', 'status', 'role', 'fonction', 'poste', 'title', 'job', 'commentaire', 'commentaires', 'notes', 'note', 'remarques', 'age', 'objectif', 'objectifs',
  'presence', 'present', 'signature', 'emargement', 'n°', 'no', '#', 'id', 'service', 'equipe', 'team', 'department', 'niveau', 'level', 'score', 'progression', 'theme', 'sujet',
]);

/** A cell that opens on a determiner in lower case and a relative or a role names no one by name ("la mère", "le DG"; "le guen marie" is someone). */
const ROLE_OPENING = /^(?:le|la|les|l['’]|un|une|son|sa|ses|mon|ma|mes|the|her|his|my|a|an)\s+(\S+)/u;
const isRoleCell = (words: string) => {
  const noun = ROLE_OPENING.exec(words)?.[1];
  return !!noun && (RELATIVES.fr.has(fold(noun)) || RELATIVES.en.has(fold(noun)) || ROLE_WORDS.has(fold(noun)));
};

/** What may follow a name in its cell and name no one: an acronym in brackets, "(HR)", "(DRH)". ("(sœur de paul)" may name someone.) */
const BENIGN_REST = /^\s*\(\p{Lu}{2,5}\)\s*$/u;

/** Cells that say nothing of anyone: "-", "n/a", "?", "à confirmer". */
const EMPTY_CELLS = new Set(['n/a', 'na', 'nc', 'tbc', 'tbd', 'a confirmer', 'inconnu', 'unknown', 'aucun', 'aucune', 'none', 'idem']);

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

interface Cell {
  start: number;
  end: number;
}

/** What separates the cells of a row: a Markdown table's bar, a spreadsheet's tab, semicolon or comma. */
type Delimiter = '|' | '\t' | ';' | ',';

/**
 * The cells of one row at offset `at`, trimmed, with their offsets in the text. A Markdown row
 * may open and close on its bar; a spreadsheet's cell may be quoted ("Petit";"Marc"), and then
 * holds the delimiter as a character like another.
 */
function cellsOf(line: string, at: number, delimiter: Delimiter = '|'): Cell[] {
  const cells: Cell[] = [];
  const body = line.replace(/\s+$/, '');
  let from = body.search(/\S/);
  if (from < 0) return cells;
  if (delimiter === '|' && body[from] === '|') from++;
  const end = delimiter === '|' && body.endsWith('|') ? body.length - 1 : body.length;
  while (from <= end) {
    let to = from;
    let quoted = false;
    while (to < end && (quoted || body[to] !== delimiter)) {
      if (delimiter !== '|' && body[to] === '"') quoted = !quoted;
      to++;
    }
    let s = from;
    let e = to;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (delimiter !== '|' && e - s >= 2 && body[s] === '"' && body[e - 1] === '"') (s++, e--);
    cells.push({ start: at + s, end: at + e });
    from = to + 1;
  }
  return cells;
}

/** The delimiter of a spreadsheet's header row, or null: the first of tab, semicolon and comma it holds. */
function spreadsheetDelimiter(line: string): Delimiter | null {
  return line.includes('\t') ? '\t' : line.includes(';') ? ';' : line.includes(',') ? ',' : null;
}

/** What a header cell announces: the whole of it ("Nom complet"), or its first word ("Nom du participant", "Ville de résidence"). */
function columnType(header: string): EntityType | undefined {
  const folded = fold(header).replace(/[^\p{L}\s+]/gu, ' ').replace(/\s+/g, ' ').trim();
  return COLUMN_TYPES.get(folded) ?? COLUMN_TYPES.get(folded.split(' ')[0] ?? '');
}

/** Every cell of a column whose header names a person, an organisation or a place. */
export function tableColumns(text: string): Detection[] {
  return readTables(text).cells;
}

/** What the tables of a text say: the cells that are someone or something, and the header cells, which are no one. */
export interface Tables {
  cells: Detection[];
  headers: Cell[];
}

/**
 * The other readings within the tables: a header cell ("Prénom", "Service") is a column's
 * name, never someone's, and a reading that overlaps a cell the table names without keeping
 * inside it ran from one cell or one row into the next ("Commercial\nBlanc" of two rows): the
 * table's own reading of its cells stands, and what that reading held outside them is kept
 * apart, piece by piece, each on its own side of the cells. The records are kept whatever they cross.
 */
export function fittedToTables(text: string, found: Detection[], tables: Tables): Detection[] {
  if (!tables.cells.length) return found;
  const inside = (d: Cell, c: Cell) => c.start <= d.start && d.end <= c.end;
  const out: Detection[] = [];
  for (const d of found) {
    if (d.source === 'records' || tables.cells.includes(d)) out.push(d);
    else if (tables.headers.some((h) => inside(d, h))) continue;
    else {
      const crossed = tables.cells.filter((c) => d.start < c.end && c.start < d.end);
      if (!crossed.length || crossed.some((c) => inside(d, c))) out.push(d);
      else for (const piece of outside(text, d, crossed)) out.push({ ...d, ...piece, confidence: Math.min(d.confidence, 0.7) });
    }
  }
  return out;
}

/** The stretches of `d` outside `cells`, without the spaces and signs at their ends; none without a letter or a digit. */
function outside(text: string, d: Cell, cells: Cell[]): Cell[] {
  const pieces: Cell[] = [];
  let from = d.start;
  for (const c of [...cells].sort((a, b) => a.start - b.start)) {
    if (c.start > from) pieces.push({ start: from, end: c.start });
    from = Math.max(from, c.end);
  }
  if (from < d.end) pieces.push({ start: from, end: d.end });
  return pieces.flatMap((p) => {
    let { start, end } = p;
    while (start < end && !/[\p{L}\d]/u.test(text[start]!)) start++;
    while (end > start && !/[\p{L}\d]/u.test(text[end - 1]!)) end--;
    return end > start ? [{ start, end }] : [];
  });
}

export function readTables(text: string): Tables {
  if (!text.includes('|') && !text.includes('\t') && !text.includes(';') && !text.includes(',')) return { cells: [], headers: [] };
  const found: Detection[] = [];
  const headers: Cell[] = [];
  const lines: { text: string; at: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, at });
    at += line.length + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.text;
    const delimiter: Delimiter | null = line.includes('|') ? '|' : spreadsheetDelimiter(line);
    if (!delimiter) continue;
    const headerCells = cellsOf(line, lines[i]!.at, delimiter);
    const header = headerCells.map((c) => text.slice(c.start, c.end));
    const types = header.map(columnType);
    if (!types.some(Boolean)) continue;
    // A table typed in a note may have no row of dashes: then its first row is its header only
    // where every cell is one a header holds ("| Nom | Prénom | Tél |"), not a record's ("| Nom | Dupont |").
    // A spreadsheet's rows (a tab, a semicolon, a comma between cells) have no dashes ever.
    const separated = delimiter === '|' && SEPARATOR_ROW.test(lines[i + 1]!.text);
    const opensTable = i === 0 || !lines[i - 1]!.text.includes(delimiter);
    // A spreadsheet's header holds names of columns, a few words each, not a sentence with commas in it.
    const columnNames = delimiter === '|' || header.every((h) => h.split(/\s+/).length <= 3 && !/[.!?]$/.test(h));
    if (!separated && !(opensTable && columnNames && header.length >= 2 && header.every((h, k) => types[k] || OTHER_COLUMNS.has(fold(h).trim())))) continue;
    headers.push(...headerCells);
    let row = separated ? i + 2 : i + 1;
    for (; row < lines.length && lines[row]!.text.includes(delimiter); row++) {
      cellsOf(lines[row]!.text, lines[row]!.at, delimiter).forEach((cell, k) => {
        const type = types[k];
        const words = text.slice(cell.start, cell.end);
        if (!type || !/\p{L}/u.test(words) || EMPTY_CELLS.has(fold(words))) return;
        // "la mère", "le DG (Patrick)": a role or a relative, no name; a name inside is the readings' to find.
        if (isRoleCell(words)) return;
        // "Deirdre (HR)": the name is the cell's until its bracket, where what follows names no one; else the whole cell is masked.
        const cut = /\s*[(,;]/u.exec(words);
        const benign = !!cut && cut.index > 0 && BENIGN_REST.test(words.slice(cut.index));
        const end = benign ? cell.start + cut.index : cell.end;
        found.push({ start: cell.start, end, type, source: 'context', confidence: 0.9 });
      });
    }
    i = row - 1;
  }
  return { cells: found, headers };
}
