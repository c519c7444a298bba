// Which gold words the anonymiser misses and which it masks wrongly, most frequent first:
//   npx tsx bench/anonymise/misses.ts PATH [TYPE]
import { parseArgs } from 'node:util';
import { anonymise, type EntityType, loadLexicon } from '../../packages/domain/src/anonymise/index.js';
import { bioCorpus, conllCorpus, detected, splitCorpus } from './corpus.js';

const { positionals } = parseArgs({ allowPositionals: true });
const [path, type = 'person'] = positionals as [string, EntityType?];
const lexicon = await loadLexicon();
// A .bio file is read as europeana-ner-fr is, and only its held-out texts are looked at.
const corpus = path.endsWith('.bio') ? splitCorpus(bioCorpus('bio', path), 'held-out') : conllCorpus('extra', path);
const missed = new Map<string, number>();
const wrong = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const t of corpus.texts) {
  const spans = anonymise(t.text, lexicon, { language: 'fr', mode: 'placeholders' }).spans.map(detected);
  for (const w of t.words) {
    const s = spans.find((x) => x.start < w.end && w.start < x.end);
    const word = t.text.slice(w.start, w.end);
    const ctx = t.text.slice(Math.max(0, w.start - 25), w.end + 25).replace(/\s+/g, ' ');
    if (w.gold === type && s?.type !== type) bump(missed, `${word}\t${s?.type ?? '-'}\t${ctx}`);
    if (w.gold !== type && s?.type === type) bump(wrong, `${word}\t${w.gold ?? '-'}`);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log('MISSED (word, predicted, context)');
for (const [k, n] of top(missed, Number(process.env.N ?? 80))) console.log(n, k);
console.log('\nWRONG (word, gold)');
for (const [k, n] of top(wrong, Number(process.env.N ?? 80))) console.log(n, k);
