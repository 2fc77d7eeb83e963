import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  criticalIllnessSpan,
  decodeCategories,
  ENR1_CATEGORIES,
  medicalAidPersonFigure,
  medicalAidSpan,
  poolingRegionCodeOf,
  reimbursementCeilingApplies,
  withinTierSpan,
  type ComplianceIndicatorId,
  type IdentityCategory,
  type PolicyParameters,
  type TierSpan,
  type VisitType,
} from '@yibao/shared';
import { RegionScope, scopeQuery, setContainsAnyCode, setContainsCode } from '../../../../common/region-scope';
import { isSqlite } from '../../../../database/data-source';
import { approvedPolicyParameters, computedCriticalIllnessSql, criticalIllnessShortSql, Settlement } from '../../../assistance';
import { enrollmentCountsIn, taskClosedLateSql, taskOverdueSql, VerificationTask } from '../../../enrollment';
import { type IndicatorComputation, type IndicatorComputer, type UnitFigure, unitOf } from '../indicator-computer';

/** Numerators and denominators per (unit, indicator) as the passes find them. */
class Figures {
  private readonly byKey = new Map<string, UnitFigure>();

  add(regionCode: string, indicatorId: ComplianceIndicatorId, numerator: unknown, denominator: unknown): void {
    const unit = unitOf(regionCode);
    const key = `${unit}|${indicatorId}`;
    const f = this.byKey.get(key) ?? this.byKey.set(key, { regionCode: unit, indicatorId, numerator: 0, denominator: 0 }).get(key)!;
    // MariaDB answers SUM as DECIMAL text, SQLite as a number; NULL for a sum over no rows
    f.numerator += Number(numerator ?? 0);
    f.denominator += Number(denominator ?? 0);
  }

  list(): UnitFigure[] {
    return [...this.byKey.values()];
  }
}

/** `CASE WHEN cond THEN value ELSE 0 END`, the conditional sum every pass is made of. */
const when = (cond: string, value = '1') => `SUM(CASE WHEN ${cond} THEN ${value} ELSE 0 END)`;

/**
 * MariaDB reads a period's settlements grouped by region (or DISTINCT by person) in the order of the index that
 * delivers the grouping — every settlement of the table fetched by its key, one at a time (18 s for a province's 3M
 * where a scan takes 2). Offering only the period index leaves it the range or a table scan (bench/compliance.mjs);
 * MySQL only, SQLite ignores the hint.
 */
const PERIOD_INDEX = 'idx_settlements_settled_on';

async function rawRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<Array<Record<string, unknown>>> {
  return qb.getRawMany<Record<string, unknown>>();
}

/**
 * ENR-1…3, TIR-1…6, OVP-1, OVP-2 from the ledger's kept enrollment counts, the roster comparison's
 * verification tasks, and the settlements' stored amounts and flags (MON-1, judged over the workflow history, is the stage-timeliness computer's). Each source is read
 * in one pass grouped by the record's region in SQL (two for settlements: per settlement and, for the deductibles,
 * caps and limits of 大病保险 and aid, per person and year, with the pooling regions' approved parameters); the catalogue (shared compliance/catalogue/enrollment-assistance.ts) states
 * each formula in words and its drill-down lists the same records these conditions count.
 */
@Injectable()
export class EnrollmentAssistanceIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = ['ENR-1', 'ENR-2', 'ENR-3', 'TIR-1', 'TIR-2', 'TIR-3', 'TIR-4', 'TIR-5', 'TIR-6', 'OVP-1', 'OVP-2'];

  async compute(c: IndicatorComputation): Promise<UnitFigure[]> {
    const figures = new Figures();
    await enrollment(c, figures);
    await verificationTasks(c, figures);
    const pools = await poolParameters(c);
    await settlements(c, pools, figures);
    await personYears(c, pools, figures);
    return figures.list();
  }
}

/**
 * ENR-1, ENR-2 from the county counts `/api/enrollment-rates` reads (enrollmentCountsIn: the kept counts, stale
 * counties counted live by the same query, in the run's transaction): active persons by stored category set and
 * state in the period's year (enrollment is yearly). Denominator: persons less valid exclusions; numerator:
 * enrolled. ENR-1 counts a person of both groups once (their row's set holds both).
 */
