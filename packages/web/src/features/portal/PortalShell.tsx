import type { PortalMe } from '@alliance/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorState, Loading } from '../../ui/page';
import { usePortalMe, useSignOut } from './api';
import { PortalFrame } from './PortalFrame';

export interface PortalContext {
  me: PortalMe;
  /** The engagement the client is looking at (usually her only one); null when she has none yet. */
  engagementId: string | null;
  chooseEngagement: (id: string) => void;
}

/** What every signed-in portal page reads: who she is and which engagement she is looking at. */
export function usePortal(): PortalContext {
  return useOutletContext<PortalContext>();
}

const CHOSEN_KEY = 'alliance.portal.engagement';
const FINISHED = new Set(['closed', 'cancelled']);

function firstChoice(me: PortalMe): string | null {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(CHOSEN_KEY);
  } catch {
    /* storage refused: choose below */
  }
  if (stored && me.engagements.some((e) => e.id === stored)) return stored;
  return (me.engagements.find((e) => !FINISHED.has(e.status)) ?? me.engagements[0])?.id ?? null;
}

export const SPONSOR_PATH = '/espace/commanditaire';

/**
 * The signed-in part of the portal: without a portal session, off to ask for a
 * link; a sponsor only ever reaches her one page, a client never reaches it.
 */
export function PortalShell() {
  const me = usePortalMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <PortalFrame>
        <Loading />
      </PortalFrame>
    );
  }
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) return <Navigate to="/espace/connexion" replace />;
    return (
      <PortalFrame>
        <ErrorState error={me.error} />
      </PortalFrame>
    );
  }
  const onSponsorPage = location.pathname.replace(/\/+$/, '') === SPONSOR_PATH;
  if (me.data.kind === 'sponsor' && !onSponsorPage) return <Navigate to={SPONSOR_PATH} replace />;
  if (me.data.kind === 'client' && onSponsorPage) return <Navigate to="/espace" replace />;
  return <SignedIn me={me.data} />;
}

function SignedIn({ me }: { me: PortalMe }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [chosen, setChosen] = useState<string | null>(() => firstChoice(me));
  const engagementId = chosen && me.engagements.some((e) => e.id === chosen) ? chosen : firstChoice(me);
  const chooseEngagement = (id: string) => {
    setChosen(id);
    try {
      localStorage.setItem(CHOSEN_KEY, id);
    } catch {
      /* remembered for this visit only */
    }
  };

  const nav =
    me.kind === 'client' ? (
      <nav className="portal-nav" aria-label={t('portal.nav.label')}>
        <ul className="portal-nav__list">
          <li>
            <NavLink to="/espace" end className="portal-nav__link">
              {t('portal.nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/espace/journal" className="portal-nav__link">
              {t('portal.nav.journal')}
            </NavLink>
          </li>
        </ul>
      </nav>
    ) : null;
  // Signing out is rare on her own phone: at the foot of every page, out of the way but always there.
  const footer = (
    <button
      type="button"
      className="button button--ghost portal-foot__out"
      disabled={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/espace/connexion', { replace: true, state: { signedOut: true } }) })}
    >
      {t('portal.nav.signOut')}
    </button>
  );

  return (
    <PortalFrame practiceName={me.practiceName} nav={nav} footer={footer}>
      <Outlet context={{ me, engagementId, chooseEngagement } satisfies PortalContext} />
    </PortalFrame>
  );
}
