import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  applyBp,
  BP_SCALE,
  chinaDate,
  COST_WARNING_WORKFLOW,
  decodeCategories,
  ENR1_CATEGORIES,
  KEY_AID_RECIPIENTS,
  poolingRegionCodeOf,
  type ComplianceIndicatorId,
  type IdentityCategory,
  type PolicyParameters,
} from '@yibao/shared';
import { RegionScope, scopeQuery, setContainsAnyCode, setContainsCode } from '../../../../common/region-scope';
import { endOfChinaDay, stageDueCondition, stageOverdueCondition, startOfChinaDay } from '../../../../platform/workflow/due-dates';
import { computedCriticalIllnessSql, CostWarning, criticalIllnessShortSql, PolicyParameterSet, Settlement } from '../../../assistance';
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
 * ENR-1…3, TIR-1…6, OVP-1, OVP-2, MON-1 from the ledger's kept enrollment counts, the roster comparison's
 * verification tasks, the settlements' stored amounts and flags, and the high-cost warnings. Each source is read
 * in one pass grouped by the record's region in SQL (two for settlements: per settlement and, for 大病保险's
 * deductible, per person and year); the catalogue (shared compliance/catalogue/enrollment-assistance.ts) states
 * each formula in words and its drill-down lists the same records these conditions count.
 */
