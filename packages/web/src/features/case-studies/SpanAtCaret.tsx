import type { CaseStudy } from '@alliance/api';
import { decisionKey, ENTITY_TYPES, type EntityType, type ReviewedSpan } from '@alliance/domain';
import { type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { decisionsFor, type DecisionAction } from './entity-groups';
import type { DecisionDrafts } from './useDecisionDrafts';
import { useReviewWords } from './useReviewWords';
import { useSpanDecisions } from './useSpanDecisions';

/** Who the span under the caret names, as she decides: one person (or name) under all its names. */
export interface BoxGroup {
  /** Its names, each with its passages: one decision about the group is written for each. */
  names: { key: string; text: string; type: EntityType; passages: number }[];
  /** While it waits, its rank among those still to decide. */
  rank?: { index: number; of: number };
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
}

/**
 * Decides, from inside the text, on the highlighted span under the caret: accept the
 * proposal, replace it with her own words, or keep the words — for the person it names,
 * so for every name of hers and every passage of them, which the box says; or, if she
 * chooses, for the name under the caret alone. Or masks words she selected that the
 * anonymiser missed. The sentence naming the span is announced.
 */
export function SpanAtCaret({ caseStudy, span, selection, drafts, group }: Props) {
  const { t } = useTranslation();
  const words = useReviewWords();
  const decisions = useSpanDecisions(caseStudy);
  const nameKey = span ? decisionKey(span.text, span.type) : '';
  const mine = group?.names.find((n) => n.key === nameKey);
  // Several names of one person: one decision for them all, unless she decides this one alone.
  const several = !!group && group.names.length > 1 && !!mine;
  const alone = several && drafts.alone(nameKey);
  const scope = !span ? [] : several && !alone ? group!.names : [span];
  // Her words for the person wait under her fullest name, not under the anonymiser's index, which a new name earlier in the text shifts.
  const draftKey = several && !alone ? `all|${group!.names[0]!.key}` : nameKey;
  const own = span ? drafts.replacement(draftKey) : '';
  const { type: addType, replacement: addReplacement } = drafts.mask;
  const pending = decisions.pending;
  // This sits inside the text's own form: Enter acts here instead of saving the text.
  const onEnter = (act: () => void) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    act();
  };

  const decide = (d: DecisionAction) => decisions.decide(decisionsFor(scope, d));
  const replace = () => {
    if (!span || !own.trim()) return;
    decide({ action: 'replace', replacement: own.trim() });
    drafts.setReplacement(draftKey, '');
  };
  const mask = () => {
    if (!selection.trim() || !addReplacement.trim()) return;
    decisions.add({ text: selection.trim(), type: addType, replacement: addReplacement.trim() }, () => drafts.setMask({ type: addType, replacement: '' }));
  };

  const said = span
    ? t('caseStudies.inText.current', {
        type: t(`caseStudies.review.types.${span.type}`),
        text: span.text,
        becomes: span.decision === 'keep' ? span.text : span.replacement,
        state: span.decision ? t(`caseStudies.review.decided.${span.decision}`) : t('caseStudies.review.undecided'),
      })
    : '';
  // What the one decision covers: all her names, this one alone, or the passages of a name that has no other.
  const covers = () => {
    if (!group || !span) return '';
    if (!several) return t('caseStudies.inText.covers', { count: mine?.passages ?? 1 });
    if (alone) return t('caseStudies.inText.coversAlone', { text: span.text, count: mine!.passages });
    const passages = group.names.reduce((n, x) => n + x.passages, 0);
    return t('caseStudies.inText.coversNames', { names: words.names(group.names.map((n) => n.text)), passages: t('caseStudies.review.passages', { count: passages }) });
  };
  const told = [group?.rank ? t('caseStudies.inText.rank', { index: group.rank.index + 1, total: group.rank.of }) : '', covers()].filter(Boolean).join(' ');

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
          {/* Before the actions: she chooses what they are for, then acts. */}
          {several ? (
            <label className="span-at-caret__alone">
              <input type="checkbox" checked={alone} onChange={(e) => drafts.setAlone(nameKey, e.target.checked)} />
              {t('caseStudies.inText.alone', { text: span.text, passages: t('caseStudies.review.passages', { count: mine!.passages }) })}
            </label>
          ) : null}
          <div className="review-item__actions" role="group" aria-label={t('caseStudies.inText.decide', { text: span.text })}>
            <button type="button" className="button button--small button--primary" onClick={() => decide({ action: 'accept' })} disabled={pending}>
              {t('caseStudies.inText.accept', { replacement: span.replacement })}
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
