import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';

/** Her password again, before turning two-factor sign-in on or off. */
export function PasswordStep<T>({
  id,
  hint,
  submitLabel,
  pendingLabel,
  mutation,
  onDone,
  danger = false,
}: {
  id: string;
  hint?: string;
  submitLabel: string;
  pendingLabel: string;
  mutation: UseMutationResult<T, Error, string>;
  onDone?: (result: T) => void;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const fieldError = useFieldErrors(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(password, {
      onSuccess: (result) => {
        setPassword('');
        onDone?.(result);
      },
    });
  };
  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <TextField
        id={id}
        type="password"
        autoComplete="current-password"
        label={t('auth.password')}
        hint={hint}
        className="field--medium"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError('password')}
        required
      />
      <FormError error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className={danger ? 'button button--danger-ghost' : 'button button--primary'} disabled={mutation.isPending || !password}>
          {mutation.isPending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
