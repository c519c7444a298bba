import { describe, expect, it } from 'vitest';
import { snippetIn, snippetOfAnchor, snippetText } from './passage-snippet';

describe('a passage shown apart from the text', () => {
  const text = "Florence m'a appelée hier soir, assez tard.\nElle rentrait tout juste de Florence, en Italie, après une semaine.\nFin.";
  const at = (nth: number) => {
    let i = -1;
    for (let n = 0; n < nth; n++) i = text.indexOf('Florence', i + 1);
    return snippetIn(text, i, i + 'Florence'.length);
  };

  it('takes a few whole words either side of the name, on its line, an ellipsis where the sentence goes on', () => {
    expect(at(1)).toEqual({ before: '', name: 'Florence', after: " m'a appelée hier soir,…" });
    expect(at(2)).toEqual({ before: '…rentrait tout juste de ', name: 'Florence', after: ', en Italie, après une…' });
    expect(snippetText(at(2))).toBe('…rentrait tout juste de Florence, en Italie, après une…');
  });

  it('reads a stale decision’s passage from the words its anchor kept', () => {
    expect(snippetText(snippetOfAnchor({ before: '\nElle rentrait de ', after: ', en Italie.\n' }, 'Florence'))).toBe('Elle rentrait de Florence, en Italie.');
    expect(snippetText(snippetOfAnchor({ before: 'bien, donc elle rentrait de ', after: ', en Italie, puis en France' }, 'Florence'))).toBe('…donc elle rentrait de Florence, en Italie, puis en…');
    // Shorter than the anchor's reach: the text began or ended there.
    expect(snippetText(snippetOfAnchor({ before: '', after: ' a choisi.' }, 'Florence'))).toBe('Florence a choisi.');
  });
});
