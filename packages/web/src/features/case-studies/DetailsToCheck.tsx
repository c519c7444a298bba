import type { CaseStudy } from '@alliance/api';
import { DETAIL_SPAN_TYPES, reviewedWhole } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpanDecisions } from './useSpanDecisions';

type Detail = CaseStudy['review']['details'][number];

/** About a line of context on each side: enough to judge, short enough to scan. */
const REACH = 90;

/** The sentence a detail stands in, cut at its ends or about a line away: before, the words, after. */
function sentenceAround(text: string, start: number, end: number): { before: string; words: string; after: string } {
  let from = start;
  while (from > 0 && start - from < REACH && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < REACH && text[to] !== '\n') {
    to++;
    if (/[.!?]/.test(text[to - 1]!)) break;
  }
  const cutBefore = from > 0 && !/[.!?\n]/.test(text[from - 1]!);
  const cutAfter = to < text.length && text[to] !== '\n' && !/[.!?]/.test(text[to - 1]!);
  return { before: (cutBefore ? '…' : '') + text.slice(from, start).trimStart(), words: text.slice(start, end), after: text.slice(end, to).trimEnd() + (cutAfter ? '…' : '') };
}

/**
 * "Détails à vérifier": an age, a headcount, a family, a seniority, a nationality that the anonymiser
 * leaves in the text (or in a picture's label) because alone they name no one, shown in their sentence with a
 * vaguer way to say them. One click masks the words as a passage she adds herself,
 * wherever they occur; she may change the words first.
 */
export function DetailsToCheck({ caseStudy }: { caseStudy: CaseStudy }) {
  const { t } = useTranslation();
  const decisions = useSpanDecisions(caseStudy);
  const [own, setOwn] = useState<Record<string, string>>({});
  const whole = reviewedWhole(caseStudy.title, caseStudy.markdown);
  // One row per words and kind: a mask covers every occurrence, in the text and in the pictures' labels alike.
  const rows = new Map<string, Detail & { words: string; around: string }>();
  for (const d of caseStudy.review.details) {
    // A detail in a picture's label has its offsets into that label.
    const around = d.label ?? whole;
    const words = around.slice(d.start, d.end);
    if (words && !rows.has(`${d.kind}|${words}`)) rows.set(`${d.kind}|${words}`, { ...d, words, around });
  }
  if (rows.size === 0) return null;

  return (
    <section className="review-details" aria-labelledby="review-details-title">
      <h3 id="review-details-title">{t('caseStudies.details.title')}</h3>
      <p className="muted">{t('caseStudies.details.hint')}</p>
      <ul className="plain-list review-list">
        {[...rows].map(([key, d], i) => {
          const around = sentenceAround(d.around, d.start, d.end);
          const value = own[key] ?? d.suggestion;
          const mask = () => decisions.add({ text: d.words, type: DETAIL_SPAN_TYPES[d.kind], replacement: value.trim() });
          return (
            <li key={key} className="review-item review-detail">
              <p className="review-item__what">
                <span className="tag">{t(`caseStudies.details.kinds.${d.kind}`)}</span>
                {d.label === undefined ? null : <span className="muted"> {t('caseStudies.details.inLabel')}</span>} <q>{around.before}<mark>{around.words}</mark>{around.after}</q>
              </p>
              <div className="review-item__actions">
                <label className="visually-hidden" htmlFor={`detail-${i}`}>
                  {t('caseStudies.details.sayInstead', { text: d.words })}
                </label>
                <input id={`detail-${i}`} className="review-item__input" value={value} onChange={(e) => setOwn({ ...own, [key]: e.target.value })} />
                <button type="button" className="button button--small" aria-label={t('caseStudies.details.maskLabel', { text: d.words, replacement: value.trim() })} onClick={mask} disabled={decisions.pending || !value.trim()}>
                  {t('caseStudies.details.mask')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
