import type { EntityManager } from 'typeorm';
import { OUTPATIENT_VISIT_TYPES, institutionOutlierHits, type ScreeningRuleId, type ScreeningRuleParams } from '@yibao/shared';
import type { RegionScope } from '../../../common/region-scope';
import { selectIn } from '../../../database/insert-many';

/**
 * One SQL statement per screening rule over a pooling region's settlements of a year (issue 17's rule table),
 * portable between SQLite and MariaDB: dates are 'YYYY-MM-DD' text (compared as text; day counts through
 * `daysBetween`, the one dialect difference), sex and birth date come from the ID number with SUBSTR. Each
 * statement reads the settlements in the run's region with ids in (since, upTo] — the rule's watermark and the
 * highest id when the run began — and, for the pair rules, pairs them with any settlement of the same person in
 * the pooling region and year up to `upTo`.
 */

/** What a rule statement sees of the run. */
export interface RuleScan {
  em: EntityManager;
  dialect: 'sqlite' | 'mysql';
  /** the pooling region (city) whose settlements are read */
  poolingRegionCode: string;
  /** the run's region: the pooling region itself or one of its counties */
  region: RegionScope;
  year: number;
  /** read settlements with id > since (0: the whole year) … */
  since: number;
  /** … and ≤ upTo (the highest settlement id when the run began) */
  upTo: number;
  params: ScreeningRuleParams;
  /**
   * An incremental run's re-read (after_death, suspended_institution): deaths and status decisions recorded since
   * this UTC datetime (`YYYY-MM-DD HH:MM:SS.mmm`) are checked against the older settlements (ids ≤ since) of the
   * persons and institutions they concern; null on a full run
   */
  factsChangedSince: string | null;
}

/** One hit of a rule, before it becomes a 疑点. */
export interface RuleHit {
  /** what identifies the hit for its rule (hashed into hitKey): settlement ids, person × institution × month … */
  identity: string;
  settlementIds: number[];
  idNumber: string | null;
  name: string | null;
  institutionCode: string | null;
  institutionName: string | null;
  /** the institution's county when the registry knows it, else the settlement's */
  regionCode: string;
  /** fen */
  amountAtStake: number;
  /** one line, zh, with the parameter values that applied (never the ID number) */
  detail: string;
}

/** A settlement row as the statements select it (prefix `a_` / `b_` for the two sides of a pair). */
interface Side {
  id: number;
  idNumber: string;
  name: string;
  institutionCode: string;
  institutionName: string;
  county: string;
  settledOn: string;
  admittedOn: string | null;
  dischargedOn: string | null;
  diagnosisCode: string | null;
  inPolicyCost: number;
  fund: number;
}

type Row = Record<string, unknown>;

/** The columns of one side, prefixed (the county is the settlement's; `withRegistryCounties` puts the institution's in). */
function sideColumns(alias: string, prefix: string): string {
  return [
    `${alias}.id AS ${prefix}id`,
    `${alias}.idNumber AS ${prefix}idNumber`,
    `${alias}.name AS ${prefix}name`,
    `${alias}.institutionCode AS ${prefix}institutionCode`,
    `${alias}.institutionName AS ${prefix}institutionName`,
    `${alias}.regionCode AS ${prefix}county`,
    `${alias}.settledOn AS ${prefix}settledOn`,
    `${alias}.admittedOn AS ${prefix}admittedOn`,
    `${alias}.dischargedOn AS ${prefix}dischargedOn`,
    `${alias}.diagnosisCode AS ${prefix}diagnosisCode`,
    `${alias}.inPolicyCost AS ${prefix}inPolicyCost`,
    `${fund(alias)} AS ${prefix}fund`,
  ].join(', ');
}

function side(r: Row, prefix = ''): Side {
  const v = (k: string) => r[`${prefix}${k}`];
  const text = (k: string) => (v(k) === null || v(k) === undefined ? null : String(v(k)));
  return {
    id: Number(v('id')),
    idNumber: String(v('idNumber')),
    name: String(v('name')),
    institutionCode: String(v('institutionCode')),
    institutionName: String(v('institutionName')),
    county: String(v('county')),
    settledOn: String(v('settledOn')),
    admittedOn: text('admittedOn'),
    dischargedOn: text('dischargedOn'),
    diagnosisCode: text('diagnosisCode'),
    inPolicyCost: Number(v('inPolicyCost')),
    fund: Number(v('fund')),
  };
}

/** What the fund paid for a settlement (fen): everything but the person's own share. */
const fund = (alias: string) => `(${alias}.totalCost - ${alias}.paidOutOfPocket)`;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'), the only dialect-specific SQL here. */
export function daysBetween(dialect: RuleScan['dialect'], from: string, to: string): string {
  return dialect === 'sqlite' ? `CAST(julianday(${to}) - julianday(${from}) AS INTEGER)` : `DATEDIFF(${to}, ${from})`;
}

