import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { type ConsentField, type ConsentProblem, consentProblems } from './consent-errors';

/** The label each field of the consent form shows, so a message names it as she reads it. */
const FIELD_LABELS = {
  kind: 'caseStudies.consent.kind',
  scope: 'caseStudies.consent.scope',
  givenOn: 'caseStudies.consent.givenOn',
  withdrawnOn: 'caseStudies.consent.withdraw',
  statement: 'caseStudies.consent.statement',
} as const satisfies Record<ConsentField, string>;
/** Fields that show their own message beside them; the others' is said in the form's message. */
const WITH_MESSAGE: ReadonlySet<ConsentField> = new Set(['scope', 'givenOn', 'statement']);

/** A problem's sentence, its bounds written as her language writes numbers ("1 000 caractères") and days ("30 mars 2026"). */
function useProblemWords() {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = format;
  return useCallback(
    (p: ConsentProblem) => {
      const n = (v: number | undefined) => (v === undefined ? '' : new Intl.NumberFormat(locale).format(v));
      if (p.key === 'givenOnAfterToday' && !p.values?.latest) return t('caseStudies.consent.errors.givenOnAfterTodayUndated');
      return t(`caseStudies.consent.errors.${p.key}`, { min: n(p.values?.min), max: n(p.values?.max), latest: format.date(p.values?.latest) });
    },
    [t, locale, format],
  );
}

/** The sentence for each refused field of the consent form, in the coach's language. */
export function useConsentFieldErrors(error: unknown) {
  const words = useProblemWords();
  return useCallback(
    (field: ConsentField): string | undefined => {
      const p = consentProblems(error).find((x) => x.field === field);
      return p ? words(p) : undefined;
    },
    [error, words],
  );
}

/**
 * The consent form's message: for a field that shows its own sentence, which field to
 * check; for the basis (the consent she has not given in her space) the sentence
 * itself. Focus moves to the first field refused. Anything not about the form
 * (offline, a server error) keeps the app's one message.
 */
export function ConsentFormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const words = useProblemWords();
  const ref = useRef<HTMLDivElement>(null);
  const problems = consentProblems(error);
  useEffect(() => {
    if (problems.length === 0) return;
    const frame = requestAnimationFrame(() => ref.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
  if (problems.length === 0) return <FormError error={error} />;
  return (
    <div ref={ref} className="form-error consent-error" role="alert">
      {problems.map((p) => (
        <p key={p.field}>
          {WITH_MESSAGE.has(p.field) ? t('caseStudies.consent.errors.notSaved', { field: t(FIELD_LABELS[p.field]) }) : words(p)}
        </p>
      ))}
    </div>
  );
}
