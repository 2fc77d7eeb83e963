import type { InstitutionBlock } from '../fraud/measures';
import { idNumberCheckChar } from '../id-number';
import {
  afterDeathHits,
  ageMismatchHits,
  categoryInRanges,
  frequentVisitHits,
  institutionOutlierHits,
  overlappingStayHits,
  personFromIdNumber,
  phantomStayHits,
  sexMismatchHits,
  splitAdmissionHits,
  stayDays,
  suspendedInstitutionHits,
  zeroOutOfPocketHits,
  type ScreenedSettlement,
} from './predicates';
import { ruleParamValues, SCREENING_RULE_DEFAULTS } from './rule-params';

const P = ruleParamValues(SCREENING_RULE_DEFAULTS);

/** A valid 18-digit number born on `birth` (YYYYMMDD); sequence 001 is a man, 002 a woman. */
function idOf(birth: string, sex: 'male' | 'female', county = '450203'): string {
  const first17 = `${county}${birth}${sex === 'male' ? '001' : '002'}`;
  return first17 + idNumberCheckChar(first17);
}
const MAN = idOf('19800101', 'male');
const WOMAN = idOf('19850615', 'female');

let nextId = 1;
function stay(admittedOn: string, dischargedOn: string, over: Partial<ScreenedSettlement> = {}): ScreenedSettlement {
  return {
    id: nextId++,
    idNumber: MAN,
    settledOn: dischargedOn,
    admittedOn,
    dischargedOn,
    diagnosisCode: 'K35.800x001',
    institutionCode: 'H450203001',
    visitType: 'inpatient',
    inPolicyCost: 500_000,
    flags: [],
    paidOutOfPocket: 1_000,
    computedOutOfPocket: 1_000,
    ...over,
  };
}
function visit(settledOn: string, over: Partial<ScreenedSettlement> = {}): ScreenedSettlement {
  return {
    id: nextId++,
    idNumber: MAN,
    settledOn,
    admittedOn: null,
    dischargedOn: null,
    diagnosisCode: 'J06.9',
    institutionCode: 'H450203001',
    visitType: 'outpatient',
    inPolicyCost: 5_000,
    flags: [],
    paidOutOfPocket: 1_000,
    computedOutOfPocket: 1_000,
    ...over,
  };
}
const ids = (hits: { settlementIds: number[] }[]) => hits.map((h) => h.settlementIds);

describe('personFromIdNumber: sex and birth date from the ID number (GB 11643)', () => {
  it('reads the birth date and an odd 17th digit as a man', () => {
    expect(personFromIdNumber(MAN)).toEqual({ sex: 'male', birthDate: '1980-01-01' });
    expect(personFromIdNumber(WOMAN)).toEqual({ sex: 'female', birthDate: '1985-06-15' });
  });
});

describe('categoryInRanges: ICD-10 category ranges (inclusive, first-last)', () => {
  it.each([
    ['O00', ['O00-O9A'], true],
    ['O99', ['O00-O9A'], true],
    ['N99', ['N70-N98'], false],
    ['N69', ['N70-N98'], false],
    ['N70', ['N70-N98'], true],
    ['Z51', ['Z51'], true],
    ['Z52', ['Z51'], false],
  ])('%s in %j → %p', (category, ranges, inRange) => expect(categoryInRanges(category, ranges)).toBe(inRange));
});

