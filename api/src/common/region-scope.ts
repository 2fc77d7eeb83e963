import { errorMessage, isRegionCode, isWithinRegion, parentRegionCodeOf, RegionLevel, regionLevelOf, regionScopePrefix } from '@yibao/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { dialectOf } from '../database/data-source';
import { RecordNotFoundException } from './access-trace';
import type { Actor } from './actor';
import type { ListDialect, ListField } from './list';
import { fieldError } from './errors';

/**
 * Longer than any code a region column holds (GB/T 2260's 6 digits, a township's 9; the columns are varchar(12)):
 * a subtree's codes all lie between its prefix and the prefix padded with '9' to this length.
 */
const REGION_CODE_MAX_LENGTH = 20;

/** SQLite's planner hint for each bound of a scope (see `RegionScope.condition`). */
const SQLITE_SCOPE_LIKELIHOOD = 0.6;

/**
 * A region and its subtree — the value every scoped read takes: the caller's own (`RegionScope.of(actor)`),
 * the one a report, export, detection or import asks for (`requestedRegion()`, checked against the caller
 * once), or a stored job's. Its rows are those whose code starts with the region's prefix, written only here as
 * the index range `code >= 'prefix' AND code <= 'prefix99…9'`: for digit strings (every region code) exactly
 * `LIKE 'prefix%'`, but an indexed range on both dialects — SQLite's LIKE is case-insensitive and never uses a
 * BINARY index, so a scoped count read the whole index. The top is padded with '9', not the next character
 * (':' after '9' in ASCII): utf8mb4_unicode_ci orders punctuation before digits.
 */
export class RegionScope {
  private constructor(
    readonly regionCode: string,
    /** '' for the national root: the whole country */
    readonly scopePrefix: string,
  ) {}

  /** A region already known to be allowed (the caller's own, a stored job's, a record's). */
  static of(region: string | Pick<Actor, 'regionCode'>): RegionScope {
    const code = typeof region === 'string' ? region : region.regionCode;
    return new RegionScope(code, regionScopePrefix(code));
  }

  get level(): RegionLevel {
    return regionLevelOf(this.regionCode);
  }

  contains(code: string | null | undefined): boolean {
    return typeof code === 'string' && code.startsWith(this.scopePrefix);
  }

  /** The subtree's codes as a closed range: [prefix, prefix padded with '9'] (digit codes only, see the class comment). */
  get bounds(): readonly [string, string] {
    return [this.scopePrefix, this.scopePrefix.padEnd(REGION_CODE_MAX_LENGTH, '9')];
  }

  /**
   * The subtree as a condition on a column (`alias.column`), for raw SQL and joins; `param` names its parameters
   * (`param` the bottom, `${param}Hi` the top). Parenthesised: it can stand beside OR. Give the `dialect` when the
   * query pages in an order (ORDER BY … LIMIT): on SQLite each bound is then hinted as true for most rows
   * (`likelihood(…, 0.6)`, a scope ≈ a third of the table). SQLite plans without statistics and takes any two-sided
   * range for a narrow one (≈ 1/64): it read a city's or a province's rows through the region index and sorted them all,
   * where walking the index of the page's order stops after a page of matches. With the hint a page keeps that walk
   * (its plan when the scope was a LIKE) while a count, which has no order, and a page whose order no index serves
   * still read the range. On the 疑点 schema the plans hold for hints from 0.45 (below, pages sort the range) to 0.7
   * (above, a count whose filters the region index does not hold scans the table). MariaDB weighs the range by its
   * statistics and needs no hint.
   */
  condition(column: string, param = 'scopePrefix', dialect?: ListDialect): { sql: string; params: Record<string, unknown> } {
    if (this.scopePrefix === '') return { sql: '1 = 1', params: {} };
    const [lo, hi] = this.bounds;
    const likely = (term: string) => (dialect === 'sqlite' ? `likelihood(${term}, ${SQLITE_SCOPE_LIKELIHOOD})` : term);
    return {
      sql: `(${likely(`${column} >= :${param}`)} AND ${likely(`${column} <= :${param}Hi`)})`,
      params: { [param]: lo, [`${param}Hi`]: hi },
    };
  }

