import type { Comment, CommentFinding } from '@alliance/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../api/keys';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { listedFindings, markedPieces } from './comment-findings';
import { ModerationQueue } from './ModerationQueue';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const BODY = 'Bravo Claire, on reconnaît bien la Biscuiterie Lemoine !';
const finding = (text: string, over: Partial<CommentFinding> = {}): CommentFinding => {
  const field = over.field ?? 'body';
  const start = (field === 'body' ? BODY : 'Claire V.').indexOf(text);
  return { field, start, end: start + text.length, text, type: 'person', recorded: true, certainty: 'sure', ...over };
};
const comment = (over: Partial<Comment> = {}): Comment => ({
  id: '00000000-0000-4000-8000-0000000000c1',
  caseStudyId: '00000000-0000-4000-8000-000000000001',
  caseStudyTitle: 'Recréer l’alliance',
  name: 'Lucie',
  email: 'lucie@exemple.fr',
  website: null,
  body: BODY,
  status: 'pending',
  createdAt: '2026-11-30T09:05:00.000Z',
  identifying: { found: [], needsAcknowledgement: false },
  ...over,
});
const flagged = () =>
  comment({
    identifying: {
      found: [finding('Bravo', { recorded: false, certainty: 'check' }), finding('Claire'), finding('Biscuiterie Lemoine', { type: 'organisation' })],
      needsAcknowledgement: true,
    },
  });

function queue(items: Comment[], language: 'fr' | 'en' = 'fr'): string {
  void i18n.changeLanguage(language);
  const client = new QueryClient();
  client.setQueryData(keys.comments, { items });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ModerationQueue />
    </QueryClientProvider>,
  );
}
const dialogOf = (out: string) => /<dialog[^>]*>([\s\S]*)<\/dialog>/.exec(out)?.[1] ?? '';
/** The buttons outside the dialog, in the order a keyboard reaches them. */
const buttonsOf = (out: string) => [...out.replace(/<dialog[\s\S]*<\/dialog>/, '').matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

describe('a comment that names someone of the engagement', () => {
  it('warns before the comment, listing what it reveals and why, sure names first', () => {
    const out = queue([flagged()]);
    const warning = /<div id="comment-[^"]+-warning" class="callout callout--stacked comment-warning callout--warning">([\s\S]*?)<\/div>/.exec(out)?.[1] ?? '';
    expect(warning).toContain('Ce commentaire nomme quelqu’un de l’accompagnement');
    expect([...warning.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])).toEqual([
      '« Claire » : une personne de l’accompagnement',
      '« Biscuiterie Lemoine » : une organisation de l’accompagnement',
      '« Bravo » : à vérifier, peut-être un nom',
    ]);
    expect(warning).toContain('Publié sous l’étude de cas, il lèverait son anonymat. Le plus sûr est de le rejeter.');
    expect(out.indexOf('comment-warning')).toBeLessThan(out.indexOf('comment-queue__body'));
  });

  it('highlights what it reveals in the comment, the names to check apart', () => {
    const out = queue([flagged()]);
    const body = /<blockquote class="comment-queue__body">([\s\S]*?)<\/blockquote>/.exec(out)?.[1];
    expect(body).toBe(
      '<mark class="comment-mark comment-mark--check">Bravo</mark> <mark class="comment-mark">Claire</mark>, on reconnaît bien la <mark class="comment-mark">Biscuiterie Lemoine</mark> !',
    );
  });

  it('offers « Rejeter » first, as the main action, and « Approuver quand même » behind a confirmation that opens on « Annuler »', () => {
    const out = queue([flagged()]);
    expect(buttonsOf(out)).toEqual(['Rejeter', 'Approuver quand même']);
    expect(out).toMatch(/<button type="button" class="button button--primary" aria-describedby="comment-[^"]+-warning">Rejeter<\/button>/);
    expect(out).toContain('<button type="button" class="button button--danger-ghost">Approuver quand même</button>');
    expect(out).not.toContain('>Publier</button>');
    const dialog = dialogOf(out);
    expect(dialog).toContain('Publier ce commentaire malgré ce qu’il révèle ?');
    expect(dialog).toContain('Il paraîtra tel quel sous « Recréer l’alliance », lisible de tous :');
    // Only what it surely reveals, in the question.
    expect(dialog).toContain('« Claire » : une personne de l’accompagnement');
    expect(dialog).not.toContain('Bravo');
    // The native dialog: Escape cancels, Tab stays inside; « Annuler » comes first and takes the focus when it opens.
    expect([...dialog.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1])).toEqual(['Annuler', 'Approuver et publier']);
    expect(dialog).toContain('class="button button--danger">Approuver et publier</button>');
  });

  it('marks the author’s name when it is a recorded one', () => {
    const signed = comment({ name: 'Claire V.', body: 'Merci.', identifying: { found: [finding('Claire V.', { field: 'name' })], needsAcknowledgement: true } });
    const out = queue([signed]);
    expect(out).toContain('<strong><mark class="comment-mark">Claire V.</mark></strong>');
    expect(out).toContain('« Claire V. », dans la signature : une personne de l’accompagnement');
  });

  it('says when it gives contact details rather than names', () => {
    const body = 'Écrivez-moi à lucie.b@exemple.fr ou au 06 12 34 56 78.';
    const at = (text: string, type: 'email' | 'phone'): CommentFinding => ({ field: 'body', start: body.indexOf(text), end: body.indexOf(text) + text.length, text, type, recorded: false, certainty: 'sure' });
    const out = queue([comment({ body, identifying: { found: [at('lucie.b@exemple.fr', 'email'), at('06 12 34 56 78', 'phone')], needsAcknowledgement: true } })]);
    expect(out).toContain('Ce commentaire donne des coordonnées');
    expect(out).toContain('« lucie.b@exemple.fr » : une adresse e-mail');
    expect(out).toContain('« 06 12 34 56 78 » : un numéro de téléphone');
    expect(buttonsOf(out)).toEqual(['Rejeter', 'Approuver quand même']);
  });

  it('never lists the author’s e-mail among what it reveals', () => {
    const out = queue([comment({ email: 'claire.vasseur@exemple.fr', identifying: flagged().identifying })]);
    const warning = /class="callout[^"]*comment-warning[^"]*">([\s\S]*?)<\/div>/.exec(out)?.[1] ?? '';
    expect(warning).toContain('« Claire » : une personne de l’accompagnement');
    expect(warning).not.toContain('claire.vasseur@exemple.fr');
    expect(dialogOf(out)).toContain('« Claire »');
    expect(dialogOf(out)).not.toContain('claire.vasseur@exemple.fr');
  });

  it('says it all in English too', () => {
    const out = queue([flagged()], 'en');
    expect(out).toContain('This comment names someone from the engagement');
    expect(out).toContain('“Claire”: a person from the engagement');
    expect(out).toContain('“Bravo”: to check, perhaps a name');
    expect(buttonsOf(out)).toEqual(['Reject', 'Approve anyway']);
    expect(dialogOf(out)).toContain('Publish this comment despite what it reveals?');
    expect(dialogOf(out)).toContain('>Cancel</button>');
    void i18n.changeLanguage('fr');
  });
});

