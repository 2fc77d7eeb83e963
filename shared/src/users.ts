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
  bureau_head: ['province', 'city', 'county'],
};

/** Login names: 3–64 letters, digits, _ . -, starting with a letter (checked by the API and the admin). */
/** 执法证号: letters, digits and - (e.g. 45020021000123); at most this long. */
export const ENFORCEMENT_CERT_NO_PATTERN = /^[A-Za-z0-9-]{4,32}$/;

export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;

/** `GET /api/auth/me` (ARCHITECTURE §3). */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  regionName: string | null;
  /** 执法证号; null when the user holds none */
  enforcementCertNo: string | null;
  permissions: Record<string, string[]>;
  csrfToken: string;
  /** the deployment's password policy, so the profile page states the rule the API enforces */
  passwordPolicy: { minLength: number; minClasses: number };
  /** an administrator set the password: until it is changed only me, change-password and logout answer */
  mustChangePassword: boolean;
}

/** The error `details.reason` of the 403 every other route answers while the password must be changed. */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';

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
  /** 执法证号 (令第4号 art. 16); null when the user holds none */
  enforcementCertNo: string | null;
  enabled: boolean;
  /** the security admin has authorised the account's role (business accounts; 三权分立) */
  authorized: boolean;
  mustChangePassword: boolean;
  /** some source address is throttled for this name after failed logins (the security admin can clear it) */
  locked: boolean;
  lockedUntil: string | null;
  failedLoginCount: number;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What a proposed change to an administrator account does (USER_CHANGE_WORKFLOW). */
export type UserChangeKind = 'create' | 'update' | 'reset_password' | 'disable' | 'enable';

/** A change to an administrator account awaiting the confirmation of a second administrator. */
export interface UserChangeRecord {
  id: number;
  kind: UserChangeKind;
  state: string;
  /** the account's region (the scope of the request) */
  regionCode: string;
  targetUserId: number | null;
  targetUsername: string;
  /** the account's role before the change (create: the role granted) */
  targetRole: Role;
  /** what changes, never a password or its hash: e.g. {role, displayName} or {passwordSet: true} */
  changes: Record<string, unknown>;
  proposedById: number;
  proposedByUsername: string;
  proposedByRole: Role;
  createdAt: string;
  stateChangedAt: string;
  version: number;
  /** the workflow actions the caller may take now */
  actions: string[];
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

/** Who did something, when, and on what: the common head of an audit-log and an access-log row. */
export interface ActorEventRecord {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  role: Role | null;
  /** the actor's region */
  regionCode: string | null;
  resource: string;
  resourceId: string | null;
  ip: string | null;
}

export interface AuditLogRecord extends ActorEventRecord {
  action: string;
  before: unknown;
  after: unknown;
  hash: string;
  prevHash: string;
}

/** `GET /api/audit-logs/verify` (and `POST …/verify` with checkpoints): the hash chain's verdict. */
export interface AuditVerdict {
  valid: boolean;
  checked: number;
  firstInvalidId?: number;
  /** how many checkpoints were checked (only when some were given) */
  checkpoints?: number;
}
