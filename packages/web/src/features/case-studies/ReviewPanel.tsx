import type { CaseStudy } from '@alliance/api';
import { decisionKey, ENTITY_TYPES, reviewedWhole, spanName, type EntityType } from '@alliance/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { SelectField, TextField } from '../../ui/fields';
import { DetailsToCheck } from './DetailsToCheck';
import { countToDecide } from './names';
import { type Decision, useSpanDecisions } from './useSpanDecisions';

/**
 * One row per detected name and type: one decision covers every occurrence, with or
 * without the words before it ("la Biscuiterie Lemoine", "à Montpellier", "d'Anne").
 * The row shows the replacement of a mention read alone where there is one, not one
 * shaped by its sentence ("de la consultante").
 */
function groupsOf(c: CaseStudy) {
  const whole = reviewedWhole(c.title, c.markdown);
  const groups = new Map<string, { key: string; text: string; type: EntityType; replacement: string; source: string; confidence: number; decision: CaseStudy['review']['spans'][number]['decision']; count: number; plain: boolean }>();
  for (const s of c.review.spans) {
    const text = spanName(whole, s);
    const key = decisionKey(text, s.type);
    const plain = s.start === (s.nameStart ?? s.start);
    const had = groups.get(key);
    if (!had) groups.set(key, { key, text, type: s.type, replacement: s.replacement, source: s.source, confidence: s.confidence, decision: s.decision, count: 1, plain });
    else {
      had.count++;
      // One mention still waiting (a decision stored by another mention's whole stretch) keeps the row open.
      if (s.decision === null) had.decision = null;
      if (plain && !had.plain) Object.assign(had, { text, replacement: s.replacement, plain });
    }
  }
  return [...groups.values()];
}

export function ReviewPanel({ caseStudy }: { caseStudy: CaseStudy }) {
  const { t } = useTranslation();
  const decisions = useSpanDecisions(caseStudy);
  const groups = groupsOf(caseStudy);
  const [custom, setCustom] = useState<Record<string, string>>({});
  const [added, setAdded] = useState({ text: '', type: 'person' as EntityType, replacement: '' });

  const { decide, pending } = decisions;
  const acceptAll = () => decisions.decideAll(groups.filter((g) => g.decision === null).map((g): Decision => ({ text: g.text, type: g.type, action: 'accept' })));
  const addSpan = (e: FormEvent) => {
    e.preventDefault();
    if (!added.text.trim() || !added.replacement.trim()) return;
    decisions.add(added, () => setAdded({ text: '', type: added.type, replacement: '' }));
  };
  // Counted in names, as she decides: "Claire" written fourteen times is one decision.
  const toDecide = countToDecide(reviewedWhole(caseStudy.title, caseStudy.markdown), caseStudy.review.spans);
  const unresolved = toDecide.names;

  return (
    <section className="card review-panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('caseStudies.review.title')}</h2>
      <p className="muted">{t('caseStudies.review.hint')}</p>
      <p className={`callout ${unresolved ? 'callout--warning' : 'callout--ok'}`} role="status">
        {unresolved ? t('caseStudies.review.unresolved', { count: unresolved, passages: t('caseStudies.review.passages', { count: toDecide.passages }) }) : t('caseStudies.review.allResolved')}
      </p>
      {unresolved ? (
        <button type="button" className="button" onClick={acceptAll} disabled={pending}>
          {t('caseStudies.review.acceptAll')}
        </button>
      ) : null}
      <ul className="plain-list review-list">
        {groups.map((g) => {
          const key = g.key;
          const inputId = `replace-${encodeURIComponent(key).replace(/%/g, '')}`;
          return (
            <li key={key} className={`review-item ${g.decision === null ? 'review-item--open' : ''}`}>
              <p className="review-item__what">
                <span className="tag">{t(`caseStudies.review.types.${g.type}`)}</span> <mark>{g.text}</mark> {g.count > 1 ? <span className="muted">({t('caseStudies.review.passages', { count: g.count })})</span> : null} <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('caseStudies.review.becomes')}</span> <strong>{g.decision === 'keep' ? g.text : g.replacement}</strong>
              </p>
              <p className="muted review-item__why">
                {t('caseStudies.review.why', { source: t(`caseStudies.review.sources.${g.source}`, { defaultValue: g.source }), confidence: Math.round(g.confidence * 100) })} ·{' '}
                {g.decision ? t(`caseStudies.review.decided.${g.decision}`) : t('caseStudies.review.undecided')}
              </p>
              {g.decision === 'added' ? null : (
                <div className="review-item__actions">
                  <button type="button" className="button button--small" aria-label={`${t('caseStudies.review.accept')} : ${g.text}`} onClick={() => decide({ text: g.text, type: g.type, action: 'accept' })} disabled={pending}>
                    {t('caseStudies.review.accept')}
                  </button>
                  <button type="button" className="button button--small" aria-label={`${t('caseStudies.review.keep')} : ${g.text}`} onClick={() => decide({ text: g.text, type: g.type, action: 'keep' })} disabled={pending}>
                    {t('caseStudies.review.keep')}
                  </button>
                  <label className="visually-hidden" htmlFor={inputId}>
                    {t('caseStudies.review.replaceWith')} : {g.text}
                  </label>
                  <input id={inputId} className="review-item__input" placeholder={t('caseStudies.review.replaceWith')} value={custom[key] ?? ''} onChange={(e) => setCustom({ ...custom, [key]: e.target.value })} />
                  <button
                    type="button"
                    className="button button--small"
                    disabled={pending || !(custom[key] ?? '').trim()}
                    onClick={() => decide({ text: g.text, type: g.type, action: 'replace', replacement: (custom[key] ?? '').trim() })}
                  >
                    {t('caseStudies.review.replace')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <DetailsToCheck caseStudy={caseStudy} />
      <form className="form review-add" onSubmit={addSpan} noValidate aria-label={t('caseStudies.review.addTitle')}>
        <h3>{t('caseStudies.review.addTitle')}</h3>
        <div className="form-grid form-grid--tight">
          <TextField id="add-span-text" label={t('caseStudies.review.addText')} value={added.text} onChange={(e) => setAdded({ ...added, text: e.target.value })} />
          <SelectField
            id="add-span-type"
            label={t('caseStudies.review.addType')}
            value={added.type}
            onChange={(e) => setAdded({ ...added, type: e.target.value as EntityType })}
            options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`caseStudies.review.types.${type}`) }))}
          />
          <TextField id="add-span-replacement" label={t('caseStudies.review.addReplacement')} value={added.replacement} onChange={(e) => setAdded({ ...added, replacement: e.target.value })} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {t('caseStudies.review.add')}
          </button>
        </div>
      </form>
      <FormError error={decisions.error} />
    </section>
  );
}
