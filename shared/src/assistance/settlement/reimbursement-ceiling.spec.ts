import { EXAMPLE_PARAMETERS_LIUZHOU_2026, reimbursementCeilingApplies, type IdentityCategory, type VisitType } from '../..';

describe('reimbursementCeilingApplies (S3 §四: key aid recipients under the reimbursement ceiling)', () => {
  const example = EXAMPLE_PARAMETERS_LIUZHOU_2026.guards.reimbursementCeiling;
  /** a pooling region that lists only the registered poor, in- and chronic outpatient care */
  const own = {
    categories: { ...example.categories, value: ['registered_poor'] as IdentityCategory[] },
    visitTypes: { ...example.visitTypes, value: ['inpatient', 'chronic_outpatient'] as VisitType[] },
  };
  it.each<[string, typeof example | typeof own, VisitType, IdentityCategory[], boolean]>([
    ['the example: a dibao inpatient', example, 'inpatient', ['rural_dibao'], true],
    ['the example: a dibao outpatient', example, 'outpatient', ['rural_dibao'], false],
    ['the example: no key aid category', example, 'inpatient', ['urban_low_income'], false],
    ['the example: no categories at all', example, 'inpatient', [], false],
    ['own list: the registered poor’s chronic outpatient care', own, 'chronic_outpatient', ['registered_poor'], true],
    ['own list: dibao is not on it', own, 'inpatient', ['rural_dibao'], false],
    ['own list: one of several categories on it', own, 'inpatient', ['rural_dibao', 'registered_poor'], true],
  ])('%s', (_, rc, visitType, categories, expected) => {
    expect(reimbursementCeilingApplies(rc, visitType, categories)).toBe(expected);
  });
});
