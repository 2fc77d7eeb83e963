import type { ResourceProps } from '@refinedev/core';
import type { Action, RegionLevel, Resource, Role } from '@yibao/shared';

/**
 * A page that is not a resource of its own (a calculator, a status board, a monthly push): the permission it
 * stands for, and the levels of user it serves (a status board of the units below you means nothing to a
 * county, which has none). `providers/access-control.ts` decides on it as the API would.
 */
export interface PagePermission {
  resource: Resource;
  action: Action;
  levels?: readonly RegionLevel[];
}

/**
 * One Refine resource entry of an area (`areas/<area>/resources.tsx`): menu group in `meta.parent`, for
 * a page over another resource's permission, `meta.permission`, and for a role's landing page, `meta.landingFor`.
 */
export type AreaResource = ResourceProps & {
  meta?: ResourceProps['meta'] & {
    permission?: PagePermission;
    /** the roles that land on this page after signing in (else the first list of the menu they may open) */
    landingFor?: readonly Role[];
  };
};
