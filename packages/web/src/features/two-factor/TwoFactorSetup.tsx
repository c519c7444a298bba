import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/CopyButton';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { cleanCode, useConfirmTwoFactor, type TwoFactorEnabled } from './api';
import { groupSecret, parseOtpauth } from './otpauth';

/**
 * The secret to type into an authenticator app (no QR code: nothing is drawn
 * or fetched), the recovery codes to keep, then a first code to confirm.
 */
export function TwoFactorSetup({ setup, onDone }: { setup: TwoFactorEnabled; onDone: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmTwoFactor();
  const fieldError = useFieldErrors(confirm.error);
  const [code, setCode] = useState('');
  const totp = parseOtpauth(setup.totpURI);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate(cleanCode(code), { onSuccess: onDone });
  };

  return (
    <div className="two-factor__setup">
      <ol className="steps">
        <li className="steps__step">
          <h3 className="steps__title">{t('twoFactor.setup.appTitle')}</h3>
          <p>{t('twoFactor.setup.appBody')}</p>
          {totp ? (
            <dl className="details">
              <dt>{t('twoFactor.setup.secret')}</dt>
              <dd>
                <code className="secret" data-testid="totp-secret">
                  {groupSecret(totp.secret)}
                </code>{' '}
                <CopyButton text={totp.secret} label={t('twoFactor.setup.copySecret')} />
              </dd>
              {totp.account ? (
                <>
                  <dt>{t('twoFactor.setup.account')}</dt>
                  <dd>{totp.account}</dd>
                </>
              ) : null}
              <dt>{t('twoFactor.setup.type')}</dt>
              <dd>{t('twoFactor.setup.typeValue')}</dd>
            </dl>
          ) : null}
          <p className="field-hint">
            {t('twoFactor.setup.linkHint')} <a href={setup.totpURI}>{t('twoFactor.setup.link')}</a>
          </p>
        </li>
        <li className="steps__step">
          <h3 className="steps__title">{t('twoFactor.setup.codesTitle')}</h3>
          <p className="callout callout--warning">{t('twoFactor.setup.codesWarning')}</p>
          <ul className="recovery-codes" aria-label={t('twoFactor.setup.codesTitle')}>
            {setup.backupCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <CopyButton text={setup.backupCodes.join('\n')} label={t('twoFactor.setup.copyCodes')} />
        </li>
        <li className="steps__step">
          <h3 className="steps__title">{t('twoFactor.setup.confirmTitle')}</h3>
          <form className="form form--inline" onSubmit={submit} noValidate>
            <TextField
              id="two-factor-confirm-code"
              label={t('twoFactor.code')}
              hint={t('twoFactor.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              className="field--narrow"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={fieldError('code')}
              required
            />
            <FormError error={confirm.error} />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={confirm.isPending || cleanCode(code).length < 6}>
                {confirm.isPending ? t('twoFactor.confirming') : t('twoFactor.confirm')}
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
