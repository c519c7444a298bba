import type { CaseStudy } from '@alliance/api';
import { checkedDetailOf } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { useUpdateCaseStudy } from './api';

type Detail = CaseStudy['review']['details'][number];

/** One line per words, kind and label: the same words twice are one thing to read. */
function unique(details: readonly Detail[]): Detail[] {
  const seen = new Map<string, Detail>();
  for (const d of details) seen.set(`${d.kind}|${d.label ?? ''}|${d.text}`, seen.get(`${d.kind}|${d.label ?? ''}|${d.text}`) ?? d);
  return [...seen.values()];
}

/**
 * Before publishing, the coach says she has read the details to check ("J'ai relu ces
 * détails"): one confirmation for the list she has before her. A detail that appears
 * since is listed here again, unread, and holds publication until she confirms anew.
 */
export function DetailsCheck({ caseStudy: c, onChecked }: { caseStudy: CaseStudy; onChecked?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateCaseStudy(c.id);
  const unread = unique(c.review.details.filter((d) => !d.checked));
  if (unread.length === 0) {
    return c.review.details.length > 0 && c.detailsCheckedAt ? <p className="muted">{t('caseStudies.publish.detailsCheck.read', { date: format.date(c.detailsCheckedAt) })}</p> : null;
  }
  const confirm = () =>
    update.mutate(
      // Every detail she has before her, read ones included: the confirmation covers the list as it stands.
      { detailsChecked: c.review.details.map(checkedDetailOf) },
      { onSuccess: () => onChecked?.() },
    );
  return (
    <div className="callout callout--warning callout--stacked details-check">
      <p>{t('caseStudies.publish.detailsCheck.unread', { count: unread.length })}</p>
      <ul>
        {unread.map((d) => (
          <li key={`${d.kind}|${d.label ?? ''}|${d.text}`}>{t(d.label === undefined ? 'caseStudies.publish.detailsCheck.item' : 'caseStudies.publish.detailsCheck.inLabel', { text: d.text, kind: t(`caseStudies.details.kinds.${d.kind}`) })}</li>
        ))}
      </ul>
      <p>{t('caseStudies.publish.detailsCheck.hint')}</p>
      <FormError error={update.error} />
      <button type="button" className="button button--small" onClick={confirm} disabled={update.isPending}>
        {t('caseStudies.publish.detailsCheck.confirm')}
      </button>
    </div>
  );
}
