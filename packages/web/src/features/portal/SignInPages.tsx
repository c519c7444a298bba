import { API, type PortalMe } from '@alliance/api';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, isApiError } from '../../api/client';
import { setLanguage } from '../../i18n';
import { FormError, useErrorMessage, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { Loading } from '../../ui/page';
import { PageTitle } from '../../ui/PageTitle';
import { portalKeys, useRequestLink } from './api';
import { PortalFrame } from './PortalFrame';
import { SPONSOR_PATH } from './PortalShell';

/** "Send me a link": always the same answer, whether the address is known or not. */
export function RequestLinkForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t, i18n } = useTranslation();
  const request = useRequestLink();
  const fieldError = useFieldErrors(request.error);
  const [email, setEmail] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate({ email: email.trim(), language: i18n.language === 'en' ? 'en' : 'fr' });
  };

  if (request.isSuccess) {
    return (
      <div className="portal-sent" role="status">
        <h2>{t('portal.request.sentTitle')}</h2>
        <p>{t('portal.request.sent', { email: request.variables.email })}</p>
        <p className="field-hint">{t('portal.request.sentHint')}</p>
        <button type="button" className="button button--link" onClick={() => request.reset()}>
          {t('portal.request.again')}
        </button>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('portal.request.title')}>
      <TextField
        id="portal-email"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        label={t('portal.request.email')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError('email')}
        required
        autoFocus={autoFocus}
      />
      <FormError error={request.error} />
      <button type="submit" className="button button--primary button--block portal-big" disabled={request.isPending}>
        {request.isPending ? t('portal.request.sending') : t('portal.request.submit')}
      </button>
    </form>
  );
}

/** /espace/connexion — where she lands without a session, or after signing out. */
export function RequestLinkPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  return (
    <PortalFrame>
      <PageTitle title={t('portal.request.title')} />
      <section className="portal-panel">
        {signedOut ? (
          <p className="callout callout--info" role="status">
            {t('portal.request.signedOut')}
          </p>
        ) : null}
        <h1>{t('portal.request.title')}</h1>
        <p className="portal-lead">{t('portal.request.intro')}</p>
        <RequestLinkForm />
      </section>
    </PortalFrame>
  );
}

function tokenFromHash(): string {
  try {
    return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
  } catch {
    return window.location.hash.replace(/^#/, '').trim();
  }
}

// One exchange per token, whatever React does with effects (StrictMode runs them twice): a link works once.
const redemptions = new Map<string, Promise<PortalMe>>();
function redeem(token: string): Promise<PortalMe> {
  let pending = redemptions.get(token);
  if (!pending) {
    pending = api.post<PortalMe>(API.portalSignIn, { token });
    redemptions.set(token, pending);
  }
  return pending;
}

/**
 * /espace/lien#<token> — the link from her e-mail. The token sits in the fragment
 * (never sent to a server by the browser); it is exchanged once for a session,
 * then wiped from the address bar and history.
 */
export function SignInLinkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const [token, setToken] = useState(tokenFromHash);
  const [error, setError] = useState<unknown>(null);

  // A link pasted into this same tab changes only the fragment: no page load, so listen for it.
  useEffect(() => {
    const onHash = () => {
      const next = tokenFromHash();
      if (!next) return;
      setError(null);
      setToken(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    if (!token) {
      void navigate('/espace', { replace: true });
      return;
    }
    let live = true;
    redeem(token).then(
      (me) => {
        if (!live) return;
        queryClient.setQueryData(portalKeys.me, me);
        setLanguage(me.language);
        void navigate(me.kind === 'sponsor' ? SPONSOR_PATH : '/espace', { replace: true });
      },
      (cause: unknown) => {
        if (live) setError(cause);
      },
    );
    return () => {
      live = false;
    };
  }, [token, navigate, queryClient]);

  const invalid = isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <PortalFrame>
      <PageTitle title={t('portal.link.title')} />
      <section className="portal-panel">
        {!error ? (
          <>
            <h1>{t('portal.link.title')}</h1>
            <Loading />
          </>
        ) : (
          <>
            <h1>{invalid ? t('portal.link.invalidTitle') : t('portal.link.failedTitle')}</h1>
            <p className="portal-lead">{invalid ? t('portal.link.invalid') : message(error)}</p>
            <h2 className="portal-panel__sub">{t('portal.request.title')}</h2>
            <RequestLinkForm />
          </>
        )}
      </section>
    </PortalFrame>
  );
}
