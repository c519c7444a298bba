import { Navigate, Outlet, useLocation } from 'react-router';
import { isApiError } from '../api/client';
import { MeContext, useMe } from '../features/auth/api';
import { ErrorState, Loading } from '../ui/page';

/** Everything but the sign-in pages needs a coach; without one, go and sign in, then come back. */
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
      return <Navigate to={next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <div className="boot">
        <ErrorState error={me.error} />
      </div>
    );
  }
  return (
    <MeContext value={me.data}>
      <Outlet />
    </MeContext>
  );
}