async function enrollment(c: IndicatorComputation, figures: Figures): Promise<void> {
  const rows = await enrollmentCountsIn(c.em, RegionScope.of(c.regionCode), c.period.year);
  for (const r of rows) {
    const categories = decodeCategories(r.categories);
    const enrolled = r.state === 'enrolled' ? r.n : 0;
    const counted = r.state === 'excluded' ? 0 : r.n;
    if (categories.some((k) => (ENR1_CATEGORIES as readonly IdentityCategory[]).includes(k))) figures.add(r.county, 'ENR-1', enrolled, counted);
    if (categories.includes('registered_poor')) figures.add(r.county, 'ENR-2', enrolled, counted);
  }
}

/**
 * ENR-3: tasks whose deadline falls in the period, less those still open and not yet due (deadline on or after
 * today); numerator those neither overdue nor closed after their deadline day — the verification-tasks list's
 * `late` filter is the complement.
 */
async function verificationTasks(c: IndicatorComputation, figures: Figures): Promise<void> {
  const late = `(${taskOverdueSql('t', 'today')} OR ${taskClosedLateSql('t')})`;
  const qb = scopeQuery(c.em.getRepository(VerificationTask).createQueryBuilder('t'), RegionScope.of(c.regionCode))
    .select('t.regionCode', 'region')
    .addSelect('COUNT(*)', 'due')
    .addSelect(when(late), 'late')
    .andWhere('t.deadline >= :from AND t.deadline <= :to', { from: c.period.from, to: c.period.to })
    .andWhere('NOT (t.outcome IS NULL AND t.deadline >= :today)', { today: c.today })
    .groupBy('t.regionCode');
  for (const r of await rawRows(qb)) figures.add(String(r.region), 'ENR-3', Number(r.due) - Number(r.late), r.due);
}

/** The part of the year's approved policy parameters of one pooling region that the settlement figures read. */
interface PoolParameters {
  pooling: string;
  /** TIR-1: 大病保险's deductible and span for the tilt categories and for everyone else */
  criticalIllness: TierSpan;
  tiltCriticalIllness: TierSpan;
  tiltCategories: readonly IdentityCategory[];
  /** TIR-3: the registered poor's medical aid (deductible, span to the annual limit); null when they get none there */
  poorAid: TierSpan | null;
  /** OVP-1: 重点救助对象 and the visit types the S3 §四 ceiling applies to (reimbursementCeilingApplies) */
  ceiling: PolicyParameters['guards']['reimbursementCeiling'];
}

/**
 * The approved policy parameters of the period's year for the pooling regions a run's settlements can belong to (its
 * subtree, and the city pooling a county run's records). Settlements of a pooling region without them are left out of
 * the figures that need them (TIR-1, TIR-3, OVP-1): what 大病保险, aid and the ceiling are there is not known.
 */
async function poolParameters(c: IndicatorComputation): Promise<Map<string, PoolParameters>> {
  const scope = RegionScope.of(c.regionCode);
  const own = poolingRegionCodeOf(c.regionCode);
  const pools = new Map<string, PoolParameters>();
  for (const [pooling, p] of await approvedPolicyParameters(c.em, c.period.year)) {
    if (!scope.contains(pooling) && pooling !== own) continue;
    const aid = p.medicalAid.byCategory.registered_poor;
    pools.set(pooling, {
      pooling,
      criticalIllness: criticalIllnessSpan(p.criticalIllness, false),
      tiltCriticalIllness: criticalIllnessSpan(p.criticalIllness, true),
      tiltCategories: p.criticalIllness.tilt.categories.value,
      poorAid: aid ? medicalAidSpan(aid) : null,
      ceiling: p.guards.reimbursementCeiling,
    });
  }
  return pools;
}