/** The settlements a rule reads: the pooling region's year, the run's region, ids in (since, upTo]. */
function readCondition(scan: RuleScan, alias: string): { sql: string; values: unknown[] } {
  // a pooling region's own run needs no region condition: MariaDB would walk the (regionCode, id) index over the
  // whole year and fetch each row by key (bench/rectification-screening.mjs measured 24 s against 5 s for 1M rows)
  const region = scan.region.regionCode === scan.poolingRegionCode ? { sql: '1 = 1', values: [] } : scan.region.rawCondition(`${alias}.regionCode`);
  return {
    sql: `${alias}.poolingRegionCode = ? AND ${alias}.year = ? AND ${alias}.id > ? AND ${alias}.id <= ? AND ${region.sql}`,
    values: [scan.poolingRegionCode, scan.year, scan.since, scan.upTo, ...region.values],
  };
}

/** A partner of `n` for the pair rules: the same person's other settlement in the pooling region and year, up to upTo. */
function partnerJoin(n: string, p: string): string {
  return `${p}.idNumber = ${n}.idNumber AND ${p}.year = ${n}.year AND ${p}.poolingRegionCode = ${n}.poolingRegionCode AND ${p}.id <> ${n}.id AND ${p}.id <= ?`;
}

/**
 * A date column as a whole day number, and a narrow key of a group of settlements, for the pair rules' candidate
 * windows: MariaDB sorts the window's rows in a temporary table that spills to disk when wide (the varchar person
 * and dates: 33 s over 1M stays, integers 17 s; bench/screening-runs.mjs). A hashed key may put two persons in one
 * partition: more candidates, never fewer (a partition's reach only grows). SQLite sorts the columns as they are.
 */
function dayNumber(dialect: RuleScan['dialect'], column: string): string {
  return dialect === 'sqlite' ? `CAST(julianday(${column}) AS INTEGER)` : `TO_DAYS(${column})`;
}
function groupKey(dialect: RuleScan['dialect'], columns: readonly string[]): string {
  return dialect === 'sqlite' ? columns.join(', ') : `CRC32(CONCAT_WS('|', ${columns.join(', ')}))`;
}

/**
 * The rows of a pair rule's statement (`sql`, its values; the partner's join on the person index): an incremental
 * run joins the few settlements above the mark as they are. A run from the start of the year would probe the index
 * once per stay of the year (55 s of a full run over 3M, bench/screening-runs.mjs), so it first finds, in one
 * ordered pass over the year's stays (a window function: `candidates`, the ids of the stays that can close a pair —
 * a superset, each rule's comment says why), their persons, and runs the statement over those persons only: the
 * same rows.
 */
async function pairRows(scan: RuleScan, sql: string, values: unknown[], candidates: () => { sql: string; values: unknown[] }): Promise<Row[]> {
  if (scan.since > 0) return scan.em.query(sql, values);
  const c = candidates();
  const flagged: Array<{ id: number | string }> = await scan.em.query(c.sql, c.values);
  const persons = await selectIn<{ idNumber: string }>(
    scan.em,
    'SELECT DISTINCT s.idNumber AS idNumber FROM settlements s WHERE s.id IN (?)',
    flagged.map((r) => Number(r.id)),
  );
  // the persons' list last: selectIn binds its values after the statement's own
  return selectIn<Row>(scan.em, `${sql} AND n.idNumber IN (?)`, [...new Set(persons.map((r) => r.idNumber))], values);
}

/** A diagnosis range list ('O00-O9A', 'Z51') as a condition on the code's 3-character category. */
export function categoryRanges(column: string, ranges: readonly string[]): { sql: string; values: unknown[] } {
  if (!ranges.length) return { sql: '1 = 0', values: [] };
  const parts = ranges.map((r) => {
    const [from, to = from] = r.split('-');
    return { sql: `SUBSTR(${column}, 1, 3) BETWEEN ? AND ?`, values: [from, to] };
  });
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, values: parts.flatMap((p) => p.values) };
}

/** The county of each institution the registry knows, of `codes` (one lookup per rule instead of a join per row). */
async function registryCounties(em: EntityManager, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await selectIn<{ code: string; regionCode: string }>(em, 'SELECT code, regionCode FROM institutions WHERE code IN (?)', [...new Set(codes)]);
  return new Map(rows.map((r) => [r.code, r.regionCode]));
}

/** A rule's hits with the institution's county where the registry knows the institution (else the settlement's stays). */
export async function withRegistryCounties(em: EntityManager, hits: RuleHit[]): Promise<RuleHit[]> {
  const counties = await registryCounties(
    em,
    hits.flatMap((h) => (h.institutionCode ? [h.institutionCode] : [])),
  );
  return hits.map((h) => ({ ...h, regionCode: (h.institutionCode && counties.get(h.institutionCode)) || h.regionCode }));
}

/** How many settlements a rule reads (the summary's `read`). */
export async function countRead(scan: RuleScan, extra = ''): Promise<number> {
  const read = readCondition(scan, 'n');
  const [row] = await scan.em.query(`SELECT COUNT(*) AS n FROM settlements n WHERE ${read.sql}${extra}`, read.values);
  return Number(row?.n ?? 0);
}

