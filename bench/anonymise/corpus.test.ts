import { describe, expect, it } from 'vitest';
import { conllText, typeOfTag } from './corpus.js';

describe('the tag of an annotated corpus', () => {
  it('is read in every tagging scheme and under every name of its type', () => {
    for (const tag of ['B-PER', 'I-PER', 'S-PER', 'E-PER', 'U-PER', 'L-PER', 'PER', 'b-per', 'B-PERS', 'B-PERSON', 'B-pers.ind', 'I-pers.coll']) expect(typeOfTag(tag), tag).toBe('person');
    for (const tag of ['B-LOC', 'LOC', 'B-GPE', 'I-LOCATION', 'B-loc.adm.town']) expect(typeOfTag(tag), tag).toBe('place');
    for (const tag of ['B-ORG', 'S-ORGANIZATION', 'B-org.ent']) expect(typeOfTag(tag), tag).toBe('organisation');
    for (const tag of ['O', 'B-MISC', 'B-prod', 'B-time', 'B-DATE', 'B-EVE']) expect(typeOfTag(tag), tag).toBeNull();
  });
});

describe('a CoNLL file', () => {
  const gold = (content: string) =>
    conllText('x', content).texts.map((t) => t.words.map((w) => `${t.text.slice(w.start, w.end)}/${w.gold ?? '-'}`).join(' '));

  it("joins its tokens as prose and reads each word's type from the last field", () => {
    expect(gold("Marie B-PER\nvit O\nà O\nl' O\nAnjou B-LOC\n. O\n")).toEqual(["Marie/person vit/- à/- l'/- Anjou/place"]);
    expect(conllText('x', "Marie B-PER\nvit O\nà O\nl' O\nAnjou B-LOC\n. O\n").texts[0]!.text).toBe("Marie vit à l'Anjou.");
  });

  it('skips comments, starts a new text at each -DOCSTART-, and ignores the other columns of CoNLL-2003', () => {
    const content = '# sent_id = 1\n-DOCSTART- -X- O O\n\nPaul NNP B-NP B-PER\nrit VBZ B-VP O\n\n-DOCSTART- -X- O O\n\nLyon NNP B-NP B-LOC\n';
    expect(gold(content)).toEqual(['Paul/person rit/-', 'Lyon/place']);
  });

  it("reads HIPE's TSV by its header: the tag is the NE-COARSE-LIT column, not the last", () => {
    const content = 'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n# segment\nM.\tB-pers\tO\tB-pers.ind\tO\tB-comp.title\tO\t_\t_\t_\nDupont\tI-pers\tO\tI-pers.ind\tO\tB-comp.name\tO\tQ1\t_\tEndOfSentence\n';
    expect(gold(content)).toEqual(['M./person Dupont/person']);
  });
});
