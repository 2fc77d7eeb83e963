import type { Role } from './roles';
import type { RegionLevel } from './regions';

/** Which region levels a role's user may belong to: a city officer sits at a city, and so on. */
export const ROLE_REGION_LEVELS: Record<Role, readonly RegionLevel[]> = {
  system_admin: ['national', 'province', 'city', 'county'],
  security_admin: ['national', 'province', 'city', 'county'],
  audit_admin: ['national', 'province', 'city', 'county'],
  province_supervisor: ['province'],
  city_officer: ['city'],
  county_officer: ['county'],
  inspector: ['province', 'city', 'county'],
};

/** Login names: 3–64 letters, digits, _ . -, starting with a letter (checked by the API and the admin). */
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;

/** `GET /api/auth/me` (ARCHITECTURE §3). */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  regionName: string | null;
  permissions: Record<string, string[]>;
  csrfToken: string;
  /** the deployment's password policy, so the profile page states the rule the API enforces */
  passwordPolicy: { minLength: number; minClasses: number };
}

/** An open session, as the security admin sees it (never the token). */
export interface SessionRecord {
  id: string;
  userId: number;
  username: string;
  displayName: string;
  role: string;
  regionCode: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  enabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  failedLoginCount: number;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface RegionRecord {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  version: number;
}

export interface RegionTreeNode {
  code: string;
  name: string;
  level: RegionLevel;
  children?: RegionTreeNode[];
}

export interface AuditLogRecord {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  role: Role | null;
  /** the actor's region */
  regionCode: string | null;
  action: string;
  resource: string;
  resourceId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  hash: string;
  prevHash: string;
}
