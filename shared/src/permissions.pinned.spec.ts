import { combinePermissionFragments, definePermissions } from './permission-fragment';
import { PERMISSIONS, RESOURCES } from './permissions';

/**
 * The whole permission table as a literal, so assembling it from the areas' fragments cannot add, drop or
 * reorder a single action unnoticed. A change to the table is a change to this literal, reviewed as such.
 * Taken from the table before the split (acc5475); the changes since: `cost-warning-pushes` got its own rows
 * (issue 12 §3), where pushing had ridden on `cost-warnings`; the rectification area's resources (issue 14);
 * `accountability-records` (issue 15: personnel data, no county or inspector row); `inspections` and
 * `inspection-findings` (issue 15: the province and cities inspect, a county reads its own);
 * every role's own `notifications` and the system admin's `notification-sweeps` (issue 15); `holidays`, the
 * working-day calendar the system admin keeps and every role reads, and the `bureau_head` role (issue 16);
 * `fraud-parameters`, set by the province supervisor, read by every role handling cases (issue 16);
 * the screening area's rule catalogue, rule parameters (the city sets, the province approves), runs, 疑点 and the
 * 双随机 draw (issue 17); the compliance area's scorecard, runs, yearly lines, follow-up actions, comments and frozen
 * periods (issue 18).
 */
