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
import { AUTH } from './api';
import { AuthLayout } from './AuthLayout';
import { safeNext } from './next';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const signIn = useMutation({
    mutationFn: () => api.post(AUTH.signIn, { email: email.trim(), password }),
    onSuccess: async () => {
      // A previous coach's data must not flash on screen.
      queryClient.clear();
      await queryClient.fetchQuery({ queryKey: keys.me, queryFn: () => api.get(API.me) });
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });
  const fieldError = useFieldErrors(signIn.error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };

  return (
    <AuthLayout>
      <PageTitle title={t('auth.signIn.title')} />
      <h1>{t('auth.signIn.title')}</h1>
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
        {t('auth.signIn.noAccount')} <Link to="/signup">{t('auth.signIn.toSignUp')}</Link>
      </p>
    </AuthLayout>
  );
}