describe('splitAdmissionHits: 分解住院, same person, institution and 3-character diagnosis ≤ N days after discharge (policy-modules §1.8, P31 “同一种疾病15日内两次住院”)', () => {
  it.each([
    ['readmitted on the day of discharge (day 0)', '2026-03-10', true],
    ['readmitted 1 day after discharge', '2026-03-11', true],
    ['readmitted exactly 15 days after discharge (N = 15)', '2026-03-25', true],
    ['readmitted 16 days after discharge', '2026-03-26', false],
  ])('%s', (_, secondAdmission, hit) => {
    const a = stay('2026-03-01', '2026-03-10');
    const b = stay(secondAdmission, '2026-03-30');
    expect(ids(splitAdmissionHits([b, a], P.split_admission))).toEqual(hit ? [[a.id, b.id]] : []);
  });

  it('the same 3-character category with different subcodes is the same disease', () => {
    const a = stay('2026-03-01', '2026-03-10', { diagnosisCode: 'K35.2' });
    const b = stay('2026-03-12', '2026-03-20', { diagnosisCode: 'K35.800x001' });
    expect(ids(splitAdmissionHits([a, b], P.split_admission))).toEqual([[a.id, b.id]]);
  });

  it('chemotherapy/radiotherapy cycles (Z51) are excluded (policy-modules §1.8: planned readmissions)', () => {
    const a = stay('2026-03-01', '2026-03-03', { diagnosisCode: 'Z51.1' });
    const b = stay('2026-03-20', '2026-03-22', { diagnosisCode: 'Z51.1' });
    expect(splitAdmissionHits([a, b], P.split_admission)).toEqual([]);
    expect(ids(splitAdmissionHits([a, b], { days: 30, excludedCategories: [] }))).toEqual([[a.id, b.id]]);
  });

  it.each([
    ['another institution', { institutionCode: 'H450203002' }],
    ['another diagnosis category', { diagnosisCode: 'K36' }],
    ['another person', { idNumber: WOMAN }],
    ['an outpatient settlement', { visitType: 'outpatient' as const }],
    ['no diagnosis', { diagnosisCode: null }],
    ['a malformed diagnosis', { diagnosisCode: 'k35' }],
  ])('no hit with %s', (_, over) => {
    const a = stay('2026-03-01', '2026-03-10');
    const b = stay('2026-03-12', '2026-03-20', over);
    expect(splitAdmissionHits([a, b], P.split_admission)).toEqual([]);
  });

  it('overlapping stays are not readmissions; three stays in a fortnight are every pair within N days', () => {
    const a = stay('2026-03-01', '2026-03-10');
    const overlapping = stay('2026-03-05', '2026-03-12');
    expect(splitAdmissionHits([a, overlapping], P.split_admission)).toEqual([]);
    const x = stay('2026-05-01', '2026-05-02');
    const y = stay('2026-05-05', '2026-05-06');
    const z = stay('2026-05-30', '2026-06-01');
    expect(ids(splitAdmissionHits([x, y, z], P.split_admission))).toEqual([[x.id, y.id]]);
    const z2 = stay('2026-05-10', '2026-05-11');
    expect(ids(splitAdmissionHits([x, y, z2], P.split_admission))).toEqual([
      [x.id, y.id],
      [x.id, z2.id],
      [y.id, z2.id],
    ]);
  });
});

describe('overlappingStayHits: 同时住院, A.start ≤ B.end and A.end ≥ B.start (policy-modules §1.8, R3)', () => {
  it.each([
    ['B inside A', '2026-04-03', '2026-04-05', true],
    ['B starts on the day A ends (inclusive dates)', '2026-04-10', '2026-04-12', true],
    ['B ends on the day A starts', '2026-03-28', '2026-04-01', true],
    ['B starts the day after A ends', '2026-04-11', '2026-04-12', false],
    ['B ends the day before A starts', '2026-03-25', '2026-03-31', false],
  ])('%s', (_, admittedOn, dischargedOn, hit) => {
    const a = stay('2026-04-01', '2026-04-10');
    const b = stay(admittedOn, dischargedOn, { institutionCode: 'H450203009' });
    expect(ids(overlappingStayHits([a, b]))).toEqual(hit ? [[a.id, b.id]] : []);
  });

  it('only stays of one person, and only inpatient settlements with both dates', () => {
    const a = stay('2026-04-01', '2026-04-10');
    expect(overlappingStayHits([a, stay('2026-04-02', '2026-04-03', { idNumber: WOMAN })])).toEqual([]);
    expect(overlappingStayHits([a, visit('2026-04-05')])).toEqual([]);
    expect(overlappingStayHits([a, stay('2026-04-02', '2026-04-03', { dischargedOn: null })])).toEqual([]);
  });
});

