import { CODE_LISTS } from './code-lists';
import { IDENTITY_CATEGORIES, IDENTITY_CATEGORY_LABELS, RESPONSIBILITY_ROLES, ROLE_LABELS, ROLES } from '.';

describe('CODE_LISTS', () => {
  it('names every code list the admin labels, by its locale section', () => {
    expect(Object.keys(CODE_LISTS).sort()).toEqual(
      [
        'roles',
        'regionLevels',
        'identityCategories',
        'sourceDepartments',
        'insuranceSchemes',
        'nonEnrollmentReasons',
        'notificationKinds',
        'holidayKinds',
        'subsidyCategories',
        'subsidyBasis',
        'differenceTypes',
        'taskOutcomes',
        'beneficiaryStatuses',
        'visitTypes',
        'hospitalLevels',
        'settlementSteps',
        'settlementRules',
        'settlementNotes',
        'settlementFlags',
        'physicianTitles',
        'assistanceMeasures',
        'recognitionStatuses',
        'chronicDiseases',
        'rectificationCategories',
        'problemTypes',
        'rectificationSources',
        'subTaskKinds',
        'subTaskStatuses',
        'responsibilityRoles',
        'accountabilitySubjectTypes',
        'accountabilityConducts',
        'accountabilitySourceTypes',
        'accountabilityMeasures',
        'appealOutcomes',
        'inspectionKinds',
        'inspectionAreas',
        'findingSeverities',
        'findingDispositions',
        'reportingDuties',
        'reportingTaskStates',
        'fraudClueSources',
        'fraudPartyTypes',
        'institutionKinds',
        'institutionLevels',
        'institutionOwnerships',
        'agreementStatuses',
        'fraudClueStates',
        'fraudCaseStates',
        'fraudCauses',
        'fraudEvidenceTypes',
        'fraudDecisionTypes',
        'fraudMeasures',
        'fraudExecutionKinds',
        'discretionTiers',
        'fraudPauseKinds',
        'fraudGuards',
        'caseDocumentKinds',
        'screeningRules',
        'screeningRuleTypes',
        'fraudSuspicionStates',
        'suspicionDismissReasons',
        'flightCheckWeightings',
        'complianceIndicators',
        'complianceAreas',
        'complianceStatuses',
        'complianceActionStatuses',
      ].sort(),
    );
  });

  it('keeps the old *_LABELS names as the zh labels, in the canonical order', () => {
    expect(CODE_LISTS.roles.values).toEqual(ROLES);
    expect(CODE_LISTS.roles.zh).toBe(ROLE_LABELS);
    expect(CODE_LISTS.identityCategories.values).toEqual(IDENTITY_CATEGORIES);
    expect(CODE_LISTS.identityCategories.zh).toBe(IDENTITY_CATEGORY_LABELS);
    expect(ROLE_LABELS.county_officer).toBe('县级医保局');
    expect(CODE_LISTS.roles.en.county_officer).toBe('County bureau officer');
  });

  it('labels the 14 responsibility-table roles, whose code is the annex title stored as written', () => {
    const roles = CODE_LISTS.responsibilityRoles;
    expect(roles.values).toEqual(RESPONSIBILITY_ROLES);
    expect(roles.values).toHaveLength(14);
    for (const role of roles.values) expect(roles.zh[role]).toBe(role);
    expect(roles.en['总负责人']).toBe('Head in overall charge');
  });
});