/** A hit resting on `ids`, of the person, institution and county of `s` (a pair's later settlement), the fund's pay for it at stake. */
function hitOn(identity: string, ids: number[], s: Side, detail: string): RuleHit {
  return {
    identity,
    settlementIds: ids,
    idNumber: s.idNumber,
    name: s.name,
    institutionCode: s.institutionCode,
    institutionName: s.institutionName,
    regionCode: s.county,
    amountAtStake: s.fund,
    detail,
  };
}

const yuan = (fen: number) => (fen / 100).toFixed(2).replace(/\.00$/, '');
const pairIdentity = (a: number, b: number) => [a, b].sort((x, y) => x - y).join(',');

/** 分解住院: the earlier stay `a`, the readmission `b` ≤ N days after a's discharge, same institution and 3-character diagnosis. */
async function splitAdmission(scan: RuleScan): Promise<RuleHit[]> {
  const { days, excludedCategories } = scan.params.split_admission;
  const read = readCondition(scan, 'n');
  const excluded = categoryRanges('n.diagnosisCode', excludedCategories);
  // a before b: b admitted on or after a's discharge, within N days
  const ordered = (a: string, b: string) =>
    `(${a}.dischargedOn IS NOT NULL AND ${b}.admittedOn IS NOT NULL AND ${b}.admittedOn >= ${a}.dischargedOn AND ${daysBetween(scan.dialect, `${a}.dischargedOn`, `${b}.admittedOn`)} <= ?)`;
  const rows = await pairRows(
    scan,
    `SELECT ${sideColumns('n', 'a_')}, ${sideColumns('p', 'b_')}
       FROM settlements n
       JOIN settlements p ON ${partnerJoin('n', 'p')} AND p.institutionCode = n.institutionCode AND p.visitType = 'inpatient'
        AND SUBSTR(p.diagnosisCode, 1, 3) = SUBSTR(n.diagnosisCode, 1, 3)
      WHERE ${read.sql} AND n.visitType = 'inpatient' AND n.diagnosisCode IS NOT NULL AND NOT (${excluded.sql})
        AND (${ordered('n', 'p')} OR ${ordered('p', 'n')})`,
    [scan.upTo, ...read.values, ...excluded.values, days, days],
    () => {
      // a readmission b of a before it: b's admission is within N days after a's discharge. Ordered by admission
      // (then discharge, id), a comes before b (same-day stays of one day: one of the two orders holds and both
      // pair), so b's reach (the latest discharge before it in its person × institution × category) is at least
      // a's discharge ≥ b's admission − N. Rows missing a date or discharged before admitted flag their person
      // outright: the argument does not cover them.
      const s = categoryRanges('s.diagnosisCode', excludedCategories);
      const admitted = dayNumber(scan.dialect, 's.admittedOn');
      const discharged = dayNumber(scan.dialect, 's.dischargedOn');
      const group = groupKey(scan.dialect, ['s.idNumber', 's.institutionCode', 'SUBSTR(s.diagnosisCode, 1, 3)']);
      return {
        sql: `SELECT w.id AS id FROM (
                SELECT s.id AS id, ${admitted} AS admitted, ${discharged} AS discharged,
                       MAX(${discharged}) OVER (PARTITION BY ${group} ORDER BY ${admitted}, ${discharged}, s.id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
                  FROM settlements s
                 WHERE s.poolingRegionCode = ? AND s.year = ? AND s.id <= ? AND s.visitType = 'inpatient'
                   AND s.diagnosisCode IS NOT NULL AND NOT (${s.sql})) w
              WHERE w.admitted IS NULL OR w.discharged IS NULL OR w.admitted > w.discharged OR w.admitted - w.reach <= ?`,
        values: [scan.poolingRegionCode, scan.year, scan.upTo, ...s.values, days],
      };
    },
  );
  return rows.map((r) => {
    const [x, y] = [side(r, 'a_'), side(r, 'b_')];
    // the first stay is the one discharged before the other's admission (both orders hold only for two same-day stays)
    const [a, b] = x.dischargedOn! <= y.admittedOn! && (y.dischargedOn! > x.admittedOn! || x.id < y.id) ? [x, y] : [y, x];
    const gap = Math.round((Date.parse(b.admittedOn!) - Date.parse(a.dischargedOn!)) / 86_400_000);
    return hitOn(
      pairIdentity(a.id, b.id),
      [a.id, b.id],
      b,
      `${a.dischargedOn} 出院后 ${gap} 日（${b.admittedOn}）再次入住同一机构，主要诊断同为 ${b.diagnosisCode!.slice(0, 3)}（参数：间隔 ≤ ${days} 日，${excludedCategories.join('、') || '无'} 除外）`,
    );
  });
}

