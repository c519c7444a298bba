import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise, type Lexicon, loadLexicon } from '../anonymise/index.js';
import type { EntityType, KnownEntity } from '../anonymise/types.js';
import { fitOwnWords } from './own-words.js';
import { PASSAGE_CONTEXT, passageAnchor, sameAnchor } from './passages.js';
import { applyReview, consentAllows, keptRecordedNames, publicationRefusal, readingMinutes, slugify, spanName, withChecked, type ConsentNames, type FoundSpan, type PublicationConsent, type SpanDecision } from './review.js';

const text = 'Claire a revu Marc. Claire est sereine à Lyon.';
const detected = [
  { start: 0, end: 6, type: 'person' as const, replacement: 'C.', source: 'first-names', confidence: 0.85 },
  { start: 14, end: 18, type: 'person' as const, replacement: 'M.', source: 'first-names', confidence: 0.85 },
  { start: 20, end: 26, type: 'person' as const, replacement: 'C.', source: 'first-names', confidence: 0.85 },
  { start: 41, end: 45, type: 'place' as const, replacement: 'une grande ville', source: 'places', confidence: 0.8 },
];

describe("the coach's review", () => {
  it('leaves high-risk spans unresolved until she decides, and publishes the proposals meanwhile', () => {
    const r = applyReview(text, detected, [], []);
    expect(r.unresolved.map((s) => text.slice(s.start, s.end))).toEqual(['Claire', 'Marc', 'Claire']);
    expect(r.text).toBe('C. a revu M.. C. est sereine à une grande ville.');
  });

  it('applies one decision to every occurrence: accept, replace, keep; and masks what she adds', () => {
    const r = applyReview(
      text,
      detected,
      [
        { text: 'claire', type: 'person', action: 'replace', replacement: 'la consultante' },
        { text: 'Marc', type: 'person', action: 'keep' },
      ],
      [{ text: 'sereine', type: 'person', replacement: '…' }],
    );
    expect(r.unresolved).toEqual([]);
    // Her words opening a sentence take its capital, as the anonymiser's proposals do.
    expect(r.text).toBe('La consultante a revu Marc. La consultante est … à une grande ville.');
    expect(r.spans.find((s) => s.decision === 'added')).toMatchObject({ start: 31, end: 38, source: 'coach' });
  });
});

describe('one person named two ways', () => {
  // The lists take seconds to load on a busy machine: once, outside the test's own time.
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 120_000);

  it('is one entity in every span the anonymiser finds of her ("Claire Vasseur", "Claire"), another person another', () => {
    const said = "Claire Vasseur arrive. Claire parle à Marc Petit, puis Marc repart.";
    const found = anonymise(said, lexicon, { language: 'fr', mode: 'roles', known: [{ id: 'c', type: 'person', name: 'Claire Vasseur', role: { fr: 'la consultante', en: 'the consultant' } }] }).spans;
    const entityOf = (word: string) => new Set(found.filter((s) => spanName(said, s).startsWith(word)).map((s) => s.entity));
    expect(entityOf('Claire').size).toBe(1);
    expect(entityOf('Marc').size).toBe(1);
    expect([...entityOf('Claire')][0]).not.toBe([...entityOf('Marc')][0]);
  });
});

