import type { CaseStudy } from '@alliance/api';
import { ENTITY_TYPES, type EntityType, type ReviewedSpan } from '@alliance/domain';
import { type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import type { DecisionDrafts } from './useDecisionDrafts';
import { useSpanDecisions } from './useSpanDecisions';

interface Props {
  caseStudy: CaseStudy;
  /** The span under the caret, with the detected name's own words: the decision is kept by them. */
  span: (ReviewedSpan & { text: string }) | null;
  /** Words the coach selected where nothing is highlighted: she may mask them. */
  selection: string;
  /** What she typed here and has not sent: kept above the box, which moves between the title and the body. */
  drafts: DecisionDrafts;
  /**
   * The span's name as she decides it: how many passages the one decision covers, and,
   * while it waits, its rank among the names still to decide.
   */
  name: { passages: number; rank?: { index: number; of: number } } | null;
}

/**
 * Decides, from inside the text, on the highlighted span under the caret: accept the
 * proposal, replace it with her own words, or keep the words — for its name, so for
 * every passage of it, which the box says; or masks words she selected that the
 * anonymiser missed. The sentence naming the span is announced.
 */
export function SpanAtCaret({ caseStudy, span, selection, drafts, name }: Props) {
  const { t } = useTranslation();
  const decisions = useSpanDecisions(caseStudy);
  const own = span ? drafts.replacement(span) : '';
  const { type: addType, replacement: addReplacement } = drafts.mask;
  const pending = decisions.pending;
  // This sits inside the text's own form: Enter acts here instead of saving the text.
  const onEnter = (act: () => void) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    act();
  };

  const replace = () => {
    if (!span || !own.trim()) return;
    decisions.decide({ text: span.text, type: span.type, action: 'replace', replacement: own.trim() });
    drafts.setReplacement(span, '');
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
  const scope = span && name ? [name.rank ? t('caseStudies.inText.rank', { index: name.rank.index + 1, total: name.rank.of }) : '', t('caseStudies.inText.covers', { count: name.passages })].filter(Boolean).join(' ') : '';

  return (
    <div className="span-at-caret" aria-labelledby="span-at-caret-title" role="group">
      <p id="span-at-caret-title" className="span-at-caret__title">
        {t('caseStudies.inText.title')}
      </p>
      <div className="span-at-caret__said" aria-live="polite">
        <p className="span-at-caret__what">{span ? said : selection.trim() ? t('caseStudies.inText.selection', { text: selection.trim() }) : t('caseStudies.inText.none')}</p>
        {scope ? <p className="span-at-caret__name">{scope}</p> : null}
      </div>
      {span && span.decision === 'added' ? (
        <div className="review-item__actions">
          <button type="button" className="button button--small" onClick={() => decisions.unmask(span)} disabled={pending}>
            {t('caseStudies.inText.unmask')}
          </button>
        </div>
      ) : span ? (
        <div className="review-item__actions" role="group" aria-label={t('caseStudies.inText.decide', { text: span.text })}>
          <button type="button" className="button button--small button--primary" onClick={() => decisions.decide({ text: span.text, type: span.type, action: 'accept' })} disabled={pending}>
            {t('caseStudies.inText.accept', { replacement: span.replacement })}
          </button>
          <button type="button" className="button button--small" onClick={() => decisions.decide({ text: span.text, type: span.type, action: 'keep' })} disabled={pending}>
            {t('caseStudies.review.keep')}
          </button>
          {/* Her own words and their button stay side by side when the row wraps on a phone. */}
          <span className="span-at-caret__own">
            <label className="visually-hidden" htmlFor="span-at-caret-own">
              {t('caseStudies.review.replaceWith')} : {span.text}
            </label>
            <input id="span-at-caret-own" className="review-item__input" placeholder={t('caseStudies.review.replaceWith')} value={own} onChange={(e) => drafts.setReplacement(span, e.target.value)} onKeyDown={onEnter(replace)} />
            <button type="button" className="button button--small" onClick={replace} disabled={pending || !own.trim()}>
              {t('caseStudies.review.replace')}
            </button>
          </span>
        </div>
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