/** 同时住院: two inpatient stays of one person whose intervals intersect, dates inclusive (`overlappingStayHits`). */
async function overlappingStays(scan: RuleScan): Promise<RuleHit[]> {
  const read = readCondition(scan, 'n');
  const rows = await pairRows(
    scan,
    `SELECT ${sideColumns('n', 'a_')}, ${sideColumns('p', 'b_')}
       FROM settlements n
       JOIN settlements p ON ${partnerJoin('n', 'p')} AND p.visitType = 'inpatient'
        AND p.admittedOn IS NOT NULL AND p.dischargedOn IS NOT NULL AND n.admittedOn <= p.dischargedOn AND p.admittedOn <= n.dischargedOn
      WHERE ${read.sql} AND n.visitType = 'inpatient' AND n.admittedOn IS NOT NULL AND n.dischargedOn IS NOT NULL`,
    [scan.upTo, ...read.values],
    // of two intersecting stays, the one admitted later (by id on the same day) is admitted on or before the other's
    // discharge: its reach (the latest discharge of the person's stays before it) is at least its admission
    () => {
      const admitted = dayNumber(scan.dialect, 's.admittedOn');
      const discharged = dayNumber(scan.dialect, 's.dischargedOn');
      return {
        sql: `SELECT w.id AS id FROM (
                SELECT s.id AS id, ${admitted} AS admitted, ${discharged} AS discharged,
                       MAX(${discharged}) OVER (PARTITION BY ${groupKey(scan.dialect, ['s.idNumber'])} ORDER BY ${admitted}, s.id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
                  FROM settlements s
                 WHERE s.poolingRegionCode = ? AND s.year = ? AND s.id <= ? AND s.visitType = 'inpatient'
                   AND s.admittedOn IS NOT NULL AND s.dischargedOn IS NOT NULL) w
              WHERE w.admitted IS NULL OR w.discharged IS NULL OR w.reach >= w.admitted`,
        values: [scan.poolingRegionCode, scan.year, scan.upTo],
      };
    },
  );
  return rows.map((r) => {
    const [x, y] = [side(r, 'a_'), side(r, 'b_')];
    // the stay admitted later (by id on the same day) is the one that should not have been possible
    const [a, b] = x.admittedOn! < y.admittedOn! || (x.admittedOn === y.admittedOn && x.id < y.id) ? [x, y] : [y, x];
    return hitOn(
      pairIdentity(a.id, b.id),
      [a.id, b.id],
      b,
      `${a.admittedOn} 至 ${a.dischargedOn} 在 ${a.institutionName} 住院期间，${b.admittedOn} 至 ${b.dischargedOn} 又在 ${b.institutionName} 住院`,
    );
  });
}

/** Single-settlement rules: the statement's extra joins and condition over `n`, and the detail of a hit. */
async function perSettlement(
  scan: RuleScan,
  joins: string,
  condition: string,
  values: unknown[],
  detail: (s: Side, r: Row) => string,
  extraColumns = '',
): Promise<RuleHit[]> {
  const read = readCondition(scan, 'n');
  const rows: Row[] = await scan.em.query(
    `SELECT ${sideColumns('n', '')}${extraColumns}
       FROM settlements n
       ${joins}
      WHERE ${read.sql} AND ${condition}`,
    [...read.values, ...values],
  );
  return rows.map((r) => {
    const s = side(r);
    return hitOn(String(s.id), [s.id], s, detail(s, r));
  });
}

/** 挂床: in-policy cost per day below X for a stay of ≥ D days, or admitted and discharged the same day. */
function phantomStay(scan: RuleScan): Promise<RuleHit[]> {
  const { maxDailyInPolicyCost, minDays } = scan.params.phantom_stay;
  const los = daysBetween(scan.dialect, 'n.admittedOn', 'n.dischargedOn');
  return perSettlement(
    scan,
    '',
    `n.visitType = 'inpatient' AND n.admittedOn IS NOT NULL AND n.dischargedOn IS NOT NULL
     AND (n.dischargedOn = n.admittedOn OR (${los} >= ? AND n.inPolicyCost < ? * ${los}))`,
    [minDays, maxDailyInPolicyCost],
    (s) => {
      if (s.admittedOn === s.dischargedOn)
        return `${s.admittedOn} 当日入院当日出院（参数：住院 ≥ ${minDays} 日且日均政策范围内费用 < ${yuan(maxDailyInPolicyCost)} 元，或当日出入院）`;
      const days = Math.round((Date.parse(s.dischargedOn!) - Date.parse(s.admittedOn!)) / 86_400_000);
      return `住院 ${days} 日（${s.admittedOn} 至 ${s.dischargedOn}），日均政策范围内费用 ${yuan(Math.floor(s.inPolicyCost / days))} 元（参数：住院 ≥ ${minDays} 日且日均 < ${yuan(maxDailyInPolicyCost)} 元）`;
    },
  );
}

/** The ID number's 17th digit: odd for a man (GB 11643). */
const MALE = `SUBSTR(n.idNumber, 17, 1) IN ('1', '3', '5', '7', '9')`;