/**
 * How many parts a settlement pass is cut into, read at once on pool connections: MariaDB runs a statement on one core
 * and the passes are CPU (expressions and grouping per row, bench/compliance.mjs), so two, one a core of the 2-core
 * server (four were far slower: 74 s against 45 s at load 30). Sums of the parts add; the persons of the parts are
 * united as a set, never counted.
 */
const SETTLEMENT_PARTS = 2;

/**
 * The parts: the table's id range cut evenly, each read with the period's own condition. Cut by settledOn instead,
 * a year's two halves each scanned the whole table (MariaDB prefers a scan to an index range over half the rows:
 * 3,000,888 rows examined for each half of 3M), so both cores read everything twice; cut by id, each scans its half
 * in primary-key order (the year's pass: two id halves at once 9.9 s against 12.6–16.3 s for the two settledOn halves,
 * bench/compliance.mjs's data, mariadb client, alternated). MariaDB is offered the primary key and the period index
 * and takes the period index for a short period (a month), the key range for a long one.
 */
async function settlementParts(c: IndicatorComputation): Promise<Array<{ fromId: number; toId: number }>> {
  const [row] = await c.em.query('SELECT MIN(id) AS lo, MAX(id) AS hi FROM settlements');
  if (row?.lo === null || row?.lo === undefined) return [];
  const lo = Number(row.lo);
  const span = Number(row.hi) - lo + 1;
  const parts: Array<{ fromId: number; toId: number }> = [];
  for (let i = 0; i < SETTLEMENT_PARTS; i++) {
    const fromId = lo + Math.floor((span * i) / SETTLEMENT_PARTS);
    const toId = lo + Math.floor((span * (i + 1)) / SETTLEMENT_PARTS) - 1;
    if (toId >= fromId) parts.push({ fromId, toId });
  }
  return parts;
}

/** The indexes a settlement pass may read by (MariaDB; SQLite ignores the hint): the period's, or the id range. */
const PASS_INDEXES = `PRIMARY, ${PERIOD_INDEX}`;

/**
 * `work` over every item: at once on the data source's pool (each statement takes its own connection), or one after
 * another on the caller's transaction, which has one connection (and SQLite one anyway).
 */
async function eachAtOnce<T, R>(c: IndicatorComputation, items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  if (c.em.queryRunner) {
    const out: R[] = [];
    for (const item of items) out.push(await work(item));
    return out;
  }
  return Promise.all(items.map(work));
}

/** The packed grouping column of the settlement pass: visit type (0 outpatient), in county, then the poor's 大病 state. */
const VISIT = { inpatient: 1, chronic: 2 } as const;
const LOCAL = 4;
const POOR_CI = 8;

/**
 * One pass over the period's settlements (settledOn in [from, to]) for TIR-2, TIR-4…6, OVP-1 and OVP-2; the categories
 * are the settlement's own (identities at the time). A row is grouped by its stored category set and flag set as they
 * are (a few dozen distinct values) with its visit type, county and — for the registered poor only — 大病 reached /
 * short; which sets are poor, key aid (the pooling region's own list) or zero OOP is decided here once per group, not
 * by a `LIKE` per settlement (a province's year of 3M settlements, bench/compliance.mjs). Cut into id ranges
 * read at once (settlementParts): the parts' sums add.
 */
