import type { ReviewedSpan, SpanDecision } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionsFor, type EntityGroup, type ReviewName } from './entity-groups';
import './review-row.css';

interface Props {
  group: EntityGroup<ReviewedSpan>;
  decide: (d: readonly SpanDecision[]) => void;
  pending: boolean;
}

/** An id from a key ("entity:person|e1"), safe in an HTML id and a label's `for`. */
const idOf = (prefix: string, key: string) => `${prefix}-${encodeURIComponent(key).replace(/%/g, '')}`;

/**
 * One row per person (or name): her fullest name, her other names under it, and one
 * decision that is written for every one of them. A person named several ways can
 * still be decided name by name, as each name was before ("Claire" kept, her surname
 * replaced, when her consent covers her first name only).
 */
export function ReviewRow({ group, decide, pending }: Props) {
  const { t } = useTranslation();
  const [head, ...others] = group.names as [ReviewName<ReviewedSpan>, ...ReviewName<ReviewedSpan>[]];
  const stateOf = (d: EntityGroup<ReviewedSpan>['decision']) => (d ? t(`caseStudies.review.decided.${d}`) : t('caseStudies.review.undecided'));
  const passages = (count: number) => t('caseStudies.review.passages', { count });
  const added = group.names.every((n) => n.decision === 'added');
  return (
    <li className={`review-item ${group.decision === null ? 'review-item--open' : ''}`}>
      <p className="review-item__what">
        <span className="tag">{t(`caseStudies.review.types.${group.type}`)}</span> <mark>{head.text}</mark> {group.passages.length > 1 ? <span className="muted">({passages(group.passages.length)})</span> : null}{' '}
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('caseStudies.review.becomes')}</span> <strong>{head.decision === 'keep' ? head.text : head.replacement}</strong>
      </p>
      {others.length ? (
        <p className="review-item__names">
          {t('caseStudies.review.otherNames')}{' '}
          {others.map((n, i) => (
            <span key={n.key} className="review-item__name">
              <mark>{n.text}</mark> <span className="muted">({[passages(n.passages.length), ...(n.decision !== head.decision ? [stateOf(n.decision)] : [])].join(', ')})</span>
              {i < others.length - 1 ? ', ' : ''}
            </span>
          ))}
        </p>
      ) : null}
      <p className="muted review-item__why">
        {t('caseStudies.review.why', { source: t(`caseStudies.review.sources.${head.source}`, { defaultValue: head.source }), confidence: Math.round(head.confidence * 100) })} · {stateOf(group.decision)}
      </p>
      {added ? null : <DecisionActions names={group.names} label={head.text} id={idOf('replace', group.key)} decide={decide} pending={pending} />}
      {others.length && !added ? (
        <details className="review-item__by-name">
          <summary>{t('caseStudies.review.byName')}</summary>
          <ul className="plain-list">
            {group.names.map((n) => (
              <li key={n.key}>
                <p className="review-item__what">
                  <mark>{n.text}</mark> <span className="muted">({passages(n.passages.length)})</span> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('caseStudies.review.becomes')}</span> <strong>{n.decision === 'keep' ? n.text : n.replacement}</strong> <span className="muted">· {stateOf(n.decision)}</span>
                </p>
                <DecisionActions names={[n]} label={n.text} alone id={idOf('replace-name', n.key)} decide={decide} pending={pending} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** Accept, keep, or her own words, for these names at once; `alone` when they are one name of a person decided apart. */
function DecisionActions({ names, label, alone = false, id, decide, pending }: { names: readonly ReviewName<ReviewedSpan>[]; label: string; alone?: boolean; id: string; decide: Props['decide']; pending: boolean }) {
  const { t } = useTranslation();
  const [own, setOwn] = useState('');
  const named = (action: string) => (alone ? t('caseStudies.review.alone', { action, text: label }) : `${action} : ${label}`);
  return (
    <div className="review-item__actions">
      <button type="button" className="button button--small" aria-label={named(t('caseStudies.review.accept'))} onClick={() => decide(decisionsFor(names, { action: 'accept' }))} disabled={pending}>
        {t('caseStudies.review.accept')}
      </button>
      <button type="button" className="button button--small" aria-label={named(t('caseStudies.review.keep'))} onClick={() => decide(decisionsFor(names, { action: 'keep' }))} disabled={pending}>
        {t('caseStudies.review.keep')}
      </button>
      <label className="visually-hidden" htmlFor={id}>
        {named(t('caseStudies.review.replaceWith'))}
      </label>
      <input id={id} className="review-item__input" placeholder={t('caseStudies.review.replaceWith')} value={own} onChange={(e) => setOwn(e.target.value)} />
      <button type="button" className="button button--small" aria-label={named(t('caseStudies.review.replace'))} disabled={pending || !own.trim()} onClick={() => decide(decisionsFor(names, { action: 'replace', replacement: own.trim() }))}>
        {t('caseStudies.review.replace')}
      </button>
    </div>
  );
}
