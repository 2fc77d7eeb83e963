import { PERMISSIONS, RESOURCES } from './permissions';

/**
 * The whole permission table as a literal, so assembling it from the areas' fragments cannot add, drop or
 * reorder a single action unnoticed. A change to the table is a change to this literal, reviewed as such.
 */
const PINNED = {
system_admin: {
    'users': ['list', 'show', 'create', 'edit', 'disable', 'reset-password'],
    'regions': ['list', 'show', 'create', 'edit', 'delete'],
    'user-changes': ['list', 'show'],
  },
  security_admin: {
    'users': ['list', 'show', 'unlock', 'disable', 'authorize'],
    'regions': ['list', 'show'],
    'sessions': ['list', 'delete'],
    'user-changes': ['list', 'show'],
    'access-logs': ['list'],
  },
  audit_admin: {
    'audit-logs': ['list', 'show', 'verify'],
    'user-changes': ['list', 'show'],
    'access-logs': ['list'],
  },
  province_supervisor: {
    'regions': ['list', 'show'],
    'inbox': ['list'],
    'responsibility-tables': ['list', 'show', 'export'],
    'policy-parameters': ['list', 'show'],
    'settlements': ['list', 'show', 'calculate'],
    'settlement-imports': ['list', 'show'],
    'settlement-recomputes': ['list', 'show'],
    'beneficiaries': ['list', 'show', 'export'],
    'enrollments': ['list', 'show'],
    'roster-imports': ['list', 'show'],
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': ['list', 'show'],
    'enrollment-bulletin': ['list', 'export'],
    'chronic-recognitions': ['list', 'show', 'export'],
    'cost-warnings': ['list', 'show', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'assistance-stats': ['list'],
  },
  city_officer: {
    'regions': ['list', 'show'],
    'inbox': ['list'],
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    'policy-parameters': ['list', 'show', 'create', 'edit'],
    'settlements': ['list', 'show', 'calculate'],
    'settlement-imports': ['list', 'show'],
    'settlement-recomputes': ['list', 'show', 'create'],
    'beneficiaries': ['list', 'show', 'export'],
    'enrollments': ['list', 'show'],
    'roster-imports': ['list', 'show'],
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': ['list', 'show', 'create', 'edit'],
    'enrollment-bulletin': ['list', 'export'],
    'chronic-recognitions': ['list', 'show', 'export', 'revoke'],
    'cost-warnings': ['list', 'show', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'assistance-stats': ['list'],
  },
  county_officer: {
    'regions': ['list', 'show'],
    'inbox': ['list'],
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    'policy-parameters': ['list', 'show'],
    'settlements': ['list', 'show', 'create', 'calculate'],
    'settlement-imports': ['list', 'show', 'create'],
    'beneficiaries': ['list', 'show', 'create', 'edit', 'export', 'reveal'],
    'enrollments': ['list', 'show', 'create', 'edit'],
    'roster-imports': ['list', 'show', 'create'],
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': ['list', 'show'],
    'enrollment-bulletin': ['list', 'export'],
    'chronic-recognitions': ['list', 'show', 'create', 'export', 'revoke'],
    'cost-warnings': ['list', 'show', 'edit', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'assistance-stats': ['list'],
  },
  inspector: {
    'regions': ['list', 'show'],
    'inbox': ['list'],
  },
};

describe('the permission table assembled from the area fragments', () => {
  it('is exactly the pinned table', () => {
    expect(PERMISSIONS).toEqual(PINNED);
  });

  it('declares exactly the resources the roles use', () => {
    const used = new Set(Object.values(PINNED).flatMap((rows) => Object.keys(rows)));
    expect([...RESOURCES].sort()).toEqual([...used].sort());
    expect(new Set(RESOURCES).size).toBe(RESOURCES.length);
  });
});