async function settlements(c: IndicatorComputation, pools: Map<string, PoolParameters>, figures: Figures): Promise<void> {
  const poor = setContainsCode('s.identityCategories', 'registered_poor', 'poor');
  const computedCi = computedCriticalIllnessSql('s');
  // 0 not poor; 1 poor; 2 poor and 大病 reached; 3 reached and paid short of the calculator's amount
  const poorCi = `CASE WHEN ${poor.sql} THEN (CASE WHEN (s.paidCriticalIllness > 0 OR ${computedCi} > 0) THEN (CASE WHEN ${criticalIllnessShortSql('s')} THEN 3 ELSE 2 END) ELSE 1 END) ELSE 0 END`;
  // the small per-settlement facts packed into one grouping column: every further grouping column costs MariaDB's
  // temporary table per row (a province's year: 7 columns 48 s, this 36 s under load, bench/compliance.mjs)
  const visit = `(CASE s.visitType WHEN 'inpatient' THEN ${VISIT.inpatient} WHEN 'chronic_outpatient' THEN ${VISIT.chronic} ELSE 0 END)`;
  const packed = `${visit} + (CASE WHEN s.inCounty = :yes THEN ${LOCAL} ELSE 0 END) + ${POOR_CI} * (${poorCi})`;
  const texts = ['s.regionCode', 's.poolingRegionCode', 's.identityCategories', 's.flags'];
  // MariaDB groups in a temporary table whose rows are as wide as the key: the four varchar columns (two of 255
  // characters) cost 3.3 s per 1.5M rows, their four CRC32s 1.2 s (bench/compliance.mjs's data, mariadb client). Each
  // group's texts come back as MAX (the one text of its group unless two texts share a CRC32); a second hash of all
  // four, its MIN and MAX per group, shows such a collision, and the part is then read again grouped by the texts.
  // SQLite has no CRC32 and groups by sorting: the texts.
  const hashed = !isSqlite(c.em.connection);
  const passOf = (part: { fromId: number; toId: number }, byHash: boolean) => {
    const qb = scopeQuery(c.em.getRepository(Settlement).createQueryBuilder('s').useIndex(PASS_INDEXES), RegionScope.of(c.regionCode))
      .select('MAX(s.regionCode)', 'region')
      .addSelect('MAX(s.poolingRegionCode)', 'pool')
      .addSelect('MAX(s.identityCategories)', 'categories')
      .addSelect('MAX(s.flags)', 'flags')
      .addSelect(packed, 'packed')
      .addSelect('COUNT(*)', 'settlements')
      .addSelect('SUM(s.paidOutOfPocket)', 'oop')
      .addSelect('SUM(s.inCatalogueCost)', 'catalogue')
      .addSelect('SUM(s.totalCost)', 'total')
      .addSelect('SUM(s.paidBasic + s.paidCriticalIllness + s.paidMedicalAid)', 'threePaid')
      .addSelect('SUM(s.inPolicyCost)', 'inPolicy')
      .andWhere('s.settledOn >= :from AND s.settledOn <= :to', { from: c.period.from, to: c.period.to })
      .andWhere('s.id >= :fromId AND s.id <= :toId', part)
      .setParameters({ ...poor.params, yes: true })
      .groupBy(byHash ? `CRC32(${texts[0]})` : texts[0]);
    for (const t of texts.slice(1)) qb.addGroupBy(byHash ? `CRC32(${t})` : t);
    qb.addGroupBy('packed');
    if (byHash) {
      const check = `CRC32(REVERSE(CONCAT_WS('#', ${texts.join(', ')})))`;
      qb.addSelect(`MIN(${check})`, 'checkMin').addSelect(`MAX(${check})`, 'checkMax');
    }
    return rawRows(qb);
  };
  const pass = async (part: { fromId: number; toId: number }) => {
    if (!hashed) return passOf(part, false);
    const rows = await passOf(part, true);
    return rows.some((r) => Number(r.checkMin) !== Number(r.checkMax)) ? passOf(part, false) : rows;
  };
  // a comma-wrapped code set as stored (`,a,b,`), split once per distinct text
  const sets = new Map<string, readonly string[]>();
  const decoded = (text: unknown) => {
    const key = String(text ?? '');
    return sets.get(key) ?? sets.set(key, key.split(',').filter(Boolean)).get(key)!;
  };
  for (const rows of await eachAtOnce(c, await settlementParts(c), pass)) {
    for (const r of rows) {
      const region = String(r.region);
      const n = Number(r.settlements);
      const bits = Number(r.packed);
      const ci = Math.floor(bits / POOR_CI);
      const isPoor = ci > 0;
      const visitType: VisitType = bits % LOCAL === VISIT.inpatient ? 'inpatient' : bits % LOCAL === VISIT.chronic ? 'chronic_outpatient' : 'outpatient';
      const inpatient = visitType === 'inpatient';
      const poorIn = isPoor && inpatient;
      const poorChronic = isPoor && visitType === 'chronic_outpatient' && (bits & LOCAL) !== 0;
      const pool = pools.get(String(r.pool));
      // the settlements list's keyAidIn (the drill-down) is this decision in SQL (reimbursementCeilingSql)
      const keyAid = !!pool && reimbursementCeilingApplies(pool.ceiling, visitType, decoded(r.categories) as IdentityCategory[]);
      // every figure of every region read, zeros included, as the per-figure sums answered them
      figures.add(region, 'OVP-2', decoded(r.flags).includes('zero_oop') ? n : 0, n);
      figures.add(region, 'TIR-2', ci === 2 ? n : 0, ci >= 2 ? n : 0);
      figures.add(region, 'TIR-4', poorIn ? r.oop : 0, poorIn ? r.total : 0);
      figures.add(region, 'TIR-5', poorChronic ? r.oop : 0, poorChronic ? r.total : 0);
      figures.add(region, 'TIR-6', poorIn ? r.catalogue : 0, poorIn ? r.total : 0);
      figures.add(region, 'OVP-1', keyAid ? r.threePaid : 0, keyAid ? r.inPolicy : 0);
    }
  }
}

