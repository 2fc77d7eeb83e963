import { ROSTER_HEADERS, SETTLEMENT_IMPORT_HEADERS, type FraudParameters, type FraudParametersRecord } from '@yibao/shared';
import { ImportsService } from '../src/platform/imports/imports.service';
import { Settlement } from '../src/policy/assistance/settlements/settlement.entity';
import { idFor, Session, startTestApp, TestApp } from './harness';

/** Request bodies and setups several int-specs share (one copy each). */

/** A hand-kept ledger entry in 城中区 (450202) for POST /api/beneficiaries. */
export function ledgerEntry(idNumber: string, identityCategories: string[], extra: Record<string, unknown> = {}) {
  return { idNumber, name: '测试对象', regionCode: '450202', identityCategories, sourceDepartment: 'civil_affairs', ...extra };
}

/** `ledgerEntry` recorded by `county` (城中区's officer) through the API; returns the record it answered. */
export async function recordedLedgerEntry(t: TestApp, county: Session, idNumber: string, identityCategories: string[]) {
  return (await t.as(county).post('/api/beneficiaries').send(ledgerEntry(idNumber, identityCategories)).expect(201)).body;
}

/** A monthly roster as the CSV a county uploads (UTF-8 with BOM, CRLF), headers first. */
export function rosterCsv(rows: string[][]): string {
  return '\uFEFF' + [ROSTER_HEADERS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/** One inpatient stay in 城中区 (450202) under 柳州's 2026 parameters, without the person and the amounts paid. */
export const SETTLEMENT_CASE = {
  regionCode: '450202',
  year: 2026,
  visitType: 'inpatient',
  hospitalLevel: 'secondary',
  totalCost: 2_000_000,
  inPolicyCost: 1_800_000,
  inCatalogueCost: 1_900_000,
  identityCategories: ['registered_poor'],
};

/** An inpatient settlement body for POST /api/settlements (figures in fen); without a number, a hand-recorded one. */
export function settlementFor(idNumber: string, regionCode: string, settlementNo?: string) {
  return {
    ...SETTLEMENT_CASE,
    regionCode,
    idNumber,
    name: '黄八',
    institutionCode: 'H45020200001',
    institutionName: '柳州市工人医院',
    settledOn: '2026-03-08',
    ...(settlementNo ? { settlementNo } : {}),
    recorded: { basic: 1000000, criticalIllness: 300000, medicalAid: 400000, other: 0, outOfPocket: 300000 },
  };
}

/** A roster of `rows` uploaded by `county` for `month` and its import run to the end; returns the import's id. */
export async function importedRoster(t: TestApp, county: Session, month: string, rows: string[][]): Promise<number> {
  const started = await t
    .as(county)
    .post('/api/roster-imports')
    .field('month', month)
    .attach('file', Buffer.from(rosterCsv(rows)), 'roster.csv')
    .expect(202);
  await t.app.get(ImportsService).settle(started.body.id);
  return started.body.id;
}

/** A settlement row as a settlement system (or the calculator) leaves it in the table; amounts in fen. */
export interface StoredSettlementSpec {
  idNumber: string;
  /** the county; the pooling region is its city */
  regionCode: string;
  settledOn: string;
  /** the total, in-policy and in-catalogue cost alike */
  cost: number;
  /** what basic insurance, 大病 and aid paid (default nothing); the rest of the cost is out of pocket */
  paid?: { basic?: number; criticalIllness?: number; medicalAid?: number };
  /** stored as `,a,b,` (default 特困) */
  identityCategories?: string[];
  /** the calculator's flags, stored as `,a,b,` */
  flags?: string[];
  /** the calculator's stored result (default none) */
  computed?: Record<string, number>;
  name?: string;
  institutionCode?: string;
  institutionName?: string;
  hospitalLevel?: string;
  /** default outpatient, inpatient with an admission date */
  visitType?: string;
  admittedOn?: string | null;
  dischargedOn?: string | null;
  diagnosisCode?: string | null;
  settlementNo?: string;
  createdAt?: Date;
}

let storedSettlements = 0;

/**
 * One settlement written straight into the table (the specs of what reads settlements: screenings, compliance
 * indicators); the write path's own specs go through the API. Returns its id.
 */
export async function storedSettlement(t: TestApp, spec: StoredSettlementSpec): Promise<number> {
  const { basic = 0, criticalIllness = 0, medicalAid = 0 } = spec.paid ?? {};
  const stored = (codes: string[]) => (codes.length ? `,${codes.join(',')},` : '');
  const res = await t.ds
    .createQueryBuilder()
    .insert()
    .into(Settlement)
    .values({
      idNumber: spec.idNumber,
      name: spec.name ?? '测试',
      regionCode: spec.regionCode,
      poolingRegionCode: `${spec.regionCode.slice(0, 4)}00`,
      year: Number(spec.settledOn.slice(0, 4)),
      settledOn: spec.settledOn,
      admittedOn: spec.admittedOn ?? null,
      dischargedOn: spec.dischargedOn ?? null,
      diagnosisCode: spec.diagnosisCode ?? null,
      institutionCode: spec.institutionCode ?? 'H45020200001',
      settlementNo: spec.settlementNo ?? `STORED-${++storedSettlements}`,
      institutionName: spec.institutionName ?? '柳州市工人医院',
      hospitalLevel: spec.hospitalLevel ?? 'secondary',
      visitType: spec.visitType ?? (spec.admittedOn ? 'inpatient' : 'outpatient'),
      inCounty: true,
      identityCategories: stored(spec.identityCategories ?? ['rural_tekun']),
      totalCost: spec.cost,
      inPolicyCost: spec.cost,
      inCatalogueCost: spec.cost,
      paidBasic: basic,
      paidCriticalIllness: criticalIllness,
      paidMedicalAid: medicalAid,
      paidOther: 0,
      paidOutOfPocket: spec.cost - basic - criticalIllness - medicalAid,
      computed: JSON.stringify(spec.computed ?? {}),
      flags: stored(spec.flags ?? []),
      version: 1,
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
    })
    .updateEntity(false)
    .execute();
  // without the entity update the id is in the driver's answer (MySQL: insertId; SQLite: the last row id)
  return Number(res.identifiers[0]?.id ?? res.raw?.insertId ?? res.raw);
}

/**
 * A rectification campaign of the province's (过度保障问题专项治理, 医保发〔2019〕57号): 30 days for immediate items,
 * transition items by 2030-12-31; `extra` replaces fields. Returns its id.
 */
export async function rectificationCampaign(t: TestApp, province: Session, extra: Record<string, unknown> = {}): Promise<number> {
  const res = await t
    .as(province)
    .post('/api/rectification-campaigns')
    .send({
      name: '过度保障问题专项治理',
      documentNo: '医保发〔2019〕57号',
      immediateDays: 30,
      transitionDueOn: '2030-12-31',
      startedOn: '2019-11-01',
      ...extra,
    })
    .expect(201);
  return res.body.id;
}

/** A 门诊特慢病 recognition in 城中区 by two physicians of a tertiary hospital, for POST /api/chronic-recognitions. */
export function chronicRecognitionFor(idNumber: string, name: string) {
  return {
    idNumber,
    name,
    regionCode: '450202',
    diseaseCode: 'MT10',
    hospitalCode: 'H45020200001',
    hospitalName: '柳州市工人医院',
    hospitalLevel: 'tertiary',
    physicians: [
      { name: '李医生', title: 'attending' },
      { name: '王医生', title: 'chief' },
    ],
    recognizedOn: '2026-04-10',
  };
}

export interface TwoPoolingRegions {
  t: TestApp;
  s: Record<string, Session>;
  /** 黄八 and 陆七, in 城中区's (柳州) ledger */
  person: string;
  stranger: string;
  personId: number;
}

/**
 * The personal-data tests' world (issue 11): the demo accounts, a county officer of another pooling region
 * (桂林 秀峰区, `gl_xiufeng`) and two people in 城中区's ledger.
 */
export async function startWithTwoPoolingRegions(): Promise<TwoPoolingRegions> {
  const t = await startTestApp();
  const s: Record<string, Session> = {};
  for (const u of ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province', 'auditor', 'admin']) s[u] = await t.login(u);
  s.gl_xiufeng = await t.createAccount({ username: 'gl_xiufeng', displayName: '秀峰区医保局', role: 'county_officer', regionCode: '450302' });
  const person = idFor('450202', '19880808', 501);
  const stranger = idFor('450202', '19770707', 502);
  const created = await t
    .as(s.lz_chengzhong)
    .post('/api/beneficiaries')
    .send({ idNumber: person, name: '黄八', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' })
    .expect(201);
  await t
    .as(s.lz_chengzhong)
    .post('/api/beneficiaries')
    .send({ idNumber: stranger, name: '陆七', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' })
    .expect(201);
  return { t, s, person, stranger, personId: created.body.id };
}

/** One line of a settlement import (an inpatient stay at 柳州市工人医院 in 城中区), with columns replaced by `patch`. */
export function settlementImportRow(no: string, id: string, patch: Partial<Record<(typeof SETTLEMENT_IMPORT_HEADERS)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    结算流水号: no,
    身份证号: id,
    姓名: '测试',
    参保地区划代码: '450202',
    身份类别: '脱贫人口',
    结算日期: '2026-03-08',
    定点医疗机构编码: 'H45020200001',
    定点医疗机构名称: '柳州市工人医院',
    医院等级: '二级',
    就诊类型: '住院',
    是否县域内: '是',
    总费用: '20000.00',
    政策范围内费用: '18000',
    目录内费用: '19000.5',
    基本医保支付: '10000',
    大病保险支付: '3000',
    医疗救助支付: '4000',
    其他保障支付: '0',
    个人自付: '3000.00',
  };
  return SETTLEMENT_IMPORT_HEADERS.map((h) => patch[h] ?? base[h]);
}

/** A settlement import file (CSV, CRLF), headers first. */
export function settlementImportCsv(rows: string[][]): string {
  return [SETTLEMENT_IMPORT_HEADERS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/**
 * A high-cost warning row as the compliance specs write it straight into the table (MON-1's records): a 低保边缘
 * person of 柳州's pool in 2025, over its threshold, in `state` since `stateChangedAt`.
 */
export function costWarningRow(regionCode: string, idNumber: string, state: string, stateChangedAt: Date) {
  return {
    idNumber,
    name: '合规预警',
    regionCode,
    beneficiaryId: null,
    poolingRegionCode: '450200',
    year: 2025,
    identityCategories: ',dibao_marginal,',
    burdenFen: 300_000,
    thresholdFen: 200_000,
    settlementCount: 1,
    department: 'civil_affairs',
    state,
    measures: '[]',
    lastPushId: null,
    stateChangedAt,
  };
}

/** The province's fraud parameters of a year (`doc`) filed, submitted and approved: in force at once. */
export async function approvedFraudParameters(t: TestApp, province: Session, year: number, doc: FraudParameters): Promise<FraudParametersRecord> {
  const created = (await t.as(province).post('/api/fraud-parameters').send({ regionCode: '450000', year, parameters: doc }).expect(201))
    .body as FraudParametersRecord;
  await t.as(province).post(`/api/fraud-parameters/${created.id}/actions/submit`).send({ version: created.version }).expect(200);
  return (
    await t
      .as(province)
      .post(`/api/fraud-parameters/${created.id}/actions/approve`)
      .send({ version: created.version + 1 })
      .expect(200)
  ).body as FraudParametersRecord;
}
