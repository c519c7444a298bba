import { ENGAGEMENT_ORIGINS, type EngagementOrigin } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/fields';
import { useCurrentMe } from '../auth/api';
import { useOrganisations } from '../organisations/api';
import { wholeOrUndefined } from './form-model';
import { PlanGuidance } from './PlanGuidance';

export interface BasicsDraft {
  title: string;
  sponsorId: string;
  origin: EngagementOrigin;
  plannedSessions: string;
}

/** Title, sponsor, origin and planned sessions, with the practice's guidance beside the number. */
export function EngagementBasics({
  idPrefix,
  draft,
  onChange,
  fieldError,
}: {
  idPrefix: string;
  draft: BasicsDraft;
  onChange: (draft: BasicsDraft) => void;
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { practice } = useCurrentMe();
  const organisations = useOrganisations();
  const set = <K extends keyof BasicsDraft>(key: K, value: BasicsDraft[K]) => onChange({ ...draft, [key]: value });

  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        label={t('engagements.form.title')}
        hint={t('engagements.form.titleHint')}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={fieldError('title')}
        required
      />
      <div className="form-grid">
        <SelectField
          id={`${idPrefix}-sponsor`}
          label={t('engagements.form.sponsor')}
          hint={t('engagements.form.sponsorHint')}
          value={draft.sponsorId}
          onChange={(e) => set('sponsorId', e.target.value)}
          options={[{ value: '', label: t('engagements.form.noSponsor') }, ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
          error={fieldError('sponsorId')}
        />
        <SelectField
          id={`${idPrefix}-origin`}
          label={t('engagements.form.origin')}
          value={draft.origin}
          onChange={(e) => set('origin', e.target.value as EngagementOrigin)}
          options={ENGAGEMENT_ORIGINS.map((o) => ({ value: o, label: t(`origin.${o}`) }))}
          error={fieldError('origin')}
        />
      </div>
      <div className="planned">
        <TextField
          id={`${idPrefix}-plannedSessions`}
          type="number"
          inputMode="numeric"
          min={1}
          max={200}
          className="field--narrow"
          label={t('engagements.form.plannedSessions')}
          value={draft.plannedSessions}
          onChange={(e) => set('plannedSessions', e.target.value)}
          error={fieldError('plannedSessions')}
          aria-describedby={`${idPrefix}-plan-guidance`}
        />
        <PlanGuidance id={`${idPrefix}-plan-guidance`} practice={practice} planned={wholeOrUndefined(draft.plannedSessions)} />
      </div>
    </>
  );
}
