import { API, type Me, type Practice } from '@alliance/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { AUTH } from '../auth/api';

/** Where a coach is sent when her practice requires two-factor sign-in and she has not set it up. */
export const TWO_FACTOR_SETUP_PATH = '/settings#two-factor';

export interface TwoFactorEnabled {
  totpURI: string;
  backupCodes: string[];
}

/** Step one: her password unlocks a new secret and recovery codes (not active until confirmed). */
export function useEnableTwoFactor() {
  return useMutation({ mutationFn: (password: string) => api.post<TwoFactorEnabled>(AUTH.twoFactorEnable, { password }) });
}

/** Step two (and the second step of signing in): a code from the authenticator app. */
export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post(AUTH.verifyTotp, { code }),
    onSuccess: () => {
      // Said at once (the answer carries the user as she was before); then read again from the server.
      const me = queryClient.getQueryData<Me>(keys.me);
      if (me) queryClient.setQueryData(keys.me, { ...me, user: { ...me.user, twoFactorEnabled: true } });
      return queryClient.invalidateQueries({ queryKey: keys.me });
    },
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post(AUTH.twoFactorDisable, { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me }),
  });
}

/** The owner requires it of every coach of the practice. */
export function useRequireTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requireTwoFactor: boolean) => api.patch<Practice>(API.practice, { requireTwoFactor }),
    onSuccess: (practice) => {
      const me = queryClient.getQueryData<Me>(keys.me);
      if (me) queryClient.setQueryData(keys.me, { ...me, practice });
    },
  });
}

/** A code as typed: spaces and dashes some apps show are not part of it. */
export const cleanCode = (code: string) => code.replace(/[\s-]/g, '');
