import { API, type Practice, type UpdatePractice } from '@alliance/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { Card, PageHeader } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { ColleaguesCard } from '../colleagues/ColleaguesCard';
import { useIsOwner } from '../colleagues/api';
import { wholeOrUndefined } from '../engagements/form-model';
import { RetentionCard } from '../retention/RetentionCard';
import { AlertSettingsCard } from './AlertSettingsCard';
import { PublicPageCard } from './PublicPageCard';
import { TwoFactorCard } from '../two-factor/TwoFactorCard';

type NumberKey = 'minimumSessions' | 'deepWorkMin' | 'deepWorkMax' | 'quietAfterDays';
const NUMBER_KEYS: readonly NumberKey[] = ['minimumSessions', 'deepWorkMin', 'deepWorkMax', 'quietAfterDays'];

/**
 * The practice's name and its guidance on sessions, retention and erasure, colleagues,
 * two-factor sign-in, the access trail; the language of the interface. While her practice
 * requires two-factor sign-in she has not set up, only that (and language, account) is shown.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const blocked = me.practice.requireTwoFactor && !me.user.twoFactorEnabled;
  const location = useLocation();
  // /settings#two-factor (sent here to set it up), #retention, #colleagues: bring that section into view.
  useEffect(() => {
    const id = location.hash.slice(1);
    if (!id) return;
    const frame = requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [location.hash]);
  if (blocked) {
    return (
      <>
        <PageHeader title={t('settings.title')} />
        <div className="stack settings">
          <TwoFactorCard isOwner={false} />
          <LanguageCard />
          <AccountCard />
        </div>
      </>
    );
  }
  return <FullSettings />;
}

function LanguageCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('settings.language')} titleId="settings-language">
      <p className="field-hint">{t('settings.languageHint')}</p>
      <LanguageSwitch />
    </Card>
  );
}

function AccountCard() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <Card title={t('settings.account')} titleId="settings-account">
      <dl className="details">
        <dt>{t('auth.name')}</dt>
        <dd>{me.user.name}</dd>
        <dt>{t('auth.email')}</dt>
        <dd>{me.user.email}</dd>
      </dl>
    </Card>
  );
}

function FullSettings() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const isOwner = useIsOwner();
  const queryClient = useQueryClient();
  const p = me.practice;
  const [name, setName] = useState(p.name);
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>({
    minimumSessions: String(p.minimumSessions),
    deepWorkMin: String(p.deepWorkMin),
    deepWorkMax: String(p.deepWorkMax),
    quietAfterDays: String(p.quietAfterDays),
  });
  const [saved, setSaved] = useState(false);

  const update = useMutation({
    mutationFn: (patch: UpdatePractice) => api.patch<Practice>(API.practice, patch),
    onSuccess: (practice) => {
      queryClient.setQueryData(keys.me, { ...me, practice });
      // Attention on the dashboard depends on these numbers.
      void queryClient.invalidateQueries({ queryKey: keys.dashboard });
      void queryClient.invalidateQueries({ queryKey: keys.engagements });
      setSaved(true);
    },
  });
  const fieldError = useFieldErrors(update.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const patch: UpdatePractice = { name: name.trim() };
    for (const key of NUMBER_KEYS) {
      const n = wholeOrUndefined(numbers[key]);
      patch[key] = n === undefined ? Number.NaN : n;
    }
    update.mutate(patch);
  };

  const numberField = (key: NumberKey, min: number, max: number) => (
    <TextField
      id={`practice-${key}`}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      className="field--narrow"
      label={t(`settings.${key}`)}
      hint={t(`settings.${key}Hint`)}
      value={numbers[key]}
      onChange={(e) => setNumbers((prev) => ({ ...prev, [key]: e.target.value }))}
      error={fieldError(key)}
    />
  );

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <div className="stack settings">
        <Card title={t('settings.practice')} titleId="settings-practice">
          <form className="form" onSubmit={submit} noValidate aria-labelledby="settings-practice">
            <TextField id="practice-name" label={t('settings.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} required />
            <fieldset className="fieldset">
              <legend>{t('settings.guidance')}</legend>
              <p className="field-hint">{t('settings.guidanceHint')}</p>
              <div className="form-grid">
                {numberField('minimumSessions', 1, 100)}
                {numberField('deepWorkMin', 1, 100)}
                {numberField('deepWorkMax', 1, 200)}
              </div>
            </fieldset>
            <fieldset className="fieldset">
              <legend>{t('settings.attention')}</legend>
              {numberField('quietAfterDays', 1, 365)}
            </fieldset>
            <FormError error={update.error} />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={update.isPending}>
                {update.isPending ? t('common.saving') : t('common.save')}
              </button>
              <span className="status-line" role="status">
                {saved ? t('settings.saved') : ''}
              </span>
            </div>
          </form>
        </Card>
        <AlertSettingsCard canEdit={isOwner} />
        <PublicPageCard canEdit={isOwner} />
        <TwoFactorCard isOwner={isOwner} />
        <RetentionCard canEdit={isOwner} />
        <Card title={t('audit.title')} titleId="settings-audit">
          <p className="field-hint">{t('audit.settingsHint')}</p>
          <Link to="/audit" className="button button--secondary settings__link">
            {t('audit.open')}
          </Link>
        </Card>
        <ColleaguesCard isOwner={isOwner} />
        <LanguageCard />
        <AccountCard />
      </div>
    </>
  );
}
