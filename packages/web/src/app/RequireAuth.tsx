import { Navigate, Outlet, useLocation } from 'react-router';
import { isApiError } from '../api/client';
import { MeContext, useMe } from '../features/auth/api';
import { TWO_FACTOR_SETUP_PATH } from '../features/two-factor/api';
import { ErrorState, Loading } from '../ui/page';

/**
 * Everything but the sign-in pages needs a coach; without one, go and sign in, then come back.
 * A coach invited by link is sent to create her account first. When her practice requires
 * two-factor sign-in and she has not set it up, only her settings are open to her.
 */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <div className="boot">
        <Loading />
      </div>
    );
  }
  if (me.isError || !me.data) {
    if (isApiError(me.error) && me.error.status === 401) {
      const next = `${location.pathname}${location.search}`;
      const page = location.pathname.startsWith('/join/') ? '/signup' : '/signin';
      return <Navigate to={next === '/' ? page : `${page}?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <div className="boot">
        <ErrorState error={me.error} />
      </div>
    );
  }
  if (me.data.practice.requireTwoFactor && !me.data.user.twoFactorEnabled && location.pathname !== '/settings') {
    return <Navigate to={TWO_FACTOR_SETUP_PATH} replace />;
  }
  return (
    <MeContext value={me.data}>
      <Outlet />
    </MeContext>
  );
}
