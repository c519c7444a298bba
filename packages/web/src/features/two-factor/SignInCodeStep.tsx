import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { AUTH } from '../auth/api';
import { cleanCode } from './api';

/** The second step of signing in: the code of her authenticator app, or one of her recovery codes. */
export function SignInCodeStep({ onVerified, onRestart }: { onVerified: () => Promise<void>; onRestart: () => void }) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: () => api.post(recovery ? AUTH.verifyBackupCode : AUTH.verifyTotp, { code: recovery ? code.trim() : cleanCode(code) }),
    onSuccess: onVerified,
  });
  const fieldError = useFieldErrors(verify.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    verify.mutate();
  };
  const switchMode = () => {
    setRecovery((r) => !r);
    setCode('');
    verify.reset();
  };

  return (
    <>
      <p className="muted">{recovery ? t('twoFactor.signIn.recoveryIntro') : t('twoFactor.signIn.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {recovery ? (
          <TextField
            key="recovery"
            id="signin-recovery-code"
            label={t('twoFactor.recoveryCode')}
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={fieldError('code')}
            required
            autoFocus
          />
        ) : (
          <TextField
            key="totp"
            id="signin-code"
            label={t('twoFactor.code')}
            hint={t('twoFactor.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={fieldError('code')}
            required
            autoFocus
          />
        )}
        <FormError error={verify.error} />
        <button type="submit" className="button button--primary button--block" disabled={verify.isPending || code.trim() === ''}>
          {verify.isPending ? t('twoFactor.signIn.pending') : t('twoFactor.signIn.submit')}
        </button>
      </form>
      <p className="auth__switch">
        <button type="button" className="button button--link" onClick={switchMode}>
          {recovery ? t('twoFactor.signIn.useApp') : t('twoFactor.signIn.useRecovery')}
        </button>
      </p>
      <p className="auth__switch">
        <button type="button" className="button button--link" onClick={onRestart}>
          {t('twoFactor.signIn.restart')}
        </button>
      </p>
    </>
  );
}