describe('publication', () => {
  const consent = { kind: 'client' as const, scope: 'anonymised' as const, givenOn: '2026-11-01' };
  it('is refused without consent, with consent withdrawn, or with a span undecided', () => {
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: null })).toBe('no_consent');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: { ...consent, withdrawnOn: '2026-11-10' } })).toBe('consent_withdrawn');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 2, consent })).toBe('unresolved_spans');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent, prompts: 1 })).toBe('unfilled_prompts');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 1, consent, prompts: 1 })).toBe('unresolved_spans');
    expect(publicationRefusal({ publishedText: '  ', unresolved: 0, consent })).toBe('empty');
  });
  it('waits, last of all, for the coach to have read the details to check', () => {
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent, uncheckedDetails: 2 })).toBe('details_unchecked');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent, uncheckedDetails: 0 })).toBeNull();
    expect(publicationRefusal({ publishedText: 'x', unresolved: 1, consent, uncheckedDetails: 2 })).toBe('unresolved_spans');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent, prompts: 1, uncheckedDetails: 2 })).toBe('unfilled_prompts');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: null, uncheckedDetails: 2 })).toBe('no_consent');
  });
  it("is allowed with the client's consent or the coach's composite statement", () => {
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent })).toBeNull();
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: { kind: 'composite', statement: 'Cas composite.', statedAt: '2026-11-01' } })).toBeNull();
  });
  it('is refused when a decision keeps a recorded name beyond what the consent allows', () => {
    const first = [{ text: 'Sonia', part: 'first_name' as const }];
    const full = [{ text: 'Sonia Ferrand', part: 'surname' as const }];
    const other = [{ text: 'Logisud', part: 'third_party' as const }];
    const client = (scope: 'anonymised' | 'first_name' | 'full_name') => ({ kind: 'client' as const, scope, givenOn: '2026-11-01' });
    const refusal = (consent: PublicationConsent, kept: { text: string; part: 'first_name' | 'surname' | 'third_party' }[]) => publicationRefusal({ publishedText: 'x', unresolved: 0, consent, kept });
    expect(refusal(client('anonymised'), first)).toBe('kept_beyond_consent');
    expect(refusal(client('first_name'), first)).toBeNull();
    expect(refusal(client('first_name'), full)).toBe('kept_beyond_consent');
    expect(refusal(client('full_name'), full)).toBeNull();
    for (const scope of ['anonymised', 'first_name', 'full_name'] as const) expect(refusal(client(scope), other)).toBe('kept_beyond_consent');
    expect(refusal({ kind: 'composite', statement: 'Cas composite.', statedAt: '2026-11-01' }, first)).toBe('kept_beyond_consent');
    // Nothing kept: the consent's scope does not matter; withdrawn consent and no consent say so first.
    expect(refusal(client('anonymised'), [])).toBeNull();
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: { ...client('anonymised'), withdrawnOn: '2026-11-10' }, kept: first })).toBe('consent_withdrawn');
    expect(publicationRefusal({ publishedText: 'x', unresolved: 0, consent: null, kept: first })).toBe('no_consent');
    expect(consentAllows(client('full_name'), 'third_party')).toBe(false);
  });
  it('reads in minutes and names itself in a URL', () => {
    expect(readingMinutes('mot '.repeat(450))).toBe(2);
    expect(readingMinutes('')).toBe(1);
    expect(slugify("Recréer l'alliance — 1")).toBe('recreer-l-alliance-1');
  });
});

