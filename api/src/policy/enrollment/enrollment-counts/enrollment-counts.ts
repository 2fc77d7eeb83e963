import type { DataSource, EntityManager } from 'typeorm';
import { COUNTY_CODE_LENGTH, countyCodeOf } from '@yibao/shared';
import { RegionScope, scopeQuery } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { insertRows, tableOf, upsertRows } from '../../../database/insert-many';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { EnrollmentCountyCount, EnrollmentCountySnapshot, LedgerCountyGeneration } from './enrollment-count.entity';
import { Enrollment } from '../enrollments/enrollment.entity';

/**
 * Kept enrollment counts (decision 39). Rates and the bulletin need, for every county of a region, its
 * active people by stored identity-category set and enrollment state in a year. Grouping a 1M-person
 * province from the ledger takes seconds; the counts are kept per county and year instead and recomputed
 * only for counties written to since:
 *
 * - every writer of `beneficiaries` or `enrollments` calls `touchLedgerCounties` in its transaction, which
 *   bumps the county's generation;
 * - a read recomputes the counties whose counts were taken at an older generation (or never), then reads
 *   the counts. The generation is read before the ledger, so a write that lands meanwhile leaves the
 *   county stale for the next read rather than silently lost.
 */

export interface CountyCountRow {
  county: string;
  /** stored category set (",a,b,") */
  categories: string;
  state: 'enrolled' | 'excluded' | 'open';
  n: number;
}

/** Marks the counties of these region codes as changed; call inside the writing transaction. */
export async function touchLedgerCounties(em: EntityManager, regionCodes: Iterable<string>): Promise<void> {
  // sorted, so two transactions touching the same counties lock them in the same order
  const counties = [...new Set([...regionCodes].map(countyCodeOf))].sort();
  if (!counties.length) return;
  await upsertRows(
    em,
    tableOf(em, LedgerCountyGeneration),
    ['countyCode', 'generation'],
    counties.map((c) => [c, 1]),
    ['countyCode'],
    { generation: 'OLD(generation) + 1' },
  );
}

/** Counties recomputed together in one grouped query. */
const COUNTIES_PER_QUERY = 24;

/** Recomputations in flight per data source, so concurrent readers of a stale county share one. */
const inFlight = new WeakMap<DataSource, Map<string, Promise<void>>>();

/** Counties of `region` whose counts for `year` were taken at an older generation (or never), with their generation. */
async function staleCounties(em: EntityManager, region: RegionScope, year: number): Promise<Array<{ countyCode: string; generation: number }>> {
  const q = (c: string) => em.connection.driver.escape(c);
  const within = region.rawCondition(`g.${q('countyCode')}`);
  const rows: Array<{ countyCode: string; generation: number | string }> = await em.query(
    `SELECT g.${q('countyCode')} AS ${q('countyCode')}, g.${q('generation')} AS ${q('generation')}
       FROM ${q(tableOf(em, LedgerCountyGeneration))} g
       LEFT JOIN ${q(tableOf(em, EnrollmentCountySnapshot))} s ON s.${q('countyCode')} = g.${q('countyCode')} AND s.${q('year')} = ?
      WHERE ${within.sql} AND (s.${q('generation')} IS NULL OR s.${q('generation')} <> g.${q('generation')})
      ORDER BY g.${q('countyCode')}`,
    [year, ...within.values],
  );
  return rows.map((r) => ({ countyCode: r.countyCode, generation: Number(r.generation) }));
}

/** Brings the counts of every county of `region` up to date for `year`; returns how many were recomputed. */
export async function refreshEnrollmentCounts(ds: DataSource, region: RegionScope, year: number): Promise<number> {
  const stale = await staleCounties(ds.manager, region, year);
  if (!stale.length) return 0;
  const running = inFlight.get(ds) ?? inFlight.set(ds, new Map()).get(ds)!;
  const waits: Promise<void>[] = [];
  const mine: Array<{ countyCode: string; generation: number }> = [];
  for (const s of stale) {
    const pending = running.get(`${year}:${s.countyCode}`);
    if (pending) waits.push(pending);
    else mine.push(s);
  }
  // many stale counties (after a bulk load, or the first read of a year): one pass over the whole region
  // reads the ledger once instead of a range per county
  const passes = mine.length ? [{ part: mine, ranges: rangesFor(region, mine) }] : [];
  for (const { part, ranges } of passes) {
    const work = recompute(ds, part, ranges, year);
    for (const c of part) running.set(`${year}:${c.countyCode}`, work);
    work
      .catch(() => undefined)
      .finally(() => part.forEach((c) => running.get(`${year}:${c.countyCode}`) === work && running.delete(`${year}:${c.countyCode}`)));
    waits.push(work);
  }
  await Promise.all(waits);
  return stale.length;
}