/** Persons whose year is summed in one statement (an IN list on the person-and-year index), and statements at once. */
const PERSONS_PER_QUERY = 1000;
const PERSON_QUERIES_AT_ONCE = 2;

/**
 * TIR-1 and TIR-3, per person, pooling region and year: what a tier pays on is the person's cumulative burden above
 * the year's deductible, up to where its cap or limit is used up (withinTierSpan); the period's part is that up to the
 * period's end less up to its start.
 * - TIR-1 (大病保险): burden = in-policy − basic paid; the deductible and span of the pooling region's parameters, the
 *   tilt categories' (deductible lowered, usually no cap) for a person of them. Persons who reached 大病保险 in the
 *   period there (a settlement of it paid or computed to pay 大病); numerator 大病保险 paid on the period's settlements.
 * - TIR-3 (medical aid, S0 §二(二) 年度限额内): burden = in-policy − basic − 大病 paid, above the registered poor's aid
 *   deductible and up to where their ratio reaches the annual limit. Persons with a registered-poor settlement in the
 *   period, aid paid or refused (medicalAidPersonFigure); numerator the aid paid on the period's registered-poor settlements.
 * The persons are a few per cent of a province, found in one pass (cut into id ranges read at once, united as a
 * set), then their years are summed in SQL a thousand persons at a time through the person index and folded here.
 */
