import type { CaseStudy, CaseStudyPatch } from '@alliance/api';
import { decisionKey, sameAnchor, type EntityType, type PassageAnchor } from '@alliance/domain';
import { useUpdateCaseStudy } from './api';

export type Decision = CaseStudy['decisions'][number];
type AddedSpan = CaseStudy['added'][number];
/** What a decision is about: a name, or with `passage` one passage of it. */
export type DecisionTarget = { text: string; type: EntityType; passage?: PassageAnchor | undefined };

/** Two decisions about the same thing: the same name, and either both for the name or both for the same passage of it. */
const sameTarget = (a: DecisionTarget, b: DecisionTarget) =>
  decisionKey(a.text, a.type) === decisionKey(b.text, b.type) && (a.passage && b.passage ? sameAnchor(a.passage, b.passage) : !a.passage && !b.passage);

/**
 * The coach's decisions on the review, from the list or from the text itself: one
 * decision per name and type (its `text` is the detected name's own words, so it covers
 * every occurrence, however introduced) — a decision about a person is one for each of
 * her names, sent together —, or one for a single passage of a name, which overrides
 * the name's there only; words she masks herself, and taking back a mask she added.
 * Each answers with the whole case study, review included.
 */
export function useSpanDecisions(caseStudy: CaseStudy) {
  const update = useUpdateCaseStudy(caseStudy.id);
  const send = (patch: CaseStudyPatch, onDone?: () => void) => update.mutate(patch, onDone ? { onSuccess: onDone } : undefined);
  return {
    pending: update.isPending,
    error: update.error,
    /**
     * Replaces her decisions about the same names (or the same passages), and those about
     * `replacing`. `with` goes in the same request: the title and text she has not saved
     * yet, which a passage's anchor was read from, so the server reviews the words she decided on.
     */
    decide: (d: Decision | readonly Decision[], options: { with?: CaseStudyPatch; replacing?: readonly DecisionTarget[] } = {}) => {
      const made: readonly Decision[] = Array.isArray(d) ? d : [d as Decision];
      const gone = [...made, ...(options.replacing ?? [])];
      send({ ...options.with, decisions: [...caseStudy.decisions.filter((x) => !gone.some((m) => sameTarget(x, m))), ...made] });
    },
    decideAll: (open: Decision[]) => send({ decisions: [...caseStudy.decisions, ...open] }),
    /** Takes back decisions for single passages: those passages follow their name's decision again. */
    forget: (gone: readonly DecisionTarget[]) => send({ decisions: caseStudy.decisions.filter((x) => !gone.some((g) => sameTarget(x, g))) }),
    add: (a: AddedSpan, onDone?: () => void) => send({ added: [...caseStudy.added, a] }, onDone),
    unmask: (a: { text: string; type: EntityType }) => send({ added: caseStudy.added.filter((x) => !(x.type === a.type && x.text.trim() === a.text.trim())) }),
  };
}