describe('a comment that reveals nothing sure', () => {
  it('is published or rejected at once, with no warning', () => {
    const out = queue([comment({ body: 'Merci pour ce texte.' })]);
    expect(out).not.toContain('comment-warning');
    expect(out).not.toContain('<mark');
    expect(out).not.toContain('<dialog');
    expect(buttonsOf(out)).toEqual(['Publier', 'Rejeter']);
  });

  it('notes the names to check without stopping the publication', () => {
    const body = 'Cela me rappelle Patrick Durand.';
    const found: CommentFinding[] = [{ field: 'body', start: 17, end: 31, text: 'Patrick Durand', type: 'person', recorded: false, certainty: 'sure' }];
    const out = queue([comment({ body, identifying: { found, needsAcknowledgement: false } })]);
    expect(out).toContain('class="callout callout--stacked comment-warning callout--info"');
    expect(out).toContain('À vérifier avant de publier');
    expect(out).toContain('« Patrick Durand » : un nom de personne');
    expect(out).toContain('Cela me rappelle <mark class="comment-mark">Patrick Durand</mark>.');
    expect(buttonsOf(out)).toEqual(['Publier', 'Rejeter']);
  });
});

describe('the pieces of a comment’s text', () => {
  const f = (start: number, end: number, field: 'name' | 'body' = 'body'): CommentFinding => ({ field, start, end, text: '', type: 'person', recorded: true, certainty: 'sure' });
  it('cuts the text at each finding of its field, in order', () => {
    expect(markedPieces('abcdef', [f(4, 5), f(0, 2), f(2, 3, 'name')], 'body').map((p) => [p.text, !!p.finding])).toEqual([
      ['ab', true],
      ['cd', false],
      ['e', true],
      ['f', false],
    ]);
  });
  it('trusts no offset out of range, empty or overlapping', () => {
    expect(markedPieces('abcdef', [f(-1, 2), f(3, 9), f(2, 2), f(1, 4), f(2, 5)], 'body').map((p) => [p.text, !!p.finding])).toEqual([
      ['a', false],
      ['bcd', true],
      ['ef', false],
    ]);
  });
  it('lists the same words of the same kind once', () => {
    const claire = (start: number): CommentFinding => ({ field: 'body', start, end: start + 6, text: start ? 'CLAIRE' : 'Claire', type: 'person', recorded: true, certainty: 'sure' });
    expect(listedFindings([claire(0), claire(10)]).map((x) => x.text)).toEqual(['Claire']);
  });
});
