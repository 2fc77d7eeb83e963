import { definePermissions, READ } from '../permission-fragment';

/**
 * 过度保障治理 (DOMAIN §4). The province sets up campaigns for its province and puts items under 挂牌督办;
 * cities and counties file items (a unit for itself, a city for its counties) and rectify their own. Who takes
 * each step of an item (start, request closure, close …) is the workflow's `own` / `above` (workflows.ts), not
 * this table; here a role needs `show` to reach the actions. The board of regions × states (`rectification-board`)
 * is the managing units' overview: not an inspector's.
 */
export const RECTIFICATION_PERMISSIONS = definePermissions(
  'rectification',
  ['rectification-campaigns', 'rectification-items', 'rectification-board', 'over-protection-screenings'],
  {
    province_supervisor: {
      'rectification-campaigns': ['list', 'show', 'create', 'edit', 'delete'],
      'rectification-items': ['list', 'show', 'create', 'supervise', 'export'],
      'rectification-board': ['list'],
      'over-protection-screenings': ['list', 'show', 'create'],
    },
    city_officer: {
      'rectification-campaigns': READ,
      'rectification-items': ['list', 'show', 'create', 'edit', 'export'],
      'rectification-board': ['list'],
      'over-protection-screenings': ['list', 'show', 'create'],
    },
    county_officer: {
      'rectification-campaigns': READ,
      'rectification-items': ['list', 'show', 'create', 'edit', 'export'],
      'rectification-board': ['list'],
    },
    inspector: {
      'rectification-campaigns': READ,
      'rectification-items': READ,
    },
  },
);
