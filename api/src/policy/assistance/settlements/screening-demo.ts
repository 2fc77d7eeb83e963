import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  decodeCategories,
  EMPTY_YEAR_TO_DATE,
  HospitalLevel,
  IdentityCategory,
  PolicyParameters,
  SettlementInput,
  SettlementYearToDate,
  VisitType,
  type ScreeningRuleId,
} from '@yibao/shared';
import { inTransaction } from '../../../database/data-source';
import { insertRows, tableOf } from '../../../database/insert-many';
import { Region } from '../../../platform/regions/region.entity';
import { Beneficiary, Enrollment } from '../../enrollment';
import { Institution } from '../../fraud';
import { PolicyParameterSet } from '../policy-parameters/policy-parameter-set.entity';
import { assessSettlement, blockedAt, institutionBlocks, SettlementFacts, settlementColumns, yearToDateKey } from './settlement-rows';
import { Settlement } from './settlement.entity';

/**
 * 智能监控's demo settlements (issue 17): a year of care over the demo ledger — outpatient visits, 门诊特慢病 and
 * inpatient stays with their dates and ICD-10 diagnoses, about ten per person (200k over the 20,000-person ledger)
 * — paid as the calculator computes them, with a handful of planted cases for every screening rule and near
 * misses beside them. Written after the rest of the demo activity, so the warnings, the rectification screening
 * and the inbox keep their story: the people with a watched identity (the early warning's) get only small
 * outpatient bills that stay far below the warning line, and nobody who already has a 2026 settlement gets more.
 *
 * The clean part is built so that no rule fires on it: stays in 60-day slots (no overlap, a readmission never
 * within 15 days), at least two days long at ≥ 400 元 in-policy per day, at most 14 outpatient visits a year,
 * diagnoses that fit either sex and any adult age, nobody deceased, no institution on a day it was blocked, and
 * each county's stays shared among three institutions with a designed spread (±10 %) of admissions per 1,000
 * enrolled, so the planted admissions outlier stands out under any peer grouping.
 */

/** A planted case: the settlements (by 结算流水号, stable across databases) and, for the outlier, the institution. */
export interface PlantedScreeningCase {
  key: string;
  settlementNos: string[];
  institutionCode?: string;
  /** what the case is, for whoever reads a failing test */
  note: string;
}

export interface PlantedScreeningRule {
  /** what a run of the rule over 2026 must find */
  hits: PlantedScreeningCase[];
  /** near misses the rule must leave alone */
  controls: PlantedScreeningCase[];
}

const YEAR = 2026;
const no = (rule: string, n: number, k: number) => `JK${rule}${n}${String.fromCharCode(65 + k)}`;
const nos = (rule: string, n: number, count: number) => Array.from({ length: count }, (_, k) => no(rule, n, k));

/** The outlier: 灵川仁爱医院, a private hospital of 灵川县 admitting at about four times its county's rate. */
export const OUTLIER_INSTITUTION = 'H45032300005';
/** The institutions blocked in 2026 by the demo registry (fraud/institutions/demo.ts): 仁和 suspended from 06-02, the pharmacy terminated from 04-20. */
const SUSPENDED_HOSPITAL = 'H45020600003';
const TERMINATED_PHARMACY = 'P45030500004';

/**
 * The planted cases by rule, keyed by settlement number (JK + rule letters + case + settlement letter). A
 * screening run over the demo's 2026 finds every hit and none of the controls.
 */