@Injectable()
export class EnrollmentAssistanceIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = [
    'ENR-1',
    'ENR-2',
    'ENR-3',
    'TIR-1',
    'TIR-2',
    'TIR-3',
    'TIR-4',
    'TIR-5',
    'TIR-6',
    'OVP-1',
    'OVP-2',
    'MON-1',
  ];

  async compute(c: IndicatorComputation): Promise<UnitFigure[]> {
    const figures = new Figures();
    await enrollment(c, figures);
    await verificationTasks(c, figures);
    await settlements(c, figures);
    await criticalIllnessRatio(c, figures);
    await costWarnings(c, figures);
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

/**
 * One pass over the period's settlements (settledOn in [from, to]) for TIR-2…TIR-6, OVP-1 and OVP-2; the categories
 * are the settlement's own (identities at the time). Each set test (poor, key-aid, zero OOP, and 大病 reached / short
 * for the poor) is made once per settlement as a grouping column, the amounts summed per group and the figures folded
 * here: written as one conditional sum per figure the database repeated the same `LIKE` up to 11 times a row (14 s of a
 * province's year of 3M settlements, bench/compliance.mjs).
 */
async function settlements(c: IndicatorComputation, figures: Figures): Promise<void> {
  const poor = setContainsCode('s.identityCategories', 'registered_poor', 'poor');
  const key = setContainsAnyCode('s.identityCategories', KEY_AID_RECIPIENTS, 'key');
  const zero = setContainsCode('s.flags', 'zero_oop', 'zeroOop');
  const computedCi = computedCriticalIllnessSql('s');
  // 0 not poor; 1 poor; 2 poor and 大病 reached; 3 reached and paid short of the calculator's amount
  const poorCi = `CASE WHEN ${poor.sql} THEN (CASE WHEN (s.paidCriticalIllness > 0 OR ${computedCi} > 0) THEN (CASE WHEN ${criticalIllnessShortSql('s')} THEN 3 ELSE 2 END) ELSE 1 END) ELSE 0 END`;
  const flag = (cond: string) => `CASE WHEN ${cond} THEN 1 ELSE 0 END`;
  const qb = scopeQuery(c.em.getRepository(Settlement).createQueryBuilder('s').useIndex(PERIOD_INDEX), RegionScope.of(c.regionCode))
    .select('s.regionCode', 'region')
    .addSelect(poorCi, 'poorCi')
    .addSelect(flag(key.sql), 'keyAid')
    .addSelect(flag(zero.sql), 'zeroOop')
    .addSelect('s.visitType', 'visitType')
    .addSelect(flag('s.inCounty = :yes'), 'local')
    .addSelect(flag('s.paidMedicalAid > 0'), 'aid')
    .addSelect('COUNT(*)', 'settlements')
    .addSelect('SUM(s.paidMedicalAid)', 'aidPaid')
    .addSelect('SUM(s.inPolicyCost - s.paidBasic - s.paidCriticalIllness)', 'aidBase')
    .addSelect('SUM(s.paidOutOfPocket)', 'oop')
    .addSelect('SUM(s.inCatalogueCost)', 'catalogue')
    .addSelect('SUM(s.totalCost)', 'total')
    .addSelect('SUM(s.paidBasic + s.paidCriticalIllness + s.paidMedicalAid)', 'keyPaid')
    .addSelect('SUM(s.inPolicyCost)', 'inPolicy')
    .andWhere('s.settledOn >= :from AND s.settledOn <= :to', { from: c.period.from, to: c.period.to })
    .setParameters({ ...poor.params, ...key.params, ...zero.params, yes: true })
    .groupBy('s.regionCode')
    .addGroupBy('poorCi')
    .addGroupBy('keyAid')
    .addGroupBy('zeroOop')
    .addGroupBy('s.visitType')
    .addGroupBy('local')
    .addGroupBy('aid');
  for (const r of await rawRows(qb)) {
    const region = String(r.region);
    const n = Number(r.settlements);
    const ci = Number(r.poorCi);
    const isPoor = ci > 0;
    const inpatient = r.visitType === 'inpatient';
    // every figure of every region read, zeros included, as the per-figure sums answered them
    const aid = isPoor && Number(r.aid) === 1;
    const poorIn = isPoor && inpatient;
    const poorChronic = isPoor && r.visitType === 'chronic_outpatient' && Number(r.local) === 1;
    const keyIn = Number(r.keyAid) === 1 && inpatient;
    figures.add(region, 'OVP-2', Number(r.zeroOop) === 1 ? n : 0, n);
    figures.add(region, 'TIR-2', ci === 2 ? n : 0, ci >= 2 ? n : 0);
    figures.add(region, 'TIR-3', aid ? r.aidPaid : 0, aid ? r.aidBase : 0);
    figures.add(region, 'TIR-4', poorIn ? r.oop : 0, poorIn ? r.total : 0);
    figures.add(region, 'TIR-5', poorChronic ? r.oop : 0, poorChronic ? r.total : 0);
    figures.add(region, 'TIR-6', poorIn ? r.catalogue : 0, poorIn ? r.total : 0);
    figures.add(region, 'OVP-1', keyIn ? r.keyPaid : 0, keyIn ? r.inPolicy : 0);
  }
}

/** A pooling region's 大病保险 deductible for the year, normal and for the tilt categories (halved, S4 §四). */
interface CriticalIllnessDeductible {
  pooling: string;
  deductible: number;
  tiltDeductible: number;
  tiltCategories: readonly IdentityCategory[];
}

/** The approved policy parameters of the year for the pooling regions a run's settlements can belong to. */
async function deductibles(c: IndicatorComputation): Promise<CriticalIllnessDeductible[]> {
  const scope = RegionScope.of(c.regionCode);
  const own = poolingRegionCodeOf(c.regionCode);
  const sets = await c.em
    .getRepository(PolicyParameterSet)
    .createQueryBuilder('p')
    .select(['p.regionCode', 'p.approvedDocument'])
    .where('p.year = :year AND p.approvedDocument IS NOT NULL', { year: c.period.year })
    .getMany();
  return sets
    .filter((s) => scope.contains(s.regionCode) || s.regionCode === own)
    .map((s) => {
      const ci = (JSON.parse(s.approvedDocument!) as PolicyParameters).criticalIllness;
      return {
        pooling: s.regionCode,
        deductible: ci.deductible.value,
        // the calculator's arithmetic (criticalIllnessDeductible): floor(deductible × (1 − reduction))
        tiltDeductible: applyBp(ci.deductible.value, BP_SCALE - ci.tilt.deductibleReductionBp.value),
        tiltCategories: ci.tilt.categories.value,
      };
    });
}

/** Persons whose 大病保险 year is summed in one statement (an IN list on the person-and-year index). */
const PERSONS_PER_QUERY = 1000;

/**
 * TIR-1: per person, pooling region and year, the cumulative burden after basic insurance (in-policy − basic paid)
 * above the year's 大病保险 deductible (the tilt categories' halved one) is what 大病保险 pays on; the period's part is
 * that amount up to the period's end less up to its start. Numerator: 大病保险 paid on the period's settlements.
 * Only persons who reached 大病保险 in the period (a settlement of it paid or computed to pay 大病) are read: they
 * are a few per cent of a province, found in one pass, then their years are summed per person in SQL a thousand
 * persons at a time through the person index and rolled up per region there — never per settlement in JS
 * (one statement over every person of a province spilled a million groups to disk on MariaDB).
 */
async function criticalIllnessRatio(c: IndicatorComputation, figures: Figures): Promise<void> {
  const pools = await deductibles(c);
  if (!pools.length) return;
  const scope = RegionScope.of(c.regionCode);
  const within = { year: c.period.year, from: c.period.from, to: c.period.to, pools: pools.map((p) => p.pooling) };
  const reached = await scopeQuery(c.em.getRepository(Settlement).createQueryBuilder('r').useIndex(PERIOD_INDEX), scope)
    .select('r.idNumber', 'idNumber')
    .distinct(true)
    .andWhere('r.year = :year AND r.settledOn >= :from AND r.settledOn <= :to AND r.poolingRegionCode IN (:...pools)', within)
    .andWhere(`(r.paidCriticalIllness > 0 OR ${computedCriticalIllnessSql('r')} > 0)`)
    .getRawMany<{ idNumber: string }>();
  if (!reached.length) return;
  const params: Record<string, unknown> = { ...within };
  const tiltWhens: string[] = [];
  const dedWhens: string[] = [];
  pools.forEach((p, i) => {
    params[`pool${i}`] = p.pooling;
    params[`ded${i}`] = p.deductible;
    params[`tiltDed${i}`] = p.tiltDeductible;
    const tilt = setContainsAnyCode('s.identityCategories', p.tiltCategories, `tilt${i}_`);
    Object.assign(params, tilt.params);
    tiltWhens.push(`WHEN s.poolingRegionCode = :pool${i} AND ${tilt.sql} THEN 1`);
    dedWhens.push(`WHEN :pool${i} THEN (CASE WHEN p.tilt = 1 THEN :tiltDed${i} ELSE :ded${i} END)`);
  });
  const burden = 's.inPolicyCost - s.paidBasic';
  const q = c.em.connection.driver.escape.bind(c.em.connection.driver);
  const ded = `(CASE p.pool ${dedWhens.join(' ')} END)`;
  const above = (cum: string) => `(CASE WHEN ${cum} > ${ded} THEN ${cum} - ${ded} ELSE 0 END)`;
  for (let i = 0; i < reached.length; i += PERSONS_PER_QUERY) {
    const ids = reached.slice(i, i + PERSONS_PER_QUERY).map((r) => r.idNumber);
    const person = scopeQuery(c.em.getRepository(Settlement).createQueryBuilder('s'), scope)
      .select('s.poolingRegionCode', 'pool')
      .addSelect('MAX(s.regionCode)', 'region')
      .addSelect(`MAX(CASE ${tiltWhens.join(' ')} ELSE 0 END)`, 'tilt')
      .addSelect(`SUM(${burden})`, 'toEnd')
      .addSelect(when('s.settledOn < :from', burden), 'beforeStart')
      .addSelect(when('s.settledOn >= :from', 's.paidCriticalIllness'), 'paid')
      .andWhere('s.idNumber IN (:...ids) AND s.year = :year AND s.settledOn <= :to AND s.poolingRegionCode IN (:...pools)')
      .groupBy('s.idNumber')
      .addGroupBy('s.poolingRegionCode');
    const rows = await c.em
      .createQueryBuilder()
      .select(`p.${q('region')}`, 'region')
      .addSelect(`SUM(p.${q('paid')})`, 'paid')
      .addSelect(`SUM(${above(`p.${q('toEnd')}`)} - ${above(`p.${q('beforeStart')}`)})`, 'base')
      .from(`(${person.getQuery()})`, 'p')
      .setParameters({ ...person.getParameters(), ...params, ids })
      .groupBy(`p.${q('region')}`)
      .getRawMany<Record<string, unknown>>();
    for (const r of rows) figures.add(String(r.region), 'TIR-1', r.paid, r.base);
  }
}

/**
 * MON-1: warnings finished (cleared or dismissed) in the period, over those plus the warnings whose current stage
 * fell due in the period and is overdue at the run — the cost-warnings list's `dueFrom`/`dueTo`/`overdue` filters
 * are that complement.
 */
async function costWarnings(c: IndicatorComputation, figures: Figures): Promise<void> {
  const start = startOfChinaDay(c.period.from);
  const end = endOfChinaDay(c.period.to);
  // "now" of the run: the moment itself when run today, else the end of the run's day
  const now = c.today === chinaDate(new Date()) ? new Date() : endOfChinaDay(c.today);
  const def = COST_WARNING_WORKFLOW;
  const finished = `(w.state IN (:...done) AND w.stateChangedAt >= :start AND w.stateChangedAt <= :end)`;
  const dueFrom = stageDueCondition(def, 'w', '>=', start, 'dueFrom');
  const dueTo = stageDueCondition(def, 'w', '<=', end, 'dueTo');
  const overdue = stageOverdueCondition(def, 'w', now, 'overdue');
  const qb = scopeQuery(c.em.getRepository(CostWarning).createQueryBuilder('w'), RegionScope.of(c.regionCode))
    .select('w.regionCode', 'region')
    .addSelect('COUNT(*)', 'counted')
    .addSelect(when(finished), 'finished')
    .andWhere(`(${finished} OR (${dueFrom.sql} AND ${dueTo.sql} AND ${overdue.sql}))`)
    .setParameters({ done: ['cleared', 'dismissed'], start, end, ...dueFrom.params, ...dueTo.params, ...overdue.params })
    .groupBy('w.regionCode');
  for (const r of await rawRows(qb)) figures.add(String(r.region), 'MON-1', r.finished, r.counted);
}
