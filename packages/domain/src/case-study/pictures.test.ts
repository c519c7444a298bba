import { describe, expect, it } from 'vitest';
import { anonymise, loadLexicon } from '../anonymise/index.js';
import { passageAnchor } from './passages.js';
import { applyReview, type SpanDecision } from './review.js';
import { labelDetails, maskPictureAddresses, MASKED_LABEL, pictureImage, pictureRefs, relabel, relabelElements, withLabels, type RecordedName } from './pictures.js';

const ID = '0f1e2d3c-0612-4455-8899-112233445566';

describe('picture references in the Markdown', () => {
  it('are written and read back, with an alt text and a caption that cannot break the syntax', () => {
    const line = pictureImage(ID, 'Première image : [Claire], le DG', 'Première image : « Au "départ" »');
    expect(line).toBe(`![Première image : (Claire), le DG](board-picture:${ID} "Première image : « Au ”départ” »")`);
    expect(pictureRefs(`Avant.\n\n${line}\n\nAprès.`)).toEqual([
      expect.objectContaining({ id: ID, alt: 'Première image : (Claire), le DG', caption: 'Première image : « Au ”départ” »' }),
    ]);
    expect(pictureRefs('![sans légende](board-picture:abc)')[0]).toMatchObject({ id: 'abc', caption: '' });
    expect(pictureRefs('![ailleurs](https://example.org/x.svg) [lien](board-picture:abc)')).toEqual([]);
  });

  it('are blanked for the anonymiser at the same length, so offsets hold and an id is never masked', () => {
    const text = `Voir ![Image](board-picture:${ID}) ici.`;
    const masked = maskPictureAddresses(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('board-picture');
    expect(masked).toContain('![Image](');
  });
});

describe('re-labelling a picture as the review turns the text', () => {
  const recorded: RecordedName[] = [
    { type: 'person', name: 'Claire Vasseur' },
    { type: 'organisation', name: 'Groupe Altheris' },
  ];
  const known = [
    { id: 'c1', type: 'person' as const, name: 'Claire Vasseur', gender: 'f' as const, role: { fr: 'la consultante', en: 'the consultant' } },
    { id: 'o1', type: 'organisation' as const, name: 'Groupe Altheris', role: { fr: 'son client', en: 'her client' } },
  ];
  const run = async (text: string, labels: string[], decisions: SpanDecision[] = []) => {
    const lexicon = await loadLexicon();
    const combined = withLabels(text, labels);
    const found = anonymise(maskPictureAddresses(combined.text), lexicon, { language: 'fr', mode: 'roles', known });
    const inText = applyReview(text, found.spans.filter((s) => s.start < text.length), decisions, []).text;
    return { inText, labels: relabel(combined, found.spans, { decisions, added: [] }, recorded, MASKED_LABEL.fr) };
  };

  it('gives a name in a label the same replacement as in the text', async () => {
    const { inText, labels } = await run('Claire Vasseur prépare la réunion avec le DG du Groupe Altheris.', ['Claire', 'Le DG', 'Groupe Altheris']);
    expect(inText).toContain('La consultante');
    expect(labels.get('Claire')?.toLowerCase()).toBe('la consultante');
    expect(labels.get('Le DG')).toBe('Le DG');
    expect(labels.get('Groupe Altheris')?.toLowerCase()).toBe('son client');
  }, 60_000);

  it('anonymises a label the text never mentions, and follows the coach’s replacement', async () => {
    const decisions: SpanDecision[] = [{ text: 'Claire Vasseur', type: 'person', action: 'replace', replacement: 'S.' }];
    const { labels } = await run('Claire Vasseur prépare la réunion.', ['Claire Vasseur', 'Vasseur', 'Jeanne Dubreuil'], decisions);
    expect(labels.get('Claire Vasseur')).toBe('S.');
    for (const l of labels.values()) expect(l).not.toMatch(/Claire|Vasseur|Jeanne|Dubreuil/);
  }, 60_000);

  it('never lets a recorded name survive in a label, whatever the anonymiser missed', () => {
    // No span at all: the guard alone stands between the label and the page.
    const combined = withLabels('Texte.', ['chez claire', 'Le DG', 'groupe altheris', 'Le groupe']);
    const labels = relabel(combined, [], { decisions: [], added: [] }, recorded, MASKED_LABEL.fr);
    expect(labels.get('chez claire')).toBe('[masqué]');
    expect(labels.get('groupe altheris')).toBe('[masqué]');
    expect(labels.get('Le DG')).toBe('Le DG');
    expect(labels.get('Le groupe')).toBe('Le groupe');
    // Unless the coach chose to keep the name in the text: then the picture follows her.
    const kept = relabel(combined, [], { decisions: [{ text: 'Claire', type: 'person', action: 'keep' }], added: [] }, recorded, MASKED_LABEL.fr);
    expect(kept.get('chez claire')).toBe('chez claire');
    // Not when she kept it for one passage of the text only: a picture is not that passage.
    const passage = { before: '', after: ' est là.', index: 0, count: 1 };
    const once = relabel(combined, [], { decisions: [{ text: 'Claire', type: 'person', action: 'keep', passage }], added: [] }, recorded, MASKED_LABEL.fr);
    expect(once.get('chez claire')).toBe('[masqué]');
  });

  it('follows the decision on the name, not one she made for a single passage of the text', async () => {
    const text = 'Claire Vasseur prépare la réunion. Claire est là.';
    const lexicon = await loadLexicon();
    const combined = withLabels(text, ['Claire']);
    const found = anonymise(maskPictureAddresses(combined.text), lexicon, { language: 'fr', mode: 'roles', known });
    const inText = found.spans.filter((s) => s.start < text.length);
    const second = inText.find((s) => text.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end) === 'Claire')!;
    const decisions: SpanDecision[] = [
      { text: 'Claire Vasseur', type: 'person', action: 'accept' },
      { text: 'Claire', type: 'person', action: 'accept' },
      { text: 'Claire', type: 'person', action: 'keep', passage: passageAnchor(text, inText, second) },
    ];
    expect(applyReview(text, inText, decisions, []).text).toMatch(/^La consultante prépare la réunion\. Claire est là\.$/);
    expect(relabel(combined, found.spans, { decisions, added: [] }, recorded, MASKED_LABEL.fr).get('Claire')?.toLowerCase()).toBe('la consultante');
  }, 60_000);

  it('masks a label the review never read, and keeps an empty one empty', () => {
    const labels = new Map([['Le DG', 'Le DG']]);
    const out = relabelElements([{ label: 'Le DG' }, { label: 'Claire' }, { label: '' }], labels, MASKED_LABEL.en);
    expect(out.map((e) => e.label)).toEqual(['Le DG', '[masked]', '']);
  });
});

