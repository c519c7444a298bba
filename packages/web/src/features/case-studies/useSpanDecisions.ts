import type { CaseStudy, CaseStudyPatch } from '@alliance/api';
import { decisionKey, type EntityType } from '@alliance/domain';
import { useUpdateCaseStudy } from './api';

export type Decision = CaseStudy['decisions'][number];
type AddedSpan = CaseStudy['added'][number];

const sameKey = (a: { text: string; type: EntityType }, b: { text: string; type: EntityType }) => decisionKey(a.text, a.type) === decisionKey(b.text, b.type);

/**
 * The coach's decisions on the review, from the list or from the text itself: one
 * decision per name and type (its `text` is the detected name's own words, so it covers
 * every occurrence, however introduced) — a decision about a person is one for each of
 * her names, sent together —, words she masks herself, and taking back a mask she
 * added. Each answers with the whole case study, review included.
 */
export function useSpanDecisions(caseStudy: CaseStudy) {
  const update = useUpdateCaseStudy(caseStudy.id);
  const send = (patch: CaseStudyPatch, onDone?: () => void) => update.mutate(patch, onDone ? { onSuccess: onDone } : undefined);
  return {
    pending: update.isPending,
    error: update.error,
    decide: (d: Decision | readonly Decision[]) => {
      const made: readonly Decision[] = Array.isArray(d) ? d : [d as Decision];
      send({ decisions: [...caseStudy.decisions.filter((x) => !made.some((m) => sameKey(x, m))), ...made] });
    },
    decideAll: (open: Decision[]) => send({ decisions: [...caseStudy.decisions, ...open] }),
    add: (a: AddedSpan, onDone?: () => void) => send({ added: [...caseStudy.added, a] }, onDone),
    unmask: (a: { text: string; type: EntityType }) => send({ added: caseStudy.added.filter((x) => !(x.type === a.type && x.text.trim() === a.text.trim())) }),
  };
}
