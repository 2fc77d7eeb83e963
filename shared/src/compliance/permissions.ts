import { definePermissions } from '../permission-fragment';

/**
 * 政策合规审计 (issue 18). The scorecard, its explanations, exports and the annual report (`compliance`) are read by
 * every business role for its own subtree; runs (`compliance-runs`, create = compute a period) by the province and a
 * city for its region; the yearly lines (`compliance-targets`, a parameter set) are the province's; follow-up
 * actions and comments on cells are filed by the province and cities and worked by the responsible region;
 * freezing a period (`compliance-snapshots`) is the province's, verifying it anyone's who reads it.
 */
export const COMPLIANCE_PERMISSIONS = definePermissions(
  'compliance',
  ['compliance', 'compliance-runs', 'compliance-targets', 'compliance-actions', 'compliance-comments', 'compliance-snapshots'],
  {
    province_supervisor: {
      compliance: ['list', 'show', 'export'],
      'compliance-runs': ['list', 'show', 'create'],
      'compliance-targets': ['list', 'show', 'create', 'edit'],
      'compliance-actions': ['list', 'show', 'create', 'edit'],
      'compliance-comments': ['list', 'show', 'create'],
      'compliance-snapshots': ['list', 'show', 'create', 'verify'],
    },
    city_officer: {
      compliance: ['list', 'show', 'export'],
      'compliance-runs': ['list', 'show', 'create'],
      'compliance-targets': ['list', 'show'],
      'compliance-actions': ['list', 'show', 'create', 'edit'],
      'compliance-comments': ['list', 'show', 'create'],
      'compliance-snapshots': ['list', 'show', 'verify'],
    },
    county_officer: {
      compliance: ['list', 'show', 'export'],
      'compliance-runs': ['list', 'show'],
      'compliance-targets': ['list', 'show'],
      'compliance-actions': ['list', 'show', 'edit'],
      'compliance-comments': ['list', 'show', 'create'],
      'compliance-snapshots': ['list', 'show', 'verify'],
    },
    inspector: {
      compliance: ['list', 'show'],
      'compliance-actions': ['list', 'show'],
      'compliance-comments': ['list', 'show'],
    },
    bureau_head: {
      compliance: ['list', 'show', 'export'],
      'compliance-runs': ['list', 'show'],
      'compliance-targets': ['list', 'show'],
      'compliance-actions': ['list', 'show'],
      'compliance-comments': ['list', 'show', 'create'],
      'compliance-snapshots': ['list', 'show', 'verify'],
    },
  },
);