describe('decisions kept by the detected name, whatever introduces it', () => {
  // In roles mode the anonymiser's proposals bring their own words, so the replaced stretch takes the article,
  // the preposition, the title or the elision before the name: "la Biscuiterie Lemoine" → "son organisation".
  const known: KnownEntity[] = [
    { id: 'a', type: 'person', name: 'Anne Moreau', gender: 'f', role: { fr: 'la consultante', en: 'the consultant' } },
    { id: 'd', type: 'person', name: 'Paul Dupont', gender: 'm', role: { fr: 'le DG', en: 'the CEO' } },
    { id: 'o', type: 'organisation', name: 'Biscuiterie Lemoine', role: { fr: 'son organisation', en: 'her organisation' } },
  ];
  const text = 'Elle travaille à la Biscuiterie Lemoine. Biscuiterie Lemoine est une PME. Le père d’Anne vit à Montpellier. Montpellier est loin. M. Dupont a appelé Dupont. Anne est là.';
  const found = async () => anonymise(text, await loadLexicon(), { language: 'fr', mode: 'roles', known }).spans;
  const stretches = (spans: FoundSpan[]) => spans.map((s) => [text.slice(s.start, s.end), spanName(text, s)]);
  /** What the web sends: the name under the coach's caret, whichever mention she decided from. */
  const on = (name: string, type: EntityType, d: { action: 'accept' | 'keep' } | { action: 'replace'; replacement: string }): SpanDecision => ({ text: name, type, ...d });

  it('tells each replaced stretch apart from the name it replaces', async () => {
    expect(stretches(await found())).toEqual([
      ['la Biscuiterie Lemoine', 'Biscuiterie Lemoine'],
      ['Biscuiterie Lemoine', 'Biscuiterie Lemoine'],
      ['d’Anne', 'Anne'],
      ['à Montpellier', 'Montpellier'],
      ['Montpellier', 'Montpellier'],
      ['M. Dupont', 'Dupont'],
      ['Dupont', 'Dupont'],
      ['Anne', 'Anne'],
    ]);
  }, 60_000);

  it('carries her own words to every mention, fitted to the words before each (article, elision, preposition, title)', async () => {
    const spans = await found();
    const r = applyReview(
      text,
      spans,
      [
        on('Biscuiterie Lemoine', 'organisation', { action: 'replace', replacement: 'Biscuits Arvel' }),
        on('Anne', 'person', { action: 'replace', replacement: 'Sophie' }),
        on('Montpellier', 'place', { action: 'replace', replacement: 'Sète' }),
        on('Dupont', 'person', { action: 'replace', replacement: 'Martin' }),
      ],
      [],
    );
    expect(r.text).toBe('Elle travaille à la Biscuits Arvel. Biscuits Arvel est une PME. Le père de Sophie vit à Sète. Sète est loin. M. Martin a appelé Martin. Sophie est là.');
    expect(r.spans.every((s) => s.decision === 'replace')).toBe(true);
    expect(r.unresolved).toEqual([]);
  }, 60_000);

  it('lets her words bring their own determiner, as the proposals did', async () => {
    const r = applyReview(
      text,
      await found(),
      [
        on('Biscuiterie Lemoine', 'organisation', { action: 'replace', replacement: 'son entreprise' }),
        on('Anne', 'person', { action: 'replace', replacement: 'S.' }),
        on('Montpellier', 'place', { action: 'replace', replacement: 'une ville côtière' }),
        on('Dupont', 'person', { action: 'replace', replacement: 'le directeur' }),
      ],
      [],
    );
    expect(r.text).toBe('Elle travaille à son entreprise. Son entreprise est une PME. Le père de S. vit dans une ville côtière. Une ville côtière est loin. Le directeur a appelé le directeur. S. est là.');
  }, 60_000);

  it('keeps or accepts every mention from one decision, and counts what still waits for the publication guard', async () => {
    const spans = await found();
    const before = applyReview(text, spans, [], []);
    expect(before.unresolved).toHaveLength(6); // the places are not high-risk
    // She decides from the mentions with words before the name; the bare mentions follow.
    const decisions = [
      on(spanName(text, spans[0]!), 'organisation', { action: 'keep' }),
      on(spanName(text, spans[2]!), 'person', { action: 'accept' }),
    ];
    const partly = applyReview(text, spans, decisions, []);
    expect(partly.spans.map((s) => s.decision)).toEqual(['keep', 'keep', 'accept', null, null, null, null, 'accept']);
    expect(partly.unresolved.map((s) => spanName(text, s))).toEqual(['Dupont', 'Dupont']);
    expect(partly.text).toContain('à la Biscuiterie Lemoine. Biscuiterie Lemoine est');
    expect(partly.text).toContain('Le père de la consultante');
    const done = applyReview(text, spans, [...decisions, on('DUPONT', 'person', { action: 'accept' })], []);
    expect(done.unresolved).toEqual([]);
    expect(done.text).toContain('Le DG a appelé le DG.');
  }, 60_000);

  it('still honours a decision stored by the whole stretch, where it matched before', async () => {
    const spans = await found();
    const r = applyReview(text, spans, [{ text: 'la Biscuiterie Lemoine', type: 'organisation', action: 'replace', replacement: 'la fabrique' }], []);
    expect(r.spans.slice(0, 2).map((s) => s.decision)).toEqual(['replace', null]);
    expect(r.text.startsWith('Elle travaille à la fabrique. Son organisation est')).toBe(true);
  }, 60_000);
});

