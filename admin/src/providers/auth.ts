import type { AuthProvider } from '@refinedev/core';
import { type CurrentUser, PASSWORD_CHANGE_REQUIRED } from '@yibao/shared';
import { queryClient } from './query-client';
import { type ApiError, apiFetch, currentSession, setSession } from './http';

export interface LoginParams {
  username: string;
  password: string;
}

/**
 * The page to come back to after signing in again: `/login?to=<where the user was>`. Already on the login page
 * (a late 401 from a request the expired page had in flight), stay where we are: redirecting to a bare
 * `/login` would drop the `to` the first redirect set, and the "session expired" hint with it.
 */
function loginRedirect(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  if (here.startsWith('/login')) return here;
  return here === '/' ? '/login' : `/login?to=${encodeURIComponent(here)}`;
}

async function fetchMe(): Promise<CurrentUser | null> {
  try {
    const { data } = await apiFetch<CurrentUser>('/auth/me');
    setSession(data);
    return data;
  } catch (e) {
    if ((e as ApiError).statusCode === 401) {
      setSession(null);
      return null;
    }
    throw e;
  }
}

/** The session, read once per page load and refreshed by every `check`. */
export async function ensureSession(): Promise<CurrentUser | null> {
  return currentSession() ?? fetchMe();
}

/**
 * Session auth on the httpOnly cookie the API sets at login. The token in the login answer is not kept:
 * the cookie plus the CSRF header is what the browser uses, so script never holds a bearer credential.
 */
export const authProvider: AuthProvider = {
  login: async ({ username, password }: LoginParams) => {
    try {
      const { data } = await apiFetch<{ token: string; user: CurrentUser }>('/auth/login', {
        method: 'POST',
        body: { username, password },
      });
      // Another user may have been signed in before: nothing cached for them may show.
      queryClient.clear();
      setSession(data.user);
      // a password an administrator set is changed first (every other route answers 403 until then)
      return { success: true, redirectTo: data.user.mustChangePassword ? '/profile' : '/' };
    } catch (e) {
      const error = e as ApiError;
      return { success: false, error: Object.assign(new Error(error.message), { name: String(error.statusCode), ...error }) };
    }
  },

  logout: async () => {
    try {
      await apiFetch('/auth/logout', { method: 'POST', body: {} });
    } catch {
      // Already expired or the server is away: the local session ends all the same.
    }
    setSession(null);
    queryClient.clear();
    return { success: true, redirectTo: '/login' };
  },

  check: async () => {
    try {
      const me = await fetchMe();
      if (me) return { authenticated: true };
      return { authenticated: false, logout: true, redirectTo: loginRedirect() };
    } catch (e) {
      // The API is unreachable: say so on the login page instead of showing an empty shell.
      return { authenticated: false, redirectTo: loginRedirect(), error: e as ApiError };
    }
  },

  onError: async (error: ApiError) => {
    if (error?.statusCode === 401) {
      setSession(null);
      return { logout: true, redirectTo: loginRedirect(), error };
    }
    if (error?.statusCode === 403 && error.reason === PASSWORD_CHANGE_REQUIRED) return { redirectTo: '/profile' };
    return {};
  },

  getIdentity: async () => ensureSession(),

  getPermissions: async () => (await ensureSession())?.role ?? null,
};