export const SCREENING_DEMO_PLANTED: Readonly<Record<ScreeningRuleId, PlantedScreeningRule>> = {
  split_admission: {
    hits: [
      { key: 'SA1', settlementNos: nos('SA', 1, 2), note: 'I63 readmitted to the same hospital 7 days after discharge' },
      { key: 'SA2', settlementNos: nos('SA', 2, 2), note: 'J44 readmitted to the same hospital 10 days after discharge' },
    ],
    controls: [
      { key: 'SA3', settlementNos: nos('SA', 3, 3), note: 'Z51.1 chemotherapy cycles 12 days apart: excluded' },
      { key: 'SA4', settlementNos: nos('SA', 4, 2), note: 'K80 readmitted 16 days after discharge (N = 15)' },
      { key: 'SA5', settlementNos: nos('SA', 5, 2), note: 'readmitted 5 days after discharge with another diagnosis (K80 → J18)' },
    ],
  },
  overlapping_stays: {
    hits: [
      { key: 'OS1', settlementNos: nos('OS', 1, 2), note: 'two hospitals, stays intersecting for 6 days' },
      { key: 'OS2', settlementNos: nos('OS', 2, 2), note: 'a stay inside another at a second hospital' },
    ],
    controls: [],
  },
  phantom_stay: {
    hits: [
      { key: 'PS1', settlementNos: nos('PS', 1, 1), note: '8 days at 60 元 in-policy per day' },
      { key: 'PS2', settlementNos: nos('PS', 2, 1), note: '10 days at 70 元 in-policy per day' },
      { key: 'PS3', settlementNos: nos('PS', 3, 1), note: 'admitted and discharged the same day' },
      { key: 'PS4', settlementNos: nos('PS', 4, 1), note: 'admitted and discharged the same day' },
    ],
    controls: [
      { key: 'PS5', settlementNos: nos('PS', 5, 1), note: '3 days at 50 元 per day (fewer than D = 5 days)' },
      { key: 'PS6', settlementNos: nos('PS', 6, 1), note: '6 days at 150 元 per day (above X = 100 元)' },
    ],
  },
  frequent_visits: {
    hits: [
      { key: 'FV1', settlementNos: nos('FV', 1, 10), note: '10 outpatient visits at one clinic in 2026-09' },
      { key: 'FV2', settlementNos: nos('FV', 2, 12), note: '12 outpatient visits at one clinic in 2026-10' },
    ],
    controls: [{ key: 'FV3', settlementNos: nos('FV', 3, 8), note: '8 visits in a month (N = 8: not more than N)' }],
  },
  sex_mismatch: {
    hits: [
      { key: 'SX1', settlementNos: nos('SX', 1, 1), note: 'a man with O80 (delivery)' },
      { key: 'SX2', settlementNos: nos('SX', 2, 1), note: 'a man with N73.9 (female pelvic inflammatory disease)' },
      { key: 'SX3', settlementNos: nos('SX', 3, 1), note: 'a woman with N40 (prostatic hyperplasia)' },
    ],
    controls: [
      { key: 'SX4', settlementNos: nos('SX', 4, 1), note: 'a woman with O80' },
      { key: 'SX5', settlementNos: nos('SX', 5, 1), note: 'a man with N40' },
    ],
  },
  age_mismatch: {
    hits: [
      { key: 'AM1', settlementNos: nos('AM', 1, 1), note: 'an adult with P07.3 (preterm infant)' },
      { key: 'AM2', settlementNos: nos('AM', 2, 1), note: 'an adult with P59.9 (neonatal jaundice)' },
    ],
    controls: [],
  },
  after_death: {
    hits: [
      {
        key: 'AD1',
        settlementNos: [no('AD', 1, 1), no('AD', 1, 2)],
        note: 'died 2026-04-10 (ledger: exited that day, 2026 enrollment 死亡); two visits after',
      },
      { key: 'AD2', settlementNos: [no('AD', 2, 1)], note: 'died 2026-06-20; a stay settled after' },
    ],
    controls: [
      { key: 'AD3', settlementNos: [no('AD', 1, 0)], note: 'the first person before death' },
      { key: 'AD4', settlementNos: [no('AD', 2, 0)], note: 'the second person before death' },
    ],
  },
  suspended_institution: {
    hits: [
      { key: 'SI1', settlementNos: nos('SI', 1, 1), institutionCode: SUSPENDED_HOSPITAL, note: '柳江仁和医院 after its suspension of 2026-06-02' },
      { key: 'SI2', settlementNos: nos('SI', 2, 1), institutionCode: SUSPENDED_HOSPITAL, note: '柳江仁和医院 in 2026-09' },
      { key: 'SI3', settlementNos: nos('SI', 3, 1), institutionCode: TERMINATED_PHARMACY, note: 'the 七星 pharmacy after its termination of 2026-04-20' },
    ],
    controls: [
      { key: 'SI4', settlementNos: nos('SI', 4, 1), institutionCode: SUSPENDED_HOSPITAL, note: '柳江仁和医院 before its suspension' },
      { key: 'SI5', settlementNos: nos('SI', 5, 1), institutionCode: OUTLIER_INSTITUTION, note: '灵川仁爱医院 during a suspension since lifted' },
    ],
  },
  zero_oop: {
    // Under the demo's approved 2026 parameters the calculator never leaves a person nothing to pay (no top-up,
    // the 95 % line): these are the hospital's own zero copays (免收自付), recorded paidOutOfPocket 0 and flagged
    // recorded_mismatch — the rule reads the recorded tiers as well as the calculator's flag, and finds them.
    hits: [
      { key: 'ZO1', settlementNos: nos('ZO', 1, 1), note: 'a stay recorded with no out-of-pocket payment' },
      { key: 'ZO2', settlementNos: nos('ZO', 2, 1), note: 'an outpatient visit recorded with no out-of-pocket payment' },
    ],
    controls: [],
  },
  institution_outlier: {
    hits: [
      { key: 'IO1', settlementNos: [], institutionCode: OUTLIER_INSTITUTION, note: '灵川仁爱医院: about 4× the admissions per 1,000 enrolled of its peers' },
    ],
    controls: [],
  },
};