describe("fitting the coach's own words", () => {
  const at = (text: string, name: string, type: EntityType = 'organisation', from = text.indexOf(name)) => ({ start: from, end: from + name.length, nameStart: from, nameEnd: from + name.length, type });
  it('turns a contraction, keeps an elision before a vowel, and never doubles what she repeats', () => {
    const t = 'Le DG du Groupe Arvel parle d’Alice et de M. Durand.';
    expect(fitOwnWords(t, at(t, 'Groupe Arvel'), 'son entreprise')).toMatchObject({ start: t.indexOf('du '), replacement: 'de son entreprise' });
    expect(fitOwnWords(t, at(t, 'Alice', 'person'), 'Inès')).toMatchObject({ start: t.indexOf('Alice'), replacement: 'Inès' });
    expect(fitOwnWords(t, at(t, 'Alice', 'person'), 'Sophie')).toMatchObject({ start: t.indexOf('d’Alice'), replacement: 'de Sophie' });
    expect(fitOwnWords(t, at(t, 'Durand', 'person'), 'M. Martin')).toMatchObject({ start: t.indexOf('M. '), replacement: 'M. Martin' });
    // After "de" and "à", her words meet the word before as French does, and never swallow it.
    const l = 'Le dossier de Marc est prêt. Elle revient de Rochefort. Je parle à Marc.';
    const fitted = (from: number, name: string, type: 'person' | 'place', words: string) => {
      const nameStart = l.indexOf(name, from);
      const f = fitOwnWords(l, { start: l.lastIndexOf(' ', nameStart - 2) + 1, end: nameStart + name.length, nameStart, nameEnd: nameStart + name.length, type }, words);
      return l.slice(0, f.start) + f.replacement + l.slice(f.end);
    };
    expect(fitted(0, 'Marc', 'person', 'le directeur')).toBe('Le dossier du directeur est prêt. Elle revient de Rochefort. Je parle à Marc.');
    expect(fitted(0, 'Rochefort', 'place', 'une ville côtière')).toBe("Le dossier de Marc est prêt. Elle revient d'une ville côtière. Je parle à Marc.");
    expect(fitted(40, 'Marc', 'person', 'le directeur')).toBe('Le dossier de Marc est prêt. Elle revient de Rochefort. Je parle au directeur.');
    // "Mme L." before a full stop: one full stop.
    expect(fitOwnWords(t, at(t, 'Durand', 'person'), 'D.').replacement).toBe('D');
  });
  it('takes nothing that another span replaces', () => {
    const t = 'Voir la Biscuiterie Lemoine.';
    const s = at(t, 'Biscuiterie Lemoine');
    expect(fitOwnWords(t, s, 'son entreprise').start).toBe(t.indexOf('la '));
    expect(fitOwnWords(t, s, 'son entreprise', t.indexOf('Biscuiterie')).start).toBe(t.indexOf('Biscuiterie'));
  });
});