  /** The same condition for a statement written with `?` placeholders (`ds.query`): two values, bottom and top. */
  rawCondition(column: string): { sql: string; values: unknown[] } {
    if (this.scopePrefix === '') return { sql: '1 = 1', values: [] };
    return { sql: `(${column} >= ? AND ${column} <= ?)`, values: [...this.bounds] };
  }

  /** Rows in any of several subtrees (one indexed range each, OR-ed); parameters `${param}0`/`${param}0Hi`, `${param}1`/`${param}1Hi`, … */
  static anyOf(scopes: readonly RegionScope[], column: string, param = 'scopePrefix'): { sql: string; params: Record<string, unknown> } {
    if (!scopes.length) return { sql: '1 = 0', params: {} };
    const parts = scopes.map((s, i) => s.condition(column, `${param}${i}`));
    return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: Object.assign({}, ...parts.map((p) => p.params)) };
  }
}

/**
 * The one region-scope helper (ARCHITECTURE §4). Every scoped table stores a region code; the caller
 * sees the rows whose code starts with its region's prefix — one index range (`RegionScope.condition`).
 * No controller or service builds its own scope filter: it passes the actor or a `RegionScope`.
 */
export function scopeQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actorOrScope: Pick<Actor, 'regionCode'> | RegionScope,
  column = 'regionCode',
  options: { includeAncestors?: boolean; param?: string } = {},
): SelectQueryBuilder<T> {
  const scope = actorOrScope instanceof RegionScope ? actorOrScope : RegionScope.of(actorOrScope);
  if (scope.scopePrefix === '') return qb;
  const qualified = column.includes('.') ? column : `${qb.alias}.${column}`;
  const within = scope.condition(qualified, options.param, dialectOf(qb.connection));
  if (options.includeAncestors) {
    // reference data set above the caller (a county reads its city's policy parameters)
    return qb.andWhere(`(${within.sql} OR ${qualified} IN (:...scopeAncestors))`, { ...within.params, scopeAncestors: regionAncestors(scope.regionCode) });
  }
  return qb.andWhere(within.sql, within.params);
}

/**
 * Code lists stored as a comma-wrapped set (",registered_poor,rural_dibao,"): the set contains `code`.
 * One LIKE, the code reduced to its code characters so nothing else reaches the pattern.
 */
export function setContainsCode(column: string, code: string, param: string): { sql: string; params: Record<string, unknown> } {
  return { sql: `${column} LIKE :${param}`, params: { [param]: `%,${code.replace(/[^a-z0-9_]/g, '')},%` } };
}

/**
 * A list filter on a comma-wrapped code set (an inspection's areas, a case's causes): one code, checked by
 * `isCode` (400 naming the field otherwise), matched as a whole element of the set.
 */
export function codeSetFilter(field: string, column: string, isCode: (code: string) => boolean, what: string): ListField {
  return {
    type: 'string',
    where: (code, alias, p) => {
      if (typeof code !== 'string' || !isCode(code)) throw fieldError(field, what);
      return setContainsCode(`${alias}.${column}`, code, p);
    },
  };
}

/** The comma-wrapped set holds any of `codes` (none: never); parameters `${param}0`, `${param}1`, … */
export function setContainsAnyCode(column: string, codes: readonly string[], param: string): { sql: string; params: Record<string, unknown> } {
  if (!codes.length) return { sql: '1 = 0', params: {} };
  const parts = codes.map((code, i) => setContainsCode(column, code, `${param}${i}`));
  return { sql: `(${parts.map((x) => x.sql).join(' OR ')})`, params: Object.assign({}, ...parts.map((x) => x.params)) };
}

/**
 * A list filter on a comma-wrapped code set matching any of several codes (`a,b`: rows whose set holds a or b), each
 * checked by `isCode` (400 naming the field otherwise); at most 16 codes.
 */
