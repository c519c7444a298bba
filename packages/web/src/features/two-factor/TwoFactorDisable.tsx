import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../auth/api';
import { useDisableTwoFactor } from './api';
import { PasswordStep } from './PasswordStep';

/** Switching it off asks for the password; a practice that requires it says she will be asked to set it up again. */
export function TwoFactorDisable() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const disable = useDisableTwoFactor();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>
        {t('twoFactor.disable')}
      </button>
    );
  }
  return (
    <div className="two-factor__disable">
      <p className="field-hint">{me.practice.requireTwoFactor ? t('twoFactor.disableRequired') : t('twoFactor.disableHint')}</p>
      <PasswordStep
        id="two-factor-disable-password"
        submitLabel={t('twoFactor.disableConfirm')}
        pendingLabel={t('twoFactor.disabling')}
        mutation={disable}
        onDone={() => setOpen(false)}
        danger
      />
      <button type="button" className="button button--ghost button--small" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
