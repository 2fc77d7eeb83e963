import { provinceCodeOf } from '@yibao/shared';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { tableOf, upsertRows } from '../../../database/insert-many';

/**
 * 合规结果代次: a counter per province bumped, in the writing transaction, by everything that changes what the stored
 * results show — a run replacing results or recording a frozen row's live figure, a freeze. The scorecard caches a
 * read under the generation it read first (a primary-key lookup), so another API process's write is seen at the next
 * read, as `ledger_county_generations` does for the kept enrollment counts.
 */
@Entity('compliance_generations')
export class ComplianceGeneration {
  /** the province (first two digits + 0000) whose results changed */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  provinceCode: string;

  @Column({ type: 'int' })
  generation: number;
}

const provinceKey = (regionCode: string): string => provinceCodeOf(regionCode) ?? regionCode.slice(0, 6);

/** Marks the results of the provinces of these regions as changed; call inside the writing transaction. */
export async function touchComplianceResults(em: EntityManager, regionCodes: Iterable<string>): Promise<void> {
  const provinces = [...new Set([...regionCodes].map(provinceKey))].sort();
  if (!provinces.length) return;
  await upsertRows(
    em,
    tableOf(em, ComplianceGeneration),
    ['provinceCode', 'generation'],
    provinces.map((p) => [p, 1]),
    ['provinceCode'],
    { generation: 'OLD(generation) + 1' },
  );
}

/**
 * The province's results generation (0 before its first write): read before the results it keys. Above a province
 * (the national root) the sum of every province's, which any write moves too.
 */
export async function complianceGeneration(em: EntityManager, regionCode: string): Promise<number> {
  if (!provinceCodeOf(regionCode)) {
    const sum = await em.getRepository(ComplianceGeneration).createQueryBuilder('g').select('SUM(g.generation)', 'n').getRawOne<{ n: unknown }>();
    return Number(sum?.n ?? 0);
  }
  const row = await em.getRepository(ComplianceGeneration).findOne({ select: { generation: true }, where: { provinceCode: provinceKey(regionCode) } });
  return row?.generation ?? 0;
}
