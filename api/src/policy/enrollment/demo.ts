import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  encodeCategories,
  IDENTITY_SUBSIDY_CATEGORY,
  defaultTaskDeadline,
  IdentityCategory,
  idNumberCheckChar,
  ILLUSTRATIVE,
  NON_ENROLLMENT_REASONS,
  NonEnrollmentReason,
  phaseOutScheduleFen,
  SubsidyCategory,
  SubsidyStandards,
} from '@yibao/shared';
import { RegionScope } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { insertMany } from '../../database/insert-many';
import { approvedDemoSet, DemoContext } from '../../platform/seed/seed';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import type { AuditLogService } from '../../platform/audit-log/audit-log.service';
import { Region } from '../../platform/regions/region.entity';
import { Beneficiary } from './beneficiaries/beneficiary.entity';
import { touchLedgerCounties } from './enrollment-counts/enrollment-counts';
import { Enrollment } from './enrollments/enrollment.entity';
import { SubsidyStandardSet } from './subsidy-standards/subsidy-standard-set.entity';
import { SubsidyStandardsService } from './subsidy-standards/subsidy-standards.service';
import { VerificationTask } from './verification-tasks/verification-task.entity';
import { VerificationTasksService } from './verification-tasks/verification-tasks.service';

/** 资助参保's demo data: approved subsidy standards with the demo accounts, and a demo ledger. */

/** Illustrative 2026 subsidy amounts in fen (示例取值), ranked so "the highest, once" is visible. */
const DEMO_SUBSIDY_FEN: Record<SubsidyCategory, number> = { full: 38_000, dibao_fixed: 25_000, stable_phase_out: 15_000, temporary: 10_000, none: 0 };

/** Category mixes seen in county ledgers, most common first. */
const MIXES: IdentityCategory[][] = [
  ['registered_poor'],
  ['registered_poor'],
  ['registered_poor', 'rural_dibao'],
  ['rural_dibao'],
  ['rural_low_income'],
  ['rural_tekun'],
  ['monitored_unstable'],
  ['monitored_marginal'],
  ['dibao_marginal'],
  ['urban_dibao'],
  ['monitored_sudden', 'rural_low_income'],
];
const SURNAMES = '李王张刘陈杨黄赵吴周徐孙马朱胡郭何林罗韦覃蒙莫潘廖'.split('');
const GIVEN = '桂芳秀英华明伟强丽军平兰德海云玉福春生金文'.split('');

/** A demo enrollment row's fields for a person not enrolled in the year, with the reason (null: 应保未保). */
const notEnrolled = (reason: NonEnrollmentReason | null) => ({
  enrolled: false,
  scheme: null,
  criticalIllness: false,
  commercialSupplementary: false,
  subsidyCategory: 'none' as SubsidyCategory,
  subsidyAmount: 0,
  paidOn: null,
  notEnrolledReason: reason,
});

/** Deterministic pseudo-random numbers, so every demo database holds the same people. */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A realistic demo ledger for 柳州市 and 桂林市: people spread over their counties with identity mixes,
 * and 2026 enrollments — about 97% enrolled, some with a valid reason, the rest 应保未保 — so rates,
 * lists and tasks have something to show. Demo mode only; `DEMO_BENEFICIARIES` sets the size.
 */