describe('each label read as a name of its own', () => {
  // As the server knows her: her first name with her surname's initial is one of her names.
  const known = [{ id: 'c1', type: 'person' as const, name: 'Claire Vasseur (démo)', aliases: ['Claire V.'], role: { fr: 'la personne accompagnée', en: 'the client' } }];
  const turn = async (labels: string[], mode: 'roles' | 'initials') => {
    const combined = withLabels('Claire me raconte.', labels);
    const found = anonymise(combined.text, await loadLexicon(), { language: 'fr', mode, known });
    return relabel(combined, found.spans, { decisions: [], added: [] }, known, MASKED_LABEL.fr);
  };

  it('never joins the last name of one label to the first of the next', async () => {
    const out = await turn(['Jeanne', 'Martin Durand', 'Claire V.', 'Biscuiterie Lemoine'], 'initials');
    expect(out.get('Jeanne')).toBe('J.');
    expect(out.get('Martin Durand')).toBe('M.');
    expect(out.get('Biscuiterie Lemoine')).not.toMatch(/V\.|Lemoine/);
  }, 60_000);

  it('replaces a first name with the initial of her surname whole, leaving no initial in clear', async () => {
    expect((await turn(['Claire V.'], 'roles')).get('Claire V.')).toBe('La personne accompagnée');
    expect((await turn(['Claire V.'], 'initials')).get('Claire V.')).toBe('C.');
  }, 60_000);
});

