import type { DataSource, EntityManager } from 'typeorm';
import {
  chinaDate,
  decodeCategories,
  EXAMPLE_PARAMETERS_LIUZHOU_2026,
  HospitalLevel,
  IdentityCategory,
  PolicyParameters,
  PushDepartment,
  VisitType,
} from '@yibao/shared';
import { RegionScope } from '../../common/region-scope';
import { approvedDemoSet, DemoContext } from '../../platform/seed/seed';
import type { AuditLogService } from '../../platform/audit-log/audit-log.service';
import { OUTSIDE_A_JOB } from '../../platform/jobs/jobs.service';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { Beneficiary } from '../enrollment';
import { ChronicRecognitionsService } from './chronic-recognitions/chronic-recognitions.service';
import type { CreateChronicRecognitionDto } from './chronic-recognitions/dto/chronic-recognition.dto';
import { CostWarningDetectionsService } from './cost-warning-detections/cost-warning-detections.service';
import { CostWarningPushesService } from './cost-warning-pushes/cost-warning-pushes.service';
import { CostWarning } from './cost-warnings/cost-warning.entity';
import { CostWarningsService } from './cost-warnings/cost-warnings.service';
import { PolicyParameterSet } from './policy-parameters/policy-parameter-set.entity';
import { PolicyParametersService } from './policy-parameters/policy-parameters.service';
import { SettlementsService } from './settlements/settlements.service';

/**
 * Demo policy parameters: 柳州市 (450200) and 桂林市 (450300), 2025 and 2026. Built from the example set in
 * shared/ (its figures are marked 示例取值 in their sources); 2025 pays two points less on inpatient care
 * and has a lower basic cap, so the editor's "diff against last year" has something to show.
 */
export function demoPolicyParameters(): PolicyParameters[] {
  const variants: Array<[string, string, number]> = [
    ['450200', '柳州市', 2025],
    ['450200', '柳州市', 2026],
    ['450300', '桂林市', 2025],
    ['450300', '桂林市', 2026],
  ];
  return variants.map(([regionCode, cityName, year]) => {
    const text = JSON.stringify(EXAMPLE_PARAMETERS_LIUZHOU_2026).replaceAll('柳州市', cityName).replaceAll('2026年度', `${year}年度`);
    const doc = JSON.parse(text) as PolicyParameters;
    doc.regionCode = regionCode;
    doc.year = year;
    doc.effectiveFrom = `${year}-01-01`;
    doc.effectiveTo = `${year}-12-31`;
    if (year === 2025) {
      for (const level of Object.values(doc.basic.ratioBp.inpatient)) level.value -= 200;
      doc.basic.annualCap.value = 20_000_000;
      doc.basic.annualCap.source = doc.basic.annualCap.source.replace('25万元', '20万元');
    }
    return doc;
  });
}

/** 三重制度's demo data, written with the demo accounts: the policy parameter sets, approved. */
export async function seedAssistanceDemo(em: EntityManager, audit: AuditLogService, now: Date): Promise<void> {
  const parameters = demoPolicyParameters();
  await em.insert(
    PolicyParameterSet,
    parameters.map((p) => ({ regionCode: p.regionCode, year: p.year, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo, ...approvedDemoSet(p, now) })),
  );
  await audit.append(
    em,
    { username: 'system', ip: null },
    { action: 'seed', resource: 'policy-parameters', after: parameters.map((p) => `${p.regionCode}/${p.year}`) },
  );
}

/** The year of the demo's settlements, warnings and recognitions: the year the demo ledger is enrolled for. */
export const DEMO_ACTIVITY_YEAR = 2026;

/** A demo settlement: who (picked from the ledger), where, and the bill; the payments come from the calculator. */
interface DemoCase {
  recorder: string;
  county: string;
  /** a person whose identity the early warning watches (低保边缘 / 监测对象), so a large bill raises a warning */
  watched: boolean;
  visitType: VisitType;
  hospitalLevel: HospitalLevel;
  hospital: [code: string, name: string];
  totalYuan: number;
  settledOn: string;
  /** the hospital paid 大病 short by this many yuan: the record is flagged recorded_mismatch */
  shortYuan?: number;
}