/** Diagnoses reserved for the other sex: a woman's ranges on a man, a man's on a woman. */
function sexMismatch(scan: RuleScan): Promise<RuleHit[]> {
  const { femaleOnlyRanges, maleOnlyRanges } = scan.params.sex_mismatch;
  const female = categoryRanges('n.diagnosisCode', femaleOnlyRanges);
  const male = categoryRanges('n.diagnosisCode', maleOnlyRanges);
  return perSettlement(
    scan,
    '',
    `n.diagnosisCode IS NOT NULL AND ((${MALE} AND ${female.sql}) OR (NOT ${MALE} AND ${male.sql}))`,
    [...female.values, ...male.values],
    (s) => {
      const isMale = Number(s.idNumber.charAt(16)) % 2 === 1;
      const ranges = isMale ? femaleOnlyRanges : maleOnlyRanges;
      return `${isMale ? '男性' : '女性'}（由身份证号判定）的主要诊断 ${s.diagnosisCode} 属${isMale ? '女性' : '男性'}专属范围（参数：${ranges.join('、')}）`;
    },
  );
}

/** Perinatal codes for a person older than `maxAgeYears` on the settlement date (birth date from the ID number, digits 7–14). */
function ageMismatch(scan: RuleScan): Promise<RuleHit[]> {
  const { perinatalRanges, maxAgeYears } = scan.params.age_mismatch;
  const perinatal = categoryRanges('n.diagnosisCode', perinatalRanges);
  return perSettlement(
    scan,
    '',
    // YYYYMMDD as numbers: care began (admission, else settlement) after the maxAgeYears-th birthday; a 29 February
    // birthday compares as 0229, between 0228 and 0301, as `ageMismatchHits` turns it on 28 February
    `n.diagnosisCode IS NOT NULL AND ${perinatal.sql} AND (REPLACE(COALESCE(n.admittedOn, n.settledOn), '-', '') + 0) > (SUBSTR(n.idNumber, 7, 8) + 0) + ? * 10000`,
    [...perinatal.values, maxAgeYears],
    (s) => {
      const birth = s.idNumber.slice(6, 14);
      const care = s.admittedOn ?? s.settledOn;
      const age = Math.floor((Number(care.replace(/-/g, '')) - Number(birth)) / 10000);
      return `就医日 ${care} 已满 ${age} 周岁（由身份证号推得），主要诊断 ${s.diagnosisCode} 属围生期（参数：${perinatalRanges.join('、')}，限 ${maxAgeYears} 周岁及以下）`;
    },
  );
}

/**
 * 死亡后就医: the ledger records a death as the person's exit (`beneficiaries.status = 'exited'`, `exitedOn` the date)
 * with an enrollment marked not enrolled for `deceased`; care begun after that day (the admission, else the settlement
 * date: `afterDeathHits`) is the hit — a stay begun before death and settled by the family is not.
 */
async function afterDeath(scan: RuleScan): Promise<RuleHit[]> {
  const statement = (on: RuleScan, only = '', values: unknown[] = []) =>
    perSettlement(
      on,
      'JOIN beneficiaries b ON b.idNumber = n.idNumber',
      `b.status = 'exited' AND b.exitedOn IS NOT NULL AND COALESCE(n.admittedOn, n.settledOn) > b.exitedOn
       AND EXISTS (SELECT 1 FROM enrollments e WHERE e.beneficiaryId = b.id AND e.notEnrolledReason = 'deceased')${only}`,
      values,
      (s, r) => `台账记载其已于 ${String(r.diedOn)} 死亡（退出），${s.admittedOn ?? s.settledOn} 仍在 ${s.institutionName} 就医`,
      ', b.exitedOn AS diedOn',
    );
  const hits = await statement(scan);
  if (!scan.factsChangedSince) return hits;
  // a death recorded since the mark (the person's exit, or the enrollment's reason): the person's older settlements too
  const t = scan.factsChangedSince;
  const changed = ` AND (b.updatedAt >= ? OR EXISTS (SELECT 1 FROM enrollments d WHERE d.beneficiaryId = b.id AND d.notEnrolledReason = 'deceased' AND d.updatedAt >= ?))
       AND n.idNumber IN (SELECT c.idNumber FROM beneficiaries c WHERE c.poolingRegionCode = ? AND c.status = 'exited')`;
  return [...hits, ...(await statement(olderSettlements(scan), changed, [t, t, scan.poolingRegionCode]))];
}

/** The same scan over the settlements below the mark (ids ≤ since): the re-read of facts recorded since. */
const olderSettlements = (scan: RuleScan): RuleScan => ({ ...scan, since: 0, upTo: scan.since, factsChangedSince: null });

/**
 * Settled at an institution whose agreement was suspended or terminated on that day: the registry's status
 * history (the blocks of served decisions not lifted, as `settledWhileBlocked` reads them), not the settlement's
 * `institution_suspended` flag, which is set when the settlement is recorded and misses a decision recorded later.
 */
async function suspendedInstitution(scan: RuleScan): Promise<RuleHit[]> {
  const hits = await blockedSettlements(scan);
  if (!scan.factsChangedSince) return hits;
  // a decision recorded since the mark (a backdated suspension): the institution's older settlements too
  const changed = ` AND n.institutionCode IN (SELECT r.institutionCode FROM institution_status_changes r WHERE r.at >= ?)`;
  return [...hits, ...(await blockedSettlements(olderSettlements(scan), changed, [scan.factsChangedSince]))];
}