describe('a label follows the decision taken on the name in the text, whatever introduced it there', () => {
  const recorded: RecordedName[] = [
    { type: 'person', name: 'Anne Moreau' },
    { type: 'person', name: 'Paul Dupont' },
    { type: 'organisation', name: 'Biscuiterie Lemoine' },
  ];
  const known = [
    { id: 'a', type: 'person' as const, name: 'Anne Moreau', gender: 'f' as const, role: { fr: 'la consultante', en: 'the consultant' } },
    { id: 'd', type: 'person' as const, name: 'Paul Dupont', gender: 'm' as const, role: { fr: 'le DG', en: 'the CEO' } },
    { id: 'o', type: 'organisation' as const, name: 'Biscuiterie Lemoine', role: { fr: 'son organisation', en: 'her organisation' } },
  ];
  // Every mention in the text has words before the name, which the roles mode's stretches take.
  const text = 'Elle travaille à la Biscuiterie Lemoine. Le père d’Anne vit à Montpellier. M. Dupont attend.';
  // A town alone in a label is not always read as a place (detection's matter): this one has its preposition too.
  const labels = ['Biscuiterie Lemoine', 'Anne', 'M. Dupont', 'Dupont', 'À Montpellier'];
  const review = async () => {
    const combined = withLabels(text, labels);
    const found = anonymise(maskPictureAddresses(combined.text), await loadLexicon(), { language: 'fr', mode: 'roles', known });
    const inText = found.spans.filter((s) => s.start < text.length);
    /** The decision as the web sends it from the mention in the text: by the name under the caret. */
    const nameAt = (words: string) => {
      const s = inText.find((x) => text.slice(x.start, x.end) === words)!;
      return text.slice(s.nameStart, s.nameEnd);
    };
    const turn = (decisions: SpanDecision[]) => ({
      inText: applyReview(text, inText, decisions, []).text,
      labels: relabel(combined, found.spans, { decisions, added: [] }, recorded, MASKED_LABEL.fr),
    });
    return { nameAt, turn };
  };

  it('carries her own replacement from "la Biscuiterie Lemoine", "d’Anne", "à Montpellier" and "M. Dupont" to the labels', async () => {
    const { nameAt, turn } = await review();
    expect(['la Biscuiterie Lemoine', 'd’Anne', 'à Montpellier', 'M. Dupont'].map(nameAt)).toEqual(['Biscuiterie Lemoine', 'Anne', 'Montpellier', 'Dupont']);
    const { inText, labels: out } = turn([
      { text: nameAt('la Biscuiterie Lemoine'), type: 'organisation', action: 'replace', replacement: 'Biscuits Arvel' },
      { text: nameAt('d’Anne'), type: 'person', action: 'replace', replacement: 'Sophie' },
      { text: nameAt('à Montpellier'), type: 'place', action: 'replace', replacement: 'Sète' },
      { text: nameAt('M. Dupont'), type: 'person', action: 'replace', replacement: 'Martin' },
    ]);
    expect(inText).toBe('Elle travaille à la Biscuits Arvel. Le père de Sophie vit à Sète. M. Martin attend.');
    expect(Object.fromEntries(out)).toEqual({ 'Biscuiterie Lemoine': 'Biscuits Arvel', Anne: 'Sophie', 'M. Dupont': 'M. Martin', Dupont: 'Martin', 'À Montpellier': 'À Sète' });
  }, 60_000);

  it('keeps a name in the labels when she kept it from a mention with its article, and accepts from one with an elision', async () => {
    const { nameAt, turn } = await review();
    const { labels: out } = turn([
      { text: nameAt('la Biscuiterie Lemoine'), type: 'organisation', action: 'keep' },
      { text: nameAt('d’Anne'), type: 'person', action: 'accept' },
    ]);
    // Kept by its own name, the organisation is neither replaced nor masked by the last guard.
    expect(out.get('Biscuiterie Lemoine')).toBe('Biscuiterie Lemoine');
    expect(out.get('Anne')?.toLowerCase()).toBe('la consultante');
  }, 60_000);
});

