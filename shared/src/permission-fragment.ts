import type { Role } from './roles';

/** What a role may do to a resource (the API guard's vocabulary; workflow actions are in the definitions). */
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
  /** rectification-items: 挂牌督办, put an item under listed supervision with a letter */
  'supervise',
  /** users: the security admin authorises a business account's role before it can log in (三权分立) */
  'authorize',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The two reading actions, for resources a role only consults. */
export const READ: readonly Action[] = ['list', 'show'];

/** One area's part of the permission table: the resources it declares and each role's actions on them. */
export interface PermissionFragment<R extends string = string> {
  readonly area: string;
  readonly resources: readonly R[];
  readonly rows: Readonly<Partial<Record<Role, Readonly<Partial<Record<R, readonly Action[]>>>>>>;
}

/**
 * An area's fragment. The rows may name only the area's own resources (a type error otherwise, and
 * combinePermissionFragments checks it again at load).
 */
export function definePermissions<const R extends string>(
  area: string,
  resources: readonly R[],
  rows: Partial<Record<Role, Partial<Record<NoInfer<R>, readonly Action[]>>>>,
): PermissionFragment<R> {
  return { area, resources, rows };
}

/**
 * The whole table from the areas' fragments: every resource declared by exactly one area, every row about a
 * resource of its own area, each role's rows merged in fragment order. Throws on a violation, so a wrong
 * fragment fails at load (and in the unit tests), never quietly at a request.
 */
export function combinePermissionFragments<R extends string>(
  roles: readonly Role[],
  fragments: readonly PermissionFragment<R>[],
): { resources: R[]; table: Record<Role, Partial<Record<R, readonly Action[]>>> } {
  const owner = new Map<string, string>();
  for (const fragment of fragments) {
    for (const resource of fragment.resources) {
      const other = owner.get(resource);
      if (other) throw new Error(`permissions: resource '${resource}' is declared by both ${other} and ${fragment.area}`);
      owner.set(resource, fragment.area);
    }
  }
  const table = Object.fromEntries(roles.map((role) => [role, {}])) as Record<Role, Partial<Record<R, readonly Action[]>>>;
  for (const fragment of fragments) {
    for (const [role, rows] of Object.entries(fragment.rows) as [Role, Partial<Record<R, readonly Action[]>>][]) {
      if (!table[role]) throw new Error(`permissions: ${fragment.area} grants to unknown role '${role}'`);
      for (const [resource, actions] of Object.entries(rows) as [R, readonly Action[]][]) {
        if (owner.get(resource) !== fragment.area) throw new Error(`permissions: ${fragment.area} grants '${resource}', which it does not declare`);
        table[role][resource] = actions;
      }
    }
  }
  return { resources: fragments.flatMap((f) => [...f.resources]), table };
}