export async function seedDemoLedger(ds: DataSource, count: number): Promise<number> {
  if (count <= 0 || (await ds.getRepository(Beneficiary).count()) > 0) return 0;
  const cities = RegionScope.anyOf([RegionScope.of('450200'), RegionScope.of('450300')], 'r.code', 'city');
  const counties = (await ds.getRepository(Region).createQueryBuilder('r').where("r.level = 'county'").andWhere(cities.sql, cities.params).getMany()).map(
    (r) => r.code,
  );
  const rnd = lcg(20261125);
  const people: Array<Partial<Beneficiary>> = [];
  const seen = new Set<string>();
  for (let i = 0; people.length < count; i++) {
    const county = counties[Math.floor(rnd() * counties.length)];
    const birth = new Date(Date.UTC(1940, 0, 1) + Math.floor(rnd() * 25_000) * 86_400_000).toISOString().slice(0, 10);
    const first17 = `${county}${birth.replaceAll('-', '')}${String(Math.floor(rnd() * 1000)).padStart(3, '0')}`;
    if (seen.has(first17)) continue;
    seen.add(first17);
    const mix = MIXES[Math.floor(rnd() * MIXES.length)];
    people.push({
      idNumber: first17 + idNumberCheckChar(first17),
      name:
        SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)] + (rnd() < 0.6 ? GIVEN[Math.floor(rnd() * GIVEN.length)] : ''),
      birthDate: birth,
      sex: Number(first17[16]) % 2 ? 'male' : 'female',
      regionCode: county,
      poolingRegionCode: `${county.slice(0, 4)}00`,
      identityCategories: encodeCategories(mix),
      sourceDepartment: mix.some((c) => c === 'registered_poor' || c.startsWith('monitored')) ? 'rural_revitalization' : 'civil_affairs',
      status: 'active',
      exitedOn: null,
      lastRosterMonth: '2026-10',
      version: 1,
    });
  }
  await inTransaction(ds, async (em) => {
    await insertMany(em, Beneficiary, people);
    const ids = await em.find(Beneficiary, { select: { id: true, regionCode: true, identityCategories: true }, order: { id: 'ASC' } });
    const enrollments = ids.map((b) => {
      const roll = rnd();
      const categories = b.identityCategories.split(',').filter(Boolean) as IdentityCategory[];
      const subsidy = categories.map((c) => IDENTITY_SUBSIDY_CATEGORY[c]).sort((x, y) => DEMO_SUBSIDY_FEN[y] - DEMO_SUBSIDY_FEN[x])[0];
      if (roll < 0.97) {
        return {
          beneficiaryId: b.id,
          year: 2026,
          regionCode: b.regionCode,
          enrolled: true,
          scheme: 'resident_basic',
          criticalIllness: true,
          commercialSupplementary: rnd() < 0.3,
          subsidyCategory: subsidy,
          subsidyAmount: DEMO_SUBSIDY_FEN[subsidy],
          paidOn: '2026-01-15',
          notEnrolledReason: null,
          version: 1,
        };
      }
      const reason = roll < 0.985 ? NON_ENROLLMENT_REASONS[Math.floor(rnd() * NON_ENROLLMENT_REASONS.length)] : null;
      return { beneficiaryId: b.id, year: 2026, regionCode: b.regionCode, ...notEnrolled(reason), version: 1 };
    });
    await insertMany(em, Enrollment, enrollments);
    await touchLedgerCounties(
      em,
      people.map((p) => p.regionCode as string),
    );
  });
  return people.length;
}

/**
 * Demo subsidy standards (资助参保标准) for the same cities and years. S3 fixes the structure, never the
 * amounts, so every figure here is illustrative (示例取值，非政策规定) in the range Guangxi cities use: the
 * personal contribution of the year, 低保 fixed subsidy, the 稳定脱贫 phase-out over three years (100%, 70%,
 * 40% of the fixed amount), and a temporary subsidy for 低保边缘 people below the 稳定脱贫 amount.
 */
export function demoSubsidyStandards(): SubsidyStandards[] {
  const out: SubsidyStandards[] = [];
  for (const [code, city] of [
    ['450200', '柳州市'],
    ['450300', '桂林市'],
  ] as const) {
    for (const year of [2025, 2026]) {
      const doc = `${city}医疗保障局 ${year} 年度城乡居民医保资助参保通知（${ILLUSTRATIVE}）`;
      const contribution = year === 2025 ? 40_000 : 42_000;
      const fixed = year === 2025 ? 20_000 : 22_000;
      out.push({
        poolingRegionCode: code,
        year,
        personalContribution: { fen: contribution, source: `国家医保局等关于做好${year}年城乡居民基本医疗保障工作的通知；${doc} 第一条` },
        dibaoFixed: { fen: fixed, source: `${doc} 第二条（低保对象、监测对象定额资助）` },
        stablePhaseOut: { fen: phaseOutScheduleFen(fixed, [10_000, 7_000, 4_000]), source: `${doc} 第三条（稳定脱贫人口定额资助，三年渐退）` },
        temporary: { fen: 10_000, source: `${doc} 第四条（低保边缘对象临时性资助）` },
        temporaryCap: null,
      });
    }
  }
  return out;
}

/** Written with the demo accounts: the subsidy standards, approved. */
export async function seedEnrollmentDemo(em: EntityManager, audit: AuditLogService, now: Date): Promise<void> {
  const standards = demoSubsidyStandards();
  await em.insert(
    SubsidyStandardSet,
    standards.map((s) => ({ regionCode: s.poolingRegionCode, year: s.year, ...approvedDemoSet(s, now) })),
  );
  await audit.append(
    em,
    { username: 'system', ip: null },
    { action: 'seed', resource: 'subsidy-standards', after: standards.map((s) => `${s.poolingRegionCode}/${s.year}`) },
  );
}

