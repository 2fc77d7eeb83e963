import {
  chinaDate,
  COMPLIANCE_INDICATORS,
  complianceDrillDownFilter,
  EXAMPLE_PARAMETERS_LIUZHOU_2026,
  parseCompliancePeriod,
  type ComplianceIndicatorId,
  type SettlementRecord,
} from '@yibao/shared';
import { idFor, testAppWith, type Session } from '../../../../test/harness';
import { costWarningRow, storedSettlement } from '../../../../test/fixtures';
import { approvedDemoSet } from '../../../platform/seed/seed';
import { CostWarning, PolicyParameterSet } from '../../assistance';
import { VerificationTask } from '../../enrollment';
import { inTransaction } from '../../../database/data-source';
import { EnrollmentAssistanceIndicators } from './computers/enrollment-assistance.computer';
import { IndicatorComputers } from './indicator-computers';
import type { UnitFigure } from './indicator-computer';

/**
 * ENR-1…3, TIR-1…6, OVP-1, OVP-2 and MON-1 on small hand-made data sets with known answers: each `it` writes only
 * the source its indicators read (the ledger, settlements, verification tasks or warnings) in its own people, so
 * none depends on another. Every figure is checked per county, for the city (both counties) and against a county
 * run (its subtree only); each drill-down list, filled from the catalogue, lists exactly the numerator's records
 * (or the stated complement); ENR-1 agrees with /api/enrollment-rates and OVP-2 with the zero_oop settlements.
 */
