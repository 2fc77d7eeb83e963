import { ConflictException } from '@nestjs/common';
import { errorMessage } from '@yibao/shared';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export function staleVersion(resource: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `${resource}: ${errorMessage('stale_version')}`,
    details: { reason: 'stale_version', code: 'stale_version', params: { resource } },
  });
}

/**
 * Optimistic locking for every mutable record: one conditional UPDATE that also bumps `version`.
 * Zero rows affected means someone else wrote first → 409, and nothing is written.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: Record<string, string | number>,
  expectedVersion: number,
  changes: Partial<T>,
  resource: string,
): Promise<void> {
  const qb = em
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('version = :expectedVersion', { expectedVersion });
  for (const [column, value] of Object.entries(key)) qb.andWhere(`${column} = :k_${column}`, { [`k_${column}`]: value });
  const result = await qb.execute();
  if (!result.affected) throw staleVersion(resource);
}
