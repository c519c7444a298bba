import { HIGH_RISK_TYPES, type PassageAnchor, type ReviewedSpan, type SpanDecision } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionsFor, type DecisionAction, type EntityGroup, type Passage, type ReviewName } from './entity-groups';
import { type Snippet, snippetText } from './passage-snippet';
import { PassageWords } from './PassageWords';
import type { DecisionTarget } from './useSpanDecisions';
import './review-row.css';

/** What the row needs to decide one passage alone: its anchor in the saved text, and its words around the name. */
export interface PassageTools {
  anchor: (p: Passage<ReviewedSpan>) => PassageAnchor;
  snippet: (p: Passage<ReviewedSpan>) => Snippet;
}

interface Props {
  group: EntityGroup<ReviewedSpan>;
  decide: (d: readonly SpanDecision[], options?: { replacing?: readonly DecisionTarget[] }) => void;
  /** Takes back decisions for single passages: they follow their name's again. */
  forget: (d: readonly DecisionTarget[]) => void;
  passages: PassageTools;
  pending: boolean;
}

/** An id from a key ("entity:person|e1"), safe in an HTML id and a label's `for`. */
const idOf = (prefix: string, key: string) => `${prefix}-${encodeURIComponent(key).replace(/%/g, '')}`;

/**
 * One row per person (or name): her fullest name, her other names under it, and one
 * decision that is written for every one of them. A person named several ways can
 * still be decided name by name, as each name was before ("Claire" kept, her surname
 * replaced, when her consent covers her first name only), and any of her passages alone
 * ("Florence" the city kept, "Florence" the client masked); the passages decided apart
 * are listed, each able to follow its name's decision again.
 */
