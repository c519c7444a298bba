import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { useEnableTwoFactor, type TwoFactorEnabled } from './api';
import { PasswordStep } from './PasswordStep';
import { TwoFactorDisable } from './TwoFactorDisable';
import { TwoFactorRequirement } from './TwoFactorRequirement';
import { TwoFactorSetup } from './TwoFactorSetup';

/** "Connexion en deux étapes": set up with an authenticator app, or switch off; the owner may require it. */
export function TwoFactorCard({ isOwner }: { isOwner: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const enable = useEnableTwoFactor();
  const [setup, setSetup] = useState<TwoFactorEnabled | null>(null);
  const on = me.user.twoFactorEnabled;
  const blocked = me.practice.requireTwoFactor && !on;

  return (
    <Card title={t('twoFactor.title')} titleId="two-factor-title" className="anchor-target">
      <div id="two-factor" className="two-factor">
        {blocked ? (
          <p className="callout callout--warning" role="alert">
            {t('twoFactor.required')}
          </p>
        ) : null}
        <p className="field-hint">{t('twoFactor.intro')}</p>
        {on && !setup ? (
          <>
            <p className="two-factor__status">
              <span className="badge badge--active">{t('twoFactor.on')}</span> {t('twoFactor.onDetail')}
            </p>
            <TwoFactorDisable />
          </>
        ) : null}
        {!on && !setup ? (
          <>
            <p className="two-factor__status">
              <span className="badge">{t('twoFactor.off')}</span>
            </p>
            <PasswordStep
              id="two-factor-enable-password"
              hint={t('twoFactor.enableHint')}
              submitLabel={t('twoFactor.enable')}
              pendingLabel={t('twoFactor.enabling')}
              mutation={enable}
              onDone={(result) => setSetup(result)}
            />
          </>
        ) : null}
        {setup ? <TwoFactorSetup setup={setup} onDone={() => setSetup(null)} /> : null}
        {isOwner ? <TwoFactorRequirement /> : null}
      </div>
    </Card>
  );
}
