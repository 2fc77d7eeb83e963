import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SUSPICION_DISMISS_REASONS, type ScreeningRuleHitRate, type ScreeningRuleId, type SuspicionDismissReason } from '@yibao/shared';
import type { RegionScope } from '../../../common/region-scope';
import { FraudSuspicion } from './fraud-suspicion.entity';

/** A rule without any 疑点 in the region and year: every count zero, no precision (the lines start from it). */
export function zeroHitRate(ruleId: ScreeningRuleId, regionCode: string): ScreeningRuleHitRate {
  return {
    ruleId,
    regionCode,
    total: 0,
    open: 0,
    reviewed: 0,
    confirmed: 0,
    dismissed: 0,
    dismissedByReason: Object.fromEntries(SUSPICION_DISMISS_REASONS.map((r) => [r, 0])) as Record<SuspicionDismissReason, number>,
    precision: null,
    confirmedAmount: 0,
  };
}

/** One group of the hit-rate query: a rule's 疑点 in one state (and, dismissed, one reason). */
interface HitRateGroup {
  ruleId: string;
  state: string;
  dismissReason: string | null;
  n: string | number;
  amount: string | number | null;
}

/**
 * CONTRACT between the screening helpers (owner: the fraud-suspicions helper). The rule catalogue
 * (`GET /api/screening-rules`, the rules helper's) shows each rule's hit rate from here. Keep the signature.
 */
@Injectable()
export class SuspicionHitRatesService {
  /**
   * Per rule over the 疑点 of `region` (the caller's scope) and settlement `year`: one line per rule that has any.
   * One grouped query (rule × state × dismissal reason, over the pool/rule index's columns), folded here: reviewed =
   * confirmed (violation) + dismissed; precision = confirmed ÷ reviewed (null before any review).
   */
  async hitRates(region: RegionScope, year: number, em: EntityManager): Promise<ScreeningRuleHitRate[]> {
    const scope = region.condition('s.regionCode', 'hitScope');
    const groups = await em
      .createQueryBuilder(FraudSuspicion, 's')
      .select('s.ruleId', 'ruleId')
      .addSelect('s.state', 'state')
      .addSelect('s.dismissReason', 'dismissReason')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(s.amountAtStake)', 'amount')
      .where('s.year = :year', { year })
      .andWhere(scope.sql, scope.params)
      .groupBy('s.ruleId')
      .addGroupBy('s.state')
      .addGroupBy('s.dismissReason')
      .getRawMany<HitRateGroup>();
    const lines = new Map<string, ScreeningRuleHitRate>();
    for (const g of groups) {
      let line = lines.get(g.ruleId);
      if (!line) {
        line = zeroHitRate(g.ruleId as ScreeningRuleId, region.regionCode);
        lines.set(g.ruleId, line);
      }
      const n = Number(g.n);
      line.total += n;
      if (g.state === 'violation') {
        line.confirmed += n;
        line.confirmedAmount += Number(g.amount ?? 0);
      } else if (g.state === 'dismissed') {
        line.dismissed += n;
        const reason = (SUSPICION_DISMISS_REASONS as readonly string[]).includes(g.dismissReason ?? '') ? (g.dismissReason as SuspicionDismissReason) : 'other';
        line.dismissedByReason[reason] += n;
      } else line.open += n;
    }
    return [...lines.values()]
      .map((l) => {
        l.reviewed = l.confirmed + l.dismissed;
        l.precision = l.reviewed ? l.confirmed / l.reviewed : null;
        return l;
      })
      .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  }
}
