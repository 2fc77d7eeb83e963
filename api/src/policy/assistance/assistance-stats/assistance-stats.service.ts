import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssistanceStats, childCodeLength, COST_WARNING_WORKFLOW } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { requestedRegion, scopeQuery, setContainsCode } from '../../../common/region-scope';
import { RegionsService } from '../../../platform/regions/regions.service';
import { stageOverdueCondition } from '../../../platform/workflow/due-dates';
import { CostWarning } from '../cost-warnings/cost-warning.entity';
import { Settlement } from '../settlements/settlement.entity';

/** basis points of a share, rounded down; null without a denominator */
const bp = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 10000) / whole) : null);

/**
 * 三重制度 figures per child region and period (DOMAIN §3) — the numbers the compliance view reads: OOP
 * share of total cost, 大病 and aid shares of in-policy cost, in-catalogue share, zero-OOP and > 95 % counts,
 * and warnings by stage with the overdue ones. All from recorded settlements, summed in SQL.
 */
@Injectable()
export class AssistanceStatsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly regions: RegionsService,
  ) {}

  async stats(actor: Actor, regionCode: string | undefined, year: number, from?: string, to?: string): Promise<AssistanceStats> {
    const region = requestedRegion(actor, regionCode);
    const parent = region.regionCode;
    const childLength = childCodeLength(parent);
    const flagged = (flag: string, param: string) => {
      const c = setContainsCode('s.flags', flag, param);
      return { sql: `SUM(CASE WHEN ${c.sql} THEN 1 ELSE 0 END)`, params: c.params };
    };
    const zeroOop = flagged('zero_oop', 'zeroOopFlag');
    const over95 = flagged('reimbursement_over_ceiling', 'over95Flag');
    const oopOverCap = flagged('oop_over_cap', 'oopOverCapFlag');
    const child = (alias: string) => `SUBSTR(${alias}.regionCode, 1, ${childLength})`;

    const qb = scopeQuery(this.ds.getRepository(Settlement).createQueryBuilder('s'), region)
      .select(child('s'), 'child')
      .addSelect('COUNT(*)', 'settlements')
      .addSelect('SUM(s.totalCost)', 'totalCost')
      .addSelect('SUM(s.inPolicyCost)', 'inPolicyCost')
      .addSelect('SUM(s.inCatalogueCost)', 'inCatalogueCost')
      .addSelect('SUM(s.paidBasic)', 'basic')
      .addSelect('SUM(s.paidCriticalIllness)', 'criticalIllness')
      .addSelect('SUM(s.paidMedicalAid)', 'medicalAid')
      .addSelect('SUM(s.paidOther)', 'other')
      .addSelect('SUM(s.paidOutOfPocket)', 'outOfPocket')
      .addSelect(zeroOop.sql, 'zeroOop')
      .addSelect(over95.sql, 'over95')
      .addSelect(oopOverCap.sql, 'oopOverCap')
      .setParameters({ ...zeroOop.params, ...over95.params, ...oopOverCap.params })
      .andWhere('s.year = :year', { year })
      .groupBy('child');
    if (from) qb.andWhere('s.settledOn >= :from', { from });
    if (to) qb.andWhere('s.settledOn <= :to', { to });
    const settlementRows: Array<Record<string, string | number | null>> = await qb.getRawMany();

    const overdue = stageOverdueCondition(COST_WARNING_WORKFLOW, 'w', new Date(), 'od');
    const warningQb = scopeQuery(this.ds.getRepository(CostWarning).createQueryBuilder('w'), region)
      .select(child('w'), 'child')
      .addSelect('w.state', 'state')
      .addSelect('COUNT(*)', 'n')
      .addSelect(`SUM(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END)`, 'overdue')
      .andWhere('w.year = :year', { year })
      .groupBy('child')
      .addGroupBy('w.state');
    warningQb.setParameters(overdue.params);
    const warningRows: Array<{ child: string; state: string; n: string | number; overdue: string | number | null }> = await warningQb.getRawMany();

    const n = (v: string | number | null | undefined) => Number(v ?? 0);
    const emptyWarnings = () => ({ ...Object.fromEntries(Object.keys(COST_WARNING_WORKFLOW.states).map((k) => [k, 0])), overdue: 0 }) as Record<string, number>;
    const byChild = new Map<string, { figures: Record<string, number>; warnings: Record<string, number> }>();
    const entry = (code: string) => byChild.get(code) ?? byChild.set(code, { figures: {}, warnings: emptyWarnings() }).get(code)!;
    for (const r of settlementRows) {
      const e = entry(String(r.child).padEnd(6, '0'));
      for (const k of [
        'settlements',
        'totalCost',
        'inPolicyCost',
        'inCatalogueCost',
        'basic',
        'criticalIllness',
        'medicalAid',
        'other',
        'outOfPocket',
        'zeroOop',
        'over95',
        'oopOverCap',
      ])
        e.figures[k] = n(r[k]);
    }
    for (const r of warningRows) {
      const e = entry(String(r.child).padEnd(6, '0'));
      e.warnings[r.state] = n(r.n);
      e.warnings.overdue += n(r.overdue);
    }
    const codes = [...byChild.keys()].sort();
    const names = await this.regions.names([parent, ...codes]);
    const shaped = (code: string, f: Record<string, number>, warnings: Record<string, number>) => ({
      regionCode: code,
      regionName: names.get(code) ?? null,
      settlements: f.settlements ?? 0,
      totalCost: f.totalCost ?? 0,
      inPolicyCost: f.inPolicyCost ?? 0,
      inCatalogueCost: f.inCatalogueCost ?? 0,
      basic: f.basic ?? 0,
      criticalIllness: f.criticalIllness ?? 0,
      medicalAid: f.medicalAid ?? 0,
      other: f.other ?? 0,
      outOfPocket: f.outOfPocket ?? 0,
      oopShareBp: bp(f.outOfPocket ?? 0, f.totalCost ?? 0),
      criticalIllnessRatioBp: bp(f.criticalIllness ?? 0, f.inPolicyCost ?? 0),
      aidRatioBp: bp(f.medicalAid ?? 0, f.inPolicyCost ?? 0),
      inCatalogueShareBp: bp(f.inCatalogueCost ?? 0, f.totalCost ?? 0),
      zeroOopCount: f.zeroOop ?? 0,
      over95Count: f.over95 ?? 0,
      oopOverCapCount: f.oopOverCap ?? 0,
      warnings,
    });
    const items = codes.map((c) => shaped(c, byChild.get(c)!.figures, byChild.get(c)!.warnings));
    const sum: Record<string, number> = {};
    const warningSum = emptyWarnings();
    for (const c of codes) {
      for (const [k, v] of Object.entries(byChild.get(c)!.figures)) sum[k] = (sum[k] ?? 0) + v;
      for (const [k, v] of Object.entries(byChild.get(c)!.warnings)) warningSum[k] += v;
    }
    const regionName = names.get(parent) ?? null;
    return { regionCode: parent, regionName, year, from: from ?? null, to: to ?? null, items, total: { ...shaped(parent, sum, warningSum), regionName } };
  }
}