/** Roster months of the demo's verification tasks (the comparison of each month found the 应保未保). */
const DEMO_TASK_MONTHS = ['2026-09', '2026-11'] as const;

/**
 * 资助参保's demo activity: verification tasks for the ledger's not-enrolled people — written as the monthly
 * comparison writes them (one per month, person and difference, the default deadline of the month), since
 * a demo has no roster file — with 城中区 closing the ones that have a recorded reason through the service;
 * and 桂林市's 2027 subsidy standards, submitted and returned by the province with a comment, waiting for
 * the city to fix them.
 */
export async function seedEnrollmentActivity(demo: DemoContext): Promise<void> {
  const cities = RegionScope.anyOf([RegionScope.of('450200'), RegionScope.of('450300')], 'e.regionCode', 'city');
  const missing = await demo.ds
    .getRepository(Enrollment)
    .createQueryBuilder('e')
    .innerJoinAndMapOne('e.person', Beneficiary, 'b', 'b.id = e.beneficiaryId')
    .where('e.year = 2026 AND e.enrolled = :no', { no: false })
    .andWhere(cities.sql, cities.params)
    .orderBy('e.id', 'ASC')
    .getMany();
  const tasks = missing.map((e, i) => {
    const person = (e as Enrollment & { person: Beneficiary }).person;
    const month = DEMO_TASK_MONTHS[i % DEMO_TASK_MONTHS.length];
    return {
      beneficiaryId: person.id,
      idNumber: person.idNumber,
      name: person.name,
      regionCode: person.regionCode,
      month,
      differenceType: 'not_enrolled',
      detail: JSON.stringify({ enrolled: false, notEnrolledReason: e.notEnrolledReason }),
      deadline: defaultTaskDeadline(month),
      outcome: null,
      outcomeNote: null,
      closedAt: null,
      closedById: null,
      importJobId: null,
      version: 1,
    };
  });
  if (tasks.length) await inTransaction(demo.ds, (em) => insertMany(em, VerificationTask, tasks));
  const county = demo.as('lz_chengzhong');
  const tasksService = demo.get(VerificationTasksService);
  const withReason = missing.filter((e) => e.regionCode === county.regionCode && e.notEnrolledReason).map((e) => e.beneficiaryId);
  if (withReason.length) {
    const closable = await demo.ds.getRepository(VerificationTask).find({ where: { beneficiaryId: In(withReason) }, order: { id: 'ASC' } });
    for (const t of closable) await tasksService.closeTask(county, t.id, 'valid_reason', '经入户核实，已登记未参保正当理由', t.version);
  }

  const guilin = demo.as('gl_city');
  const province = demo.as('gx_province');
  const workflow = demo.get(WorkflowService);
  const draft = await demo.get(SubsidyStandardsService).sets.create(guilin, '450300', 2027, undefined);
  const submitted = (await workflow.apply(guilin, 'subsidy-standards', draft.id, 'submit', { version: draft.version })) as { version: number };
  await workflow.apply(province, 'subsidy-standards', draft.id, 'return', {
    comment: '个人缴费标准请按国家2027年度通知更新后再报（示例意见）',
    version: submitted.version,
  });
}

/**
 * The ledger's record of a death, as the demo's screening settlements need it (after_death): the person exited
 * on the day (退出, exitedOn) and the year's enrollment 未参保 for 死亡 (deceased), the county counts touched.
 */
export async function recordDemoDeaths(ds: DataSource, year: number, deaths: ReadonlyArray<{ idNumber: string; diedOn: string }>): Promise<void> {
  if (!deaths.length) return;
  await inTransaction(ds, async (em) => {
    const people = await em.find(Beneficiary, { where: { idNumber: In(deaths.map((d) => d.idNumber)) } });
    for (const b of people) {
      const diedOn = deaths.find((d) => d.idNumber === b.idNumber)!.diedOn;
      await em.update(Beneficiary, { id: b.id }, { status: 'exited', exitedOn: diedOn, version: b.version + 1 });
      const e = await em.findOneBy(Enrollment, { beneficiaryId: b.id, year });
      if (e) await em.update(Enrollment, { id: e.id }, { ...notEnrolled('deceased'), version: e.version + 1 });
    }
    await touchLedgerCounties(
      em,
      people.map((b) => b.regionCode),
    );
  });
}
