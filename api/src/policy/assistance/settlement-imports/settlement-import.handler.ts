import { EntityManager, In, IsNull, Not } from 'typeorm';
import {
  chinaDate,
  describeIdNumberProblem,
  EMPTY_YEAR_TO_DATE,
  HOSPITAL_LEVEL_LABELS,
  HOSPITAL_LEVELS,
  HospitalLevel,
  isWithinRegion,
  parseIdentityLabels,
  parseYesNo,
  parseYuanToFen,
  PolicyParameters,
  poolingRegionCodeOf,
  SETTLEMENT_IMPORT_HEADERS,
  SETTLEMENT_IMPORT_OPTIONAL_HEADERS,
  settlementStayProblems,
  SettlementTiers,
  validateIdNumber,
  validateSettlementInput,
  VISIT_TYPE_LABELS,
  VISIT_TYPES,
  VisitType,
} from '@yibao/shared';
import { RegionScope, scopeQuery } from '../../../common/region-scope';
import { insertMany } from '../../../database/insert-many';
import type { ImportHandler } from '../../../platform/imports/imports.service';
import type { SourceRow } from '../../../platform/imports/row-reader';
import { Region } from '../../../platform/regions/region.entity';
import { PolicyParameterSet } from '../policy-parameters/policy-parameter-set.entity';
import {
  assessSettlement,
  blockedAt,
  institutionBlocks,
  SettlementFacts,
  settlementColumns,
  tiersSumProblem,
  yearsToDate,
  yearToDateKey,
} from '../settlements/settlement-rows';
import { Settlement } from '../settlements/settlement.entity';

interface SettlementImportContext {
  counties: Set<string>;
  /** approved parameters by `${pooling}/${year}` */
  parameters: Map<string, PolicyParameters>;
  /** `${institution}/${settlementNo}` seen earlier in this file → its line */
  seen: Map<string, number>;
  today: string;
}

const [
  H_NO,
  H_ID,
  H_NAME,
  H_REGION,
  H_CATEGORIES,
  H_DATE,
  H_INST_CODE,
  H_INST_NAME,
  H_LEVEL,
  H_VISIT,
  H_IN_COUNTY,
  H_TOTAL,
  H_IN_POLICY,
  H_IN_CATALOGUE,
  H_BASIC,
  H_CI,
  H_AID,
  H_OTHER,
  H_OOP,
] = SETTLEMENT_IMPORT_HEADERS;
const [H_ADMITTED, H_DISCHARGED, H_DIAGNOSIS] = SETTLEMENT_IMPORT_OPTIONAL_HEADERS;
/** the column each field of `settlementStayProblems` is read from */
const STAY_COLUMNS: Record<string, string> = { admittedOn: H_ADMITTED, dischargedOn: H_DISCHARGED, diagnosisCode: H_DIAGNOSIS };
const byLabel = <T extends string>(codes: readonly T[], labels: Record<T, string>, text: string): T | null =>
  codes.find((c) => labels[c] === text || c === text || labels[c] === `${text}医院` || `${labels[c]}医院` === text) ?? null;

/**
 * 就医结算导入: each row is validated like `POST /api/settlements` (ID checksum, county in scope, labels,
 * money in 元 to the fen, tiers adding up, approved parameters for the pooling region and year), then
 * assessed in file order with the person's year so far. The 结算流水号 makes a re-import idempotent:
 * a settlement already stored is counted `duplicate` and left alone.
 */
