import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { EmptyState, ErrorState, Loading } from '../../ui/page';
import { useTestimonial } from './api';

/**
 * Her testimonial (témoignage) as she wrote it, and where her consent stands: given
 * (and how she agreed to be named), withdrawn, or never given. Only she changes it.
 */
export function TestimonialSection({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const testimonial = useTestimonial(engagementId);
  const data = testimonial.data;
  const consent = data?.consent ?? null;
  const inForce = consent !== null && consent.withdrawnAt === null;

  return (
    <section className="progress-section" aria-labelledby="testimonial-title">
      <h2 id="testimonial-title" className="progress-section__title">
        {t('progress.testimonial.title')}
      </h2>
      {testimonial.isPending ? <Loading /> : null}
      {testimonial.isError ? <ErrorState error={testimonial.error} /> : null}
      {testimonial.isSuccess && !data ? <EmptyState>{t('progress.testimonial.none')}</EmptyState> : null}
      {data ? (
        <div className="testimonial">
          <blockquote className="testimonial__text prose">{data.text}</blockquote>
          {inForce && data.attribution ? <p className="testimonial__attribution">— {data.attribution}</p> : null}
          <p className={`testimonial__consent testimonial__consent--${inForce ? 'given' : consent ? 'withdrawn' : 'none'}`}>
            {consent === null
              ? t('progress.testimonial.noConsent')
              : consent.withdrawnAt
                ? t('progress.testimonial.withdrawn', { given: format.date(consent.consentedAt), withdrawn: format.date(consent.withdrawnAt) })
                : t('progress.testimonial.given', { date: format.date(consent.consentedAt), scope: t(`progress.testimonial.scope.${consent.scope}`) })}
          </p>
          <p className="field-hint">{inForce ? t('progress.testimonial.inForceHint') : t('progress.testimonial.notInForceHint')}</p>
        </div>
      ) : null}
    </section>
  );
}