describe('the recorded names her decisions leave in clear', () => {
  const names: ConsentNames = {
    client: { firstName: 'Sonia', lastName: 'Ferrand (démo)' },
    others: [
      { type: 'organisation', name: 'Logisud Édition (démo)', aliases: ['Logisud'] },
      { type: 'person', name: 'Direction des ressources humaines' },
      { type: 'person', name: 'Sonia Garnier' },
      { type: 'person', name: 'Marc Le Gall' },
    ],
  };
  const text = 'Sonia parle à Marc chez Logisud. Ferrand, Sonia Ferrand, la Direction, le Gall. Sonya revient.';
  const at = (name: string, from = 0) => text.indexOf(name, from);
  const span = (name: string, decision: 'keep' | 'accept' | 'replace' | 'added', replacement = 'X', from = 0) => ({
    start: at(name, from),
    end: at(name, from) + name.length,
    type: 'person' as const,
    replacement,
    source: 'records',
    confidence: 1,
    decision,
  });
  const kept = (...spans: ReturnType<typeof span>[]) => keptRecordedNames(text, spans, names);

  it("tells her first name, her surname and another's name apart, a typo of hers included", () => {
    expect(kept(span('Sonia', 'keep'))).toEqual([{ text: 'Sonia', part: 'first_name' }]);
    expect(kept(span('Sonya', 'keep'))).toEqual([{ text: 'Sonya', part: 'first_name' }]);
    expect(kept(span('Ferrand', 'keep'))).toEqual([{ text: 'Ferrand', part: 'surname' }]);
    expect(kept(span('Sonia Ferrand', 'keep'))).toEqual([{ text: 'Sonia Ferrand', part: 'surname' }]);
    expect(kept(span('Marc', 'keep'))).toEqual([{ text: 'Marc', part: 'third_party' }]);
    expect(kept(span('Logisud', 'keep'))).toEqual([{ text: 'Logisud', part: 'third_party' }]);
  });

  it('reads what she wrote in place of a name, and nothing the anonymiser proposed', () => {
    expect(kept(span('Sonia Ferrand', 'replace', 'Sonia'))).toEqual([{ text: 'Sonia', part: 'first_name' }]);
    expect(kept(span('Sonia Ferrand', 'replace', 'la consultante'))).toEqual([]);
    expect(kept(span('Sonia', 'accept', 'Sonia'))).toEqual([]);
    expect(kept(span('Sonia', 'added', 'Mme Ferrand'))).toEqual([{ text: 'Mme Ferrand', part: 'surname' }]);
    expect(kept({ ...span('Sonia', 'accept'), decision: null } as never)).toEqual([]);
  });

  it('lists each kept name once, and leaves alone the words that name no one', () => {
    // Her first name, shared with a contact, stays hers; "la Direction" is not the whole of "Direction des ressources humaines"; "le Gall" is.
    expect(kept(span('Sonia', 'keep'), span('Sonia', 'keep', 'X', 1))).toEqual([{ text: 'Sonia', part: 'first_name' }]);
    expect(kept(span('la Direction', 'keep'))).toEqual([]);
    expect(kept(span('le Gall', 'keep'))).toEqual([{ text: 'le Gall', part: 'third_party' }]);
  });
});

describe('the details the coach has read', () => {
  const age = { kind: 'age', text: '42 ans', start: 10, end: 16 };
  const headcount = { kind: 'headcount', text: 'de 120 personnes', start: 40, end: 56 };
  const inLabel = { kind: 'capital', text: 'Quasimodo', label: 'Sa collègue Quasimodo', start: 12, end: 21 };
  const check = (...details: { kind: string; text: string; label?: string }[]) => ({ checkedAt: '2026-05-12T09:00:00.000Z', details });
  const checked = (details: Parameters<typeof withChecked>[0], c: Parameters<typeof withChecked>[1]) => withChecked(details, c).map((d) => d.checked);

  it('are none until she confirms, then those she had before her', () => {
    expect(checked([age, headcount], null)).toEqual([false, false]);
    expect(checked([age, headcount], check(age, headcount))).toEqual([true, true]);
    // The detail keeps its own fields.
    expect(withChecked([age], check(age))[0]).toEqual({ ...age, checked: true });
  });

  it('stay read when the text moves them, and a detail appearing since waits for her', () => {
    const moved = { ...age, start: 30, end: 36 };
    expect(checked([moved, headcount], check(age))).toEqual([true, false]);
    // The same words once more, in another sentence: one more occurrence to read.
    expect(checked([age, { ...age, start: 80, end: 86 }], check(age))).toEqual([true, false]);
    // Another kind or another place (a picture's label) is another detail.
    expect(checked([{ ...inLabel }], check({ kind: 'capital', text: 'Quasimodo' }))).toEqual([false]);
    expect(checked([inLabel], check(inLabel))).toEqual([true]);
    expect(checked([{ ...age, kind: 'seniority' }], check(age))).toEqual([false]);
  });
});