describe('compliance indicators of enrollment, tiered assistance, over-protection and monitoring', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'gx_province']);
  let yufeng: Session;

  beforeAll(async () => {
    yufeng = await t.createAccount({ username: 'lz_yufeng_c1', displayName: '鱼峰区医保局', role: 'county_officer', regionCode: '450203' });
  });

  const today = () => chinaDate(new Date());

  async function figures(regionCode: string, period: string): Promise<Map<string, UnitFigure>> {
    // through the run's set of computers: MON-1 is the stage-timeliness computer's (judged over the workflow history)
    const only = [...t.app.get(EnrollmentAssistanceIndicators).indicators, 'MON-1' as const];
    const out = await t.app.get(IndicatorComputers).compute({ regionCode, period: parseCompliancePeriod(period)!, today: today(), em: t.ds.manager }, only);
    for (const f of out) expect(f.regionCode.startsWith(regionCode.replace(/0+$/, ''))).toBe(true);
    return new Map(out.map((f) => [`${f.regionCode}|${f.indicatorId}`, f]));
  }

  /** One unit's figure, 0/0 when the computer had no row for it. */
  const fig = (all: Map<string, UnitFigure>, unit: string, id: ComplianceIndicatorId) => {
    const f = all.get(`${unit}|${id}`);
    return { numerator: f?.numerator ?? 0, denominator: f?.denominator ?? 0 };
  };
  /** The city's figure as a run rolls it up: the sum over its units. */
  const sum = (all: Map<string, UnitFigure>, id: ComplianceIndicatorId) =>
    [...all.values()]
      .filter((f) => f.indicatorId === id)
      .reduce((a, f) => ({ numerator: a.numerator + f.numerator, denominator: a.denominator + f.denominator }), { numerator: 0, denominator: 0 });

  /** The drill-down list of an indicator for a cell, its filters filled from the catalogue: the total it answers. */
  async function drillDownTotal(id: ComplianceIndicatorId, regionCode: string, period: string): Promise<number> {
    const p = parseCompliancePeriod(period)!;
    const { resource, filter } = COMPLIANCE_INDICATORS[id].drillDown;
    const fill = (v: string) =>
      v.replace('{regionCode}', regionCode).replace('{from}', p.from).replace('{to}', p.to).replace('{year}', String(p.year)).replace('{period}', p.period);
    const query = new URLSearchParams(Object.entries(filter).map(([k, v]): [string, string] => [k, fill(v)]));
    query.set('_end', '1');
    const res = await t.as(s.gx_province).get(`/api/${resource}?${query.toString()}`).expect(200);
    return Number(res.headers['x-total-count']);
  }

  /** The drill-down list's rows (up to 100) and total. */
  async function drillDownRows(id: ComplianceIndicatorId, regionCode: string, period: string) {
    const filter = complianceDrillDownFilter(COMPLIANCE_INDICATORS[id], regionCode, parseCompliancePeriod(period)!);
    const res = await t
      .as(s.gx_province)
      .get(`/api/${COMPLIANCE_INDICATORS[id].drillDown.resource}?${new URLSearchParams({ ...filter, _end: '100' }).toString()}`)
      .expect(200);
    return { rows: res.body as SettlementRecord[], total: Number(res.headers['x-total-count']) };
  }

  it('ENR-1 and ENR-2 count the ledger in the period’s year as /api/enrollment-rates does; the drill-down lists the 应保未保', async () => {
    const person = async (who: Session, county: string, seq: number, identityCategories: string[], enrollment: 'enrolled' | 'excused' | 'none') => {
      const p = (
        await t
          .as(who)
          .post('/api/beneficiaries')
          .send({ idNumber: idFor(county, '19700101', seq), name: '合规参保', regionCode: county, identityCategories, sourceDepartment: 'civil_affairs' })
          .expect(201)
      ).body;
      if (enrollment === 'enrolled')
        await t.as(who).post('/api/enrollments').send({ beneficiaryId: p.id, year: 2026, enrolled: true, scheme: 'resident_basic' }).expect(201);
      if (enrollment === 'excused')
        await t.as(who).post('/api/enrollments').send({ beneficiaryId: p.id, year: 2026, enrolled: false, notEnrolledReason: 'active_military' }).expect(201);
      return p;
    };
    await person(s.lz_chengzhong, '450202', 101, ['registered_poor'], 'enrolled');
    await person(s.lz_chengzhong, '450202', 102, ['registered_poor'], 'none');
    await person(s.lz_chengzhong, '450202', 103, ['rural_low_income'], 'enrolled');
    await person(s.lz_chengzhong, '450202', 104, ['rural_low_income'], 'excused');
    await person(s.lz_chengzhong, '450202', 105, ['rural_dibao'], 'none'); // in neither group
    await person(yufeng, '450203', 106, ['registered_poor'], 'enrolled');

    // a month reads its year: the ledger is yearly
    const city = await figures('450200', '2026-10');
    expect(fig(city, '450202', 'ENR-1')).toEqual({ numerator: 2, denominator: 3 });
    expect(fig(city, '450202', 'ENR-2')).toEqual({ numerator: 1, denominator: 2 });
    expect(fig(city, '450203', 'ENR-1')).toEqual({ numerator: 1, denominator: 1 });
    expect(fig(city, '450203', 'ENR-2')).toEqual({ numerator: 1, denominator: 1 });

    // agreement: 柳州's ENR-1 is the rates API's two rows (nobody is in both groups here), ENR-2 its registered-poor row
    const rates = (await t.as(s.gx_province).get('/api/enrollment-rates?year=2026&regionCode=450200').expect(200)).body.items as Array<{
      regionCode: string;
      category: string;
      persons: number;
      validExclusions: number;
      enrolled: number;
    }>;
    const row = (category: string) =>
      rates.filter((r) => r.category === category).reduce((a, r) => ({ n: a.n + r.enrolled, d: a.d + r.persons - r.validExclusions }), { n: 0, d: 0 });
    const poor = row('registered_poor');
    const lowIncome = row('rural_low_income');
    expect(sum(city, 'ENR-1')).toEqual({ numerator: poor.n + lowIncome.n, denominator: poor.d + lowIncome.d });
    expect(sum(city, 'ENR-2')).toEqual({ numerator: poor.n, denominator: poor.d });

    // the drill-down is the complement: the two groups' persons neither enrolled nor excused
    expect(await drillDownTotal('ENR-1', '450200', '2026-10')).toBe(sum(city, 'ENR-1').denominator - sum(city, 'ENR-1').numerator);
    expect(await drillDownTotal('ENR-2', '450202', '2026-10')).toBe(1);

    // a county run counts its own subtree only
    const county = await figures('450203', '2026');
    expect(sum(county, 'ENR-1')).toEqual({ numerator: 1, denominator: 1 });

    // a person in both groups counts once in ENR-1 (the rates API lists them under each)
    await person(s.lz_chengzhong, '450202', 107, ['registered_poor', 'rural_low_income'], 'none');
    // the run computes in its own transaction: a county made stale by the write above is counted there too
    const inRun = await inTransaction(t.ds, (em) =>
      t.app.get(EnrollmentAssistanceIndicators).compute({ regionCode: '450202', period: parseCompliancePeriod('2026')!, today: today(), em }),
    );
    expect(inRun.find((f) => f.indicatorId === 'ENR-1')).toMatchObject({ numerator: 2, denominator: 4 });
    const after = await figures('450202', '2026');
    expect(fig(after, '450202', 'ENR-1')).toEqual({ numerator: 2, denominator: 4 });
    expect(fig(after, '450202', 'ENR-2')).toEqual({ numerator: 1, denominator: 3 });
    expect(await drillDownTotal('ENR-1', '450202', '2026')).toBe(2);
  });

  it('TIR-1…6, OVP-1 and OVP-2 sum the period’s settlements; each drill-down lists the records summed or the offending ones', async () => {
    const record = async (who: Session, body: Record<string, unknown>): Promise<SettlementRecord> =>
      (
        await t
          .as(who)
          .post('/api/settlements')
          .send({ year: 2026, hospitalLevel: 'secondary', institutionCode: 'H45020200001', institutionName: '柳州市工人医院', name: '合规结算', ...body })
          .expect(201)
      ).body;
    const tiers = (basic: number, criticalIllness: number, medicalAid: number, outOfPocket: number) => ({
      basic,
      criticalIllness,
      medicalAid,
      other: 0,
      outOfPocket,
    });
    const a = idFor('450202', '19600101', 201); // registered poor: the 大病 tilt (deductible halved)
    const b = idFor('450202', '19600101', 202); // rural low income: no tilt
    const c = idFor('450202', '19600101', 203); // registered poor, chronic outpatient
    const d = idFor('450203', '19600101', 204); // registered poor in 鱼峰区
    const poor = ['registered_poor'];
    // before the period: counts toward A's 大病 deductible only
    await record(s.lz_chengzhong, {
      idNumber: a,
      regionCode: '450202',
      settledOn: '2026-09-20',
      visitType: 'inpatient',
      identityCategories: poor,
      totalCost: 1_100_000,
      inPolicyCost: 1_000_000,
      inCatalogueCost: 1_050_000,
      recorded: tiers(600_000, 0, 200_000, 300_000),
    });
    await record(s.lz_chengzhong, {
      idNumber: a,
      regionCode: '450202',
      settledOn: '2026-10-10',
      visitType: 'inpatient',
      identityCategories: poor,
      totalCost: 2_200_000,
      inPolicyCost: 2_000_000,
      inCatalogueCost: 1_900_000,
      recorded: tiers(1_200_000, 300_000, 400_000, 300_000),
    });
    await record(s.lz_chengzhong, {
      idNumber: b,
      regionCode: '450202',
      settledOn: '2026-10-15',
      visitType: 'inpatient',
      identityCategories: ['rural_low_income'],
      totalCost: 3_200_000,
      inPolicyCost: 3_000_000,
      inCatalogueCost: 3_100_000,
      recorded: tiers(1_000_000, 250_000, 1_000_000, 950_000),
    });
    await record(s.lz_chengzhong, {
      idNumber: c,
      regionCode: '450202',
      settledOn: '2026-10-20',
      visitType: 'chronic_outpatient',
      inCounty: true,
      identityCategories: poor,
      totalCost: 100_000,
      inPolicyCost: 100_000,
      inCatalogueCost: 100_000,
      recorded: tiers(80_000, 0, 10_000, 10_000),
    });
    await record(yufeng, {
      idNumber: d,
      regionCode: '450203',
      settledOn: '2026-10-05',
      visitType: 'inpatient',
      identityCategories: poor,
      totalCost: 500_000,
      inPolicyCost: 450_000,
      inCatalogueCost: 480_000,
      recorded: tiers(300_000, 0, 100_000, 100_000),
    });
    // after the period: not counted
    await record(s.lz_chengzhong, {
      idNumber: a,
      regionCode: '450202',
      settledOn: '2026-11-02',
      visitType: 'inpatient',
      identityCategories: poor,
      totalCost: 1_000_000,
      inPolicyCost: 1_000_000,
      inCatalogueCost: 1_000_000,
      recorded: tiers(500_000, 300_000, 200_000, 0),
    });

    // two stored as a settlement system would have them, flagged: a zero out-of-pocket one (the calculator gives none
    // under 柳州's ratios) and a poor person's outpatient visit paid 100 yuan less 大病 than the tilted computation
    let no = 0;
    const stored = (
      idNumber: string,
      settledOn: string,
      identityCategories: string[],
      [basic, criticalIllness, medicalAid, outOfPocket]: [number, number, number, number],
      computedCi: number,
      flags: string[],
    ) =>
      storedSettlement(t, {
        idNumber,
        name: '合规结算',
        regionCode: '450202',
        settledOn,
        settlementNo: `C1-${++no}`,
        hospitalLevel: 'primary',
        identityCategories,
        cost: basic + criticalIllness + medicalAid + outOfPocket,
        paid: { basic, criticalIllness, medicalAid },
        computed: { basic, criticalIllness: computedCi, medicalAid, other: 0, outOfPocket: outOfPocket - computedCi },
        flags,
      });
    await stored(idFor('450202', '19600101', 205), '2026-10-25', ['rural_tekun'], [30_000, 0, 20_000, 0], 0, ['zero_oop']);
    await stored(idFor('450202', '19600101', 206), '2026-10-26', ['registered_poor'], [50_000, 0, 0, 50_000], 10_000, ['recorded_mismatch']);

    const all = await figures('450200', '2026-10');
    expect(fig(all, '450202', 'OVP-2')).toEqual({ numerator: 1, denominator: 5 });
    expect(fig(all, '450203', 'OVP-2')).toEqual({ numerator: 0, denominator: 1 });
    // the poor person's inpatient settlement in 城中区 (B is not poor; C is a chronic outpatient)
    expect(fig(all, '450202', 'TIR-4')).toEqual({ numerator: 300_000, denominator: 2_200_000 });
    expect(fig(all, '450202', 'TIR-6')).toEqual({ numerator: 1_900_000, denominator: 2_200_000 });
    expect(fig(all, '450202', 'TIR-5')).toEqual({ numerator: 10_000, denominator: 100_000 });
    expect(fig(all, '450203', 'TIR-4')).toEqual({ numerator: 100_000, denominator: 500_000 });
    // aid paid on A's and C's settlements over what basic and 大病 left of their in-policy cost, and the registered poor
    // person of the flagged outpatient visit: 500 yuan left (柳州's poor have no aid deductible), no aid paid — refused
    expect(fig(all, '450202', 'TIR-3')).toEqual({ numerator: 410_000, denominator: 2_000_000 - 1_500_000 + 20_000 + 50_000 });
    // key aid recipients' inpatient: A only (rural low income is not one)
    expect(fig(all, '450202', 'OVP-1')).toEqual({ numerator: 1_900_000, denominator: 2_000_000 });
    // TIR-2: the poor's settlements reaching 大病 (A's in October, the planted one), less the one paid short
    expect(fig(all, '450202', 'TIR-2')).toEqual({ numerator: 1, denominator: 2 });
    // TIR-1: A's burden after basic to October's end 400k + 800k above the halved deductible, nothing above it before;
    // B's 2,000k above the full one; 大病 paid in October 300k + 250k
    const ded = EXAMPLE_PARAMETERS_LIUZHOU_2026.criticalIllness.deductible.value;
    expect(fig(all, '450202', 'TIR-1')).toEqual({ numerator: 550_000, denominator: 1_200_000 - ded / 2 + (2_000_000 - ded) });
    expect(fig(all, '450203', 'TIR-1')).toEqual({ numerator: 0, denominator: 0 });

    // drill-downs: the zero_oop list is OVP-2's numerator (the agreement pair), the others their records or complement
    expect(await drillDownTotal('OVP-2', '450200', '2026-10')).toBe(sum(all, 'OVP-2').numerator);
    expect(await drillDownTotal('OVP-2', '450202', '2026-10')).toBe(fig(all, '450202', 'OVP-2').numerator);
    expect(await drillDownTotal('TIR-1', '450202', '2026-10')).toBe(2);
    expect(await drillDownTotal('TIR-2', '450202', '2026-10')).toBe(1);
    expect(await drillDownTotal('TIR-2', '450200', '2026-10')).toBe(1);
    expect(await drillDownTotal('TIR-3', '450202', '2026-10')).toBe(2);
    expect(await drillDownTotal('TIR-4', '450202', '2026-10')).toBe(1);
    expect(await drillDownTotal('TIR-4', '450200', '2026-10')).toBe(2);
    expect(await drillDownTotal('TIR-5', '450202', '2026-10')).toBe(1);
    expect(await drillDownTotal('TIR-6', '450202', '2026-10')).toBe(1);
    expect(await drillDownTotal('OVP-1', '450202', '2026-10')).toBe(1);

    // a county run: 鱼峰区 only
    const county = await figures('450203', '2026-10');
    expect(sum(county, 'OVP-2')).toEqual({ numerator: 0, denominator: 1 });
    expect(sum(county, 'TIR-2')).toEqual({ numerator: 0, denominator: 0 });
    expect(sum(county, 'TIR-4')).toEqual({ numerator: 100_000, denominator: 500_000 });
  });

  it('two flag sets that share a CRC32 are told apart (MariaDB groups the settlement pass by CRC32s and checks a second hash)', async () => {
    // ',h|diVxsl,' is ',zero_oop,' XOR the bytes that make CRC32('plumless') = CRC32('buckeroo'): the same CRC32, and
    // so are the two rows' concatenated texts — the second hash is of the reversed text. Four settlements with
    // consecutive ids, the two sets alternating: however the pass cuts the id range, one part holds both sets
    const ids: number[] = [];
    for (const n of [301, 302, 303, 304]) {
      const res = await t
        .as(yufeng)
        .post('/api/settlements')
        .send({
          year: 2026,
          hospitalLevel: 'secondary',
          institutionCode: 'H45020200001',
          institutionName: '柳州市工人医院',
          name: '合规结算',
          idNumber: idFor('450203', '19600101', n),
          regionCode: '450203',
          settledOn: '2026-05-10',
          visitType: 'outpatient',
          identityCategories: ['rural_low_income'],
          totalCost: 10_000,
          inPolicyCost: 10_000,
          inCatalogueCost: 10_000,
          recorded: { basic: 5_000, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 5_000 },
        })
        .expect(201);
      ids.push(Number(res.body.id));
    }
    for (const [i, id] of ids.entries()) await t.ds.query(`UPDATE settlements SET flags = ? WHERE id = ?`, [i % 2 ? ',h|diVxsl,' : ',zero_oop,', id]);
    expect(fig(await figures('450203', '2026-05'), '450203', 'OVP-2')).toEqual({ numerator: 2, denominator: 4 });
  });

  it('TIR-1 stops at the 大病 cap, TIR-3 runs from the aid deductible to the annual limit, OVP-1 reads the pooling region’s key-aid list', async () => {
    // 柳州's 2027 parameters, approved: the example set with a 大病 cap of 21,000 yuan for those without the tilt (the first
    // segment's 60 % reaches it at 35,000 yuan above the deductible), the registered poor's aid from 1,000 yuan at 65 %
    // up to a limit of 13,000 yuan (reached at 20,000 yuan above the deductible), and a key-aid list of the registered
    // poor alone over inpatient and chronic-outpatient care; 桂林 has no 2027 parameters
    const doc = structuredClone(EXAMPLE_PARAMETERS_LIUZHOU_2026);
    doc.year = 2027;
    doc.effectiveFrom = '2027-01-01';
    doc.effectiveTo = '2027-12-31';
    doc.criticalIllness.annualCap.value = 2_100_000;
    const poorAid = doc.medicalAid.byCategory.registered_poor!;
    poorAid.annualLimit.value = 1_300_000;
    poorAid.deductible.value = 100_000;
    doc.guards.reimbursementCeiling.categories.value = ['registered_poor'];
    doc.guards.reimbursementCeiling.visitTypes.value = ['inpatient', 'chronic_outpatient'];
    await t.ds
      .getRepository(PolicyParameterSet)
      .save({ regionCode: '450200', year: 2027, effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31', ...approvedDemoSet(doc, new Date()) });

    let no = 0;
    const stored = (
      idNumber: string,
      regionCode: string,
      settledOn: string,
      visitType: string,
      identityCategories: string,
      inPolicyCost: number,
      [basic, criticalIllness, medicalAid]: [number, number, number],
    ) =>
      storedSettlement(t, {
        idNumber,
        name: '合规限额',
        regionCode,
        settledOn,
        institutionCode: `H${regionCode}00001`,
        institutionName: '合规医院',
        settlementNo: `C1-cap-${++no}`,
        visitType,
        identityCategories: identityCategories.split(',').filter(Boolean), // the calls below write the stored form ,a,
        cost: inPolicyCost,
        paid: { basic, criticalIllness, medicalAid },
        computed: { basic, criticalIllness, medicalAid, other: 0, outOfPocket: inPolicyCost - basic - criticalIllness - medicalAid },
      });
    const p = idFor('450202', '19550101', 501); // registered poor: aid deductible and limit
    const q = idFor('450202', '19550101', 502); // rural low income: 大病 without the tilt, capped
    const a = idFor('450202', '19550101', 503); // registered poor: 大病 with the tilt, no cap
    // before October: 600 yuan left after basic, inside the aid deductible (no aid)
    await stored(p, '450202', '2027-09-10', 'inpatient', ',registered_poor,', 300_000, [240_000, 0, 0]);
    // 2,400 yuan left: 400 of the deductible, aid 65 % of the other 2,000 = 1,300
    await stored(p, '450202', '2027-10-05', 'inpatient', ',registered_poor,', 1_200_000, [960_000, 0, 130_000]);
    // 20,000 yuan left, the limit reached 18,000 above the deductible: aid 11,700, the rest of the limit
    await stored(p, '450202', '2027-10-20', 'chronic_outpatient', ',registered_poor,', 10_000_000, [8_000_000, 0, 1_170_000]);
    // 80,000 yuan after basic: 65,000 above the deductible, paid to the cap (21,000)
    await stored(q, '450202', '2027-10-08', 'inpatient', ',rural_low_income,', 9_000_000, [1_000_000, 2_100_000, 0]);
    // 80,000 after basic above the halved deductible (7,500): 72,500, no cap
    await stored(a, '450202', '2027-10-12', 'inpatient', ',registered_poor,', 9_000_000, [1_000_000, 5_000_000, 0]);
    // 特困 is on the example's key-aid list, not on 柳州's 2027 one
    await stored(idFor('450202', '19550101', 504), '450202', '2027-10-15', 'inpatient', ',rural_tekun,', 100_000, [80_000, 0, 15_000]);
    // R (鱼峰区), registered poor, refused aid that was due: 3,000 yuan left after basic, 2,000 above the deductible, no aid
    // (an outpatient visit: on neither ceiling list, nor in TIR-4…6)
    await stored(idFor('450203', '19550101', 506), '450203', '2027-10-18', 'outpatient', ',registered_poor,', 500_000, [200_000, 0, 0]);
    // 桂林 (450300) has no 2027 parameters: its settlements count in no figure that needs them
    await stored(idFor('450302', '19550101', 505), '450302', '2027-10-15', 'inpatient', ',registered_poor,', 9_000_000, [1_000_000, 500_000, 100_000]);

    for (const period of ['2027-10', '2027-Q4', '2027']) {
      const all = await figures('450000', period);
      // TIR-1: Q's 65,000 above the deductible counts only up to the cap's 35,000; A's 72,500 in full
      expect(fig(all, '450202', 'TIR-1')).toEqual({ numerator: 2_100_000 + 5_000_000, denominator: 3_500_000 + 7_250_000 });
      // TIR-3: P's aid 13,000 over the 20,000 between the deductible and the limit — exactly 65 % — and A, registered
      // poor, paid no aid though 30,000 yuan were left after basic and 大病: refused, the whole 20,000 span due
      expect(fig(all, '450202', 'TIR-3')).toEqual({ numerator: 1_300_000, denominator: 2_000_000 + 2_000_000 });
      // … and R, refused, counts with nothing paid over the 2,000 due (S0 §二(二): the ratio within the limit)
      expect(fig(all, '450203', 'TIR-3')).toEqual({ numerator: 0, denominator: 200_000 });
      // OVP-1: P's two settlements (one chronic outpatient; the year also P's September one) and A's; not Q (low
      // income) nor the 特困 one
      const september = period === '2027' ? { numerator: 240_000, denominator: 300_000 } : { numerator: 0, denominator: 0 };
      expect(fig(all, '450202', 'OVP-1')).toEqual({
        numerator: 1_090_000 + 9_170_000 + 6_000_000 + september.numerator,
        denominator: 1_200_000 + 10_000_000 + 9_000_000 + september.denominator,
      });
      for (const id of ['TIR-1', 'TIR-3', 'OVP-1'] as const) expect(fig(all, '450302', id)).toEqual({ numerator: 0, denominator: 0 });
      // OVP-1's drill-down lists exactly the settlements both sums ran over (柳州's own list, not the example's): its
      // rows' three payments and in-policy cost add up to the figure, for the county and for the province
      for (const region of ['450202', '450000']) {
        const listed = await drillDownRows('OVP-1', region, period);
        expect(listed.total).toBe(period === '2027' ? 4 : 3);
        expect(listed.rows.reduce((a, r) => a + r.recorded.basic + r.recorded.criticalIllness + r.recorded.medicalAid, 0)).toBe(
          fig(all, '450202', 'OVP-1').numerator,
        );
        expect(listed.rows.reduce((a, r) => a + r.inPolicyCost, 0)).toBe(fig(all, '450202', 'OVP-1').denominator);
      }
      // the poor inpatient in 桂林 still counts where no parameter is needed
      expect(fig(all, '450302', 'TIR-4')).toEqual({ numerator: 7_400_000, denominator: 9_000_000 });
    }
    // September: P's settlement had no aid and none was due (inside the deductible): 0 over 0
    const september = await figures('450200', '2027-09');
    expect(fig(september, '450202', 'TIR-3')).toEqual({ numerator: 0, denominator: 0 });
    expect(fig(september, '450202', 'OVP-1')).toEqual({ numerator: 240_000, denominator: 300_000 });
    // the same figures inside a transaction (one connection, the passes one after another)
    const inRun = await inTransaction(t.ds, (em) =>
      t.app.get(EnrollmentAssistanceIndicators).compute({ regionCode: '450202', period: parseCompliancePeriod('2027-10')!, today: today(), em }),
    );
    expect(inRun.find((f) => f.indicatorId === 'TIR-3')).toMatchObject({ numerator: 1_300_000, denominator: 4_000_000 });
    expect(inRun.find((f) => f.indicatorId === 'TIR-1')).toMatchObject({ numerator: 7_100_000, denominator: 10_750_000 });
  });

  it('ENR-3 counts the tasks due in the period, closed by the end of their deadline day; open tasks not yet due wait', async () => {
    let seq = 300;
    const task = (regionCode: string, deadline: string, closedAt: string | null) =>
      t.ds.getRepository(VerificationTask).save({
        idNumber: idFor(regionCode, '19800101', ++seq),
        name: '合规核查',
        regionCode,
        beneficiaryId: null,
        month: deadline.slice(0, 7),
        differenceType: 'not_enrolled',
        detail: '{}',
        deadline,
        outcome: closedAt ? 'enrolled' : null,
        outcomeNote: null,
        closedAt: closedAt ? new Date(closedAt) : null,
        closedById: null,
        importJobId: null,
      });
    await task('450202', '2024-10-10', '2024-10-09T10:00:00Z'); // on time
    await task('450202', '2024-10-15', '2024-10-15T15:59:00Z'); // 23:59 China time on the day: on time
    await task('450202', '2024-10-20', '2024-10-20T16:30:00Z'); // 00:30 the next China day: late
    await task('450202', '2024-10-25', null); // open past its deadline
    await task('450203', '2024-10-05', null);
    await task('450202', '2024-11-03', null); // another period

    const city = await figures('450200', '2024-10');
    expect(fig(city, '450202', 'ENR-3')).toEqual({ numerator: 2, denominator: 4 });
    expect(fig(city, '450203', 'ENR-3')).toEqual({ numerator: 0, denominator: 1 });
    expect(await drillDownTotal('ENR-3', '450202', '2024-10')).toBe(2);
    expect(await drillDownTotal('ENR-3', '450200', '2024-10')).toBe(3);
    expect(sum(await figures('450203', '2024-10'), 'ENR-3')).toEqual({ numerator: 0, denominator: 1 });

    // an open task whose deadline is still ahead of the run is not counted yet; one a day behind it is late
    const yesterday = chinaDate(new Date(Date.now() - 86_400_000));
    const tomorrow = chinaDate(new Date(Date.now() + 86_400_000));
    await task('450205', yesterday, null);
    await task('450205', tomorrow, null);
    for (const month of new Set([yesterday.slice(0, 7), tomorrow.slice(0, 7)])) {
      const f = fig(await figures('450205', month), '450205', 'ENR-3');
      expect(f).toEqual({ numerator: 0, denominator: yesterday.startsWith(month) ? 1 : 0 });
    }
  });

  it('MON-1 counts warnings finished in the period against those plus the ones whose stage fell due in it unhandled', async () => {
    let seq = 400;
    const warning = (regionCode: string, state: string, stateChangedAt: string) =>
      t.ds.getRepository(CostWarning).save(costWarningRow(regionCode, idFor(regionCode, '19500101', ++seq), state, new Date(stateChangedAt)));
    await warning('450202', 'cleared', '2025-10-12T02:00:00Z');
    await warning('450202', 'dismissed', '2025-10-31T15:00:00Z'); // 23:00 on 31 October, China time
    await warning('450202', 'detected', '2025-09-25T00:00:00Z'); // due 5 October, still unverified
    await warning('450202', 'assisted', '2025-10-20T00:00:00Z'); // due 19 November: another period
    await warning('450203', 'verified', '2025-10-01T00:00:00Z'); // due 16 October, not assisted
    await warning('450202', 'cleared', '2025-11-02T00:00:00Z'); // another period

    const city = await figures('450200', '2025-10');
    expect(fig(city, '450202', 'MON-1')).toEqual({ numerator: 2, denominator: 3 });
    expect(fig(city, '450203', 'MON-1')).toEqual({ numerator: 0, denominator: 1 });
    expect(await drillDownTotal('MON-1', '450202', '2025-10')).toBe(1);
    expect(await drillDownTotal('MON-1', '450200', '2025-10')).toBe(2);
    expect(sum(await figures('450202', '2025-10'), 'MON-1')).toEqual({ numerator: 2, denominator: 3 });
    // the quarter holds October
    expect(fig(await figures('450200', '2025-Q4'), '450203', 'MON-1')).toEqual({ numerator: 0, denominator: 1 });
  });

  it('the list filters the drill-downs use refuse bad values with a 400 naming the field', async () => {
    const bad = async (url: string, field: string) => {
      const res = await t.as(s.gx_province).get(url).expect(400);
      expect(res.body.details[0].field).toBe(field);
    };
    await bad('/api/beneficiaries?identityCategoryAny=registered_poor,vip', 'identityCategoryAny');
    await bad('/api/beneficiaries?uncoveredIn=twenty', 'uncoveredIn');
    await bad('/api/settlements?scope=45', 'scope');
    await bad('/api/settlements?identityCategory=vip', 'identityCategory');
    await bad('/api/settlements?criticalIllnessShort=maybe', 'criticalIllnessShort');
    await bad('/api/settlements?paidCriticalIllness_gte=x', 'paidCriticalIllness_gte');
    await bad('/api/verification-tasks?late=perhaps', 'late');
    await bad('/api/cost-warnings?dueFrom=2026-02-30', 'dueFrom');
    await bad('/api/cost-warnings?dueTo=tomorrow', 'dueTo');
    await bad('/api/settlements?keyAidIn=2026-10', 'keyAidIn');
  });
});
