import type { CaseStudy } from '@alliance/api';
import { ENTITY_TYPES, mapOffsets, passageAnchor, reviewedWhole, spansOfBody, spansOfTitle, TITLE_BREAK, type EntityType, type ReviewedSpan } from '@alliance/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { SelectField, TextField } from '../../ui/fields';
import { DetailsToCheck } from './DetailsToCheck';
import { countToDecide, groupByEntity, type Passage } from './entity-groups';
import { snippetIn } from './passage-snippet';
import { ReviewRow, type PassageTools } from './ReviewRow';
import { StalePassages } from './StalePassages';
import { type Decision, useSpanDecisions } from './useSpanDecisions';
import { useReviewWords } from './useReviewWords';

/**
 * The review as the coach decides it: one row per person (or name), with every name the
 * anonymiser counts as hers ("Claire Vasseur", then "Claire", "Mme Vasseur"), and one
 * decision for all their passages, with or without the words before them ("la
 * Biscuiterie Lemoine", "à Montpellier", "d'Anne"), or for one passage alone. The title
 * and the body are one text.
 */
const fieldsOf = (c: CaseStudy) => ({ title: { text: c.title, spans: spansOfTitle(c.review.spans, c.title) }, body: { text: c.markdown, spans: spansOfBody(c.review.spans, c.title) } });

/** A passage's anchor and words, read in the saved title and text, as the server reviewed them. */
function passageTools(c: CaseStudy): PassageTools {
  const fields = fieldsOf(c);
  const shift = c.title.length + TITLE_BREAK.length;
  const whole = reviewedWhole(c.title, c.markdown);
  const detected = c.review.spans.filter((s) => s.decision !== 'added');
  const inWhole = (p: Passage<ReviewedSpan>) => (p.field === 'title' ? p.span : mapOffsets(p.span, (at) => at + shift));
  return {
    anchor: (p) => passageAnchor(whole, detected, inWhole(p)),
    snippet: (p) => snippetIn(fields[p.field].text, p.span.nameStart ?? p.span.start, p.span.nameEnd ?? p.span.end),
  };
}

export function ReviewPanel({ caseStudy }: { caseStudy: CaseStudy }) {
  const { t } = useTranslation();
  const words = useReviewWords();
  const decisions = useSpanDecisions(caseStudy);
  const groups = groupByEntity(fieldsOf(caseStudy));
  const [added, setAdded] = useState({ text: '', type: 'person' as EntityType, replacement: '' });

  const { decide, forget, pending } = decisions;
  const acceptAll = () =>
    decisions.decideAll(
      groups
        .flatMap((g) => g.names)
        .filter((n) => n.decision === null)
        .map((n): Decision => ({ text: n.text, type: n.type, action: 'accept' })),
    );
  const addSpan = (e: FormEvent) => {
    e.preventDefault();
    if (!added.text.trim() || !added.replacement.trim()) return;
    decisions.add(added, () => setAdded({ text: '', type: added.type, replacement: '' }));
  };
  // Counted in people, then names, as she decides: Claire named fourteen times, two ways, is one decision.
  const toDecide = countToDecide(groups);
  const unresolved = toDecide.people + toDecide.names;
  // The places and dates on the proposal: their rows say « Proposition retenue (facultatif) », and the count says why nothing waits on them.
  const optional = words.optional(toDecide.optional);
  const tools = passageTools(caseStudy);

  return (
    <section className="card review-panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('caseStudies.review.title')}</h2>
      <p className="muted">{t('caseStudies.review.hint')}</p>
      <p className={`callout ${unresolved ? 'callout--warning' : 'callout--ok'}`} role="status">
        {unresolved ? t('caseStudies.review.unresolved', { count: unresolved, who: words.who(toDecide), passages: t('caseStudies.review.passages', { count: toDecide.passages }) }) : t('caseStudies.review.allResolved')}
        {optional ? ` ${optional}` : null}
      </p>
      {unresolved ? (
        <button type="button" className="button" onClick={acceptAll} disabled={pending}>
          {t('caseStudies.review.acceptAll')}
        </button>
      ) : null}
      <StalePassages stale={caseStudy.review.stale} forget={forget} pending={pending} />
      <ul className="plain-list review-list">
        {/* Keyed by her fullest name, not the anonymiser's index, which a new name earlier in the text shifts: her words typed in a row stay hers. */}
        {groups.map((g) => (
          <ReviewRow key={g.names[0]!.key} group={g} decide={decide} forget={forget} passages={tools} pending={pending} />
        ))}
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
