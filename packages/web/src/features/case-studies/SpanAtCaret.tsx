import type { CaseStudy, CaseStudyPatch } from '@alliance/api';
import { decisionKey, ENTITY_TYPES, HIGH_RISK_TYPES, type EntityType, type PassageAnchor, type ReviewedSpan } from '@alliance/domain';
import { type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { DecisionScopeChoice } from './DecisionScopeChoice';
import { decisionsFor, type DecisionAction, type ReviewName } from './entity-groups';
import type { DecisionDrafts, DecisionScope } from './useDecisionDrafts';
import { useReviewWords } from './useReviewWords';
import { useSpanDecisions } from './useSpanDecisions';

/** Who the span under the caret names, as she decides: one person (or name) under all its names. */
export interface BoxGroup {
  /** Its names, each with its passages and its decision: one decision about the group is written for each. */
  names: { key: string; text: string; type: EntityType; passages: number; decision?: ReviewName<unknown>['decision'] }[];
  /** While it waits, its rank among those still to decide. */
  rank?: { index: number; of: number };
}

/** The passage under the caret, as a decision for it alone names it. */
export interface BoxPassage {
  /** Read from the title and text she sees now. */
  anchor: PassageAnchor;
  /** That title and text, when not saved yet: sent with the decision, so the server reviews the words she decided on. */
  unsaved?: CaseStudyPatch;
}

interface Props {
  caseStudy: CaseStudy;
  /** The span under the caret, with the detected name's own words: the decision is kept by them. */
  span: (ReviewedSpan & { text: string }) | null;
  /** Words the coach selected where nothing is highlighted: she may mask them. */
  selection: string;
  /** What she typed here and has not sent: kept above the box, which moves between the title and the body. */
  drafts: DecisionDrafts;
  /** Who the span names, with all its names and passages, and its rank while it waits. */
  group: BoxGroup | null;
  /** The passage under the caret, for a decision about it alone. */
  passage?: BoxPassage | null;
}

/**
 * Decides, from inside the text, on the highlighted span under the caret: accept the
 * proposal, replace it with her own words, or keep the words — for the person it names,
 * so for every name of hers and every passage of them, which the box says; or, if she
 * chooses, for the name under the caret alone, or for this one passage only ("Florence"
 * the city, not the client). A passage with a decision of its own says so, and can
 * follow its name's again. Or masks words she selected that the anonymiser missed. The
 * sentence naming the span is announced.
 */
export function SpanAtCaret({ caseStudy, span, selection, drafts, group, passage = null }: Props) {
  const { t } = useTranslation();
  const words = useReviewWords();
  const decisions = useSpanDecisions(caseStudy);
  const nameKey = span ? decisionKey(span.text, span.type) : '';
  const mine = group?.names.find((n) => n.key === nameKey);
  // Several names of one person: one decision for them all, unless she decides this one alone.
  const several = !!group && group.names.length > 1 && !!mine;
  const scopes: DecisionScope[] = [...(several ? (['all', 'name'] as const) : (['name'] as const))];
  // This passage alone: where it is not already all the name has, or where it has its own decision.
  if (span && passage && (several || (mine?.passages ?? 1) > 1 || span.passage)) scopes.push('passage');
  const chosen = drafts.scope(nameKey);
  const scope: DecisionScope = chosen && scopes.includes(chosen) ? chosen : span?.passage && scopes.includes('passage') ? 'passage' : scopes[0]!;
  const names = !span ? [] : scope === 'all' ? group!.names : [span];
  // Her words for the person wait under her fullest name, not under the anonymiser's index, which a new name earlier in the text shifts.
  const draftKey = scope === 'all' ? `all|${group!.names[0]!.key}` : scope === 'passage' ? `passage|${nameKey}` : nameKey;
  const own = span ? drafts.replacement(draftKey) : '';
  const { type: addType, replacement: addReplacement } = drafts.mask;
  const pending = decisions.pending;
  // This sits inside the text's own form: Enter acts here instead of saving the text.
  const onEnter = (act: () => void) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    act();
  };
  const ownDecision = span?.passage ? { text: span.text, type: span.type, passage: span.passage } : null;

  // Her earlier decision for this passage goes either way: replaced, even if the words she sees since moved its anchor, or followed by the name's.
  const replacing = ownDecision ? [ownDecision] : [];
  const decide = (d: DecisionAction) => {
    if (scope !== 'passage' || !passage) return decisions.decide(decisionsFor(names, d), { replacing });
    decisions.decide(decisionsFor(names, d, passage.anchor), { replacing, ...(passage.unsaved ? { with: passage.unsaved } : {}) });
  };
  const replace = () => {
    if (!span || !own.trim()) return;
    decide({ action: 'replace', replacement: own.trim() });
    drafts.setReplacement(draftKey, '');
  };
  const mask = () => {
    if (!selection.trim() || !addReplacement.trim()) return;
    decisions.add({ text: selection.trim(), type: addType, replacement: addReplacement.trim() }, () => drafts.setMask({ type: addType, replacement: '' }));
  };

  const stateOf = (d: ReviewName<unknown>['decision'] | undefined, type: EntityType) =>
    d ? t(`caseStudies.review.decided.${d}`) : HIGH_RISK_TYPES.has(type) ? t('caseStudies.review.undecided') : t('caseStudies.review.undecidedOptional');
  const said = span
    ? t('caseStudies.inText.current', {
        type: t(`caseStudies.review.types.${span.type}`),
        text: span.text,
        becomes: span.decision === 'keep' ? span.text : span.replacement,
        state: span.passage ? t('caseStudies.inText.ownState', { state: stateOf(span.decision, span.type) }) : stateOf(span.decision, span.type),
      })
    : '';
  const passages = (count: number) => t('caseStudies.review.passages', { count });
  // What the one decision covers: all her names, this one alone, this passage, or the passages of a name that has no other.
  const covers = () => {
    if (!group || !span) return '';
    if (scope === 'passage') return t('caseStudies.inText.coversPassage');
    if (!several) return t('caseStudies.inText.covers', { count: mine?.passages ?? 1 });
    if (scope === 'name') return t('caseStudies.inText.coversAlone', { text: span.text, count: mine!.passages });
    return t('caseStudies.inText.coversNames', { names: words.names(group.names.map((n) => n.text)), passages: passages(group.names.reduce((n, x) => n + x.passages, 0)) });
  };
  const told = [group?.rank ? t('caseStudies.inText.rank', { index: group.rank.index + 1, total: group.rank.of }) : '', covers()].filter(Boolean).join(' ');
  const scopeLabel = (s: DecisionScope) =>
    s === 'all'
      ? t('caseStudies.inText.scopeAll', { passages: passages(group!.names.reduce((n, x) => n + x.passages, 0)) })
      : s === 'name'
        ? t(several ? 'caseStudies.inText.scopeName' : 'caseStudies.inText.scopeEverywhere', { text: span!.text, passages: passages(mine?.passages ?? 1) })
        : t('caseStudies.inText.scopePassage');

  return (
    <div className="span-at-caret" aria-labelledby="span-at-caret-title" role="group">
      <p id="span-at-caret-title" className="span-at-caret__title">
        {t('caseStudies.inText.title')}
      </p>
      <div className="span-at-caret__said" aria-live="polite">
        <p className="span-at-caret__what">{span ? said : selection.trim() ? t('caseStudies.inText.selection', { text: selection.trim() }) : t('caseStudies.inText.none')}</p>
        {told ? <p className="span-at-caret__name">{told}</p> : null}
      </div>
      {span && span.decision === 'added' ? (
        <div className="review-item__actions">
          <button type="button" className="button button--small" onClick={() => decisions.unmask(span)} disabled={pending}>
            {t('caseStudies.inText.unmask')}
          </button>
        </div>
      ) : span ? (
        <>
          {ownDecision ? (
            <div className="span-at-caret__own-decision">
              <p>{t('caseStudies.inText.own', { text: span.text, state: stateOf(mine?.decision, span.type) })}</p>
              <button type="button" className="button button--small" onClick={() => decisions.forget([ownDecision])} disabled={pending}>
                {t('caseStudies.inText.followName')}
              </button>
            </div>
          ) : null}
          {/* Before the actions: she chooses what they are for, then acts. */}
          <DecisionScopeChoice scopes={scopes} scope={scope} label={scopeLabel} onChange={(s) => drafts.setScope(nameKey, s)} />
          <div className="review-item__actions" role="group" aria-label={t('caseStudies.inText.decide', { text: span.text })}>
            <button type="button" className="button button--small button--primary" onClick={() => decide({ action: 'accept' })} disabled={pending}>
              {/* After her own words, the span's replacement is hers: accepting goes back to the proposal, which it no longer shows. */}
              {span.decision === 'replace' ? t('caseStudies.inText.acceptProposal') : t('caseStudies.inText.accept', { replacement: span.replacement })}
            </button>
            <button type="button" className="button button--small" onClick={() => decide({ action: 'keep' })} disabled={pending}>
              {t('caseStudies.review.keep')}
            </button>
            {/* Her own words and their button stay side by side when the row wraps on a phone. */}
            <span className="span-at-caret__own">
              <label className="visually-hidden" htmlFor="span-at-caret-own">
                {t('caseStudies.review.replaceWith')} : {span.text}
              </label>
              <input id="span-at-caret-own" className="review-item__input" placeholder={t('caseStudies.review.replaceWith')} value={own} onChange={(e) => drafts.setReplacement(draftKey, e.target.value)} onKeyDown={onEnter(replace)} />
              <button type="button" className="button button--small" onClick={replace} disabled={pending || !own.trim()}>
                {t('caseStudies.review.replace')}
              </button>
            </span>
          </div>
        </>
      ) : selection.trim() && selection.trim().length <= 500 ? (
        <div className="review-item__actions" role="group" aria-label={t('caseStudies.review.addTitle')}>
          <label className="visually-hidden" htmlFor="span-at-caret-type">
            {t('caseStudies.review.addType')}
          </label>
          <select id="span-at-caret-type" className="span-at-caret__type" value={addType} onChange={(e) => drafts.setMask({ type: e.target.value as EntityType, replacement: addReplacement })}>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`caseStudies.review.types.${type}`)}
              </option>
            ))}
          </select>
          <span className="span-at-caret__own">
            <label className="visually-hidden" htmlFor="span-at-caret-mask">
              {t('caseStudies.review.addReplacement')}
            </label>
            <input id="span-at-caret-mask" className="review-item__input" placeholder={t('caseStudies.review.addReplacement')} value={addReplacement} onChange={(e) => drafts.setMask({ type: addType, replacement: e.target.value })} onKeyDown={onEnter(mask)} />
            <button type="button" className="button button--small" onClick={mask} disabled={pending || !addReplacement.trim()}>
              {t('caseStudies.review.add')}
            </button>
          </span>
        </div>
      ) : null}
      <FormError error={decisions.error} />
    </div>
  );
}