/**
 * Many stale counties (after a bulk load, or the first read of a year): one pass over the whole region reads the
 * ledger once instead of a range per county.
 */
function rangesFor(region: RegionScope, counties: ReadonlyArray<{ countyCode: string }>): RegionScope[] {
  return counties.length > COUNTIES_PER_QUERY ? [region] : counties.map((c) => RegionScope.of(c.countyCode));
}

/** The ledger's active persons by county, stored category set and enrollment state in `year`, for `counties` only. */
async function countLedger(em: EntityManager, counties: ReadonlyArray<{ countyCode: string }>, ranges: RegionScope[], year: number): Promise<CountyCountRow[]> {
  const qb = em
    .getRepository(Beneficiary)
    .createQueryBuilder('b')
    .leftJoin(Enrollment, 'e', 'e.beneficiaryId = b.id AND e.year = :year', { year })
    .select(`SUBSTR(b.regionCode, 1, ${COUNTY_CODE_LENGTH})`, 'county')
    .addSelect('b.identityCategories', 'categories')
    .addSelect("CASE WHEN e.enrolled = :yes THEN 'enrolled' WHEN e.enrolled = :no AND e.notEnrolledReason IS NOT NULL THEN 'excluded' ELSE 'open' END", 'state')
    .addSelect('COUNT(*)', 'n')
    .where('b.status = :active', { active: 'active' })
    .setParameters({ yes: true, no: false });
  // one range per region on the regionCode index
  const within = RegionScope.anyOf(ranges, 'b.regionCode', 'r');
  qb.andWhere(within.sql, within.params);
  const wanted = new Set(counties.map((c) => c.countyCode));
  return (
    await qb
      .groupBy('county')
      .addGroupBy('categories')
      .addGroupBy('state')
      .getRawMany<{ county: string; categories: string; state: string; n: string | number }>()
  )
    .filter((r) => wanted.has(r.county))
    .map((r) => ({ county: r.county, categories: r.categories, state: r.state as CountyCountRow['state'], n: Number(r.n) }));
}

/** Recounts `counties` (at the generations given) reading the ledger of the regions `ranges`, and keeps the counts. */
async function recompute(ds: DataSource, counties: Array<{ countyCode: string; generation: number }>, ranges: RegionScope[], year: number): Promise<void> {
  const codes = counties.map((c) => c.countyCode);
  const rows = await countLedger(ds.manager, counties, ranges, year);
  await inTransaction(ds, async (em) => {
    await em.createQueryBuilder().delete().from(EnrollmentCountyCount).where('year = :year AND countyCode IN (:...codes)', { year, codes }).execute();
    await insertRows(
      em,
      tableOf(em, EnrollmentCountyCount),
      ['year', 'countyCode', 'categories', 'state', 'persons'],
      rows.map((r) => [year, r.county, r.categories, r.state, r.n]),
    );
    await upsertRows(
      em,
      tableOf(em, EnrollmentCountySnapshot),
      ['year', 'countyCode', 'generation'],
      counties.map((c) => [year, c.countyCode, c.generation]),
      ['year', 'countyCode'],
      { generation: 'NEW(generation)', computedAt: 'CURRENT_TIMESTAMP' },
    );
  });
}

/** The kept counts of every county of `region` in `year` as they stand. */
async function keptCounts(em: EntityManager, region: RegionScope, year: number): Promise<CountyCountRow[]> {
  const rows = await scopeQuery(
    em
      .getRepository(EnrollmentCountyCount)
      .createQueryBuilder('c')
      .select(['c.countyCode', 'c.categories', 'c.state', 'c.persons'])
      .where('c.year = :year', { year }),
    region,
    'countyCode',
  ).getMany();
  return rows.map((r) => ({ county: r.countyCode, categories: r.categories, state: r.state as CountyCountRow['state'], n: r.persons }));
}

/** The counts of every county of `region` in `year`, recomputing stale counties first. */
export async function enrollmentCountsByCounty(ds: DataSource, region: RegionScope, year: number): Promise<CountyCountRow[]> {
  await refreshEnrollmentCounts(ds, region, year);
  return keptCounts(ds.manager, region, year);
}

/**
 * The same counts read inside the caller's transaction `em` (a compliance run): kept counts for current counties, a
 * live count by the same grouped query for stale ones, nothing written. The refresh above commits a transaction of
 * its own, which a caller already inside one must not wait for (on SQLite transactions queue: it would never start).
 */
export async function enrollmentCountsIn(em: EntityManager, region: RegionScope, year: number): Promise<CountyCountRow[]> {
  const stale = await staleCounties(em, region, year);
  const staleCodes = new Set(stale.map((c) => c.countyCode));
  const kept = (await keptCounts(em, region, year)).filter((r) => !staleCodes.has(r.county));
  return stale.length ? [...kept, ...(await countLedger(em, stale, rangesFor(region, stale), year))] : kept;
}
