import { isRegionCode, isWithinRegion, parentRegionCodeOf, regionLevelOf } from '@yibao/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RecordNotFoundException } from './access-trace';
import type { Actor } from './actor';
import { fieldError } from './errors';

/**
 * The one region-scope helper (ARCHITECTURE §4). Every scoped table stores a region code; the caller
 * sees the rows whose code starts with its region's prefix — one indexed `LIKE 'prefix%'`.
 * No controller or service builds its own scope filter.
 */
export function scopeQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Pick<Actor, 'scopePrefix'> & Partial<Pick<Actor, 'regionCode'>>,
  column = 'regionCode',
  options: { includeAncestors?: boolean } = {},
): SelectQueryBuilder<T> {
  if (actor.scopePrefix === '') return qb;
  const qualified = column.includes('.') ? column : `${qb.alias}.${column}`;
  if (options.includeAncestors && actor.regionCode) {
    // reference data set above the caller (a county reads its city's policy parameters)
    return qb.andWhere(`(${qualified} LIKE :scopePrefix OR ${qualified} IN (:...scopeAncestors))`, {
      scopePrefix: `${actor.scopePrefix}%`,
      scopeAncestors: regionAncestors(actor.regionCode),
    });
  }
  return qb.andWhere(`${qualified} LIKE :scopePrefix`, { scopePrefix: `${actor.scopePrefix}%` });
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
export function requestedRegion(actor: Pick<Actor, 'regionCode'>, regionCode: string | undefined): string {
  const code = regionCode ?? actor.regionCode;
  if (!isRegionCode(code) || !isInScope(actor, code)) throw fieldError('regionCode', '不在您的管辖范围内 (outside your scope)');
  return code;
}

/** A record's county (settlements, recognitions are kept per county): a county-level code in the caller's scope, or 400. */
export function requestedCounty(actor: Pick<Actor, 'regionCode'>, regionCode: string): string {
  if (regionLevelOf(regionCode) !== 'county' || !isInScope(actor, regionCode)) throw fieldError('regionCode', '须为您管辖范围内的县级代码 (a county in your scope)');
  return regionCode;
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
      message: `${resource} ${id} 不存在或不在您的管辖范围内 (not found)`,
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
