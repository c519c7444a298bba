import type { CaseStudy } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { snippetOfAnchor, snippetText } from './passage-snippet';
import { PassageWords } from './PassageWords';
import type { DecisionTarget } from './useSpanDecisions';

interface Props {
  /** Her decisions for one passage that the text no longer holds as it was. */
  stale: CaseStudy['review']['stale'];
  forget: (d: readonly DecisionTarget[]) => void;
  pending: boolean;
}

/**
 * The decisions she made for one passage that no longer apply: the name or the words
 * around it were edited, the passage removed, or an identical one added or removed. The
 * server never moves them to another passage; the screen says which they were, that the
 * passage now follows its name's decision (or waits for one), and lets her forget them.
 */
export function StalePassages({ stale, forget, pending }: Props) {
  const { t } = useTranslation();
  const own = stale.filter((d): d is typeof d & DecisionTarget & { passage: NonNullable<DecisionTarget['passage']> } => !!d.passage);
  if (own.length === 0) return null;
  const stateOf = (d: (typeof own)[number]) => (d.action === 'replace' ? t('caseStudies.review.stale.replaced', { replacement: d.replacement }) : t(`caseStudies.review.decided.${d.action}`));
  return (
    <section className="callout callout--stacked callout--warning review-stale" aria-labelledby="review-stale-title">
      <h3 id="review-stale-title">{t('caseStudies.review.stale.title', { count: own.length })}</h3>
      <p>{t('caseStudies.review.stale.hint', { count: own.length })}</p>
      <ul className="plain-list">
        {own.map((d) => {
          const snippet = snippetOfAnchor(d.passage, d.text);
          return (
            <li key={`${d.type}|${d.text}|${d.passage.before}|${d.passage.after}|${d.passage.index}`}>
              <PassageWords snippet={snippet} /> <span className="muted">· {stateOf(d)}</span>{' '}
              <button type="button" className="button button--small" aria-label={t('caseStudies.review.stale.forgetLabel', { passage: snippetText(snippet), state: stateOf(d) })} onClick={() => forget([d])} disabled={pending}>
                {t('caseStudies.review.stale.forget')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
