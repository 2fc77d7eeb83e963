import { settledWhileBlocked, type AgreementStatus, type InstitutionBlock } from '@yibao/shared';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { InstitutionStatusChangeRow } from './institution-status-change.entity';

/**
 * The periods in which each of `codes` may not settle with the fund: the suspensions and terminations of served
 * decisions not lifted since (one query; the settlement flag `institution_suspended` is decided from them where
 * settlements are assessed — record, import, recompute).
 */
export async function institutionBlocks(em: EntityManager, codes: Iterable<string>): Promise<Map<string, InstitutionBlock[]>> {
  const wanted = [...new Set(codes)];
  const out = new Map<string, InstitutionBlock[]>();
  if (!wanted.length) return out;
  for (let i = 0; i < wanted.length; i += 1000) {
    const rows = await em.find(InstitutionStatusChangeRow, {
      where: { institutionCode: In(wanted.slice(i, i + 1000)), toStatus: Not('active'), liftedAt: IsNull() },
      select: { institutionCode: true, toStatus: true, effectiveOn: true, suspendedUntil: true },
    });
    for (const r of rows) {
      const list = out.get(r.institutionCode) ?? out.set(r.institutionCode, []).get(r.institutionCode)!;
      list.push({ agreementStatus: r.toStatus as AgreementStatus, from: r.effectiveOn, suspendedUntil: r.suspendedUntil });
    }
  }
  return out;
}

/** Whether a settlement at `institutionCode` on `settledOn` falls in one of the blocks `institutionBlocks` read. */
export function blockedAt(blocks: ReadonlyMap<string, readonly InstitutionBlock[]>, institutionCode: string, settledOn: string): boolean {
  const list = blocks.get(institutionCode);
  return !!list && settledWhileBlocked(list, settledOn);
}
