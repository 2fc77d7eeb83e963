import { ASSISTANCE_PERMISSIONS } from './assistance/permissions';
import { ENROLLMENT_PERMISSIONS } from './enrollment/permissions';
import { FRAUD_PERMISSIONS } from './fraud/permissions';
import { combinePermissionFragments, type Action } from './permission-fragment';
import { PLATFORM_PERMISSIONS } from './platform/permissions';
import { RECTIFICATION_PERMISSIONS } from './rectification/permissions';
import { SCREENING_PERMISSIONS } from './screening/permissions';
import { COMPLIANCE_PERMISSIONS } from './compliance/permissions';
import { ROLES, type Role } from './roles';
import { SUPERVISION_PERMISSIONS } from './supervision/permissions';

export { ACTIONS, type Action } from './permission-fragment';

/**
 * The one permission table (role × resource × action), enforced by the API guard and read by the admin's
 * accessControlProvider, so the UI never offers what the API would refuse. Each area declares its resources
 * and its rows per role in `<area>/permissions.ts`; this file only combines them (a resource belongs to one
 * area; a new resource touches its own area's fragment, nothing here).
 *
 * Workflow actions (submit, approve, return, reopen) are not in this table: the workflow definitions in each
 * area's workflows.ts say which role at which level may take each; here a role needs 'show' to reach them.
 */
const FRAGMENTS = [
  PLATFORM_PERMISSIONS,
  SUPERVISION_PERMISSIONS,
  ENROLLMENT_PERMISSIONS,
  ASSISTANCE_PERMISSIONS,
  RECTIFICATION_PERMISSIONS,
  FRAUD_PERMISSIONS,
  SCREENING_PERMISSIONS,
  COMPLIANCE_PERMISSIONS,
] as const;

export type Resource = (typeof FRAGMENTS)[number]['resources'][number];

type PermissionTable = Record<Role, Partial<Record<Resource, readonly Action[]>>>;

const combined = combinePermissionFragments<Resource>(ROLES, FRAGMENTS);

export const RESOURCES: readonly Resource[] = Object.freeze(combined.resources);

export const PERMISSIONS: PermissionTable = combined.table;

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