/** [recorder, county, watched, visit, level, hospital code, hospital name, total (yuan), settled on, paid short (yuan)] */
const CASES: DemoCase[] = (
  [
    // 柳州市 城中区: three warnings for the county to work (one cleared, one assisted, one new)
    ['lz_chengzhong', '450202', true, 'inpatient', 'tertiary', 'H45020200001', '柳州市工人医院', 68_000, '2026-03-12'],
    ['lz_chengzhong', '450202', true, 'inpatient', 'secondary', 'H45020200002', '柳州市人民医院', 36_000, '2026-05-20'],
    ['lz_chengzhong', '450202', true, 'inpatient', 'tertiary', 'H45020200001', '柳州市工人医院', 45_000, '2026-08-03'],
    ['lz_chengzhong', '450202', false, 'chronic_outpatient', 'secondary', 'H45020200002', '柳州市人民医院', 2_600, '2026-06-15'],
    ['lz_city', '450206', false, 'inpatient', 'secondary', 'H45020600001', '柳州市柳江区人民医院', 12_000, '2026-04-08'],
    ['lz_city', '450222', false, 'inpatient', 'secondary', 'H45022200001', '柳城县人民医院', 8_600, '2026-02-21', 300],
    // at a private hospital suspended by a fraud case from 2026-06-02 (fraud/institutions/demo.ts): flagged institution_suspended
    ['lz_city', '450206', false, 'inpatient', 'secondary', 'H45020600003', '柳州柳江仁和医院', 9_400, '2026-07-14'],
    // 桂林市: two open warnings, ordinary settlements
    ['gl_city', '450305', true, 'inpatient', 'tertiary', 'H45030500001', '桂林医学院附属医院', 52_000, '2026-04-17'],
    ['gl_city', '450323', true, 'inpatient', 'secondary', 'H45032300001', '灵川县人民医院', 31_000, '2026-07-09'],
    ['gl_city', '450302', false, 'inpatient', 'tertiary', 'H45030200001', '桂林市人民医院', 24_000, '2026-05-28'],
    ['gl_city', '450324', false, 'chronic_outpatient', 'secondary', 'H45032400001', '全州县人民医院', 1_800, '2026-09-11'],
  ] as const
).map(([recorder, county, watched, visitType, hospitalLevel, code, name, totalYuan, settledOn, shortYuan]) => ({
  recorder,
  county,
  watched,
  visitType,
  hospitalLevel,
  hospital: [code, name],
  totalYuan,
  settledOn,
  shortYuan,
}));

/** Chronic recognitions: [recorder, county, disease, hospital, recognised on, revoked with this reason]. */
const RECOGNITIONS: Array<[string, string, string, [string, string], string, string?]> = [
  ['lz_chengzhong', '450202', 'MT01', ['H45020200001', '柳州市工人医院'], '2026-02-18'],
  ['lz_chengzhong', '450202', 'MT02', ['H45020200002', '柳州市人民医院'], '2026-03-26'],
  ['lz_city', '450205', 'MT05', ['H45020500001', '柳州市柳北区人民医院'], '2026-04-09', '复查确认不符合认定标准，按程序取消'],
  ['gl_city', '450305', 'MT01', ['H45030500001', '桂林医学院附属医院'], '2026-03-03'],
  ['gl_city', '450311', 'MT06', ['H45031100001', '桂林市雁山区人民医院'], '2026-05-14'],
  ['gl_city', '450302', 'MT02', ['H45030200001', '桂林市人民医院'], '2026-06-02', '参保人已死亡，按程序取消'],
];

const WATCHED: IdentityCategory[] = ['dibao_marginal', 'monitored_unstable', 'monitored_marginal', 'monitored_sudden'];
const PHYSICIANS: CreateChronicRecognitionDto['physicians'] = [
  { name: '韦主任', title: 'chief' },
  { name: '覃医生', title: 'attending' },
];

/** People of the demo ledger in a county, oldest entries first, those with a watched identity when asked. */
async function ledgerPeople(ds: DataSource, county: string, watched: boolean, used: Set<number>): Promise<Beneficiary> {
  const qb = ds.getRepository(Beneficiary).createQueryBuilder('b').where('b.regionCode = :county', { county }).orderBy('b.id', 'ASC').take(50);
  const candidates = await qb.getMany();
  const fits = (b: Beneficiary) => !used.has(b.id) && WATCHED.some((c) => b.identityCategories.includes(`,${c},`)) === watched;
  const person = candidates.find(fits) ?? candidates.find((b) => !used.has(b.id));
  if (!person) throw new Error(`the demo ledger has nobody in ${county}: raise DEMO_BENEFICIARIES`);
  used.add(person.id);
  return person;
}

/** A date of the demo year, never after today (a recognition may not be dated in the future). */
const notAfterToday = (date: string) => (date > chinaDate(new Date()) ? chinaDate(new Date()) : date);

/**
 * 三重制度's demo activity, through the services as the demo accounts: settlements paid as the calculator
 * computes them (one paid short, flagged), detection of the high-cost warnings, the county working them
 * (one cleared with its measures, one assisted, the rest waiting), a monthly push, chronic recognitions
 * (one revoked per city), and 桂林市's 2027 parameters submitted to the province.
 */
