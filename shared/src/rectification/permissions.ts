import { definePermissions, READ } from '../permission-fragment';

/**
 * 过度保障治理 (DOMAIN §4). The province sets up campaigns for its province and puts items under 挂牌督办;
 * cities and counties file items (a unit for itself, a city for its counties) and rectify their own. Who takes
 * each step of an item (start, request closure, close …) is the workflow's `own` / `above` (workflows.ts), not
 * this table; here a role needs `show` to reach the actions.
 */
export const RECTIFICATION_PERMISSIONS = definePermissions('rectification', ['rectification-campaigns', 'rectification-items', 'over-protection-screenings'], {
  province_supervisor: {
    'rectification-campaigns': ['list', 'show', 'create', 'edit', 'delete'],
    'rectification-items': ['list', 'show', 'create', 'supervise', 'export'],
    'over-protection-screenings': ['list', 'show', 'create'],
  },
  city_officer: {
    'rectification-campaigns': READ,
    'rectification-items': ['list', 'show', 'create', 'edit', 'export'],
    'over-protection-screenings': ['list', 'show', 'create'],
  },
  county_officer: {
    'rectification-campaigns': READ,
    'rectification-items': ['list', 'show', 'create', 'edit', 'export'],
  },
  inspector: {
    'rectification-campaigns': READ,
    'rectification-items': READ,
  },
});
