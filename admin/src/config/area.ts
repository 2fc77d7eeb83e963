import type { ResourceProps } from '@refinedev/core';
import type { Action, RegionLevel, Resource } from '@yibao/shared';

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
 * One Refine resource entry of an area (`areas/<area>/resources.tsx`): menu group in `meta.parent`, and for
 * a page over another resource's permission, `meta.permission`.
 */
export type AreaResource = ResourceProps & { meta?: ResourceProps['meta'] & { permission?: PagePermission } };
