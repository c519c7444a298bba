import { API, type Engagement, type ProgressView } from '@alliance/api';
import { PROGRESS_SCALES, type ProgressScale } from '@alliance/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client';
import { FormError } from '../../ui/errors';
import { SelectField } from '../../ui/fields';
import { ErrorState, Loading } from '../../ui/page';
import { useTimeline } from '../engagements/api';
import { useProgress, useSetProgressScale } from './api';
import { CommitmentsSection } from './CommitmentsSection';
import { AllianceChart, EmotionCharts, ObjectivesChart, type SessionInfo } from './ProgressCharts';
import { SponsorInvite } from './SponsorInvite';
import { TestimonialSection } from './TestimonialSection';
import './client-space.css';

/**
 * The engagement's measures: objectives, alliance and emotions over the sessions,
 * each as a chart with its numbers beside it; then what she committed to, her
 * testimonial, and (in a three-way contract) the sponsor's access. Prints as a page.
 */
export function ProgressTab({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const progress = useProgress(engagement.id);
  const timeline = useTimeline(engagement.id);
  const sessions = useMemo<SessionInfo>(() => {
    const map = new Map<string, { ordinal: number | null; at: string }>();
    for (const e of timeline.data?.entries ?? []) if (e.kind === 'session') map.set(e.id, { ordinal: e.ordinal, at: e.at });
    return map;
  }, [timeline.data]);

  return (
    <div className="progress-view">
      <div className="progress-toolbar">
        {progress.data ? <ScaleForm key={progress.data.progressScale} engagementId={engagement.id} current={progress.data.progressScale} /> : null}
        <div className="progress-toolbar__actions no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('progress.print')}
          </button>
          <ClosingReviewLink engagementId={engagement.id} />
        </div>
      </div>

      {progress.isPending ? <Loading /> : null}
      {progress.isError ? <ErrorState error={progress.error} /> : null}
      {progress.data ? <Measures view={progress.data} sessions={sessions} /> : null}

      <CommitmentsSection engagementId={engagement.id} />
      <TestimonialSection engagementId={engagement.id} />
      {engagement.threeWay ? <SponsorInvite engagement={engagement} /> : null}
    </div>
  );
}

function Measures({ view, sessions }: { view: ProgressView; sessions: SessionInfo }) {
  return (
    <>
      <ObjectivesChart view={view} sessions={sessions} />
      <AllianceChart view={view} sessions={sessions} />
      <EmotionCharts view={view} />
    </>
  );
}

/** The scale she rates her objectives on before each session. */
function ScaleForm({ engagementId, current }: { engagementId: string; current: ProgressScale }) {
  const { t } = useTranslation();
  const [scale, setScale] = useState<ProgressScale>(current);
  const change = useSetProgressScale(engagementId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (scale !== current) change.mutate(scale);
  };
  return (
    <form className="progress-scale no-print" onSubmit={submit} noValidate aria-label={t('progress.scale.label')}>
      <SelectField
        id="progress-scale"
        label={t('progress.scale.label')}
        hint={t('progress.scale.hint')}
        value={scale}
        onChange={(e) => setScale(e.target.value as ProgressScale)}
        options={PROGRESS_SCALES.map((s) => ({ value: s, label: t(`progress.scale.${s}`) }))}
      />
      <button type="submit" className="button button--secondary" disabled={scale === current || change.isPending}>
        {change.isPending ? t('common.saving') : t('progress.scale.apply')}
      </button>
      <FormError error={change.error} />
    </form>
  );
}

/** The closing review (bilan) as a PDF, in the coach's language or the other. */
function ClosingReviewLink({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <span className="closing-review">
      <a className="button button--secondary" href={withQuery(API.closingReviewPdf(engagementId), { lang })} download>
        {t('progress.closingReview')}
      </a>
      <a className="closing-review__other" href={withQuery(API.closingReviewPdf(engagementId), { lang: other })} download hrefLang={other}>
        {t(`progress.closingReviewIn.${other}`)}
      </a>
    </span>
  );
}