/** Diagnoses of the clean data: either sex, any adult age, never Z51. */
const OUTPATIENT_DIAGNOSES = ['J06.9', 'I10', 'E11.9', 'K29.7', 'M54.5', 'J20.9', 'R51', 'L30.9', 'K52.9', 'H10.9'];
const CHRONIC_DIAGNOSES = ['I10', 'E11.9', 'I25.1', 'J44.9', 'N18.9', 'M06.9'];
const STAY_DIAGNOSES = ['I63.9', 'J18.9', 'I25.1', 'K80.2', 'K35.8', 'S72.0', 'J44.1', 'I50.9', 'N39.0', 'C34.9', 'M17.9', 'E11.6'];
const WATCHED: IdentityCategory[] = ['dibao_marginal', 'monitored_unstable', 'monitored_marginal', 'monitored_sudden'];
/** Stay slots: the year in six 60-day windows, a stay starting in the first 15 days of one and lasting ≤ 14 (done by 11-30). */
const SLOT_STARTS = ['2026-01-05', '2026-03-06', '2026-05-05', '2026-07-04', '2026-09-02', '2026-11-01'];
const LAST_VISIT_DAY = 329; // 2026-11-26
/** clean admissions per enrolled person and year, times the county's factor */
const STAY_RATE = 0.25;

function lcg(seed: number) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

interface Person {
  idNumber: string;
  name: string;
  regionCode: string;
  sex: string;
  categories: IdentityCategory[];
}

interface Place {
  code: string;
  name: string;
  level: HospitalLevel;
}

/** One settlement to write, before its assessment. */
interface Draft {
  person: Person;
  place: Place;
  visitType: VisitType;
  settledOn: string;
  admittedOn: string | null;
  dischargedOn: string | null;
  diagnosisCode: string;
  /** in-policy cost in fen; total and in-catalogue follow from it */
  inPolicy: number;
  settlementNo: string;
  /** the hospital recorded no out-of-pocket payment (the zero_oop plants) */
  zeroCopay?: boolean;
}

const levelOf = (i: Pick<Institution, 'kind' | 'level'>): HospitalLevel => (i.level === 'tertiary' || i.level === 'secondary' ? i.level : 'primary');

/** A person the demo has die in 2026, and the day: the enrollment area records it in the ledger (`recordDemoDeaths`). */
export interface DemoDeath {
  idNumber: string;
  diedOn: string;
}

/**
 * Writes the demo's screening settlements (demo activity, after everything else): how many, and the deaths the
 * ledger must record for the after_death plants.
 */
