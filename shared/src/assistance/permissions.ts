import { definePermissions, READ } from '../permission-fragment';

/** 三重制度: policy parameters, settlements, chronic recognitions, high-cost warnings and their statistics. */
export const ASSISTANCE_PERMISSIONS = definePermissions(
  'assistance',
  [
    'policy-parameters',
    'settlements',
    'settlement-imports',
    'settlement-recomputes',
    'chronic-recognitions',
    'cost-warnings',
    'cost-warning-detections',
    'cost-warning-pushes',
    'assistance-stats',
  ],
  {
    province_supervisor: {
      'policy-parameters': READ,
      settlements: ['list', 'show', 'calculate'],
      'settlement-imports': READ,
      'settlement-recomputes': READ,
      'chronic-recognitions': ['list', 'show', 'export'],
      'cost-warnings': ['list', 'show', 'export'],
      // the province may run detection across its cities (it reads the same figures for the compliance view)
      'cost-warning-detections': ['list', 'show', 'create'],
      'cost-warning-pushes': ['list', 'show', 'export'],
      'assistance-stats': ['list'],
    },
    city_officer: {
      // the city is the pooling region (市级统筹): it sets the policy parameters
      'policy-parameters': ['list', 'show', 'create', 'edit'],
      settlements: ['list', 'show', 'calculate'],
      'settlement-imports': READ,
      // re-running the calculator over a year after a parameter revision is the pooling region's call
      'settlement-recomputes': ['list', 'show', 'create'],
      // the city runs detection for its pooling region and revokes recognitions on later checks (事后监管)
      'chronic-recognitions': ['list', 'show', 'export', 'revoke'],
      'cost-warnings': ['list', 'show', 'export'],
      'cost-warning-detections': ['list', 'show', 'create'],
      'cost-warning-pushes': ['list', 'show', 'export'],
      'assistance-stats': ['list'],
    },
    county_officer: {
      'policy-parameters': READ,
      settlements: ['list', 'show', 'create', 'calculate'],
      'settlement-imports': ['list', 'show', 'create'],
      // recognitions are entered for the hospitals of the county (they file monthly, S1 §三(九))
      'chronic-recognitions': ['list', 'show', 'create', 'export', 'revoke'],
      // the county works its warnings (verify → assist → clear)
      'cost-warnings': ['list', 'show', 'edit', 'export'],
      'cost-warning-detections': ['list', 'show', 'create'],
      // … and pushes them to 民政 / 乡村振兴 (S3 §五): its own rows, no longer riding on cost-warnings
      'cost-warning-pushes': ['list', 'show', 'create', 'edit', 'export'],
      'assistance-stats': ['list'],
    },
    // fund supervision (基金监管) reads what was paid and who is warned in its region until the fraud cases
    // give it work of its own; no calculate, export or reveal (whole ID numbers stay with the counties)
    inspector: {
      settlements: READ,
      'cost-warnings': READ,
    },
  },
);