describe('phantomStayHits: 挂床, in-policy cost per day < X for ≥ D days, or same-day admission and discharge (policy-modules §1.8, P31; X = 100 yuan, D = 5)', () => {
  it('days are discharge − admission (the day of discharge is not a day in hospital)', () => {
    expect(stayDays('2026-02-27', '2026-03-04')).toBe(5);
    expect(stayDays('2026-03-04', '2026-03-04')).toBe(0);
  });

  it.each([
    ['admitted and discharged the same day, whatever the cost', '2026-06-01', '2026-06-01', 9_999_999, true],
    ['5 days at 99.99 yuan a day', '2026-06-01', '2026-06-06', 49_999, true],
    ['5 days at exactly 100 yuan a day', '2026-06-01', '2026-06-06', 50_000, false],
    ['4 days at 10 yuan a day (fewer than D days)', '2026-06-01', '2026-06-05', 4_000, false],
    ['30 days at 50 yuan a day', '2026-06-01', '2026-07-01', 150_000, true],
    ['1 day at 0 yuan', '2026-06-01', '2026-06-02', 0, false],
  ])('%s', (_, admittedOn, dischargedOn, inPolicyCost, hit) => {
    const s = stay(admittedOn, dischargedOn, { inPolicyCost });
    expect(ids(phantomStayHits([s], P.phantom_stay))).toEqual(hit ? [[s.id]] : []);
  });

  it('an outpatient settlement is never a stay', () => {
    expect(phantomStayHits([visit('2026-06-01', { inPolicyCost: 0 })], P.phantom_stay)).toEqual([]);
  });
});

describe('frequentVisitHits: 高频就诊, more than N outpatient settlements of one person at one institution in a calendar month (issue 17; N = 8)', () => {
  const month = (n: number, over: Partial<ScreenedSettlement> = {}) =>
    Array.from({ length: n }, (_, i) => visit(`2026-07-${String(i + 1).padStart(2, '0')}`, over));

  it('8 visits do not hit, 9 do', () => {
    expect(frequentVisitHits(month(8), P.frequent_visits)).toEqual([]);
    const nine = month(9);
    expect(frequentVisitHits(nine, P.frequent_visits)).toEqual([
      { idNumber: MAN, institutionCode: 'H450203001', month: '2026-07', settlementIds: nine.map((s) => s.id) },
    ]);
  });

  it('门诊特慢病 counts as outpatient; inpatient settlements do not count', () => {
    expect(frequentVisitHits([...month(5), ...month(4, { visitType: 'chronic_outpatient' })], P.frequent_visits)).toHaveLength(1);
    expect(frequentVisitHits([...month(8), visit('2026-07-20', { visitType: 'inpatient' })], P.frequent_visits)).toEqual([]);
  });

  it('a calendar month: 8 in July and 1 on 1 August do not hit; other institutions and persons are counted apart', () => {
    expect(frequentVisitHits([...month(8), visit('2026-08-01')], P.frequent_visits)).toEqual([]);
    expect(frequentVisitHits([...month(8), visit('2026-07-31', { institutionCode: 'H450203002' })], P.frequent_visits)).toEqual([]);
    expect(frequentVisitHits([...month(8), visit('2026-07-31', { idNumber: WOMAN })], P.frequent_visits)).toEqual([]);
  });
});

