import { API, type Practice, type UpdatePractice } from '@alliance/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { Card } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { wholeOrUndefined } from '../engagements/form-model';
import { OwnerSaveActions } from './OwnerSaveActions';

/**
 * The practice's alerts: below which alliance score a client's rating raises one,
 * and whether the coach gets a daily e-mail digest of the new ones. Owner only.
 */
export function AlertSettingsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  const [threshold, setThreshold] = useState(String(me.practice.allianceThreshold));
  const [digest, setDigest] = useState(me.practice.alertDigest === 'daily');
  const [saved, setSaved] = useState(false);
  const update = useMutation({
    mutationFn: (patch: UpdatePractice) => api.patch<Practice>(API.practice, patch),
    onSuccess: (practice) => {
      queryClient.setQueryData(keys.me, { ...me, practice });
      setSaved(true);
    },
  });
  const fieldError = useFieldErrors(update.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate({ allianceThreshold: wholeOrUndefined(threshold) ?? Number.NaN, alertDigest: digest ? 'daily' : 'off' });
  };

  return (
    <Card title={t('progress.settings.title')} titleId="settings-alerts">
      <form id="alerts" className="form" onSubmit={submit} noValidate aria-labelledby="settings-alerts">
        <p className="field-hint">{t('progress.settings.intro')}</p>
        <TextField
          id="practice-allianceThreshold"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          className="field--narrow"
          label={t('progress.settings.threshold')}
          hint={t('progress.settings.thresholdHint')}
          value={threshold}
          onChange={(e) => {
            setThreshold(e.target.value);
            setSaved(false);
          }}
          error={fieldError('allianceThreshold')}
          disabled={!canEdit}
        />
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={digest}
              onChange={(e) => {
                setDigest(e.target.checked);
                setSaved(false);
              }}
              disabled={!canEdit}
              aria-describedby="practice-alertDigest-hint"
            />
            {t('progress.settings.digest')}
          </label>
          <p id="practice-alertDigest-hint" className="field-hint">
            {t('progress.settings.digestHint')}
          </p>
        </div>
        <OwnerSaveActions canEdit={canEdit} mutation={update} saved={saved} savedText={t('progress.settings.saved')} ownerOnlyText={t('progress.settings.ownerOnly')} />
      </form>
    </Card>
  );
}
