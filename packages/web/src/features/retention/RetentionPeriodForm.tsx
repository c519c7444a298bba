import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { useCurrentMe } from '../auth/api';
import { wholeOrUndefined } from '../engagements/form-model';
import { RETENTION_MAX_YEARS, RETENTION_MIN_YEARS, useRetentionPeriod } from './api';

/** How long a finished engagement is kept after the last contact. */
export function RetentionPeriodForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [years, setYears] = useState(String(me.practice.retentionYears));
  const [saved, setSaved] = useState(false);
  const update = useRetentionPeriod();
  const fieldError = useFieldErrors(update.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate(wholeOrUndefined(years) ?? Number.NaN, { onSuccess: () => setSaved(true) });
  };

  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-labelledby="retention-period-title">
      <h3 id="retention-period-title" className="subhead">
        {t('retention.periodTitle')}
      </h3>
      <TextField
        id="retention-years"
        name="retentionYears"
        type="number"
        inputMode="numeric"
        min={RETENTION_MIN_YEARS}
        max={RETENTION_MAX_YEARS}
        className="field--narrow"
        label={t('retention.years')}
        hint={t('retention.yearsHint')}
        value={years}
        readOnly={!canEdit}
        onChange={(e) => setYears(e.target.value)}
        error={fieldError('retentionYears')}
      />
      <FormError error={update.error} />
      {canEdit ? (
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </button>
          <span className="status-line" role="status">
            {saved ? t('retention.saved') : ''}
          </span>
        </div>
      ) : (
        <p className="field-hint">{t('settings.ownerOnly')}</p>
      )}
    </form>
  );
}
