import { beforeAll, describe, expect, it } from 'vitest';
import { detect, loadLexicon, type Lexicon } from '../anonymise/index.js';
import type { KnownEntity } from '../anonymise/types.js';
import { approvalNeedsAcknowledgement, CHECK_NAME, type CommentDetection, commentFindings, SURE_NAME } from './comment-findings.js';

/** A span of `type` over `words` in `text`, as the anonymiser would give it. */
function span(text: string, words: string, type: CommentDetection['type'], source: CommentDetection['source'], confidence: number): CommentDetection {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { start, end: start + words.length, type, source, confidence };
}
const inBody = (body: string, ...spans: CommentDetection[]) => commentFindings({ name: 'Lucie', body }, { name: [], body: spans });
const summary = (findings: ReturnType<typeof commentFindings>) => findings.map((f) => [f.field, f.text, f.type, f.recorded, f.certainty]);

describe('what a comment reveals, from the spans the anonymiser found', () => {
  it('lists a recorded name as sure, whatever its type, with its words and offsets in the comment', () => {
    const body = 'Bravo Claire, on reconnaît bien la Biscuiterie Lemoine à Plouvenez !';
    const found = inBody(
      body,
      span(body, 'Biscuiterie Lemoine', 'organisation', 'records', 1),
      span(body, 'Claire', 'person', 'records', 1),
      span(body, 'Plouvenez', 'place', 'records', 1),
    );
    // In the order of the text, whatever order the spans came in.
    expect(summary(found)).toEqual([
      ['body', 'Claire', 'person', true, 'sure'],
      ['body', 'Biscuiterie Lemoine', 'organisation', true, 'sure'],
      ['body', 'Plouvenez', 'place', true, 'sure'],
    ]);
    expect(found[0]).toMatchObject({ start: 6, end: 12 });
    expect(body.slice(found[1]!.start, found[1]!.end)).toBe('Biscuiterie Lemoine');
  });

  it('lists e-mails and phones as sure, found by pattern or by the phone library', () => {
    const body = 'Écrivez-moi à jean@exemple.fr ou au 06 12 34 56 78 (ou 06 00 00 00 00).';
    const found = inBody(body, span(body, 'jean@exemple.fr', 'email', 'pattern', 0.99), span(body, '06 12 34 56 78', 'phone', 'phone-library', 0.99), span(body, '06 00 00 00 00', 'phone', 'pattern', 0.85));
    expect(summary(found)).toEqual([
      ['body', 'jean@exemple.fr', 'email', false, 'sure'],
      ['body', '06 12 34 56 78', 'phone', false, 'sure'],
      ['body', '06 00 00 00 00', 'phone', false, 'sure'],
    ]);
  });

  it('lists a person’s name the lists vouch for as sure, from SURE_NAME on', () => {
    const body = 'Je pense à Patrick Durand, à Fabienne et à Mme Girard.';
    const found = inBody(body, span(body, 'Patrick Durand', 'person', 'first-names', 0.95), span(body, 'Fabienne', 'person', 'first-names', SURE_NAME), span(body, 'Girard', 'person', 'context', 1));
    expect(summary(found)).toEqual([
      ['body', 'Patrick Durand', 'person', false, 'sure'],
      ['body', 'Fabienne', 'person', false, 'sure'],
      ['body', 'Girard', 'person', false, 'sure'],
    ]);
  });

  it('asks her to check (« à vérifier ») a name found on weaker evidence: below SURE_NAME, or by a capital letter alone', () => {
    const body = 'Comme le disait Kowalczyk à Merci, et Zorbaliane aussi.';
    const found = inBody(
      body,
      span(body, 'Kowalczyk', 'person', 'capitalisation', 0.6),
      span(body, 'Merci', 'person', 'first-names', SURE_NAME - 0.01),
      // However sure the capitalisation rule says it is, a capital alone is not a name.
      span(body, 'Zorbaliane', 'person', 'capitalisation', 0.9),
    );
    expect(summary(found)).toEqual([
      ['body', 'Kowalczyk', 'person', false, 'check'],
      ['body', 'Merci', 'person', false, 'check'],
      ['body', 'Zorbaliane', 'person', false, 'check'],
    ]);
  });

  it('leaves out the names the anonymiser itself doubts (below CHECK_NAME), and keeps one at CHECK_NAME', () => {
    const body = 'Bravo pour ce Grand texte, Lemaître.';
    const found = inBody(body, span(body, 'Bravo', 'person', 'model', 0.15), span(body, 'Grand', 'person', 'capitalisation', CHECK_NAME - 0.01), span(body, 'Lemaître', 'person', 'capitalisation', CHECK_NAME));
    expect(summary(found)).toEqual([['body', 'Lemaître', 'person', false, 'check']]);
  });

  it('leaves out organisations, places, dates, links, identifiers and roles the records do not know: they name no one of the engagement', () => {
    const body = 'Vu chez Danone à Lyon le 3 mars, sur https://exemple.fr, SIREN 732829320, le DG de Danone.';
    const found = inBody(
      body,
      span(body, 'Danone', 'organisation', 'context', 0.9),
      span(body, 'Lyon', 'place', 'places', 0.95),
      span(body, '3 mars', 'date', 'date-library', 0.9),
      span(body, 'https://exemple.fr', 'url', 'pattern', 0.99),
      span(body, '732829320', 'identifier', 'pattern', 0.99),
      span(body, 'le DG de Danone', 'role', 'context', 0.9),
    );
    expect(found).toEqual([]);
  });

  it('reads the author’s name for recorded names, e-mails and phones only: an author always has a name', () => {
    const found = commentFindings(
      { name: 'Claire V.', body: 'Merci !' },
      { name: [{ start: 0, end: 9, type: 'person', source: 'records', confidence: 1 }], body: [] },
    );
    expect(summary(found)).toEqual([['name', 'Claire V.', 'person', true, 'sure']]);
    const stranger = commentFindings({ name: 'Lucie Martin', body: 'Merci !' }, { name: [{ start: 0, end: 12, type: 'person', source: 'first-names', confidence: 0.95 }], body: [] });
    expect(stranger).toEqual([]);
    const address = commentFindings({ name: 'lucie@exemple.fr', body: 'Merci !' }, { name: [{ start: 0, end: 16, type: 'email', source: 'pattern', confidence: 0.99 }], body: [] });
    expect(summary(address)).toEqual([['name', 'lucie@exemple.fr', 'email', false, 'sure']]);
  });

  it('lists the author’s name before the comment, each with offsets into its own field', () => {
    const found = commentFindings(
      { name: 'Yannick', body: 'Bravo Claire' },
      { name: [{ start: 0, end: 7, type: 'person', source: 'records', confidence: 1 }], body: [{ start: 6, end: 12, type: 'person', source: 'records', confidence: 1 }] },
    );
    expect(found.map((f) => [f.field, f.start, f.end, f.text])).toEqual([
      ['name', 0, 7, 'Yannick'],
      ['body', 6, 12, 'Claire'],
    ]);
  });
});

