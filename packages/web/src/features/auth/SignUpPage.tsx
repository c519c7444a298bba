import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { PageTitle } from '../../ui/PageTitle';
import { AUTH, PASSWORD_MIN_LENGTH } from './api';
import { AuthLayout } from './AuthLayout';
import { InvitedNote } from './InvitedNote';
import { safeNext } from './next';

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const signUp = useMutation({
    mutationFn: () => api.post(AUTH.signUp, { name: name.trim(), email: email.trim(), password }),
    onSuccess: async () => {
      // Signing up signs her in and creates her practice: straight to her dashboard (or the invitation she came from).
      queryClient.clear();
      await queryClient.fetchQuery({ queryKey: keys.me, queryFn: () => api.get(API.me) });
      navigate(safeNext(next), { replace: true });
    },
  });
  const fieldError = useFieldErrors(signUp.error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // Said here rather than after a round trip: the rule is known.
    if (password.length < PASSWORD_MIN_LENGTH) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    signUp.mutate();
  };

  return (
    <AuthLayout>
      <PageTitle title={t('auth.signUp.title')} />
      <h1>{t('auth.signUp.title')}</h1>
      <InvitedNote next={next} />
      <p className="muted">{t('auth.signUp.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField id="signup-name" label={t('auth.name')} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} required />
        <TextField
          id="signup-email"
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('email')}
          required
        />
        <TextField
          id="signup-password"
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          error={tooShort ? t('errors.auth.passwordTooShort') : fieldError('password')}
          required
        />
        <FormError error={signUp.error} />
        <button type="submit" className="button button--primary button--block" disabled={signUp.isPending}>
          {signUp.isPending ? t('auth.signUp.pending') : t('auth.signUp.submit')}
        </button>
      </form>
      <p className="auth__switch">
        {t('auth.signUp.haveAccount')} <Link to={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'}>{t('auth.signUp.toSignIn')}</Link>
      </p>
    </AuthLayout>
  );
}
