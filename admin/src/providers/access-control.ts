import type { AccessControlProvider, CanParams } from '@refinedev/core';
import { ACTIONS, type Action, type Resource, RESOURCES, ROLE_REGION_LEVELS, type Role, can } from '@yibao/shared';
import type { PagePermission } from '../config/area';
import { resources } from '../config/resources';
import { ensureSession } from './auth';

/** Pages every signed-in user has whatever the role (they act on the user's own account only). */
const SELF_SERVICE = new Set(['profile']);

/**
 * Pages that are not resources of their own (`meta.permission` in the areas' resources.tsx): the permission
 * they stand for, and the levels of user they serve.
 */
const PAGES: ReadonlyMap<string, PagePermission> = new Map(resources.flatMap((r) => (r.meta?.permission ? [[r.name, r.meta.permission] as const] : [])));

const isResource = (name: string): name is Resource => (RESOURCES as readonly string[]).includes(name);
const isAction = (name: string): name is Action => (ACTIONS as readonly string[]).includes(name);

interface TreeResource {
  name: string;
  children?: TreeResource[];
}

/** The decision itself, synchronous: the same `can()` of shared/ the API guard enforces. */
export function allowed(role: Role | undefined, resource: string | undefined, action: string, tree?: TreeResource): boolean {
  if (!role || !resource) return false;
  if (SELF_SERVICE.has(resource)) return true;
  // A menu group (参保资助 …) is shown when at least one page under it is.
  if (tree?.children?.length) return tree.children.some((child) => allowed(role, child.name, action, child));
  const page = PAGES.get(resource);
  if (page) return can(role, page.resource, page.action) && (!page.levels || ROLE_REGION_LEVELS[role].some((l) => page.levels!.includes(l)));
  // Refine asks "clone" for its clone button: that is a create.
  const asked = action === 'clone' ? 'create' : action;
  return isResource(resource) && isAction(asked) && can(role, resource, asked);
}

/**
 * Buttons and menu entries the API would refuse are not shown (hideIfUnauthorized); a page opened by URL
 * that the role may not use renders the 403 page.
 */
export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action, params }: CanParams) => {
    const me = await ensureSession();
    const ok = allowed(me?.role, resource, action, params?.resource as TreeResource | undefined);
    return ok ? { can: true } : { can: false, reason: 'forbidden' };
  },
  options: {
    buttons: { enableAccessControl: true, hideIfUnauthorized: true },
    // Answers depend only on the role, which the auth provider clears the cache for on login/logout.
    queryOptions: { staleTime: Infinity },
  },
};