describe('sexMismatchHits: diagnoses reserved for the other sex (NHSA rule batches 1-1/1-2 限性别; O00–O9A, N70–N98 female; N40–N53 male)', () => {
  it.each([
    ['O00.0', 'a man', true],
    ['O99.8', 'a man', true],
    ['O00.0', 'a woman', false],
    ['N70.0', 'a man', true],
    ['N98.1', 'a man', true],
    ['N99.0', 'a man', false],
    ['N69', 'a man', false],
    ['N40', 'a woman', true],
    ['N53.1', 'a woman', true],
    ['N54', 'a woman', false],
    ['N39.0', 'a woman', false],
    ['N40', 'a man', false],
    ['K35', 'a man', false],
  ])('%s on %s', (diagnosisCode, person, hit) => {
    const s = visit('2026-05-01', { diagnosisCode, idNumber: person === 'a man' ? MAN : WOMAN });
    expect(ids(sexMismatchHits([s], P.sex_mismatch))).toEqual(hit ? [[s.id]] : []);
  });

  it('no diagnosis or a malformed one never hits', () => {
    expect(sexMismatchHits([visit('2026-05-01', { diagnosisCode: null }), visit('2026-05-01', { diagnosisCode: 'o80' })], P.sex_mismatch)).toEqual([]);
  });
});

describe('ageMismatchHits: perinatal codes P00–P96 for persons older than 1 year (NHSA rule batch 8-2 限年龄)', () => {
  const baby = idOf('20240310', 'female');
  it.each([
    ['P96.8 on the first birthday', 'P96.8', '2025-03-10', false],
    ['P96.8 the day after the first birthday', 'P96.8', '2025-03-11', true],
    ['P00.0 at 40 years', 'P00.0', '2026-03-11', true],
    ['P97 is not perinatal (outside P00–P96)', 'P97', '2026-03-11', false],
    ['O80 is not perinatal', 'O80', '2026-03-11', false],
  ])('%s', (_, diagnosisCode, settledOn, hit) => {
    const idNumber = settledOn === '2026-03-11' && diagnosisCode !== 'P96.8' ? MAN : baby;
    const s = visit(settledOn, { diagnosisCode, idNumber });
    expect(ids(ageMismatchHits([s], P.age_mismatch))).toEqual(hit ? [[s.id]] : []);
  });

  it('a stay is aged at its admission, not its settlement', () => {
    const s = stay('2025-03-05', '2025-03-20', { diagnosisCode: 'P07.3', idNumber: baby });
    expect(ageMismatchHits([s], P.age_mismatch)).toEqual([]);
  });

  it('a 29 February birthday turns one on 28 February', () => {
    const leap = idOf('20240229', 'male');
    expect(ageMismatchHits([visit('2025-02-28', { diagnosisCode: 'P59', idNumber: leap })], P.age_mismatch)).toEqual([]);
    expect(ageMismatchHits([visit('2025-03-01', { diagnosisCode: 'P59', idNumber: leap })], P.age_mismatch)).toHaveLength(1);
  });
});

describe('afterDeathHits: 死亡后就医, care begun after the ledger’s death date (issue 17)', () => {
  const deaths = new Map([[MAN, '2026-05-10']]);
  it.each([
    ['an outpatient visit on the day of death', visit('2026-05-10'), false],
    ['an outpatient visit the day after', visit('2026-05-11'), true],
    ['a stay admitted before death and settled after it', stay('2026-05-01', '2026-05-10', { settledOn: '2026-05-20' }), false],
    ['a stay admitted after death', stay('2026-05-12', '2026-05-15'), true],
    ['a person the ledger does not record as deceased', visit('2026-06-01', { idNumber: WOMAN }), false],
  ])('%s', (_, s, hit) => expect(ids(afterDeathHits([s], deaths))).toEqual(hit ? [[s.id]] : []));
});

