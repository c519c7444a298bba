import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { classifyIssue } from '../api/issue-message';
import { lockedUntil } from '../features/auth/locked';

/** Turns a server refusal into a sentence per field, in the coach's language. */
export function useFieldErrors(error: unknown) {
  const { t } = useTranslation();
  return useCallback(
    (path: string): string | undefined => {
      if (!isApiError(error)) return undefined;
      const message = error.fieldMessage(path);
      if (message === undefined) return undefined;
      const issue = classifyIssue(message);
      switch (issue.kind) {
        case 'required':
          return t('errors.field.required');
        case 'email':
          return t('errors.field.email');
        case 'tooLong':
          return t('errors.field.tooLong', { max: issue.max });
        case 'tooSmall':
          return t('errors.field.tooSmall', { min: issue.min });
        case 'tooBig':
          return t('errors.field.tooBig', { max: issue.max });
        case 'order':
          return t('errors.field.order');
        case 'date':
          return t('errors.field.date');
        case 'number':
          return t('errors.field.number');
        default:
          return issue.message;
      }
    },
    [error, t],
  );
}

/** The sentence for a refusal as a whole (network, throttling, conflicts…). */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (!isApiError(error)) return t('errors.unexpected');
      if (error.status === 0) return t('errors.network');
      switch (error.reason) {
        case 'INVALID_EMAIL_OR_PASSWORD':
          return t('errors.auth.invalidCredentials');
        case 'USER_ALREADY_EXISTS':
        case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
          return t('errors.auth.userExists');
        case 'PASSWORD_TOO_SHORT':
          return t('errors.auth.passwordTooShort');
        case 'PASSWORD_TOO_LONG':
          return t('errors.auth.passwordTooLong');
        case 'INVALID_EMAIL':
          return t('errors.auth.invalidEmail');
        case 'ACCOUNT_LOCKED': {
          const until = lockedUntil(error.message);
          if (!until) return t('errors.auth.locked');
          const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' }).format(until);
          return t('errors.auth.lockedUntil', { time });
        }
        case 'INVALID_CODE':
        case 'INVALID_TWO_FACTOR_AUTHENTICATION':
        case 'INVALID_BACKUP_CODE':
          return t('errors.auth.invalidCode');
        case 'INVALID_TWO_FACTOR_COOKIE':
          return t('errors.auth.codeExpired');
        case 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE':
        case 'ACCOUNT_TEMPORARILY_LOCKED':
          return t('errors.auth.tooManyCodes');
        case 'INVALID_PASSWORD':
          return t('errors.auth.invalidPassword');
        case 'two_factor_required':
          return t('twoFactor.required');
        default:
          break;
      }
      if (error.status === 429) return t('errors.tooManyRequests');
      if (error.status === 401) return t('errors.unauthenticated');
      if (error.status === 403) return t('errors.forbidden');
      if (error.status === 404) return t('errors.notFound');
      if (error.code === 'illegal_transition') return t('errors.illegalTransition');
      if (error.status === 409) return t('errors.conflict');
      if (error.status === 400 && error.fields.length) return t('errors.checkFields');
      if (error.status >= 500) return t('errors.server');
      return error.message;
    },
    [t, i18n.language],
  );
}

/**
 * A form-level message, announced as soon as it appears. When the server
 * named fields, focus moves to the first one it refused in this form, so
 * the coach lands on what to fix (and a screen reader reads its error).
 */
export function FormError({ error }: { error: unknown }) {
  const message = useErrorMessage();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!isApiError(error) || error.fields.length === 0) return;
    const frame = requestAnimationFrame(() => {
      const form = ref.current?.closest('form, fieldset');
      const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
      invalid?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [error]);
  if (!error) return null;
  return (
    <p ref={ref} className="form-error" role="alert">
      {message(error)}
    </p>
  );
}