function blockedSettlements(scan: RuleScan, only = '', values: unknown[] = []): Promise<RuleHit[]> {
  return perSettlement(
    scan,
    'JOIN institution_status_changes c ON c.institutionCode = n.institutionCode',
    `c.toStatus <> 'active' AND c.liftedAt IS NULL AND n.settledOn >= c.effectiveOn
     AND (c.toStatus = 'terminated' OR (c.suspendedUntil IS NOT NULL AND n.settledOn <= c.suspendedUntil))${only}`,
    values,
    (s, r) =>
      `${s.settledOn} 结算时该机构${r.toStatus === 'terminated' ? `自 ${String(r.effectiveOn)} 起已解除协议` : `在暂停协议期间（${String(r.effectiveOn)} 至 ${String(r.suspendedUntil)}）`}${r.decisionNo ? `（${String(r.decisionNo)}）` : ''}`,
    ', c.toStatus AS toStatus, c.effectiveOn AS effectiveOn, c.suspendedUntil AS suspendedUntil, c.decisionNo AS decisionNo',
  );
}

/** The calculator's own out-of-pocket share of a settlement (its `computed` JSON), fen; both dialects name it json_extract. */
const computedOutOfPocket = (alias: string) => `json_extract(${alias}.computed, '$.outOfPocket')`;

/**
 * 零自付 (`isZeroOutOfPocket`): the calculator's flag (shared with over-protection screening), or a recorded zero
 * out-of-pocket payment where the calculator's own share is not zero (a hospital's 免收自付, flagged recorded_mismatch).
 */
function zeroOop(scan: RuleScan): Promise<RuleHit[]> {
  return perSettlement(
    scan,
    '',
    `(n.flags LIKE ? OR (n.paidOutOfPocket = 0 AND ${computedOutOfPocket('n')} <> 0))`,
    ['%,zero_oop,%'],
    (s, r) =>
      Number(r.paidOutOfPocket) === 0 && Number(r.computedOutOfPocket ?? 0) !== 0
        ? `机构记录个人自付为零，按政策测算应自付 ${yuan(Number(r.computedOutOfPocket))} 元：政策范围内费用 ${yuan(s.inPolicyCost)} 元，基金支付 ${yuan(s.fund)} 元`
        : `个人自付为零：政策范围内费用 ${yuan(s.inPolicyCost)} 元，基金支付 ${yuan(s.fund)} 元`,
    `, n.paidOutOfPocket AS paidOutOfPocket, ${computedOutOfPocket('n')} AS computedOutOfPocket`,
  );
}

/** At most this many settlement ids are kept on one 疑点 (the count stays in the detail). */
export const MAX_SETTLEMENT_IDS = 200;

/**
 * 高频就诊's person × institution × month groups touched by an incremental run (a settlement read now: in the run's
 * region, above the mark) with more than N outpatient settlements. Only the person × institution pairs (of persons
 * with such a settlement) that have more than N outpatient settlements there in the whole year are grouped by month —
 * counted on the person-stays index alone (no month there, but a month's count never exceeds the year's), so most
 * persons' rows are never read (bench/screening-runs.mjs: 15 s → 4.4 s of the incremental run over 100k at 1M).
 */
async function frequentVisitGroupsSince(scan: RuleScan): Promise<Row[]> {
  const { maxVisitsPerMonth } = scan.params.frequent_visits;
  const read = readCondition(scan, 'n');
  const region = scan.region.rawCondition('p.regionCode');
  return scan.em.query(
    `SELECT p.idNumber AS idNumber, p.institutionCode AS institutionCode, SUBSTR(p.settledOn, 1, 7) AS month, COUNT(*) AS visits,
            SUM(${fund('p')}) AS fund
       FROM settlements p
      WHERE p.poolingRegionCode = ? AND p.year = ? AND p.id <= ? AND p.visitType <> 'inpatient'
        AND (p.idNumber, p.institutionCode) IN (
            SELECT q.idNumber, q.institutionCode FROM settlements q
             WHERE q.idNumber IN (SELECT n.idNumber FROM settlements n WHERE ${read.sql} AND n.visitType <> 'inpatient')
               AND q.year = ? AND q.id <= ? AND q.visitType <> 'inpatient'
             GROUP BY q.idNumber, q.institutionCode HAVING COUNT(*) > ?)
      GROUP BY p.idNumber, p.institutionCode, SUBSTR(p.settledOn, 1, 7)
     HAVING COUNT(*) > ? AND SUM(CASE WHEN p.id > ? AND ${region.sql} THEN 1 ELSE 0 END) > 0`,
    [scan.poolingRegionCode, scan.year, scan.upTo, ...read.values, scan.year, scan.upTo, maxVisitsPerMonth, maxVisitsPerMonth, scan.since, ...region.values],
  );
}

