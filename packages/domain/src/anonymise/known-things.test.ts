import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 120_000);

const run = (text: string, language: 'fr' | 'en' = 'fr') => anonymise(text, lexicon, { language, mode: 'initials' });
const masked = (text: string, language: 'fr' | 'en' = 'fr') => run(text, language).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

describe('software, methods and holidays every reader knows', () => {
  it('are left as written, and not given to the coach as capitals to check', () => {
    const text = 'Séance sur Teams avec Claire. Elle a partagé son profil MBTI et un tableau Excel sur Google Drive, puis parlé de Process Com depuis le Covid. Elle m’a écrit sur WhatsApp.';
    expect(masked(text)).toEqual([['Claire', 'person']]);
    expect(run(text).details.map((d) => text.slice(d.start, d.end))).toEqual([]);
  });

  it("are a coach's tools, named after their authors or not: the Wheel of Life, Karpman's triangle", () => {
    expect(masked('We used the Wheel of Life, then the Johari Window and the Eisenhower Matrix with Sue.', 'en')).toEqual([['Sue', 'person']]);
    expect(masked("On a fait la roue de la vie, puis la matrice d'Eisenhower et le triangle de Karpman avec Julie.")).toEqual([['Julie', 'person']]);
  });

  it("are a device's or an account's words, labels before the value they name, which alone is masked", () => {
    expect(masked('Position GPS : 48.8566, 2.3522 près de chez elle.').map(([w]) => w)).toEqual(['48.8566, 2.3522']);
    expect(masked('Il m’a donné son Gamertag: DarkWolf77 et son Snap : lunabelle22.').map(([w]) => w)).toEqual(['DarkWolf77', 'lunabelle22']);
    expect(masked('Envoie le PDF par Wi-Fi ou par Bluetooth, avec le QR code.')).toEqual([]);
  });

  it('are read whole, longest name first: "Microsoft Teams" is the software, not the company', () => {
    const text = 'La réunion a eu lieu sur Microsoft Teams la semaine dernière.';
    expect(masked(text)).toEqual([]);
  });

  it('are an employer after "chez" or a company noun, and masked', () => {
    const text = 'Elle a travaillé chez Doctolib, puis dans la société Notion, et enfin chez Zoom.';
    expect(masked(text).map(([words]) => words)).toEqual(['Doctolib', 'Notion', 'Zoom']);
    expect(masked(text)).toContainEqual(['Notion', 'organisation']);
    expect(masked(text)).toContainEqual(['Zoom', 'organisation']);
  });

  it('never cover a person: a name beside one is still masked', () => {
    const text = 'Elle a présenté le tableau Excel à Marc Lefèvre.';
    expect(masked(text)).toEqual([['Marc Lefèvre', 'person']]);
  });

  it('leave out what is also a popular first name: "Noël" may be a man', () => {
    expect(lexicon.things.has('noel')).toBe(false);
    expect(lexicon.things.has('teams')).toBe(true);
  });

  it('read Noël as the holiday after a word of time or a noun of the season, as a man otherwise', () => {
    const text = 'Elle veut avoir décidé avant Noël, pendant les vacances de Noël. Le fils de Noël Martin est venu. Noël a appelé.';
    expect(masked(text).map(([words]) => words)).toEqual(['Noël Martin', 'Noël']);
  });
});

describe('mountains, lakes, rivers, islands and seas', () => {
  it('are places, generalised to their kind with the noun and article before them', () => {
    const text = 'Elle est partie marcher dans les Pyrénées, puis se reposer près du lac Léman, au bord de la Méditerranée.';
    expect(masked(text)).toEqual([
      ['Pyrénées', 'place'],
      ['Léman', 'place'],
      ['Méditerranée', 'place'],
    ]);
    expect(run(text).text).toBe("Elle est partie marcher dans un massif montagneux, puis se reposer près d'un lac, au bord d'une mer.");
  });

  it('are places in English too', () => {
    const text = 'She spent the summer in the Alps and sailed around Crete.';
    expect(masked(text, 'en')).toEqual([
      ['Alps', 'place'],
      ['Crete', 'place'],
    ]);
    expect(run(text, 'en').text).toBe('She spent the summer in a mountain range and sailed around an island.');
  });

  it('give way to a department of the same name: "la Seine" stays the department the lists know', () => {
    expect(lexicon.places.get('seine')?.kind).not.toBe('natural');
    expect(lexicon.places.get('garonne')).toEqual({ kind: 'natural', feature: 'rivers' });
  });
});
