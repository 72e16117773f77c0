import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect } from 'react';
import { api, hasCsrfCookie, isApiError, setCsrfToken, setUnauthorizedHandler } from './api';
import type { TAction } from './permissions';
import { can } from './permissions';
import type { TMe } from './types';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when anonymous. Also picks up the CSRF token for later writes. */
async function fetchMe(): Promise<TMe | null> {
  // The CSRF cookie lives exactly as long as the session cookie: without it nobody is signed in,
  // so anonymous visitors of the portal and the sign-in page skip a request that can only answer 401.
  if (!hasCsrfCookie()) return null;
  try {
    const me = await api.get<TMe>('/api/v1/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (isApiError(err) && err.status === 401) return null;
    throw err;
  }
}

export const meQuery = queryOptions({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });

/** Forget everything the previous user loaded, keep only who is signed in now. */
function resetTo(qc: QueryClient, me: TMe | null) {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  qc.setQueryData(ME_KEY, me);
}

/** Signs the user out locally when any request answers 401 (session expired or revoked). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (qc.getQueryData(ME_KEY)) resetTo(qc, null);
    });
    return () => setUnauthorizedHandler(undefined);
  }, [qc]);
  return children;
}

export interface TAuth {
  me: TMe | null | undefined;
  isLoading: boolean;
  error: unknown;
  login: (username: string, password: string) => Promise<TMe>;
  logout: () => Promise<void>;
  can: (action: TAction) => boolean;
}

/** Who is signed in, with login/logout. */
export function useAuth(): TAuth {
  const qc = useQueryClient();
  const { data, isLoading, error } = useQuery(meQuery);
  const login = useCallback(
    async (username: string, password: string) => {
      const me = await api.post<TMe>('/api/v1/auth/login', { username, password });
      setCsrfToken(me.csrfToken);
      resetTo(qc, me);
      return me;
    },
    [qc],
  );
  const logout = useCallback(async () => {
    try {
      await api.post('/api/v1/auth/logout');
    } finally {
      setCsrfToken(undefined);
      resetTo(qc, null);
    }
  }, [qc]);
  const canDo = useCallback((action: TAction) => can(data?.roles, action), [data]);
  return { me: data, isLoading, error, login, logout, can: canDo };
}
