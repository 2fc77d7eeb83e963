import type { Role } from './roles';

/**
 * The one permission table (role × resource × action), enforced by the API guard and read by the admin's
 * accessControlProvider, so the UI never offers what the API would refuse. 三权分立 (MLPS 2.0 level 3):
 * the system admin manages users and reference data but cannot read the audit log; the audit admin reads
 * the audit log and changes nothing; the security admin handles lockouts and sessions.
 */
export const RESOURCES = ['users', 'regions', 'audit-logs', 'access-logs', 'sessions', 'inbox', 'responsibility-tables', 'policy-parameters', 'settlements', 'beneficiaries', 'enrollments', 'roster-imports', 'verification-tasks', 'enrollment-rates', 'subsidy-standards', 'enrollment-bulletin', 'chronic-recognitions', 'cost-warnings', 'assistance-stats', 'settlement-imports', 'settlement-recomputes', 'cost-warning-detections', 'user-changes', 'cost-warning-pushes'] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = [
  'list',
  'show',
  'create',
  'edit',
  'delete',
  /** users: enable/disable an account */
  'disable',
  /** users: clear a lockout after failed logins */
  'unlock',
  /** users: set a new password for someone else */
  'reset-password',
  /** audit-logs: check the hash chain */
  'verify',
  /** download a list or record in an official layout */
  'export',
  /** settlements: run the tiered calculator on a case */
  'calculate',
  /** beneficiaries: see a full ID number (audited) */
  'reveal',
  /** chronic-recognitions: revoke with a reason */
  'revoke',
  /** users: the security admin authorises a business account's role before it can log in (三权分立) */
  'authorize',
] as const;
export type Action = (typeof ACTIONS)[number];

type PermissionTable = Record<Role, Partial<Record<Resource, readonly Action[]>>>;

const READ: readonly Action[] = ['list', 'show'];

export const PERMISSIONS: PermissionTable = {
  system_admin: {
    users: ['list', 'show', 'create', 'edit', 'disable', 'reset-password'],
    regions: ['list', 'show', 'create', 'edit', 'delete'],
    // 三权分立: changes to administrator accounts wait for a second administrator (USER_CHANGE_WORKFLOW)
    'user-changes': READ,
  },
  security_admin: {
    users: ['list', 'show', 'unlock', 'disable', 'authorize'],
    regions: READ,
    sessions: ['list', 'delete'],
    'user-changes': READ,
    // refusals and reads of personal data (PIPL art. 55–56): the security admin reviews them
    'access-logs': ['list'],
  },
  audit_admin: {
    'audit-logs': ['list', 'show', 'verify'],
    // the audit admin confirms or rejects changes to administrator accounts (USER_CHANGE_WORKFLOW)
    'user-changes': READ,
    // read-only, so the security admin's own reads are reviewed by someone else (三权分立)
    'access-logs': ['list'],
  },
  // Workflow actions (submit, approve, return, reopen) are not in this table: the workflow definitions in
  // workflow.ts say which role at which level may take each; here a role needs 'show' to reach them.
  province_supervisor: {
    regions: READ,
    inbox: ['list'],
    'responsibility-tables': ['list', 'show', 'export'],
    'policy-parameters': READ,
    settlements: ['list', 'show', 'calculate'],
    'settlement-imports': READ,
    'settlement-recomputes': READ,
    beneficiaries: ['list', 'show', 'export'],
    enrollments: READ,
    'roster-imports': READ,
    // edit: only duplicate tasks whose two ledgers the province sees both of (the county closes the others)
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': READ,
    'enrollment-bulletin': ['list', 'export'],
    'chronic-recognitions': ['list', 'show', 'export'],
    'cost-warnings': ['list', 'show', 'export'],
    'cost-warning-pushes': ['list', 'show', 'export'],
    // the province may run detection across its cities (it reads the same figures for the compliance view)
    'cost-warning-detections': ['list', 'show', 'create'],
    'assistance-stats': ['list'],
  },
  city_officer: {
    regions: READ,
    inbox: ['list'],
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    // the city is the pooling region (市级统筹): it sets the policy parameters
    'policy-parameters': ['list', 'show', 'create', 'edit'],
    settlements: ['list', 'show', 'calculate'],
    'settlement-imports': READ,
    // re-running the calculator over a year after a parameter revision is the pooling region's call
    'settlement-recomputes': ['list', 'show', 'create'],
    beneficiaries: ['list', 'show', 'export'],
    enrollments: READ,
    'roster-imports': READ,
    // edit: only duplicate tasks whose two ledgers the city sees both of (the county closes the others)
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    // the city is the pooling region: it sets the subsidy standards too (S3 §一 amounts are local)
    'subsidy-standards': ['list', 'show', 'create', 'edit'],
    'enrollment-bulletin': ['list', 'export'],
    // the city runs detection for its pooling region and revokes recognitions on later checks (事后监管)
    'chronic-recognitions': ['list', 'show', 'export', 'revoke'],
    'cost-warnings': ['list', 'show', 'export'],
    'cost-warning-pushes': ['list', 'show', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'assistance-stats': ['list'],
  },
  county_officer: {
    regions: READ,
    inbox: ['list'],
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    'policy-parameters': READ,
    settlements: ['list', 'show', 'create', 'calculate'],
    'settlement-imports': ['list', 'show', 'create'],
    // the county keeps the ledger (DOMAIN §1)
    beneficiaries: ['list', 'show', 'create', 'edit', 'export', 'reveal'],
    enrollments: ['list', 'show', 'create', 'edit'],
    'roster-imports': ['list', 'show', 'create'],
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': READ,
    'enrollment-bulletin': ['list', 'export'],
    // recognitions are entered for the hospitals of the county (they file monthly, S1 §三(九))
    'chronic-recognitions': ['list', 'show', 'create', 'export', 'revoke'],
    // the county works its warnings (verify → assist → clear) and pushes them to 民政 / 乡村振兴
    'cost-warnings': ['list', 'show', 'edit', 'export'],
    'cost-warning-pushes': ['list', 'show', 'create', 'edit', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'assistance-stats': ['list'],
  },
  inspector: { regions: READ, inbox: ['list'] },
};

export function can(role: Role, resource: Resource, action: Action): boolean {
  return PERMISSIONS[role]?.[resource]?.includes(action) ?? false;
}

/** The role's permissions as sent to the client in `GET /api/auth/me`. */
export function permissionsOf(role: Role): Partial<Record<Resource, Action[]>> {
  const granted: Partial<Record<Resource, Action[]>> = {};
  for (const [resource, actions] of Object.entries(PERMISSIONS[role] ?? {})) {
    granted[resource as Resource] = [...(actions as readonly Action[])];
  }
  return granted;
}
