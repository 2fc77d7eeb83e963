import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ScreeningRuleHitRate } from '@yibao/shared';
import type { RegionScope } from '../../../common/region-scope';

/**
 * CONTRACT between the screening helpers (owner: the fraud-suspicions helper). The rule catalogue
 * (`GET /api/screening-rules`, the rules helper's) shows each rule's hit rate from here. Keep the signature.
 */
@Injectable()
export class SuspicionHitRatesService {
  /** Per rule over the 疑点 of `region` (the caller's scope) and settlement `year`: one line per rule that has any. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  async hitRates(region: RegionScope, year: number, em: EntityManager): Promise<ScreeningRuleHitRate[]> {
    return [];
  }
}