export const settlementImportHandler: ImportHandler<SettlementFacts, SettlementImportContext> = {
  kind: 'settlements',
  resource: 'settlement-imports',
  headers: SETTLEMENT_IMPORT_HEADERS,
  optionalHeaders: SETTLEMENT_IMPORT_OPTIONAL_HEADERS,

  async createContext(job, em) {
    const counties = await scopeQuery(em.getRepository(Region).createQueryBuilder('r').select(['r.code']), RegionScope.of(job.regionCode), 'code')
      .andWhere('r.level = :county', { county: 'county' })
      .getMany();
    const sets = await em.find(PolicyParameterSet, {
      where: { approvedDocument: Not(IsNull()) },
      select: { regionCode: true, year: true, approvedDocument: true },
    });
    return {
      counties: new Set(counties.map((r) => r.code)),
      parameters: new Map(
        sets
          .filter((p) => isWithinRegion(p.regionCode, job.regionCode) || isWithinRegion(job.regionCode, p.regionCode))
          .map((p) => [`${p.regionCode}/${p.year}`, JSON.parse(p.approvedDocument!)]),
      ),
      seen: new Map(),
      today: chinaDate(new Date()),
    };
  },

  validate(row: SourceRow, ctx) {
    const c = row.cells;
    const settlementNo = c[H_NO];
    if (!/^[A-Za-z0-9-]{1,64}$/.test(settlementNo)) return { reject: `${H_NO}：须为 1–64 位字母数字 (required)` };
    const id = validateIdNumber(c[H_ID], ctx.today);
    if (!id.ok) return { reject: `${H_ID}：${describeIdNumberProblem(id.reason)}` };
    const name = c[H_NAME];
    if (!name || name.length > 64) return { reject: `${H_NAME}：不能为空，最多 64 字 (required)` };
    const regionCode = c[H_REGION];
    if (!ctx.counties.has(regionCode)) return { reject: `${H_REGION}：${regionCode || '（空）'} 不是您管辖范围内的县级代码 (not a county in your scope)` };
    const categories = parseIdentityLabels(c[H_CATEGORIES]);
    // a settlement of an insured person with no special identity is valid: the column may be empty
    if (!categories.ok && categories.reason !== 'empty') return { reject: `${H_CATEGORIES}：无法识别“${categories.unknown.join('、')}” (unknown category)` };
    const settledOn = c[H_DATE].replaceAll('/', '-');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(settledOn) || Number.isNaN(Date.parse(`${settledOn}T00:00:00Z`)) || settledOn > ctx.today)
      return { reject: `${H_DATE}：须为不晚于今天的 YYYY-MM-DD 日期 (a date, not in the future)` };
    const year = Number(settledOn.slice(0, 4));
    if (!/^[A-Za-z0-9-]{1,32}$/.test(c[H_INST_CODE])) return { reject: `${H_INST_CODE}：须为 1–32 位字母数字` };
    if (!c[H_INST_NAME] || c[H_INST_NAME].length > 100) return { reject: `${H_INST_NAME}：不能为空，最多 100 字` };
    const level = byLabel<HospitalLevel>(HOSPITAL_LEVELS, HOSPITAL_LEVEL_LABELS, c[H_LEVEL]);
    if (!level) return { reject: `${H_LEVEL}：须为 一级 / 二级 / 三级` };
    const visit = byLabel<VisitType>(VISIT_TYPES, VISIT_TYPE_LABELS, c[H_VISIT]);
    if (!visit) return { reject: `${H_VISIT}：须为 普通门诊 / 门诊特慢病 / 住院` };
    const inCounty = parseYesNo(c[H_IN_COUNTY]);
    if (inCounty === null) return { reject: `${H_IN_COUNTY}：须为“是”或“否”` };
    const money: Record<string, number> = {};
    for (const h of [H_TOTAL, H_IN_POLICY, H_IN_CATALOGUE, H_BASIC, H_CI, H_AID, H_OTHER, H_OOP]) {
      const fen = parseYuanToFen(c[h]);
      if (fen === null) return { reject: `${h}：须为不小于 0 的金额（元，最多两位小数） (an amount in yuan)` };
      money[h] = fen;
    }
    const input = {
      visitType: visit,
      hospitalLevel: level,
      inCounty,
      totalCost: money[H_TOTAL],
      inPolicyCost: money[H_IN_POLICY],
      inCatalogueCost: money[H_IN_CATALOGUE],
      identityCategories: categories.ok ? categories.categories : [],
    };
    const problem = validateSettlementInput(input)[0];
    if (problem) return { reject: `${problem.field}：${problem.message}` };
    const recorded: SettlementTiers = {
      basic: money[H_BASIC],
      criticalIllness: money[H_CI],
      medicalAid: money[H_AID],
      other: money[H_OTHER],
      outOfPocket: money[H_OOP],
    };
    const sum = tiersSumProblem(recorded, input.totalCost);
    if (sum) return { reject: `支付合计：${sum}` };
    const stay = {
      admittedOn: c[H_ADMITTED].replaceAll('/', '-') || null,
      dischargedOn: c[H_DISCHARGED].replaceAll('/', '-') || null,
      diagnosisCode: c[H_DIAGNOSIS] || null,
    };
    const stayProblem = settlementStayProblems({ visitType: visit, settledOn, ...stay })[0];
    if (stayProblem) return { reject: `${STAY_COLUMNS[stayProblem.field]}：${stayProblem.message}` };
    if (!ctx.parameters.has(`${poolingRegionCodeOf(regionCode)}/${year}`))
      return { reject: `${H_DATE}：${poolingRegionCodeOf(regionCode)} ${year} 年政策参数尚未批准，无法核算 (no approved parameters)` };
    const key = `${c[H_INST_CODE]}/${settlementNo}`;
    const earlier = ctx.seen.get(key);
    if (earlier) return { reject: `${H_NO}：与第 ${earlier} 行重复 (same settlement as line ${earlier})` };
    ctx.seen.set(key, row.line);
    return {
      idNumber: id.idNumber,
      name,
      regionCode,
      year,
      settledOn,
      institutionCode: c[H_INST_CODE],
      institutionName: c[H_INST_NAME],
      settlementNo,
      ...stay,
      input,
      recorded,
    };
  },

  /** Skips settlements already stored, then assesses the rest in file order with each person's year so far. */
  async writeBatch(em: EntityManager, rows, ctx) {
    const counts: Record<string, number> = {};
    const stored = new Set<string>();
    const byInstitution = new Map<string, string[]>();
    for (const r of rows)
      (byInstitution.get(r.value.institutionCode) ?? byInstitution.set(r.value.institutionCode, []).get(r.value.institutionCode)!).push(r.value.settlementNo!);
    for (const [institutionCode, numbers] of byInstitution) {
      for (const s of await em.find(Settlement, {
        where: { institutionCode, settlementNo: In(numbers) },
        select: { institutionCode: true, settlementNo: true },
      }))
        stored.add(`${s.institutionCode}/${s.settlementNo}`);
    }
    const fresh = rows.filter((r) => !stored.has(`${r.value.institutionCode}/${r.value.settlementNo}`));
    counts.duplicate = rows.length - fresh.length;
    const ytdByYear = new Map<number, Awaited<ReturnType<typeof yearsToDate>>>();
    for (const year of new Set(fresh.map((r) => r.value.year))) {
      const people = fresh
        .filter((r) => r.value.year === year)
        .map((r) => ({ idNumber: r.value.idNumber, poolingRegionCode: poolingRegionCodeOf(r.value.regionCode)! }));
      ytdByYear.set(year, await yearsToDate(em, people, year));
    }
    const blocks = await institutionBlocks(em, byInstitution.keys());
    const out = fresh.map(({ value: f }) => {
      const ytds = ytdByYear.get(f.year)!;
      const key = yearToDateKey(poolingRegionCodeOf(f.regionCode)!, f.idNumber);
      const { computed, flags, next } = assessSettlement(
        f.input,
        f.recorded,
        ctx.parameters.get(`${poolingRegionCodeOf(f.regionCode)}/${f.year}`)!,
        ytds.get(key) ?? { ...EMPTY_YEAR_TO_DATE },
        blockedAt(blocks, f.institutionCode, f.settledOn),
      );
      ytds.set(key, next);
      counts[flags ? 'flagged' : 'recorded'] = (counts[flags ? 'flagged' : 'recorded'] ?? 0) + 1;
      return settlementColumns(f, computed, flags);
    });
    await insertMany(em, Settlement, out);
    return counts;
  },
};