export function ReviewRow({ group, decide, forget, passages, pending }: Props) {
  const { t } = useTranslation();
  const [head, ...others] = group.names as [ReviewName<ReviewedSpan>, ...ReviewName<ReviewedSpan>[]];
  // A place or a date undecided keeps the proposal: hers to check, nothing waits on it.
  const stateOf = (d: EntityGroup<ReviewedSpan>['decision']) => (d ? t(`caseStudies.review.decided.${d}`) : HIGH_RISK_TYPES.has(group.type) ? t('caseStudies.review.undecided') : t('caseStudies.review.undecidedOptional'));
  const count = (n: number) => t('caseStudies.review.passages', { count: n });
  const added = group.names.every((n) => n.decision === 'added');
  const nameOf = (p: Passage<ReviewedSpan>) => group.names.find((n) => n.passages.includes(p))!;
  const target = (p: Passage<ReviewedSpan>): DecisionTarget => ({ text: nameOf(p).text, type: nameOf(p).type, ...(p.span.passage ? { passage: p.span.passage } : {}) });
  const decidePassage = (p: Passage<ReviewedSpan>) => (d: DecisionAction) => decide(decisionsFor([nameOf(p)], d, passages.anchor(p)), { replacing: p.span.passage ? [target(p)] : [] });
  const becomes = (s: ReviewedSpan, words: string) => (s.decision === 'keep' ? words : s.replacement);
  return (
    <li className={`review-item ${group.open.length > 0 ? 'review-item--open' : ''}`}>
      <p className="review-item__what">
        <span className="tag">{t(`caseStudies.review.types.${group.type}`)}</span> <mark>{head.text}</mark> {group.passages.length > 1 ? <span className="muted">({count(group.passages.length)})</span> : null}{' '}
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('caseStudies.review.becomes')}</span> <strong>{head.decision === 'keep' ? head.text : head.replacement}</strong>
      </p>
      {others.length ? (
        <p className="review-item__names">
          {t('caseStudies.review.otherNames')}{' '}
          {others.map((n, i) => (
            <span key={n.key} className="review-item__name">
              <mark>{n.text}</mark> <span className="muted">({[count(n.passages.length), ...(n.decision !== head.decision ? [stateOf(n.decision)] : [])].join(', ')})</span>
              {i < others.length - 1 ? ', ' : ''}
            </span>
          ))}
        </p>
      ) : null}
      <p className="muted review-item__why">
        {t('caseStudies.review.why', { source: t(`caseStudies.review.sources.${head.source}`, { defaultValue: head.source }), confidence: Math.round(head.confidence * 100) })} · {stateOf(group.decision)}
      </p>
      {group.own.length ? (
        <div className="review-item__own">
          <p>{t('caseStudies.review.ownTitle', { count: group.own.length })}</p>
          <ul className="plain-list">
            {group.own.map((p) => (
              <li key={`${p.field}-${p.span.start}`}>
                <PassageWords snippet={passages.snippet(p)} /> <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('caseStudies.review.becomes')}</span> <strong>{becomes(p.span, nameOf(p).text)}</strong> <span className="muted">· {stateOf(p.span.decision)}</span>{' '}
                <button type="button" className="button button--small" aria-label={t('caseStudies.review.followNameLabel', { passage: snippetText(passages.snippet(p)) })} onClick={() => forget([target(p)])} disabled={pending}>
                  {t('caseStudies.review.followName')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {added ? null : <DecisionActions named={(action) => `${action} : ${head.text}`} id={idOf('replace', group.key)} decide={(d) => decide(decisionsFor(group.names, d))} pending={pending} />}
      {others.length && !added ? (
        <details className="review-item__by-name">
          <summary>{t('caseStudies.review.byName')}</summary>
          <ul className="plain-list">
            {group.names.map((n) => (
              <li key={n.key}>
                <p className="review-item__what">
                  <mark>{n.text}</mark> <span className="muted">({count(n.passages.length)})</span> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('caseStudies.review.becomes')}</span> <strong>{n.decision === 'keep' ? n.text : n.replacement}</strong> <span className="muted">· {stateOf(n.decision)}</span>
                </p>
                <DecisionActions named={(action) => t('caseStudies.review.alone', { action, text: n.text })} id={idOf('replace-name', n.key)} decide={(d) => decide(decisionsFor([n], d))} pending={pending} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {group.passages.length > 1 && !added ? (
        <details className="review-item__by-passage">
          <summary>{t('caseStudies.review.byPassage')}</summary>
          <ul className="plain-list">
            {group.passages.map((p) => (
              <li key={`${p.field}-${p.span.start}`}>
                <p className="review-item__what">
                  <PassageWords snippet={passages.snippet(p)} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('caseStudies.review.becomes')}</span> <strong>{becomes(p.span, nameOf(p).text)}</strong>{' '}
                  <span className="muted">· {p.span.passage ? t('caseStudies.inText.ownState', { state: stateOf(p.span.decision) }) : stateOf(p.span.decision)}</span>
                </p>
                <DecisionActions
                  named={(action) => t('caseStudies.review.passageAction', { action, passage: snippetText(passages.snippet(p)) })}
                  id={idOf('replace-passage', `${group.key}-${p.field}-${p.span.start}`)}
                  decide={decidePassage(p)}
                  pending={pending}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** Accept, keep, or her own words, for what `named` says they are for (its label on each control). */
function DecisionActions({ named, id, decide, pending }: { named: (action: string) => string; id: string; decide: (d: DecisionAction) => void; pending: boolean }) {
  const { t } = useTranslation();
  const [own, setOwn] = useState('');
  return (
    <div className="review-item__actions">
      <button type="button" className="button button--small" aria-label={named(t('caseStudies.review.accept'))} onClick={() => decide({ action: 'accept' })} disabled={pending}>
        {t('caseStudies.review.accept')}
      </button>
      <button type="button" className="button button--small" aria-label={named(t('caseStudies.review.keep'))} onClick={() => decide({ action: 'keep' })} disabled={pending}>
        {t('caseStudies.review.keep')}
      </button>
      <label className="visually-hidden" htmlFor={id}>
        {named(t('caseStudies.review.replaceWith'))}
      </label>
      <input id={id} className="review-item__input" placeholder={t('caseStudies.review.replaceWith')} value={own} onChange={(e) => setOwn(e.target.value)} />
      <button type="button" className="button button--small" aria-label={named(t('caseStudies.review.replace'))} disabled={pending || !own.trim()} onClick={() => decide({ action: 'replace', replacement: own.trim() })}>
        {t('caseStudies.review.replace')}
      </button>
    </div>
  );
}