const PINNED = {
  system_admin: {
    users: ['list', 'show', 'create', 'edit', 'disable', 'reset-password'],
    regions: ['list', 'show', 'create', 'edit', 'delete'],
    'user-changes': ['list', 'show'],
    notifications: ['list', 'show'],
    'notification-sweeps': ['list', 'show', 'create'],
    holidays: ['list', 'show', 'create', 'edit', 'delete'],
  },
  security_admin: {
    users: ['list', 'show', 'unlock', 'disable', 'authorize'],
    regions: ['list', 'show'],
    sessions: ['list', 'delete'],
    'user-changes': ['list', 'show'],
    'access-logs': ['list'],
    notifications: ['list', 'show'],
    holidays: ['list', 'show'],
  },
  audit_admin: {
    'audit-logs': ['list', 'show', 'verify'],
    'user-changes': ['list', 'show'],
    'access-logs': ['list'],
    notifications: ['list', 'show'],
    holidays: ['list', 'show'],
  },
  province_supervisor: {
    regions: ['list', 'show'],
    inbox: ['list'],
    attachments: ['show', 'edit', 'delete'],
    notifications: ['list', 'show'],
    holidays: ['list', 'show'],
    'responsibility-tables': ['list', 'show', 'export'],
    'reporting-tasks': ['list', 'show', 'edit'],
    'reporting-due-rules': ['list', 'show', 'create', 'edit'],
    'reporting-rates': ['list'],
    'accountability-records': ['list', 'show', 'create', 'edit'],
    inspections: ['list', 'show', 'create', 'edit'],
    'inspection-findings': ['list', 'show', 'create', 'edit'],
    'policy-parameters': ['list', 'show'],
    settlements: ['list', 'show', 'calculate'],
    'settlement-imports': ['list', 'show'],
    'settlement-recomputes': ['list', 'show'],
    beneficiaries: ['list', 'show', 'export'],
    enrollments: ['list', 'show'],
    'roster-imports': ['list', 'show'],
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': ['list', 'show'],
    'enrollment-bulletin': ['list', 'create', 'export'],
    'chronic-recognitions': ['list', 'show', 'export'],
    'cost-warnings': ['list', 'show', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'cost-warning-pushes': ['list', 'show', 'export'],
    'assistance-stats': ['list'],
    'rectification-campaigns': ['list', 'show', 'create', 'edit', 'delete'],
    'rectification-items': ['list', 'show', 'create', 'supervise', 'export'],
    'rectification-board': ['list'],
    'over-protection-screenings': ['list', 'show', 'create'],
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show', 'create', 'edit'],
    'screening-rules': ['list', 'show'],
    'screening-parameters': ['list', 'show'],
    'screening-runs': ['list', 'show', 'create'],
    'fraud-suspicions': ['list', 'show', 'reveal'],
    'flight-check-draws': ['list', 'show', 'create'],
    compliance: ['list', 'show', 'export'],
    'compliance-runs': ['list', 'show', 'create'],
    'compliance-targets': ['list', 'show', 'create', 'edit'],
    'compliance-actions': ['list', 'show', 'create', 'edit'],
    'compliance-comments': ['list', 'show', 'create'],
    'compliance-snapshots': ['list', 'show', 'create', 'verify'],
  },
  city_officer: {
    regions: ['list', 'show'],
    inbox: ['list'],
    attachments: ['show', 'edit', 'delete'],
    notifications: ['list', 'show'],
    holidays: ['list', 'show'],
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    'reporting-tasks': ['list', 'show', 'edit'],
    'reporting-due-rules': ['list', 'show', 'create', 'edit'],
    'reporting-rates': ['list'],
    'accountability-records': ['list', 'show', 'create'],
    inspections: ['list', 'show', 'create', 'edit'],
    'inspection-findings': ['list', 'show', 'create', 'edit'],
    'policy-parameters': ['list', 'show', 'create', 'edit'],
    settlements: ['list', 'show', 'calculate'],
    'settlement-imports': ['list', 'show'],
    'settlement-recomputes': ['list', 'show', 'create'],
    beneficiaries: ['list', 'show', 'export'],
    enrollments: ['list', 'show'],
    'roster-imports': ['list', 'show'],
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': ['list', 'show', 'create', 'edit'],
    'enrollment-bulletin': ['list', 'export'],
    'chronic-recognitions': ['list', 'show', 'export', 'revoke'],
    'cost-warnings': ['list', 'show', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'cost-warning-pushes': ['list', 'show', 'export'],
    'assistance-stats': ['list'],
    'rectification-campaigns': ['list', 'show'],
    'rectification-items': ['list', 'show', 'create', 'edit', 'export'],
    'rectification-board': ['list'],
    'over-protection-screenings': ['list', 'show', 'create'],
    institutions: ['list', 'show', 'create', 'edit'],
    'fraud-clues': ['list', 'show', 'create', 'edit'],
    'fraud-cases': ['list', 'show', 'edit'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
    'screening-rules': ['list', 'show'],
    'screening-parameters': ['list', 'show', 'create', 'edit'],
    'screening-runs': ['list', 'show', 'create'],
    'fraud-suspicions': ['list', 'show', 'edit', 'reveal'],
    'flight-check-draws': ['list', 'show', 'create'],
    compliance: ['list', 'show', 'export'],
    'compliance-runs': ['list', 'show', 'create'],
    'compliance-targets': ['list', 'show'],
    'compliance-actions': ['list', 'show', 'create', 'edit'],
    'compliance-comments': ['list', 'show', 'create'],
    'compliance-snapshots': ['list', 'show', 'verify'],
  },
  county_officer: {
    regions: ['list', 'show'],
    inbox: ['list'],
    attachments: ['show', 'edit', 'delete'],
    notifications: ['list', 'show'],
    holidays: ['list', 'show'],
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    'reporting-tasks': ['list', 'show', 'edit'],
    'reporting-due-rules': ['list', 'show'],
    'reporting-rates': ['list'],
    inspections: ['list', 'show'],
    'inspection-findings': ['list', 'show'],
    'policy-parameters': ['list', 'show'],
    settlements: ['list', 'show', 'create', 'calculate'],
    'settlement-imports': ['list', 'show', 'create'],
    beneficiaries: ['list', 'show', 'create', 'edit', 'export', 'reveal'],
    enrollments: ['list', 'show', 'create', 'edit'],
    'roster-imports': ['list', 'show', 'create'],
    'verification-tasks': ['list', 'show', 'edit'],
    'enrollment-rates': ['list'],
    'subsidy-standards': ['list', 'show'],
    'enrollment-bulletin': ['list', 'export'],
    'chronic-recognitions': ['list', 'show', 'create', 'export', 'revoke'],
    'cost-warnings': ['list', 'show', 'edit', 'export'],
    'cost-warning-detections': ['list', 'show', 'create'],
    'cost-warning-pushes': ['list', 'show', 'create', 'edit', 'export'],
    'assistance-stats': ['list'],
    'rectification-campaigns': ['list', 'show'],
    'rectification-items': ['list', 'show', 'create', 'edit', 'export'],
    'rectification-board': ['list'],
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'create', 'edit'],
    'fraud-cases': ['list', 'show', 'edit'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
    'screening-rules': ['list', 'show'],
    'screening-parameters': ['list', 'show'],
    'screening-runs': ['list', 'show'],
    'fraud-suspicions': ['list', 'show', 'edit'],
    'flight-check-draws': ['list', 'show'],
    compliance: ['list', 'show', 'export'],
    'compliance-runs': ['list', 'show'],
    'compliance-targets': ['list', 'show'],
    'compliance-actions': ['list', 'show', 'edit'],
    'compliance-comments': ['list', 'show', 'create'],
    'compliance-snapshots': ['list', 'show', 'verify'],
  },
  inspector: {
    regions: ['list', 'show'],
    inbox: ['list'],
    attachments: ['show', 'edit', 'delete'],
    notifications: ['list', 'show'],
    holidays: ['list', 'show'],
    settlements: ['list', 'show'],
    'cost-warnings': ['list', 'show'],
    'rectification-campaigns': ['list', 'show'],
    'rectification-items': ['list', 'show'],
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'create', 'edit', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
    'screening-rules': ['list', 'show'],
    'screening-parameters': ['list', 'show'],
    'screening-runs': ['list', 'show', 'create'],
    'fraud-suspicions': ['list', 'show', 'edit', 'reveal'],
    'flight-check-draws': ['list', 'show'],
    compliance: ['list', 'show'],
    'compliance-actions': ['list', 'show'],
    'compliance-comments': ['list', 'show'],
  },
  bureau_head: {
    regions: ['list', 'show'],
    inbox: ['list'],
    attachments: ['show', 'edit', 'delete'],
    notifications: ['list', 'show'],
    holidays: ['list', 'show'],
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'edit', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
    'screening-rules': ['list', 'show'],
    'screening-parameters': ['list', 'show'],
    'screening-runs': ['list', 'show'],
    'fraud-suspicions': ['list', 'show'],
    'flight-check-draws': ['list', 'show'],
    compliance: ['list', 'show', 'export'],
    'compliance-runs': ['list', 'show'],
    'compliance-targets': ['list', 'show'],
    'compliance-actions': ['list', 'show'],
    'compliance-comments': ['list', 'show', 'create'],
    'compliance-snapshots': ['list', 'show', 'verify'],
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

describe('combinePermissionFragments', () => {
  const roles = ['city_officer', 'county_officer'] as const;

  it("merges each role's rows from every area and lists the resources in fragment order", () => {
    const a = definePermissions('a', ['alpha'], { city_officer: { alpha: ['list'] } });
    const b = definePermissions('b', ['beta', 'gamma'], { city_officer: { beta: ['show'] }, county_officer: { gamma: ['create'] } });
    expect(combinePermissionFragments(roles, [a, b])).toEqual({
      resources: ['alpha', 'beta', 'gamma'],
      table: { city_officer: { alpha: ['list'], beta: ['show'] }, county_officer: { gamma: ['create'] } },
    });
  });

  it('refuses a resource declared by two areas', () => {
    const a = definePermissions('a', ['alpha'], {});
    const b = definePermissions('b', ['alpha'], {});
    expect(() => combinePermissionFragments(roles, [a, b])).toThrow(/'alpha' is declared by both a and b/);
  });

  it("refuses rows about another area's resource or for an unknown role", () => {
    const a = definePermissions('a', ['alpha'], {});
    const b = { area: 'b', resources: ['beta'], rows: { city_officer: { alpha: ['list'] } } } as const;
    expect(() => combinePermissionFragments(roles, [a, b])).toThrow(/b grants 'alpha', which it does not declare/);
    const c = { area: 'c', resources: ['gamma'], rows: { inspector: { gamma: ['list'] } } } as const;
    expect(() => combinePermissionFragments(roles, [c])).toThrow(/unknown role 'inspector'/);
  });
});