export async function seedAssistanceActivity(demo: DemoContext): Promise<void> {
  const settlements = demo.get(SettlementsService);
  const used = new Set<number>();
  let n = 0;
  for (const c of CASES) {
    const actor = demo.as(c.recorder);
    const person = await ledgerPeople(demo.ds, c.county, c.watched, used);
    const totalCost = c.totalYuan * 100;
    const bill = {
      regionCode: c.county,
      year: DEMO_ACTIVITY_YEAR,
      visitType: c.visitType,
      hospitalLevel: c.hospitalLevel,
      inCounty: true,
      totalCost,
      inPolicyCost: Math.round(totalCost * 0.88),
      inCatalogueCost: Math.round(totalCost * 0.93),
      identityCategories: decodeCategories(person.identityCategories),
    };
    const paid = await settlements.calculate(actor, bill);
    const short = Math.min((c.shortYuan ?? 0) * 100, paid.criticalIllness + paid.basic);
    await settlements.record(actor, {
      ...bill,
      idNumber: person.idNumber,
      name: person.name,
      institutionCode: c.hospital[0],
      institutionName: c.hospital[1],
      settlementNo: `JS${c.settledOn.replaceAll('-', '')}${String(++n).padStart(5, '0')}`,
      settledOn: c.settledOn,
      recorded: {
        basic: paid.basic - short,
        criticalIllness: paid.criticalIllness,
        medicalAid: paid.medicalAid,
        other: paid.other,
        outOfPocket: paid.outOfPocket + short,
      },
    });
  }

  const detections = demo.get(CostWarningDetectionsService);
  for (const city of ['lz_city', 'gl_city']) {
    const actor = demo.as(city);
    await detections.detect(actor, RegionScope.of(actor.regionCode), DEMO_ACTIVITY_YEAR, OUTSIDE_A_JOB);
  }

  // 城中区 works its warnings: the first cleared with its measures, the second assisted, the third waits
  const county = demo.as('lz_chengzhong');
  const warnings = demo.get(CostWarningsService);
  const workflow = demo.get(WorkflowService);
  const mine = await demo.ds.getRepository(CostWarning).find({ where: { regionCode: county.regionCode, year: DEMO_ACTIVITY_YEAR }, order: { id: 'ASC' } });
  const step = async (id: number, action: string, comment?: string) => {
    const { version } = await demo.ds.getRepository(CostWarning).findOneByOrFail({ id });
    await workflow.apply(county, 'cost-warnings', id, action, { comment, version });
  };
  const [cleared, assisted] = mine;
  if (cleared) {
    await step(cleared.id, 'verify', '入户核实：住院费用属实，家庭收入低，符合帮扶条件');
    const { version } = await demo.ds.getRepository(CostWarning).findOneByOrFail({ id: cleared.id });
    await warnings.updateMeasures(
      county,
      cleared.id,
      [
        { type: 'medical_aid', amountFen: 800_000, note: '依申请纳入医疗救助' },
        { type: 'temporary_aid', amountFen: 200_000, note: '民政临时救助' },
      ],
      version,
    );
    await step(cleared.id, 'assist');
    await step(cleared.id, 'clear', '救助到位，个人负担降至预警线以下，纳入常态化监测');
  }
  if (assisted) {
    await step(assisted.id, 'verify', '电话及入户核实，费用属实');
    const { version } = await demo.ds.getRepository(CostWarning).findOneByOrFail({ id: assisted.id });
    await warnings.updateMeasures(county, assisted.id, [{ type: 'charity', amountFen: 300_000, note: '县慈善总会大病帮扶' }], version);
  }
  const open = await demo.ds.getRepository(CostWarning).findOne({ where: { regionCode: county.regionCode, state: 'detected' }, order: { id: 'ASC' } });
  if (open) await demo.get(CostWarningPushesService).create(county, `${DEMO_ACTIVITY_YEAR}-11`, open.department as PushDepartment);

  const recognitions = demo.get(ChronicRecognitionsService);
  for (const [recorder, regionCode, diseaseCode, [hospitalCode, hospitalName], on, revoked] of RECOGNITIONS) {
    const actor = demo.as(recorder);
    const person = await ledgerPeople(demo.ds, regionCode, false, used);
    const record = await recognitions.create(actor, {
      idNumber: person.idNumber,
      name: person.name,
      regionCode,
      diseaseCode,
      hospitalCode,
      hospitalName,
      hospitalLevel: 'tertiary',
      physicians: PHYSICIANS,
      recognizedOn: notAfterToday(on),
    });
    if (revoked) await recognitions.revoke(actor, record.id, revoked, record.version);
  }

  // 桂林市 drafts 2027 from 2026 and submits it: the province's approval waits in its inbox
  const guilin = demo.as('gl_city');
  const draft = await demo.get(PolicyParametersService).sets.create(guilin, '450300', DEMO_ACTIVITY_YEAR + 1, undefined);
  await workflow.apply(guilin, 'policy-parameters', draft.id, 'submit', { version: draft.version });
}