describe('whether approving needs her to say she has read it', () => {
  const f = (recorded: boolean, type: CommentDetection['type']) => ({ recorded, type });
  it('does for a recorded name of any type, an e-mail or a phone', () => {
    expect(approvalNeedsAcknowledgement([f(true, 'person')])).toBe(true);
    expect(approvalNeedsAcknowledgement([f(true, 'organisation')])).toBe(true);
    expect(approvalNeedsAcknowledgement([f(true, 'place')])).toBe(true);
    expect(approvalNeedsAcknowledgement([f(false, 'email')])).toBe(true);
    expect(approvalNeedsAcknowledgement([f(false, 'phone')])).toBe(true);
    expect(approvalNeedsAcknowledgement([f(false, 'person'), f(true, 'person')])).toBe(true);
  });
  it('does not for nothing found, nor for other people’s names, sure or to check: those warn only', () => {
    expect(approvalNeedsAcknowledgement([])).toBe(false);
    expect(approvalNeedsAcknowledgement([f(false, 'person')])).toBe(false);
    expect(approvalNeedsAcknowledgement([f(false, 'person'), f(false, 'person')])).toBe(false);
  });
});

/**
 * With the anonymiser itself and an engagement's recorded names: every spelling its
 * records match is found as recorded, so approving needs her word.
 */