/**
 * 高频就诊's groups of a run from the start of the year (every group in the run's region counts). Grouping the year's
 * outpatient settlements by person × institution × month builds a temporary table of about one row per settlement
 * (a person sees an institution two or three times a year): 28 s of a full run over 3M, spilled to disk. A group
 * of more than N visits has more than N in the year at that institution, so at least ⌈(N + 1) / T⌉ of one of the T
 * outpatient visit types: those persons are found first by grouping in the person-stays index's own order
 * (person, year, visit type, institution — streamed, index-only, no temporary table; without the pooling region,
 * which is not in the index, nor the run's upper id, whose range MariaDB would rather read through the primary key
 * and group in a temporary table: 41 s against 1.8 s at 3M — more candidates, never fewer), and only their
 * settlements are grouped by month.
 */
async function frequentVisitGroupsOfYear(scan: RuleScan): Promise<Row[]> {
  const { maxVisitsPerMonth } = scan.params.frequent_visits;
  const atLeast = Math.ceil((maxVisitsPerMonth + 1) / OUTPATIENT_VISIT_TYPES.length);
  const types = OUTPATIENT_VISIT_TYPES.map(() => '?').join(', ');
  const candidates: Array<{ idNumber: string }> = await scan.em.query(
    `SELECT q.idNumber AS idNumber FROM settlements q
      WHERE q.year = ? AND q.visitType IN (${types})
      GROUP BY q.idNumber, q.year, q.visitType, q.institutionCode HAVING COUNT(*) >= ?`,
    [scan.year, ...OUTPATIENT_VISIT_TYPES, atLeast],
  );
  const region = scan.region.rawCondition('p.regionCode');
  // a group counts when it holds a settlement of the run's region (a county's run); the month's threshold is the caller's
  return (
    await selectIn<Row>(
      scan.em,
      `SELECT p.idNumber AS idNumber, p.institutionCode AS institutionCode, SUBSTR(p.settledOn, 1, 7) AS month, COUNT(*) AS visits,
              SUM(${fund('p')}) AS fund, SUM(CASE WHEN ${region.sql} THEN 1 ELSE 0 END) AS inRegion
         FROM settlements p
        WHERE p.poolingRegionCode = ? AND p.year = ? AND p.id <= ? AND p.visitType IN (${types}) AND p.idNumber IN (?)
        GROUP BY p.idNumber, p.institutionCode, SUBSTR(p.settledOn, 1, 7)`,
      [...new Set(candidates.map((c) => c.idNumber))],
      [...region.values, scan.poolingRegionCode, scan.year, scan.upTo, ...OUTPATIENT_VISIT_TYPES],
    )
  ).filter((g) => Number(g.inRegion) > 0);
}

/**
 * 高频就诊: more than N outpatient settlements (普通门诊 and 门诊特慢病) of one person at one institution in a calendar
 * month, counted over the year: an incremental run's groups are those a new settlement falls in, a full run's every
 * group in the run's region — each read through a narrowing of its own (above).
 */
async function frequentVisits(scan: RuleScan): Promise<RuleHit[]> {
  const { maxVisitsPerMonth } = scan.params.frequent_visits;
  const groups = (scan.since > 0 ? await frequentVisitGroupsSince(scan) : await frequentVisitGroupsOfYear(scan)).filter(
    (g) => Number(g.visits) > maxVisitsPerMonth,
  );
  const hits: RuleHit[] = [];
  for (const g of groups) {
    const ids: Array<{ id: number; name: string; institutionName: string; county: string }> = await scan.em.query(
      `SELECT p.id AS id, p.name AS name, p.institutionName AS institutionName, p.regionCode AS county FROM settlements p
        WHERE p.idNumber = ? AND p.year = ? AND p.poolingRegionCode = ? AND p.institutionCode = ? AND p.settledOn LIKE ?
          AND p.visitType <> 'inpatient' AND p.id <= ? ORDER BY p.id LIMIT ${MAX_SETTLEMENT_IDS}`,
      [g.idNumber, scan.year, scan.poolingRegionCode, g.institutionCode, `${String(g.month)}-%`, scan.upTo],
    );
    hits.push({
      identity: `${String(g.idNumber)}|${String(g.institutionCode)}|${String(g.month)}`,
      settlementIds: ids.map((r) => Number(r.id)),
      idNumber: String(g.idNumber),
      name: ids[0]?.name ?? null,
      institutionCode: String(g.institutionCode),
      institutionName: ids[0]?.institutionName ?? null,
      regionCode: String(ids[0]?.county),
      amountAtStake: Number(g.fund),
      detail: `${String(g.month)} 在同一机构门诊结算 ${Number(g.visits)} 次（参数：每自然月超过 ${maxVisitsPerMonth} 次）`,
    });
  }
  return hits;
}

/** An institution's inpatient admissions of the year in the pooling region, with its county. */
export interface InstitutionAdmissions {
  institutionCode: string;
  institutionName: string;
  /** the registry's county of the institution, else `settlementCounty` */
  county: string;
  /** the least county its settlements carry (what is kept for the next run: the registry is read afresh each run) */
  settlementCounty: string;
  admissions: number;
  /** fen the fund paid for them */
  fund: number;
}

