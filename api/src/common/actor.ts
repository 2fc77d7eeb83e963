import type { Role } from '@yibao/shared';

/** Who is calling: set by the auth guard on every authenticated request. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  regionCode: string;
  /** '' for the national root: the whole country */
  scopePrefix: string;
  sessionId: string;
  csrfToken: string;
  /** true when authenticated by cookie (CSRF applies), false for a bearer token */
  viaCookie: boolean;
  ip: string | null;
}

/** Request context for writes that may happen before login (failed logins) */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}