export function codeSetAnyFilter(field: string, column: string, isCode: (code: string) => boolean, what: string): ListField {
  return {
    type: 'string',
    where: (value, alias, p) => {
      const codes = String(value).split(',');
      if (codes.length > 16 || codes.some((c) => !isCode(c))) throw fieldError(field, what);
      return setContainsAnyCode(`${alias}.${column}`, codes, `${p}_`);
    },
  };
}

/** The regions above a code, nearest first, up to and including the national root. */
export function regionAncestors(code: string): string[] {
  const out: string[] = [];
  for (let p = parentRegionCodeOf(code); p; p = parentRegionCodeOf(p)) out.push(p);
  return out;
}

/**
 * The region a report or bulk run is asked for (`regionCode`, default the caller's own): a division code in
 * the caller's scope, else a 400 naming `regionCode`.
 */
export function requestedRegion(actor: Pick<Actor, 'regionCode'>, regionCode: string | undefined): RegionScope {
  const code = regionCode ?? actor.regionCode;
  if (!isRegionCode(code) || !isInScope(actor, code)) throw fieldError('regionCode', '不在您的管辖范围内 (outside your scope)');
  return RegionScope.of(code);
}

/** A record's county (settlements, recognitions are kept per county): a county-level code in the caller's scope, or 400. */
export function requestedCounty(actor: Pick<Actor, 'regionCode'>, regionCode: string): RegionScope {
  if (regionLevelOf(regionCode) !== 'county' || !isInScope(actor, regionCode))
    throw fieldError('regionCode', '须为您管辖范围内的县级代码 (a county in your scope)');
  return RegionScope.of(regionCode);
}

export function isInScope(actor: Pick<Actor, 'regionCode'>, regionCode: string | null | undefined, options: { includeAncestors?: boolean } = {}): boolean {
  if (typeof regionCode !== 'string') return false;
  return isWithinRegion(regionCode, actor.regionCode) || (!!options.includeAncestors && regionAncestors(actor.regionCode).includes(regionCode));
}

/**
 * Out-of-scope records answer 404, exactly like missing ones: never reveal that they exist. The exception
 * names the record, so the exception filter writes the refusal to the access log (PIPL art. 55).
 */
export function notFound(resource: string, id: string | number): RecordNotFoundException {
  return new RecordNotFoundException(
    {
      statusCode: 404,
      error: 'Not Found',
      message: errorMessage('record_not_found', { resource, id }),
      details: { code: 'record_not_found', params: { resource, id } },
    },
    resource,
    id,
  );
}

export function assertInScope<T>(
  actor: Pick<Actor, 'regionCode'>,
  record: T | null | undefined,
  regionOf: (r: T) => string,
  resource: string,
  id: string | number,
  options: { includeAncestors?: boolean } = {},
): T {
  if (!record || !isInScope(actor, regionOf(record), options)) throw notFound(resource, id);
  return record;
}

/**
 * The list filter `scope=<code>`: rows in that region's subtree, on the list's `regionCode` (the list is within the
 * caller's scope already). One definition for the registers that offer it.
 */
export const SUBTREE_FILTER: ListField = {
  type: 'string',
  where: (code, alias, p, dialect) => {
    if (!isRegionCode(code)) throw fieldError('scope', '须为一个区划代码 (a region code)');
    return RegionScope.of(code).condition(`${alias}.regionCode`, p, dialect);
  },
};

/**
 * The region a list request narrows to: its `scope` filter (SUBTREE_FILTER) when that is a region in the caller's
 * scope, else the caller's own — for a filter decided in code over a region's records (`decidedIdsFilter`).
 */
export function listScopeRegion(actor: Pick<Actor, 'regionCode'>, query: Record<string, unknown>): string {
  const scope = query.scope;
  return typeof scope === 'string' && isRegionCode(scope) && isInScope(actor, scope) ? scope : actor.regionCode;
}
