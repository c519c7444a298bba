import { API } from '@alliance/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { PageTitle } from '../../ui/PageTitle';
import { SignInCodeStep } from '../two-factor/SignInCodeStep';
import { AUTH } from './api';
import { AuthLayout } from './AuthLayout';
import { InvitedNote } from './InvitedNote';
import { safeNext } from './next';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // With two-factor sign-in on, the password opens a second step, not the practice.
  const [needsCode, setNeedsCode] = useState(false);
  const next = params.get('next');

  const finish = async () => {
    // A previous coach's data must not flash on screen.
    queryClient.clear();
    await queryClient.fetchQuery({ queryKey: keys.me, queryFn: () => api.get(API.me) });
    navigate(safeNext(next), { replace: true });
  };

  const signIn = useMutation({
    mutationFn: () => api.post<{ twoFactorRedirect?: boolean } | null>(AUTH.signIn, { email: email.trim(), password }),
    onSuccess: async (answer) => {
      if (answer?.twoFactorRedirect) {
        setPassword('');
        setNeedsCode(true);
        return;
      }
      await finish();
    },
  });
  const fieldError = useFieldErrors(signIn.error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };

  const title = needsCode ? t('twoFactor.signIn.title') : t('auth.signIn.title');
  return (
    <AuthLayout>
      <PageTitle title={title} />
      <h1>{title}</h1>
      <InvitedNote next={next} />
      {needsCode ? (
        <SignInCodeStep
          onVerified={finish}
          onRestart={() => {
            signIn.reset();
            setNeedsCode(false);
          }}
        />
      ) : (
        <>
          <form className="form" onSubmit={onSubmit} noValidate>
            <TextField
              id="signin-email"
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldError('email')}
              required
            />
            <TextField
              id="signin-password"
              label={t('auth.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldError('password')}
              required
            />
            <FormError error={signIn.error} />
            <button type="submit" className="button button--primary button--block" disabled={signIn.isPending}>
              {signIn.isPending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
            </button>
          </form>
          <p className="auth__switch">
            {t('auth.signIn.noAccount')} <Link to={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>{t('auth.signIn.toSignUp')}</Link>
          </p>
        </>
      )}
    </AuthLayout>
  );
}