async function personYears(c: IndicatorComputation, pools: Map<string, PoolParameters>, figures: Figures): Promise<void> {
  if (!pools.size) return;
  const scope = RegionScope.of(c.regionCode);
  const pooling = [...pools.keys()];
  const poorIn = (alias: string) => setContainsCode(`${alias}.identityCategories`, 'registered_poor', 'poor');
  const reachedCi = (alias: string) => `(${alias}.paidCriticalIllness > 0 OR ${computedCriticalIllnessSql(alias)} > 0)`;
  const find = (part: { fromId: number; toId: number }) =>
    scopeQuery(c.em.getRepository(Settlement).createQueryBuilder('r').useIndex(PASS_INDEXES), scope)
      .select('r.idNumber', 'idNumber')
      .distinct(true)
      .andWhere('r.year = :year AND r.settledOn >= :from AND r.settledOn <= :to AND r.poolingRegionCode IN (:...pools)', {
        year: c.period.year,
        from: c.period.from,
        to: c.period.to,
        pools: pooling,
      })
      .andWhere('r.id >= :fromId AND r.id <= :toId', part)
      // TIR-3's persons: every registered-poor settlement of the period, aid paid or not (one refused aid counts)
      .andWhere(`(${reachedCi('r')} OR ${poorIn('r').sql})`, poorIn('r').params)
      .getRawMany<{ idNumber: string }>();
  const persons = new Set<string>();
  for (const rows of await eachAtOnce(c, await settlementParts(c), find)) for (const r of rows) persons.add(r.idNumber);
  if (!persons.size) return;

  const params: Record<string, unknown> = { ...poorIn('s').params, year: c.period.year, from: c.period.from, to: c.period.to, pools: pooling };
  const tiltWhens: string[] = [];
  [...pools.values()].forEach((p, i) => {
    params[`pool${i}`] = p.pooling;
    const tilt = setContainsAnyCode('s.identityCategories', p.tiltCategories, `tilt${i}_`);
    Object.assign(params, tilt.params);
    tiltWhens.push(`WHEN s.poolingRegionCode = :pool${i} AND ${tilt.sql} THEN 1`);
  });
  const inPeriod = 's.settledOn >= :from';
  const poorInPeriod = `${inPeriod} AND ${poorIn('s').sql}`;
  const ciBurden = 's.inPolicyCost - s.paidBasic';
  const aidBurden = 's.inPolicyCost - s.paidBasic - s.paidCriticalIllness';
  const year = (ids: string[]) =>
    rawRows(
      scopeQuery(c.em.getRepository(Settlement).createQueryBuilder('s'), scope)
        .select('s.poolingRegionCode', 'pool')
        .addSelect('MAX(s.regionCode)', 'region')
        .addSelect(`MAX(CASE ${tiltWhens.join(' ')} ELSE 0 END)`, 'tilt')
        .addSelect(`MAX(CASE WHEN ${inPeriod} AND ${reachedCi('s')} THEN 1 ELSE 0 END)`, 'reachedCi')
        .addSelect(`SUM(${ciBurden})`, 'ciToEnd')
        .addSelect(when('s.settledOn < :from', ciBurden), 'ciBeforeStart')
        .addSelect(when(inPeriod, 's.paidCriticalIllness'), 'ciPaid')
        .addSelect(`MAX(CASE WHEN ${poorInPeriod} THEN 1 ELSE 0 END)`, 'poorInPeriod')
        .addSelect(`SUM(${aidBurden})`, 'aidToEnd')
        .addSelect(when('s.settledOn < :from', aidBurden), 'aidBeforeStart')
        .addSelect(when(`${inPeriod} AND ${poorIn('s').sql}`, 's.paidMedicalAid'), 'aidPaid')
        .andWhere('s.idNumber IN (:...ids) AND s.year = :year AND s.settledOn <= :to AND s.poolingRegionCode IN (:...pools)')
        .setParameters({ ...params, ids })
        .groupBy('s.idNumber')
        .addGroupBy('s.poolingRegionCode'),
    );
  const ids = [...persons];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += PERSONS_PER_QUERY) chunks.push(ids.slice(i, i + PERSONS_PER_QUERY));
  const fold = (rows: Array<Record<string, unknown>>) => {
    for (const r of rows) {
      const pool = pools.get(String(r.pool))!;
      const region = String(r.region);
      const periodPart = (toEnd: unknown, beforeStart: unknown, t: TierSpan) => withinTierSpan(Number(toEnd), t) - withinTierSpan(Number(beforeStart ?? 0), t);
      if (Number(r.reachedCi) === 1) {
        const t = Number(r.tilt) === 1 ? pool.tiltCriticalIllness : pool.criticalIllness;
        figures.add(region, 'TIR-1', r.ciPaid, periodPart(r.ciToEnd, r.ciBeforeStart, t));
      }
      const aid = pool.poorAid
        ? medicalAidPersonFigure(
            {
              poorSettlementInPeriod: Number(r.poorInPeriod) === 1,
              aidPaid: Number(r.aidPaid ?? 0),
              burdenToEnd: Number(r.aidToEnd),
              burdenBeforeStart: Number(r.aidBeforeStart ?? 0),
            },
            pool.poorAid,
          )
        : null;
      if (aid) figures.add(region, 'TIR-3', aid.numerator, aid.denominator);
    }
  };
  // a few statements at once on the pool (one after another in a transaction), each a disjoint set of persons: sums add
  for (let i = 0; i < chunks.length; i += PERSON_QUERIES_AT_ONCE) {
    for (const rows of await eachAtOnce(c, chunks.slice(i, i + PERSON_QUERIES_AT_ONCE), year)) fold(rows);
  }
}
