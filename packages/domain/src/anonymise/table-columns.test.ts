import { describe, expect, it } from 'vitest';
import { anonymise } from './anonymise.js';
import { loadLexicon } from './lexicon.js';
import { tableColumns } from './table-columns.js';

const cells = (text: string) => tableColumns(text).map((d) => [text.slice(d.start, d.end), d.type]);

describe('the columns of a table whose header names what they hold', () => {
  const sheet = [
    '| Nom | Prénom | Entreprise | Ville | E-mail | Téléphone |',
    '|---|---|---|---|---|---|',
    '| ROSE | Claire | Orange | Rennes | c.rose@example.fr | 06 12 34 56 78 |',
    '| DA SILVA | Ana | n/a | Lyon 3e | - | - |',
  ].join('\n');

  it('are each cell a person, an organisation or a place, common words included', () => {
    expect(cells(sheet)).toEqual([
      ['ROSE', 'person'], ['Claire', 'person'], ['Orange', 'organisation'], ['Rennes', 'place'],
      ['DA SILVA', 'person'], ['Ana', 'person'], ['Lyon 3e', 'place'],
    ]);
  });

  it('give offsets into the whole text, after text before the table', () => {
    const text = `Présents à l’atelier :\n\n${sheet}\n\nMerci à tous.`;
    for (const d of tableColumns(text)) expect(text.slice(d.start, d.end)).not.toMatch(/^\s|\s$|\|/);
    expect(cells(text)).toContainEqual(['Orange', 'organisation']);
  });

  it('read English headers, and rows without their outer pipes', () => {
    expect(cells('Full name | Company | Town\n--- | :---: | ---\nCallum McAllister | Standard Life | Leeds')).toEqual([
      ['Callum McAllister', 'person'], ['Standard Life', 'organisation'], ['Leeds', 'place'],
    ]);
  });

  it('read a header by its first word: "Nom du participant", "Ville de résidence"', () => {
    expect(cells('| Nom du participant | Ville de résidence |\n|--|--|\n| Marc | Vannes |')).toEqual([['Marc', 'person'], ['Vannes', 'place']]);
  });

  it('read a header typed without its row of dashes, where every cell is one a header holds', () => {
    expect(cells('| Nom | Prénom | Tél |\n| PETIT | Rose | 06 12 34 56 78 |\n| BLANC | Olivier | - |')).toEqual([
      ['PETIT', 'person'], ['Rose', 'person'], ['BLANC', 'person'], ['Olivier', 'person'],
    ]);
    expect(cells('| Nom | Dupont |\n| Ville | Lyon |')).toEqual([]);
  });

  it('leave alone a table whose header names no one, and a line of pipes that is no table', () => {
    expect(tableColumns('| Séance | Thème |\n|---|---|\n| 1 | Rose des vents |')).toEqual([]);
    expect(tableColumns('Objectifs | moyens | délais')).toEqual([]);
  });
});

describe('a cell that says more than a name', () => {
  it('keeps a role or a relative, and what follows a name in brackets that names no one', () => {
    expect(cells('| Client | Sponsor |\n|---|---|\n| Tom | Deirdre (HR) |\n| Léa | Marc (head of sales, Acme) |')).toEqual([
      ['Tom', 'person'],
      ['Deirdre', 'person'],
      ['Léa', 'person'],
      ['Marc (head of sales, Acme)', 'person'],
    ]);
    expect(cells('| Personne | Commentaire |\n|---|---|\n| la mère | absente |\n| Julie Kerbrat | présente |')).toEqual([['Julie Kerbrat', 'person']]);
  });
});

describe('an attendance sheet, anonymised', () => {
  it('leaves no name, company or town of its rows in clear', async () => {
    const lexicon = await loadLexicon();
    const sheet = '| Nom | Prénom | Entreprise | Ville |\n|---|---|---|---|\n| KOWALCZYK | Agnieszka | Decathlon | Montpellier |\n| ROSE | Claire | Orange | Rennes |';
    const out = anonymise(sheet, lexicon, { language: 'fr', mode: 'placeholders' }).text;
    for (const word of ['KOWALCZYK', 'Agnieszka', 'Decathlon', 'Montpellier', 'ROSE', 'Claire', 'Orange', 'Rennes']) expect(out).not.toContain(word);
    expect(out).toContain('| Nom | Prénom | Entreprise | Ville |');
  }, 120_000);
});

describe("a spreadsheet's rows pasted as text", () => {
  it('reads cells between semicolons, tabs or commas under a header of column names, quoted or not', () => {
    expect(cells('Nom;Prénom\nPetit;Marc\nBlanc;Sophie')).toEqual([
      ['Petit', 'person'],
      ['Marc', 'person'],
      ['Blanc', 'person'],
      ['Sophie', 'person'],
    ]);
    expect(cells('"Nom","Prénom","Téléphone","Ville"\n"Chevalier","Baptiste","06 11 22 33 44","Sète"')).toEqual([
      ['Chevalier', 'person'],
      ['Baptiste', 'person'],
      ['Sète', 'place'],
    ]);
    expect(cells('NOM\tPRENOM\tSERVICE\nRIVIERE\tHugo\tIT')).toEqual([
      ['RIVIERE', 'person'],
      ['Hugo', 'person'],
    ]);
    expect(cells('"Nom";"Entreprise"\n"Petit";"Martin, Roux et associés"')).toEqual([
      ['Petit', 'person'],
      ['Martin, Roux et associés', 'organisation'],
    ]);
  });

  it('is no table where the first line is prose with a comma or a semicolon', () => {
    expect(tableColumns('Nom, prénom et adresse sont demandés.\nPetit, Marc, Blanc.')).toEqual([]);
    expect(tableColumns('Le client; son manager\nPetit; Marc')).toEqual([]);
  });
});

describe('a spreadsheet, anonymised', () => {
  it('leaves no surname in clear, keeps its rows and columns apart, and masks no header', async () => {
    const lexicon = await loadLexicon();
    const sheet = 'Nom;Prénom;Email;Service\nPetit;Marc;m.petit@arvel.fr;Commercial\nBlanc;Sophie;s.blanc@arvel.fr;RH';
    const out = anonymise(sheet, lexicon, { language: 'fr', mode: 'placeholders' }).text;
    for (const word of ['Petit', 'Marc', 'Blanc', 'Sophie', 'arvel']) expect(out).not.toContain(word);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Nom;Prénom;Email;Service');
    expect(lines.map((l) => l.split(';').length)).toEqual([4, 4, 4]);
  }, 120_000);
});
