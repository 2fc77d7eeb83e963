import { NotFoundException } from '@nestjs/common';
import { isWithinRegion } from '@yibao/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from './actor';

/**
 * The one region-scope helper (ARCHITECTURE §4). Every scoped table stores a region code; the caller
 * sees the rows whose code starts with its region's prefix — one indexed `LIKE 'prefix%'`.
 * No controller or service builds its own scope filter.
 */
export function scopeQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  actor: Pick<Actor, 'scopePrefix'>,
  column = 'regionCode',
): SelectQueryBuilder<T> {
  if (actor.scopePrefix === '') return qb;
  const qualified = column.includes('.') ? column : `${qb.alias}.${column}`;
  return qb.andWhere(`${qualified} LIKE :scopePrefix`, { scopePrefix: `${actor.scopePrefix}%` });
}

export function isInScope(actor: Pick<Actor, 'regionCode'>, regionCode: string | null | undefined): boolean {
  return typeof regionCode === 'string' && isWithinRegion(regionCode, actor.regionCode);
}

/** Out-of-scope records answer 404, exactly like missing ones: never reveal that they exist. */
export function notFound(resource: string, id: string | number): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    message: `${resource} ${id} 不存在或不在您的管辖范围内 (not found)`,
  });
}

export function assertInScope<T>(actor: Pick<Actor, 'regionCode'>, record: T | null | undefined, regionOf: (r: T) => string, resource: string, id: string | number): T {
  if (!record || !isInScope(actor, regionOf(record))) throw notFound(resource, id);
  return record;
}
