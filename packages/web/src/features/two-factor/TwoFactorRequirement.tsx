import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { FormError } from '../../ui/errors';
import { useCurrentMe } from '../auth/api';
import { useRequireTwoFactor } from './api';

/** The owner's choice: every coach of the practice signs in with a second step. */
export function TwoFactorRequirement() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const change = useRequireTwoFactor();
  // The server refuses while the owner has not set it up herself; said beside the box, in her words.
  const refused = isApiError(change.error) && change.error.fieldMessage('requireTwoFactor') !== undefined;
  const checked = change.isPending ? Boolean(change.variables) : me.practice.requireTwoFactor;
  return (
    <div className={refused ? 'field field--invalid two-factor__require' : 'field two-factor__require'}>
      <h3 className="subhead">{t('twoFactor.require.title')}</h3>
      <label className="checkbox" htmlFor="require-two-factor">
        <input
          id="require-two-factor"
          type="checkbox"
          checked={checked}
          disabled={change.isPending}
          aria-invalid={refused || undefined}
          aria-describedby={refused ? 'require-two-factor-hint require-two-factor-error' : 'require-two-factor-hint'}
          onChange={(e) => change.mutate(e.target.checked)}
        />
        {t('twoFactor.require.label')}
      </label>
      <p id="require-two-factor-hint" className="field-hint">
        {t('twoFactor.require.hint')}
      </p>
      {refused ? (
        <p id="require-two-factor-error" className="field-error">
          {t('twoFactor.require.ownFirst')}
        </p>
      ) : (
        <FormError error={change.error} />
      )}
    </div>
  );
}