export async function seedScreeningSettlements(ds: DataSource): Promise<{ written: number; deaths: DemoDeath[] }> {
  const rnd = lcg(20260117);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const day = (n: number) => addDays(`${YEAR}-01-01`, n);

  const parameters = new Map<string, PolicyParameters>();
  for (const set of await ds.getRepository(PolicyParameterSet).find({ where: { year: YEAR } }))
    if (set.approvedDocument) parameters.set(set.regionCode, JSON.parse(set.approvedDocument) as PolicyParameters);
  const settled = new Set(
    (await ds.getRepository(Settlement).createQueryBuilder('s').select('DISTINCT s.idNumber', 'idNumber').getRawMany<{ idNumber: string }>()).map(
      (r) => r.idNumber,
    ),
  );
  const enrolled = new Set(
    (await ds.getRepository(Enrollment).find({ where: { year: YEAR, enrolled: true }, select: { beneficiaryId: true } })).map((e) => e.beneficiaryId),
  );
  const ledger = await ds.getRepository(Beneficiary).find({ where: { status: 'active' }, order: { id: 'ASC' } });
  const people = ledger.filter((b) => enrolled.has(b.id) && !settled.has(b.idNumber) && parameters.has(b.poolingRegionCode));
  if (!people.length) return { written: 0, deaths: [] };
  const personOf = (b: Beneficiary): Person => ({
    idNumber: b.idNumber,
    name: b.name,
    regionCode: b.regionCode,
    sex: b.sex,
    categories: decodeCategories(b.identityCategories),
  });
  const watched = (p: Person) => p.categories.some((c) => WATCHED.includes(c));
  const enrolledByCounty = new Map<string, number>();
  for (const b of people) enrolledByCounty.set(b.regionCode, (enrolledByCounty.get(b.regionCode) ?? 0) + 1);

  // the places of care per county: three inpatient institutions (the registry's public hospitals and health
  // centres first, then the county's own 人民医院 / 中心卫生院 where the registry has none) and an outpatient clinic
  const registry = await ds.getRepository(Institution).find({ order: { code: 'ASC' } });
  const counties = [...enrolledByCounty.keys()].sort();
  const regionNames = new Map((await ds.getRepository(Region).find({ where: { code: In(counties) } })).map((r) => [r.code, r.name]));
  const wards = new Map<string, Place[]>();
  const clinics = new Map<string, Place>();
  for (const county of counties) {
    const name = regionNames.get(county) ?? county;
    const own = registry.filter(
      (i) => i.regionCode === county && i.ownership === 'public' && (i.kind === 'hospital' || i.kind === 'primary') && i.code !== OUTLIER_INSTITUTION,
    );
    const places: Place[] = own.map((i) => ({ code: i.code, name: i.name, level: levelOf(i) }));
    if (!places.some((p) => p.level !== 'primary')) places.unshift({ code: `H${county}90001`, name: `${name}人民医院`, level: 'secondary' });
    for (let k = 1; places.length < 3; k++) places.push({ code: `H${county}9100${k}`, name: `${name}第${'一二三'[k - 1]}中心卫生院`, level: 'primary' });
    wards.set(county, places.slice(0, 3));
    clinics.set(county, places.find((p) => p.level === 'primary') ?? places[0]);
  }
  const place = (code: string): Place => {
    const i = registry.find((r) => r.code === code)!;
    return { code: i.code, name: i.name, level: levelOf(i) };
  };

  // planted people: enrolled, no watched identity, reserved (no clean settlements of their own)
  const reserved = new Set<string>();
  // taken in turn from each city (round robin), so both cities' reviewers find planted cases of most rules
  const eligible = people.map(personOf).filter((p) => !watched(p));
  const byCity = [...new Set(eligible.map((p) => p.regionCode.slice(0, 4)))].sort().map((city) => eligible.filter((p) => p.regionCode.startsWith(city)));
  const candidates = Array.from({ length: Math.max(0, ...byCity.map((c) => c.length)) }, (_, i) => byCity.map((c) => c[i]))
    .flat()
    .filter((p): p is Person => p !== undefined);
  const take = (where: (p: Person) => boolean = () => true): Person => {
    const p = candidates.find((c) => !reserved.has(c.idNumber) && where(c));
    if (!p) throw new Error('the demo ledger is too small for the planted screening cases: raise DEMO_BENEFICIARIES');
    reserved.add(p.idNumber);
    return p;
  };
  const drafts: Draft[] = [];
  const homeWard = (p: Person) => wards.get(p.regionCode)![0];
  const stay = (
    p: Person,
    at: Place,
    admittedOn: string,
    days: number,
    diagnosisCode: string,
    perDayYuan: number,
    settlementNo: string,
    extra: Partial<Draft> = {},
  ) =>
    drafts.push({
      person: p,
      place: at,
      visitType: 'inpatient',
      admittedOn,
      dischargedOn: addDays(admittedOn, days),
      settledOn: addDays(admittedOn, days),
      diagnosisCode,
      inPolicy: Math.max(days, 1) * perDayYuan * 100,
      settlementNo,
      ...extra,
    });
  const visit = (p: Person, at: Place, on: string, diagnosisCode: string, yuan: number, settlementNo: string, extra: Partial<Draft> = {}) =>
    drafts.push({
      person: p,
      place: at,
      visitType: 'outpatient',
      admittedOn: null,
      dischargedOn: null,
      settledOn: on,
      diagnosisCode,
      inPolicy: yuan * 100,
      settlementNo,
      ...extra,
    });

  // split_admission
  let p = take();
  stay(p, homeWard(p), '2026-03-02', 7, 'I63.9', 600, no('SA', 1, 0));
  stay(p, homeWard(p), '2026-03-16', 8, 'I63.0', 600, no('SA', 1, 1));
  p = take();
  stay(p, homeWard(p), '2026-05-04', 6, 'J44.1', 500, no('SA', 2, 0));
  stay(p, homeWard(p), '2026-05-20', 8, 'J44.0', 500, no('SA', 2, 1));
  p = take();
  for (let k = 0; k < 3; k++) stay(p, homeWard(p), addDays('2026-04-01', k * 14), 2, 'Z51.1', 2500, no('SA', 3, k));
  p = take();
  stay(p, homeWard(p), '2026-06-01', 5, 'K80.2', 700, no('SA', 4, 0));
  stay(p, homeWard(p), '2026-06-22', 4, 'K80.2', 700, no('SA', 4, 1));
  p = take();
  stay(p, homeWard(p), '2026-08-03', 5, 'K80.2', 700, no('SA', 5, 0));
  stay(p, homeWard(p), '2026-08-13', 6, 'J18.9', 600, no('SA', 5, 1));
  // overlapping_stays: the home county's hospital and a second one of the county
  p = take();
  stay(p, homeWard(p), '2026-07-01', 9, 'I50.9', 800, no('OS', 1, 0));
  stay(p, wards.get(p.regionCode)![1], '2026-07-04', 8, 'I25.1', 600, no('OS', 1, 1));
  p = take();
  stay(p, homeWard(p), '2026-10-05', 12, 'J18.9', 700, no('OS', 2, 0));
  stay(p, wards.get(p.regionCode)![2], '2026-10-08', 4, 'E11.6', 500, no('OS', 2, 1));
  // phantom_stay
  p = take();
  stay(p, homeWard(p), '2026-02-10', 8, 'M54.5', 60, no('PS', 1, 0));
  p = take();
  stay(p, homeWard(p), '2026-04-12', 10, 'I10', 70, no('PS', 2, 0));
  p = take();
  stay(p, homeWard(p), '2026-08-12', 0, 'J18.9', 1500, no('PS', 3, 0));
  p = take();
  stay(p, homeWard(p), '2026-09-21', 0, 'K29.7', 1200, no('PS', 4, 0));
  p = take();
  stay(p, homeWard(p), '2026-05-11', 3, 'M54.5', 50, no('PS', 5, 0));
  p = take();
  stay(p, homeWard(p), '2026-06-15', 6, 'I10', 150, no('PS', 6, 0));
  // frequent_visits
  for (const [n, count, month] of [
    [1, 10, '2026-09'],
    [2, 12, '2026-10'],
    [3, 8, '2026-03'],
  ] as const) {
    p = take();
    for (let k = 0; k < count; k++) visit(p, clinics.get(p.regionCode)!, `${month}-${String(2 + k * 2).padStart(2, '0')}`, 'M54.5', 60, no('FV', n, k));
  }
  // sex_mismatch (the sex the ID number gives)
  const man = (c: Person) => c.sex === 'male';
  const woman = (c: Person) => c.sex === 'female';
  p = take(man);
  stay(p, homeWard(p), '2026-03-20', 3, 'O80', 900, no('SX', 1, 0));
  p = take(man);
  visit(p, clinics.get(p.regionCode)!, '2026-04-14', 'N73.9', 180, no('SX', 2, 0));
  p = take(woman);
  stay(p, homeWard(p), '2026-05-26', 5, 'N40', 800, no('SX', 3, 0));
  p = take(woman);
  stay(p, homeWard(p), '2026-06-08', 3, 'O80', 900, no('SX', 4, 0));
  p = take(man);
  stay(p, homeWard(p), '2026-07-13', 5, 'N40', 800, no('SX', 5, 0));
  // age_mismatch: everyone in the ledger is an adult
  p = take();
  stay(p, homeWard(p), '2026-02-23', 4, 'P07.3', 700, no('AM', 1, 0));
  p = take();
  visit(p, clinics.get(p.regionCode)!, '2026-07-21', 'P59.9', 120, no('AM', 2, 0));
  // after_death: the ledger records the death (exited on the day, the year's enrollment 死亡)
  const deceased: Array<[Person, string]> = [];
  p = take();
  deceased.push([p, '2026-04-10']);
  visit(p, clinics.get(p.regionCode)!, '2026-03-18', 'I10', 90, no('AD', 1, 0));
  visit(p, clinics.get(p.regionCode)!, '2026-05-06', 'I10', 90, no('AD', 1, 1));
  visit(p, clinics.get(p.regionCode)!, '2026-06-03', 'E11.9', 110, no('AD', 1, 2));
  p = take();
  deceased.push([p, '2026-06-20']);
  stay(p, homeWard(p), '2026-05-02', 6, 'C34.9', 900, no('AD', 2, 0));
  stay(p, homeWard(p), '2026-07-08', 5, 'C34.9', 900, no('AD', 2, 1));
  // suspended_institution
  p = take((c) => c.regionCode === '450206');
  stay(p, place(SUSPENDED_HOSPITAL), '2026-03-09', 5, 'J18.9', 600, no('SI', 4, 0));
  stay(p, place(SUSPENDED_HOSPITAL), '2026-06-15', 6, 'K80.2', 700, no('SI', 1, 0));
  p = take((c) => c.regionCode === '450206');
  stay(p, place(SUSPENDED_HOSPITAL), '2026-09-07', 5, 'I63.9', 600, no('SI', 2, 0));
  p = take((c) => c.regionCode.startsWith('4503'));
  visit(p, place(TERMINATED_PHARMACY), '2026-05-12', 'J06.9', 80, no('SI', 3, 0));
  // zero_oop: the hospital's own zero copay
  p = take();
  stay(p, homeWard(p), '2026-04-20', 4, 'J18.9', 600, no('ZO', 1, 0), { zeroCopay: true });
  p = take();
  visit(p, clinics.get(p.regionCode)!, '2026-05-19', 'J06.9', 150, no('ZO', 2, 0), { zeroCopay: true });
  // institution_outlier: 灵川仁爱医院 admits about one in each enrolled person of 灵川县 in the year (4× the peers),
  // four stays a person in separate slots; the first stay in its lifted suspension is a suspended_institution control
  const outlierCounty = OUTLIER_INSTITUTION.slice(1, 7);
  const outlierStays = Math.max(8, enrolledByCounty.get(outlierCounty) ?? 0);
  let planted = 0;
  for (let n = 1; planted < outlierStays; n++) {
    p = take((c) => c.regionCode === outlierCounty);
    for (let slot = 0; slot < 4 && planted < outlierStays; slot++, planted++) {
      const settlementNo = planted === 0 ? no('SI', 5, 0) : `JKIO${n}${String.fromCharCode(65 + slot)}`;
      stay(p, place(OUTLIER_INSTITUTION), addDays(SLOT_STARTS[slot + 1], between(0, 15)), between(3, 9), pick(STAY_DIAGNOSES), between(400, 900), settlementNo);
    }
  }

  // the clean year of everybody else
  let seq = 0;
  const serial = () => `YB${YEAR}${String(++seq).padStart(7, '0')}`;
  const countyIndex = new Map(counties.map((c, i) => [c, i]));
  const stayQuota = new Map(
    counties.map((c) => [c, [0, 1, 2].map((w) => Math.round((enrolledByCounty.get(c)! * STAY_RATE * [0.9, 1, 1.1][(countyIndex.get(c)! + w) % 3]) / 3))]),
  );
  const clean = people.map(personOf).filter((c) => !reserved.has(c.idNumber));
  for (const person of clean) {
    const clinic = clinics.get(person.regionCode)!;
    const small = watched(person);
    for (let k = between(small ? 5 : 7, small ? 12 : 14); k > 0; k--)
      visit(person, clinic, day(between(4, LAST_VISIT_DAY)), pick(OUTPATIENT_DIAGNOSES), small ? between(20, 120) : between(30, 300), serial());
    if (!small && rnd() < 0.15)
      for (let k = between(1, 3); k > 0; k--)
        drafts.push({
          person,
          place: homeWard(person),
          visitType: 'chronic_outpatient',
          admittedOn: null,
          dischargedOn: null,
          settledOn: day(between(4, LAST_VISIT_DAY)),
          diagnosisCode: pick(CHRONIC_DIAGNOSES),
          inPolicy: between(200, 800) * 100,
          settlementNo: serial(),
        });
  }
  // the stays: each county's quota per institution, handed round its people without a watched identity, one slot each
  for (const county of counties) {
    const eligible = clean.filter((c) => c.regionCode === county && !watched(c));
    if (!eligible.length) continue;
    let turn = 0;
    wards.get(county)!.forEach((ward, w) => {
      for (let k = 0; k < stayQuota.get(county)![w]; k++, turn++) {
        const person = eligible[turn % eligible.length];
        const slot = Math.floor(turn / eligible.length) % SLOT_STARTS.length;
        stay(person, ward, addDays(SLOT_STARTS[slot], between(0, 15)), between(2, 14), pick(STAY_DIAGNOSES), between(400, 1200), serial());
      }
    });
  }

  // assessed in settlement order with each person's year so far, as recording them one by one would
  drafts.sort((a, b) => (a.settledOn < b.settledOn ? -1 : a.settledOn > b.settledOn ? 1 : 0));
  const blocks = await institutionBlocks(ds.manager, new Set(drafts.map((d) => d.place.code)));
  const ytd = new Map<string, SettlementYearToDate>();
  const rows: Array<Partial<Settlement>> = [];
  for (const d of drafts) {
    const pooling = `${d.person.regionCode.slice(0, 4)}00`;
    const totalCost = Math.round(d.inPolicy / 0.85);
    const input: SettlementInput = {
      visitType: d.visitType,
      hospitalLevel: d.place.level,
      inCounty: d.place.code.slice(1, 7) === d.person.regionCode,
      totalCost,
      inPolicyCost: d.inPolicy,
      inCatalogueCost: Math.round(totalCost * 0.95),
      identityCategories: d.person.categories,
    };
    const key = yearToDateKey(pooling, d.person.idNumber);
    const before = ytd.get(key) ?? { ...EMPTY_YEAR_TO_DATE };
    const blocked = blockedAt(blocks, d.place.code, d.settledOn);
    if (blocked && !d.settlementNo.startsWith('JK')) throw new Error(`a clean demo settlement at a blocked institution: ${d.place.code} ${d.settledOn}`);
    // paid as the calculator computes; the zero-copay plants move the person's share to medical aid
    let assessed = assessSettlement(input, 'as_computed', parameters.get(pooling)!, before, blocked);
    let recorded = assessed.computed;
    if (d.zeroCopay) {
      recorded = { ...recorded, medicalAid: recorded.medicalAid + recorded.outOfPocket, outOfPocket: 0 };
      assessed = assessSettlement(input, recorded, parameters.get(pooling)!, before, blocked);
    }
    const { computed, flags, next } = assessed;
    ytd.set(key, next);
    const facts: SettlementFacts = {
      idNumber: d.person.idNumber,
      name: d.person.name,
      regionCode: d.person.regionCode,
      year: YEAR,
      settledOn: d.settledOn,
      institutionCode: d.place.code,
      institutionName: d.place.name,
      settlementNo: d.settlementNo,
      admittedOn: d.admittedOn,
      dischargedOn: d.dischargedOn,
      diagnosisCode: d.diagnosisCode,
      input,
      recorded,
    };
    rows.push(settlementColumns(facts, computed, flags));
  }

  await inTransaction(ds, (em) => writeRows(em, rows));
  return { written: rows.length, deaths: deceased.map(([person, diedOn]) => ({ idNumber: person.idNumber, diedOn })) };
}

/** The positional fast path of insertMany: 200k rows in a few statements per 10,000. */
async function writeRows(em: EntityManager, rows: Array<Partial<Settlement>>): Promise<void> {
  const columns = Object.keys(rows[0]) as Array<keyof Settlement>;
  const value = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
  await insertRows(
    em,
    tableOf(em, Settlement),
    columns,
    rows.map((r) => columns.map((c) => value(r[c]))),
  );
}