describe('a decision for one passage of a name', () => {
  // "Florence" is the client in two sentences and the Italian city in one; the anonymiser takes all three for her.
  const text = "Florence m'a appelée hier.\nElle rentrait de Florence, en Italie.\nFlorence était fatiguée.";
  /** Every passage of these names in `t`, as the anonymiser would give them (the name is the whole stretch). */
  const found = (t: string, names = /\bFlor[ae]nce\b/gu): FoundSpan[] =>
    [...t.matchAll(names)].map((m) => ({ start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + m[0].length, type: 'person' as const, replacement: 'C.', source: 'records', confidence: 1 }));
  /** The nth passage (1 the first) of "Florence" in `t`. */
  const nth = (t: string, n: number) => found(t)[n - 1]!;
  /** Her decision for the nth passage of `t`, as the screen makes it. */
  const forPassage = (t: string, n: number, d: { action: 'accept' | 'keep' } | { action: 'replace'; replacement: string }): SpanDecision => ({
    text: spanName(t, nth(t, n)),
    type: 'person',
    ...d,
    passage: passageAnchor(t, found(t), nth(t, n)),
  });
  const byName = (d: { action: 'accept' | 'keep' } | { action: 'replace'; replacement: string }): SpanDecision => ({ text: 'Florence', type: 'person', ...d });
  const city = forPassage(text, 2, { action: 'keep' });

  it('is anchored by the words around the name, up to a line break, and which of the passages alike it is', () => {
    expect(city.passage).toEqual({ before: '\nElle rentrait de ', after: ', en Italie.\n', index: 0, count: 1 });
    expect(passageAnchor(text, found(text), nth(text, 1))).toEqual({ before: '', after: " m'a appelée hier.\n", index: 0, count: 1 });
    // At most PASSAGE_CONTEXT characters each side.
    const long = `${'a'.repeat(40)} Florence ${'b'.repeat(40)}`;
    const anchor = passageAnchor(long, found(long), nth(long, 1));
    expect([anchor.before.length, anchor.after.length]).toEqual([PASSAGE_CONTEXT, PASSAGE_CONTEXT]);
    expect(sameAnchor(anchor, { ...anchor })).toBe(true);
    expect(sameAnchor(anchor, { ...anchor, index: 1 })).toBe(false);
  });

  it("overrides the name's decision there only: the city kept, the client masked everywhere else", () => {
    const r = applyReview(text, found(text), [byName({ action: 'accept' }), city], []);
    expect(r.text).toBe("C. m'a appelée hier.\nElle rentrait de Florence, en Italie.\nC. était fatiguée.");
    expect(r.spans.map((s) => s.decision)).toEqual(['accept', 'keep', 'accept']);
    expect(r.spans.map((s) => !!s.passage)).toEqual([false, true, false]);
    expect(r.spans[1]!.passage).toEqual(city.passage);
    expect(r.unresolved).toEqual([]);
    expect(r.stale).toEqual([]);
    // Whatever the order she made them in.
    expect(applyReview(text, found(text), [city, byName({ action: 'accept' })], []).text).toBe(r.text);
  });

  it('accepts, keeps or replaces passage by passage, her own words fitted to each', () => {
    const t = "Le père de Florence l'attend.\nElle rentrait de Florence, en Italie.\nFlorence était fatiguée.";
    const r = applyReview(t, found(t), [forPassage(t, 1, { action: 'replace', replacement: 'Sophie' }), forPassage(t, 2, { action: 'keep' }), forPassage(t, 3, { action: 'accept' })], []);
    expect(r.text).toBe("Le père de Sophie l'attend.\nElle rentrait de Florence, en Italie.\nC. était fatiguée.");
    expect(r.spans.map((s) => s.decision)).toEqual(['replace', 'keep', 'accept']);
    expect(r.unresolved).toEqual([]);
    // A passage's own "keep" under a name replaced everywhere else.
    const kept = applyReview(t, found(t), [byName({ action: 'replace', replacement: 'le directeur' }), forPassage(t, 2, { action: 'keep' })], []);
    expect(kept.text).toBe("Le père du directeur l'attend.\nElle rentrait de Florence, en Italie.\nLe directeur était fatiguée.");
    // And a passage's own replacement under a name kept everywhere else.
    const replaced = applyReview(t, found(t), [byName({ action: 'keep' }), forPassage(t, 3, { action: 'replace', replacement: 'S.' })], []);
    expect(replaced.text).toBe("Le père de Florence l'attend.\nElle rentrait de Florence, en Italie.\nS. était fatiguée.");
  });

  it('leaves the other passages of an undecided high-risk name waiting, and publication refused', () => {
    const r = applyReview(text, found(text), [city], []);
    expect(r.spans.map((s) => s.decision)).toEqual([null, 'keep', null]);
    expect(r.unresolved.map((s) => s.start)).toEqual([nth(text, 1).start, nth(text, 3).start]);
    const consent = { kind: 'client' as const, scope: 'anonymised' as const, givenOn: '2026-11-01' };
    expect(publicationRefusal({ publishedText: r.text, unresolved: r.unresolved.length, consent })).toBe('unresolved_spans');
    // Deciding the two others, each for itself, lets it through.
    const all = applyReview(text, found(text), [city, forPassage(text, 1, { action: 'accept' }), forPassage(text, 3, { action: 'accept' })], []);
    expect(publicationRefusal({ publishedText: all.text, unresolved: all.unresolved.length, consent })).toBeNull();
  });

  it('stays on its passage when she edits the text before it, after it, or between the passages away from it', () => {
    const edits = [
      `Un mot d'abord.\n${text}`,
      `${text}\nEt Florence revient demain.`,
      text.replace("m'a appelée hier.", "m'a appelée hier soir, tard, pour parler longuement."),
      // The paragraph before it, right up to its line break: the anchor stops there.
      text.replace("appelée hier.\n", 'appelée hier, bien après le dîner.\n'),
      text.replace('Florence était fatiguée.', 'Florence était fatiguée, mais sereine.'),
    ];
    for (const t of edits) {
      const r = applyReview(t, found(t), [byName({ action: 'accept' }), city], []);
      expect(r.stale).toEqual([]);
      const kept = r.spans.filter((s) => s.decision === 'keep');
      expect(kept).toHaveLength(1);
      expect(t.slice(kept[0]!.start - 'rentrait de '.length, kept[0]!.end + ', en Italie'.length)).toBe('rentrait de Florence, en Italie');
      expect(r.text).toContain('de Florence, en Italie.');
      expect(r.text).not.toMatch(/Florence (m'a|était|revient)/);
    }
  });

  it("goes stale when she edits the name or the words right around it: that passage falls back on the name's decision", () => {
    const edits = [
      text.replace('de Florence, en Italie', 'de Florence, en Toscane'),
      text.replace('rentrait de Florence', 'revenait de Florence'),
      text.replace('de Florence, en Italie', 'de Florance, en Italie'),
    ];
    for (const t of edits) {
      const r = applyReview(t, found(t), [byName({ action: 'accept' }), city], []);
      expect(r.stale).toEqual([city]);
      expect(r.spans.some((s) => s.passage)).toBe(false);
      // Never kept elsewhere: with the name accepted, every passage of "Florence" is masked.
      expect(r.text).not.toContain('Florence');
    }
    // With no decision on the name, the passage waits again and holds publication.
    const t = text.replace('en Italie', 'en Toscane');
    const waiting = applyReview(t, found(t), [city], []);
    expect(waiting.spans.map((s) => s.decision)).toEqual([null, null, null]);
    expect(waiting.unresolved).toHaveLength(3);
    expect(waiting.stale).toEqual([city]);
  });

  it('goes stale when its passage is removed, the others untouched', () => {
    const t = text.replace('\nElle rentrait de Florence, en Italie.', '');
    const r = applyReview(t, found(t), [byName({ action: 'replace', replacement: 'Sophie' }), city], []);
    expect(r.stale).toEqual([city]);
    expect(r.text).toBe("Sophie m'a appelée hier.\nSophie était fatiguée.");
  });

  it('tells two identical passages apart by their order, and never moves onto the other when their number changes', () => {
    const twice = 'Notes.\nFlorence a choisi.\nFlorence a choisi.\nFin.';
    const second = forPassage(twice, 2, { action: 'keep' });
    expect(second.passage).toEqual({ before: '\n', after: ' a choisi.\n', index: 1, count: 2 });
    const r = applyReview(twice, found(twice), [second], []);
    expect(r.spans.map((s) => s.decision)).toEqual([null, 'keep']);
    expect(r.text).toBe('Notes.\nC. a choisi.\nFlorence a choisi.\nFin.');
    // The first removed, or a third written alike, or the first rewritten: which one she meant is no longer sure.
    for (const t of ['Notes.\nFlorence a choisi.\nFin.', 'Notes.\nFlorence a choisi.\nFlorence a choisi.\nFlorence a choisi.\nFin.', 'Notes.\nFlorence a choisi vite.\nFlorence a choisi.\nFin.']) {
      const after = applyReview(t, found(t), [second], []);
      expect(after.stale).toEqual([second]);
      expect(after.spans.every((s) => s.decision === null)).toBe(true);
      expect(after.text).not.toContain('Florence');
    }
    // Text added elsewhere keeps it on the second.
    const moved = 'Intro.\nNotes.\nFlorence a choisi.\nFlorence a choisi.\nFin, avec Florence.';
    expect(applyReview(moved, found(moved), [second], []).spans.map((s) => s.decision)).toEqual([null, 'keep', null]);
  });

  it('holds for a name written in other letters, and not for another type of the same words', () => {
    const t = 'FLORENCE a choisi.\nElle rentrait de Florence, en Italie.\nFin.';
    const spans = found(t, /\bFLORENCE\b|\bFlorence\b/gu);
    const r = applyReview(t, spans, [{ ...city, text: 'florence' }], []);
    expect(r.spans.map((s) => s.decision)).toEqual([null, 'keep']);
    const asPlace = applyReview(t, spans, [{ ...city, type: 'place' }], []);
    expect(asPlace.spans.map((s) => s.decision)).toEqual([null, null]);
    expect(asPlace.stale).toHaveLength(1);
  });

  it('is the last one she made when two name the same passage', () => {
    const again = forPassage(text, 2, { action: 'replace', replacement: 'une ville italienne' });
    expect(applyReview(text, found(text), [city, again], []).text).toContain("rentrait d'une ville italienne, en Italie");
  });

  it('leaves the recorded names it keeps to the consent guard, like a decision by name', () => {
    const r = applyReview(text, found(text), [byName({ action: 'accept' }), city], []);
    expect(keptRecordedNames(text, r.spans, { client: { firstName: 'Florence', lastName: 'Ardant' }, others: [] })).toEqual([{ text: 'Florence', part: 'first_name' }]);
  });
});