/**
 * The year's inpatient admissions per institution of the whole pooling region (its peers are the county's
 * institutions, whoever's county the run is for), up to `scan.upTo`. With `kept` (the counts the rule's last run
 * kept for its region, up to `scan.since`) only the stays above the mark are read and added to them — in SQL, so
 * the name and county taken are the ones a recount's MAX and MIN would take; without, the year is counted. Sorted
 * by institution code either way: the predicate's spread sums floating rates in the peers' order.
 */
export async function institutionAdmissions(scan: RuleScan, kept: { table: string; regionCode: string } | null): Promise<InstitutionAdmissions[]> {
  const stays = `FROM settlements s WHERE s.poolingRegionCode = ? AND s.year = ? AND s.id > ? AND s.id <= ? AND s.visitType = 'inpatient'`;
  const values = [scan.poolingRegionCode, scan.year, kept ? scan.since : 0, scan.upTo];
  const rows: Row[] = kept
    ? await scan.em.query(
        `SELECT x.institutionCode AS institutionCode, MAX(x.institutionName) AS institutionName, MIN(x.county) AS county,
                SUM(x.admissions) AS admissions, SUM(x.fund) AS fund
           FROM (SELECT k.institutionCode AS institutionCode, k.institutionName AS institutionName, k.settlementCounty AS county,
                        k.admissions AS admissions, k.fund AS fund
                   FROM ${kept.table} k WHERE k.regionCode = ? AND k.year = ?
                 UNION ALL
                 SELECT s.institutionCode, MAX(s.institutionName), MIN(s.regionCode), COUNT(*), SUM(${fund('s')}) ${stays}
                  GROUP BY s.institutionCode) x
          GROUP BY x.institutionCode`,
        [kept.regionCode, scan.year, ...values],
      )
    : await scan.em.query(
        `SELECT s.institutionCode AS institutionCode, MAX(s.institutionName) AS institutionName, MIN(s.regionCode) AS county,
                COUNT(*) AS admissions, SUM(${fund('s')}) AS fund
           ${stays}
          GROUP BY s.institutionCode`,
        values,
      );
  const counties = await registryCounties(
    scan.em,
    rows.map((r) => String(r.institutionCode)),
  );
  return rows
    .map((r) => ({
      institutionCode: String(r.institutionCode),
      institutionName: String(r.institutionName),
      county: counties.get(String(r.institutionCode)) ?? String(r.county).slice(0, 6),
      settlementCounty: String(r.county),
      admissions: Number(r.admissions),
      fund: Number(r.fund),
    }))
    .sort((a, b) => (a.institutionCode < b.institutionCode ? -1 : a.institutionCode > b.institutionCode ? 1 : 0));
}

/**
 * 机构住院率异常 (`institutionOutlierHits`, the shared predicate: per county, admissions per 1,000 poor persons enrolled
 * against the county's institutions' median + k × MAD) as 疑点 of the run's region. The amount at stake is the fund's
 * share of the admissions above the threshold.
 */
export function institutionOutliers(
  admissions: readonly InstitutionAdmissions[],
  enrolledByCounty: ReadonlyMap<string, number>,
  k: number,
  year: number,
  inRegion: (county: string) => boolean,
): RuleHit[] {
  const byCode = new Map(admissions.map((a) => [a.institutionCode, a]));
  const peers = new Map<string, number>();
  for (const a of admissions) peers.set(a.county, (peers.get(a.county) ?? 0) + 1);
  return institutionOutlierHits(
    admissions.map((a) => ({ institutionCode: a.institutionCode, countyCode: a.county, admissions: a.admissions })),
    enrolledByCounty,
    { k },
  )
    .filter((h) => inRegion(h.countyCode))
    .map((h) => {
      const a = byCode.get(h.institutionCode)!;
      return {
        identity: `${h.institutionCode}|${year}`,
        settlementIds: [],
        idNumber: null,
        name: null,
        institutionCode: h.institutionCode,
        institutionName: a.institutionName,
        regionCode: h.countyCode,
        amountAtStake: Math.floor((a.fund * (h.rate - h.threshold)) / h.rate),
        detail: `${year} 年住院 ${h.admissions} 人次，每千名参保帮扶对象 ${h.rate.toFixed(1)} 人次；本县 ${peers.get(h.countyCode)} 家机构中位数 ${h.median.toFixed(1)}、离散度 ${h.spread.toFixed(1)}（参数：k = ${k}，高于 ${h.threshold.toFixed(1)}）`,
      };
    });
}

/** The statements of the per-settlement and pair rules (the outlier rule is computed by the run from the year's admissions). */
export const RULE_QUERIES: Record<Exclude<ScreeningRuleId, 'institution_outlier'>, (scan: RuleScan) => Promise<RuleHit[]>> = {
  split_admission: splitAdmission,
  overlapping_stays: overlappingStays,
  phantom_stay: phantomStay,
  frequent_visits: frequentVisits,
  sex_mismatch: sexMismatch,
  age_mismatch: ageMismatch,
  after_death: afterDeath,
  suspended_institution: suspendedInstitution,
  zero_oop: zeroOop,
};
