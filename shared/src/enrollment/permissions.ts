import { definePermissions, READ } from '../permission-fragment';

/** 资助参保 / 应保尽保: the county keeps the ledger (DOMAIN §1), the city sets the subsidy standards. */
export const ENROLLMENT_PERMISSIONS = definePermissions(
  'enrollment',
  ['beneficiaries', 'enrollments', 'roster-imports', 'verification-tasks', 'enrollment-rates', 'subsidy-standards', 'enrollment-bulletin'],
  {
    province_supervisor: {
      beneficiaries: ['list', 'show', 'export'],
      enrollments: READ,
      'roster-imports': READ,
      // edit: only duplicate tasks whose two ledgers the province sees both of (the county closes the others)
      'verification-tasks': ['list', 'show', 'edit'],
      'enrollment-rates': ['list'],
      'subsidy-standards': READ,
      // create: publish the month's bulletin (S1 §一(二)), which freezes its figures
      'enrollment-bulletin': ['list', 'create', 'export'],
    },
    city_officer: {
      beneficiaries: ['list', 'show', 'export'],
      enrollments: READ,
      'roster-imports': READ,
      // edit: only duplicate tasks whose two ledgers the city sees both of (the county closes the others)
      'verification-tasks': ['list', 'show', 'edit'],
      'enrollment-rates': ['list'],
      // the city is the pooling region: it sets the subsidy standards too (S3 §一 amounts are local)
      'subsidy-standards': ['list', 'show', 'create', 'edit'],
      'enrollment-bulletin': ['list', 'export'],
    },
    county_officer: {
      // the county keeps the ledger (DOMAIN §1)
      beneficiaries: ['list', 'show', 'create', 'edit', 'export', 'reveal'],
      enrollments: ['list', 'show', 'create', 'edit'],
      'roster-imports': ['list', 'show', 'create'],
      'verification-tasks': ['list', 'show', 'edit'],
      'enrollment-rates': ['list'],
      'subsidy-standards': READ,
      'enrollment-bulletin': ['list', 'export'],
    },
  },
);
