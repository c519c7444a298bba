import type { CaseStudy } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { FormError } from '../../ui/errors';

type KeptPart = 'first_name' | 'surname' | 'third_party';
interface KeptName {
  text: string;
  part: KeptPart;
}

/** The names a refusal says stay in clear beyond the consent (`details.kept` of a 409 on publish). */
export function keptNamesOf(details: unknown): KeptName[] {
  const kept = (details as { kept?: unknown } | null)?.kept;
  if (!Array.isArray(kept)) return [];
  return kept.filter((k): k is KeptName => typeof k?.text === 'string' && ['first_name', 'surname', 'third_party'].includes(k?.part));
}

/**
 * Why the server refused to publish, in the coach's words and with what to do. A name
 * kept beyond the consent is named, with whose it is: hers (a wider consent would cover
 * it) or someone else's (only replacing it will do).
 */
export function PublicationRefusal({ error, caseStudy }: { error: unknown; caseStudy: CaseStudy }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.status !== 409 || !error.reason) return <FormError error={error} />;
  const kept = error.reason === 'kept_beyond_consent' ? keptNamesOf(error.details) : [];
  if (kept.length === 0) {
    return (
      <p className="callout callout--warning" role="alert">
        {t(`caseStudies.publish.refused.${error.reason}`, { defaultValue: error.message })}
      </p>
    );
  }
  const consent = caseStudy.consent;
  const intro =
    consent?.kind === 'client'
      ? t('caseStudies.publish.keptBeyond.introClient', { scope: t(`caseStudies.consent.scopes.${consent.scope}`) })
      : t('caseStudies.publish.keptBeyond.introComposite');
  // Her own names are hers to consent to; another's never is.
  const hers = consent?.kind === 'client' && kept.some((k) => k.part !== 'third_party');
  return (
    <div className="callout callout--warning callout--stacked" role="alert">
      <p>{intro}</p>
      <ul>
        {kept.map((k) => (
          <li key={`${k.part}|${k.text}`}>{t('caseStudies.publish.keptBeyond.item', { text: k.text, part: t(`caseStudies.publish.keptBeyond.parts.${k.part}`) })}</li>
        ))}
      </ul>
      <p>
        {t('caseStudies.publish.keptBeyond.fixReplace')}
        {hers ? ` ${t('caseStudies.publish.keptBeyond.fixConsent')}` : null}
      </p>
    </div>
  );
}