describe('the telling details of the labels, for the coach to check', () => {
  const recorded: RecordedName[] = [{ type: 'person', name: 'Claire Vasseur' }];
  const known = [{ id: 'c1', type: 'person' as const, name: 'Claire Vasseur', gender: 'f' as const, role: { fr: 'la consultante', en: 'the consultant' } }];
  const text = 'Claire Vasseur prépare la réunion avec le DG, qui a 52 ans.';
  const labels = ['Claire', 'Mon équipe Marketing', 'Le père de 52 ans', 'Sa solution'];
  const run = async (review: { decisions: SpanDecision[]; added: { text: string; type: 'person'; replacement: string }[] }) => {
    const combined = withLabels(text, labels);
    const found = anonymise(maskPictureAddresses(combined.text), await loadLexicon(), { language: 'fr', mode: 'roles', known });
    const turned = relabel(combined, found.spans, review, recorded, MASKED_LABEL.fr);
    return labelDetails(combined, found.spans, found.details, review, turned, MASKED_LABEL.fr).map((d) => [d.kind, d.label, d.label.slice(d.start, d.end)]);
  };

  it('lists a capitalised word nothing masks and an age, each with its label and in the label’s own offsets; none of the text’s', async () => {
    expect(await run({ decisions: [], added: [] })).toEqual([
      ['capital', 'Mon équipe Marketing', 'Marketing'],
      ['age', 'Le père de 52 ans', 'de 52 ans'],
    ]);
  }, 60_000);

  it('drops a detail once the coach masks its words, as in the text', async () => {
    const listed = await run({ decisions: [], added: [{ text: 'Marketing', type: 'person', replacement: 'M.' }] });
    expect(listed).toEqual([['age', 'Le père de 52 ans', 'de 52 ans']]);
  }, 60_000);

  it('keeps listing a detail under a span she chose to keep, and lists none of a label masked whole', () => {
    const combined = withLabels('Texte.', ['Le père de 52 ans', 'chez claire, 52 ans']);
    const [first, second] = combined.ranges;
    const details = [
      { start: first!.start + 8, end: first!.end, kind: 'age' as const, suggestion: 'la cinquantaine' },
      { start: second!.start + 13, end: second!.end, kind: 'age' as const, suggestion: 'la cinquantaine' },
    ];
    const kept = [{ start: first!.start + 3, end: first!.end, type: 'person' as const, replacement: 'X', source: 'context', confidence: 0.5 }];
    const review = { decisions: [{ text: 'père de 52 ans', type: 'person' as const, action: 'keep' as const }], added: [] };
    const turned = relabel(combined, kept, review, recorded, MASKED_LABEL.fr);
    expect(turned.get('chez claire, 52 ans')).toBe(MASKED_LABEL.fr);
    expect(labelDetails(combined, kept, details, review, turned, MASKED_LABEL.fr)).toEqual([{ start: 8, end: 17, kind: 'age', suggestion: 'la cinquantaine', label: 'Le père de 52 ans' }]);
    // Not kept, the same span masks the detail's words: nothing left to check there.
    expect(labelDetails(combined, kept, details, { decisions: [], added: [] }, turned, MASKED_LABEL.fr)).toEqual([]);
  });
});