describe('suspendedInstitutionHits: settled while the agreement was suspended or terminated (令第2号 art. 42)', () => {
  const blocks = new Map<string, InstitutionBlock[]>([
    ['H1', [{ agreementStatus: 'suspended', from: '2026-03-01', suspendedUntil: '2026-05-31' }]],
    ['H2', [{ agreementStatus: 'terminated', from: '2026-04-01', suspendedUntil: null }]],
  ]);
  it.each([
    ['H1', '2026-02-28', false],
    ['H1', '2026-03-01', true],
    ['H1', '2026-05-31', true],
    ['H1', '2026-06-01', false],
    ['H2', '2026-03-31', false],
    ['H2', '2026-12-31', true],
    ['H3', '2026-04-01', false],
  ])('%s on %s', (institutionCode, settledOn, hit) => {
    const s = visit(settledOn, { institutionCode });
    expect(ids(suspendedInstitutionHits([s], blocks))).toEqual(hit ? [[s.id]] : []);
  });
});

describe('zeroOutOfPocketHits: the calculator’s zero_oop flag, or a recorded zero copay the calculator does not share (医保发〔2019〕57号 §五)', () => {
  it('hits the flagged settlements', () => {
    const flagged = visit('2026-01-02', { flags: ['zero_oop'], paidOutOfPocket: 0, computedOutOfPocket: 0 });
    expect(ids(zeroOutOfPocketHits([visit('2026-01-02', { flags: ['institution_suspended'] }), flagged]))).toEqual([[flagged.id]]);
  });
  it.each([
    ['recorded 0, computed 1,000 fen (the hospital waived the copay)', 0, 1_000, true],
    ['recorded 1,000, computed 0 without the flag (not the institution’s zero)', 1_000, 0, false],
    ['recorded 0, computed 0 without the flag (nothing to pay)', 0, 0, false],
    ['recorded 0, not computed', 0, null, false],
    ['recorded 500, computed 1,000', 500, 1_000, false],
  ] as const)('%s', (_, paidOutOfPocket, computedOutOfPocket, hit) => {
    const s = visit('2026-01-02', { paidOutOfPocket, computedOutOfPocket });
    expect(ids(zeroOutOfPocketHits([s]))).toEqual(hit ? [[s.id]] : []);
  });
});

describe('institutionOutlierHits: admissions per 1,000 enrolled poor above the county median + k × MAD (policy-modules §1.8 institution outliers; k = 3)', () => {
  const enrolled = new Map([
    ['450203', 10_000],
    ['450204', 0],
  ]);
  const inst = (institutionCode: string, admissions: number, countyCode = '450203') => ({ institutionCode, countyCode, admissions });

  it('rates 10, 12, 14, 16, 30 per 1,000: median 14, MAD 2, threshold 20 — only the 30 hits', () => {
    const hits = institutionOutlierHits([inst('A', 100), inst('B', 120), inst('C', 140), inst('D', 160), inst('E', 300)], enrolled, P.institution_outlier);
    expect(hits).toEqual([{ institutionCode: 'E', countyCode: '450203', admissions: 300, rate: 30, median: 14, spread: 2, threshold: 20 }]);
  });

  it('exactly at the threshold is not above it', () => {
    expect(institutionOutlierHits([inst('A', 100), inst('B', 120), inst('C', 140), inst('D', 160), inst('E', 200)], enrolled, P.institution_outlier)).toEqual(
      [],
    );
  });

  it('MAD 0: the mean absolute deviation stands in (one far above identical peers); all alike: nothing', () => {
    const hits = institutionOutlierHits([inst('A', 100), inst('B', 100), inst('C', 100), inst('D', 5000)], enrolled, P.institution_outlier);
    expect(hits.map((h) => h.institutionCode)).toEqual(['D']);
    expect(institutionOutlierHits([inst('A', 100), inst('B', 100)], enrolled, P.institution_outlier)).toEqual([]);
  });

  it('peers are the same county’s; a county with no enrolled poor persons is skipped', () => {
    const hits = institutionOutlierHits(
      [inst('A', 100), inst('B', 120), inst('C', 140), inst('D', 160), inst('X', 9000, '450204'), inst('Y', 1, '450204')],
      enrolled,
      P.institution_outlier,
    );
    expect(hits).toEqual([]);
  });
});
