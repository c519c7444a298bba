import { API, type Me } from '@alliance/api';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api } from '../../api/client';
import { keys } from '../../api/keys';

/** better-auth's routes; not under /api/v1 so not in the API paths object. */
export const AUTH = {
  signIn: '/api/auth/sign-in/email',
  signUp: '/api/auth/sign-up/email',
  signOut: '/api/auth/sign-out',
  twoFactorEnable: '/api/auth/two-factor/enable',
  twoFactorDisable: '/api/auth/two-factor/disable',
  verifyTotp: '/api/auth/two-factor/verify-totp',
  verifyBackupCode: '/api/auth/two-factor/verify-backup-code',
} as const;

export const PASSWORD_MIN_LENGTH = 8;

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => api.get<Me>(API.me), staleTime: 60_000 });
}

/**
 * The signed-in coach and her practice, handed down by <RequireAuth> once known.
 * Read from context rather than from the query, so a page never renders in the
 * instant after sign-out when the cache is already empty.
 */
export const MeContext = createContext<Me | null>(null);

export function useCurrentMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentMe outside of RequireAuth');
  return me;
}