describe('what a comment reveals, read by the anonymiser with the engagement’s records', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 60_000);
  const known: KnownEntity[] = [
    { id: 'client', type: 'person', name: 'Maëlys Kerbrat', gender: 'f', role: { fr: 'la personne accompagnée', en: 'the client' } },
    { id: 'org', type: 'organisation', name: 'Biscuiterie Lemoine', aliases: ['Lemoine'], role: { fr: 'son organisation', en: 'their organisation' } },
    { id: 'org-contact', type: 'person', name: 'Yannick Morvan', role: { fr: 'la personne de contact', en: 'the contact' } },
    { id: 'sponsor', type: 'person', name: 'Anne-Sophie Vasseur', role: { fr: 'la commanditaire', en: 'the sponsor' } },
  ];
  const read = (comment: { name: string; body: string }, language: 'fr' | 'en' = 'fr') =>
    commentFindings(comment, { name: detect(comment.name, lexicon, { language, known }), body: detect(comment.body, lexicon, { language, known }) });
  const recorded = (comment: { name: string; body: string }, language: 'fr' | 'en' = 'fr') =>
    read(comment, language)
      .filter((f) => f.recorded)
      .map((f) => [f.text, f.type]);

  it('finds the example of the brief: her first name and her organisation, sure and recorded', () => {
    const comment = { name: 'Lucie', body: 'Bravo Maëlys, on reconnaît bien la Biscuiterie Lemoine !' };
    const found = read(comment);
    expect(recorded(comment)).toEqual([
      ['Maëlys', 'person'],
      ['Biscuiterie Lemoine', 'organisation'],
    ]);
    expect(found.filter((f) => f.recorded).every((f) => f.certainty === 'sure')).toBe(true);
    expect(approvalNeedsAcknowledgement(found)).toBe(true);
  });

  it('finds a recorded name without its accents, in capitals, in lower case, by one part, with a title, or an initial', () => {
    expect(recorded({ name: 'Lucie', body: 'Maelys a du courage. MAËLYS KERBRAT aussi. Et Mme Kerbrat ! Merci à M. Morvan et à Maëlys K.' })).toEqual([
      ['Maelys', 'person'],
      ['MAËLYS KERBRAT', 'person'],
      ['Kerbrat', 'person'],
      ['Morvan', 'person'],
      ['Maëlys K.', 'person'],
    ]);
    expect(recorded({ name: 'Lucie', body: 'La BISCUITERIE LEMOINE, la biscuiterie lemoine, chez Lemoine.' })).toEqual([
      ['BISCUITERIE LEMOINE', 'organisation'],
      ['biscuiterie lemoine', 'organisation'],
      ['Lemoine', 'organisation'],
    ]);
  });

  it('finds a recorded name elided, possessive, hyphenated either way, or with one letter wrong', () => {
    expect(recorded({ name: 'Lucie', body: "L'équipe d'Yannick et le bureau d'Anne Sophie ; Kerbat l'a dit." })).toEqual([
      ['Yannick', 'person'],
      ['Anne Sophie', 'person'],
      ['Kerbat', 'person'],
    ]);
    expect(recorded({ name: 'Lucie', body: "Maelys's courage and Yannick's help at Biscuiterie Lemoine's plant." }, 'en')).toEqual([
      ['Maelys', 'person'],
      ['Yannick', 'person'],
      ['Biscuiterie Lemoine', 'organisation'],
    ]);
  });

  it('finds the author signing with a recorded name', () => {
    expect(recorded({ name: 'Maëlys K.', body: 'Je me reconnais !' })).toEqual([['Maëlys K.', 'person']]);
    expect(recorded({ name: 'yannick morvan', body: 'Merci.' })).toEqual([['yannick morvan', 'person']]);
    expect(read({ name: 'Lucie Martin', body: 'Merci pour ce texte.' })).toEqual([]);
  });

  it('finds e-mails and phones in French and international formats, and names the lists know', () => {
    const found = read({ name: 'Lucie', body: 'Écrivez à jean.dupont@exemple.fr ou appelez le 06 12 34 56 78 ou le +44 20 7946 0958. Je pense à Patrick Durand.' });
    const sure = found.filter((f) => f.certainty === 'sure').map((f) => [f.text, f.type, f.recorded]);
    expect(sure).toEqual([
      ['jean.dupont@exemple.fr', 'email', false],
      ['06 12 34 56 78', 'phone', false],
      ['+44 20 7946 0958', 'phone', false],
      ['Patrick Durand', 'person', false],
    ]);
    expect(approvalNeedsAcknowledgement(found)).toBe(true);
  });

  it('warns of an unknown person’s name without asking for her word, and finds nothing in a plain thank-you', () => {
    // « Sophie » would be Anne-Sophie's: the records match a part of a hyphenated first name.
    const found = read({ name: 'Lucie', body: 'Merci Julie pour ce partage, et à Patrick Durand.' });
    expect(found.some((f) => f.text === 'Patrick Durand' && f.certainty === 'sure' && !f.recorded)).toBe(true);
    expect(found.some((f) => f.recorded)).toBe(false);
    expect(approvalNeedsAcknowledgement(found)).toBe(false);
    expect(read({ name: 'Lucie', body: 'Merci pour cet article, très juste sur la posture du coach.' })).toEqual([]);
  });
});
