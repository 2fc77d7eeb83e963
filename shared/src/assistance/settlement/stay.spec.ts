import { settlementStayProblems, type SettlementStayFacts } from '..';

const stay = (f: Partial<SettlementStayFacts>): SettlementStayFacts => ({ visitType: 'inpatient', settledOn: '2026-03-10', ...f });
const fields = (f: Partial<SettlementStayFacts>) => settlementStayProblems(stay(f)).map((p) => p.field);

describe('settlement stay dates and diagnosis (issue 17: 入院日期 ≤ 出院日期 ≤ 结算日期)', () => {
  it.each<[string, Partial<SettlementStayFacts>, string[]]>([
    ['no stay, no diagnosis (older records)', {}, []],
    ['a stay settled on discharge', { admittedOn: '2026-03-01', dischargedOn: '2026-03-10' }, []],
    ['a stay settled after discharge', { admittedOn: '2026-03-01', dischargedOn: '2026-03-05' }, []],
    ['admitted and discharged the same day', { admittedOn: '2026-03-10', dischargedOn: '2026-03-10' }, []],
    ['a stay begun the year before', { admittedOn: '2025-12-28', dischargedOn: '2026-01-04' }, []],
    ['discharged before admitted', { admittedOn: '2026-03-05', dischargedOn: '2026-03-04' }, ['dischargedOn']],
    ['discharged after the settlement', { admittedOn: '2026-03-05', dischargedOn: '2026-03-11' }, ['dischargedOn']],
    ['admitted after the settlement (so discharged after it too)', { admittedOn: '2026-03-11', dischargedOn: '2026-03-12' }, ['dischargedOn']],
    ['only admitted', { admittedOn: '2026-03-01' }, ['dischargedOn']],
    ['only discharged', { dischargedOn: '2026-03-01' }, ['admittedOn']],
    ['empty strings are absent', { admittedOn: '', dischargedOn: '', diagnosisCode: '' }, []],
    ['not a calendar date', { admittedOn: '2026-02-30', dischargedOn: '2026-03-01' }, ['admittedOn']],
    ['not a date at all', { admittedOn: '2026-03-01', dischargedOn: '3/5/2026' }, ['dischargedOn']],
    ['stay dates on an outpatient visit', { visitType: 'outpatient', admittedOn: '2026-03-01', dischargedOn: '2026-03-02' }, ['admittedOn']],
    ['a discharge date on a chronic-disease visit', { visitType: 'chronic_outpatient', dischargedOn: '2026-03-02' }, ['dischargedOn']],
    ['an ICD-10 diagnosis', { diagnosisCode: 'K35.800x001' }, []],
    ['a diagnosis on an outpatient visit', { visitType: 'outpatient', diagnosisCode: 'J06.9' }, []],
    ['a diagnosis not in ICD-10 form', { diagnosisCode: 'k35' }, ['diagnosisCode']],
    [
      'a bad order and a bad diagnosis: both named',
      { admittedOn: '2026-03-05', dischargedOn: '2026-03-04', diagnosisCode: '35.1' },
      ['dischargedOn', 'diagnosisCode'],
    ],
  ])('%s', (_case, facts, expected) => {
    expect(fields(facts)).toEqual(expected);
  });

  it('each message is Chinese first with the English after it', () => {
    for (const p of settlementStayProblems(stay({ admittedOn: '2026-03-05', dischargedOn: '2026-03-04', diagnosisCode: 'x' })))
      expect(p.message).toMatch(/^[\u4e00-\u9fff].*\(.+\)$/);
  });
});
