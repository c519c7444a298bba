// Learning the anonymiser's name model: examples from an annotated corpus, a
// multinomial logistic regression fitted by AdaGrad, thresholds chosen recall first.
import { withEchoes } from '../../packages/domain/src/anonymise/echoes.js';
import { findPatterns } from '../../packages/domain/src/anonymise/patterns.js';
import type { Lexicon } from '../../packages/domain/src/anonymise/lexicon.js';
import { NameSink } from '../../packages/domain/src/anonymise/model/features.js';
import { type CandidateRun, CLASSES, candidateWords, hashWeights, type Model, namesByModel, type SerialisedModel, type Thresholds } from '../../packages/domain/src/anonymise/model/model.js';
import { ruleNames } from '../../packages/domain/src/anonymise/names.js';
import { roles } from '../../packages/domain/src/anonymise/roles.js';
import { resolveOverlaps } from '../../packages/domain/src/anonymise/resolve.js';
import { tokenize } from '../../packages/domain/src/anonymise/text.js';
import type { Detection, EntityType } from '../../packages/domain/src/anonymise/types.js';
import type { Corpus } from './corpus.js';

/** The candidate words of one text, run by run, their features and the gold class of each (an index into CLASSES). */
export interface TextExamples {
  runs: CandidateRun[];
  /** Feature names; each word's are `names[from..to)`. */
  names: string[];
  labels: number[];
}

const CLASS_OF: Partial<Record<EntityType, number>> = { person: 1, place: 2, organisation: 3 };

/** Every text's candidate words with their gold class: the class of the corpus word the token starts in. */
export function textExamples(corpus: Corpus, lexicon: Lexicon): TextExamples[] {
  return corpus.texts.map((t) => {
    const gold = new Int8Array(t.text.length);
    for (const w of t.words) if (w.gold && CLASS_OF[w.gold]) gold.fill(CLASS_OF[w.gold]!, w.start, w.end);
    const tokens = tokenize(t.text);
    const rules = ruleNames(t.text, tokens, lexicon, corpus.language).sort((a, b) => a.start - b.start);
    const sink = new NameSink();
    const runs = candidateWords(tokens, lexicon, corpus.language, rules, sink);
    return { runs, names: sink.names, labels: runs.flatMap((r) => r.words.map((w) => gold[tokens[w.token]!.start]!)) };
  });
}

/** A deterministic generator, so that training twice gives the same weights. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  minCount: number;
}
export const DEFAULT_TRAINING: TrainOptions = { epochs: 6, rate: 0.05, l2: 1e-5, minCount: 3 };

/** Weights by feature name, as training makes them and the weights file holds them. */
export type NamedWeights = Map<string, number[]>;

/** A model as training makes it: named weights, for the weights file. */
export interface TrainedModel {
  weights: NamedWeights;
  thresholds: Thresholds;
}

/** The model as the anonymiser runs it. */
export const runtime = (m: TrainedModel): Model => ({ weights: hashWeights(m.weights), thresholds: m.thresholds });

/** Multinomial logistic regression, AdaGrad, L2 applied to the features an example touches. */
export function trainWeights(examples: { features: string[]; label: number }[], options: TrainOptions = DEFAULT_TRAINING): NamedWeights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= options.minCount || f === 'bias') index.set(f, index.size);
  const K = CLASSES.length;
  const weights = new Float32Array(index.size * K);
  const squares = new Float64Array(index.size * K).fill(1e-8);
  const rows = examples.map((e) => ({ ids: [...new Set(e.features)].map((f) => index.get(f)).filter((n): n is number => n !== undefined), label: e.label }));
  const next = random(7);
  const order = rows.map((_, i) => i);
  const score = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      score.fill(0);
      for (const id of row.ids) for (let c = 0; c < K; c++) score[c]! += weights[id * K + c]!;
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, score[c]!);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += score[c] = Math.exp(score[c]! - max);
      for (let c = 0; c < K; c++) {
        const g0 = score[c]! / sum - (c === row.label ? 1 : 0);
        for (const id of row.ids) {
          const at = id * K + c;
          const g = g0 + options.l2 * weights[at]!;
          squares[at]! += g * g;
          weights[at]! -= (options.rate * g) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  return new Map([...index].map(([f, n]) => [f, [...weights.slice(n * K, n * K + K)]]));
}

/** Trains on every candidate word of the texts. */
export function trainModel(texts: TextExamples[], options: TrainOptions = DEFAULT_TRAINING): TrainedModel {
  const rows = texts.flatMap((t) => t.runs.flatMap((r) => r.words).map((w, k) => ({ features: t.names.slice(w.from, w.to), label: t.labels[k]! })));
  return { weights: trainWeights(rows, options), thresholds: { person: 0.5, other: 0.5 } };
}

function serialiseWeights(named: NamedWeights): string {
  const K = CLASSES.length;
  const lines: string[] = [];
  for (const [f, row] of named) {
    // Only differences between classes matter: centre each row, then round.
    const mean = row.reduce((a, b) => a + b, 0) / K;
    const r = row.map((x) => Math.round((x - mean) * 100) / 100);
    if (r.every((x) => Math.abs(x) < 0.02)) continue;
    lines.push(`${f}\t${r.map((x) => (Object.is(x, -0) ? 0 : x)).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The model as the anonymiser ships it: weights rounded, features that weigh nothing dropped. */
export function serialise(model: TrainedModel): SerialisedModel {
  return { thresholds: model.thresholds, features: serialiseWeights(model.weights) };
}

/**
 * The detector as the anonymiser runs it for names and patterns (no records): rules,
 * model, roles, overlaps resolved. `model` null: the hand rules alone.
 */
export function detectWith(text: string, lexicon: Lexicon, language: 'fr' | 'en', model: Model | null): Detection[] {
  const tokens = tokenize(text);
  const rules = ruleNames(text, tokens, lexicon, language);
  const names = model ? namesByModel(text, tokens, lexicon, language, rules, model) : rules;
  return withEchoes(tokens, resolveOverlaps(text, [...findPatterns(text, language), ...names, ...roles(tokens, names)]));
}

export interface Scores {
  type: EntityType;
  gold: number;
  predicted: number;
  precision: number | null;
  recall: number | null;
  masked_recall: number | null;
}

/** Word-level scores, as the bench counts them. */
export function scoreSpans(corpus: Corpus, spans: { start: number; end: number; type: EntityType }[][], types: EntityType[]): Scores[] {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return types.map((type) => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    let masked = 0;
    corpus.texts.forEach((t, i) => {
      const sorted = [...spans[i]!].sort((a, b) => a.start - b.start);
      let j = 0;
      for (const w of t.words) {
        while (j < sorted.length && sorted[j]!.end <= w.start) j++;
        const s = sorted[j];
        const p = s && s.start < w.end ? s.type : null;
        if (w.gold === type) gold++;
        if (p === type) predicted++;
        if (w.gold === type && p === type) tp++;
        if (w.gold === type && p !== null) masked++;
      }
    });
    return { type, gold, predicted, precision: predicted ? round(tp / predicted) : null, recall: gold ? round(tp / gold) : null, masked_recall: gold ? round(masked / gold) : null };
  });
}
