import type { PolicyParameters } from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import { setContainsAnyCode } from '../../../common/region-scope';
import { PolicyParameterSet } from './policy-parameter-set.entity';

/**
 * The approved policy parameters of a year, per pooling region (the approved copy is the one every calculation reads;
 * a pooling region without one is absent). What the compliance figures and the drill-down filters that must agree with
 * them (OVP-1 and the settlements list's `keyAidIn`) both read.
 */
export async function approvedPolicyParameters(em: EntityManager, year: number): Promise<Map<string, PolicyParameters>> {
  const sets = await em
    .getRepository(PolicyParameterSet)
    .createQueryBuilder('p')
    .select(['p.regionCode', 'p.approvedDocument'])
    .where('p.year = :year AND p.approvedDocument IS NOT NULL', { year })
    .getMany();
  return new Map(sets.map((set) => [set.regionCode, JSON.parse(set.approvedDocument!) as PolicyParameters]));
}

/**
 * The settlements under their pooling region's reimbursement ceiling (S3 §四) as SQL: shared
 * `reimbursementCeilingApplies` — a visit type the approved `guards.reimbursementCeiling` lists and any of its key aid
 * categories — per pooling region of `pools`; none when no pooling region has approved parameters. The settlements
 * list's `keyAidIn` (OVP-1's drill-down); OVP-1's figure applies the same function per group.
 */
export function reimbursementCeilingSql(
  alias: string,
  pools: ReadonlyMap<string, PolicyParameters>,
  param: string,
): { sql: string; params: Record<string, unknown> } {
  const parts = [...pools].map(([pooling, p], i) => {
    const rc = p.guards.reimbursementCeiling;
    const categories = setContainsAnyCode(`${alias}.identityCategories`, rc.categories.value, `${param}c${i}_`);
    const visitTypes = rc.visitTypes.value.length ? `${alias}.visitType IN (:...${param}v${i})` : '1 = 0';
    return {
      sql: `(${alias}.poolingRegionCode = :${param}p${i} AND ${visitTypes} AND ${categories.sql})`,
      params: { [`${param}p${i}`]: pooling, [`${param}v${i}`]: [...rc.visitTypes.value], ...categories.params },
    };
  });
  if (!parts.length) return { sql: '1 = 0', params: {} };
  return { sql: `(${parts.map((x) => x.sql).join(' OR ')})`, params: Object.assign({}, ...parts.map((x) => x.params)) };
}
