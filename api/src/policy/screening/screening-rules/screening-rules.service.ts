import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  poolingRegionCodeOf,
  SCREENING_RULE_CATALOGUE,
  SCREENING_RULE_CODES,
  SCREENING_RULE_DEFAULTS,
  SCREENING_RULES,
  type ScreeningRuleCatalogueItem,
  type ScreeningRuleId,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { notFound, requestedRegion, type RegionScope } from '../../../common/region-scope';
import { SuspicionHitRatesService, zeroHitRate } from '../fraud-suspicions/suspicion-hit-rates.service';
import { ScreeningRuleParamsReader } from '../screening-rule-params.reader';

/**
 * `GET /api/screening-rules`: the rule catalogue as a region sees it for a year — each rule's logic and source, the
 * parameters in force for the region's pooling region (its approved set, else the defaults; a province or the nation
 * has no pooling region: the defaults, said so) and the hit rate of its 疑点 in the region.
 */
@Injectable()
export class ScreeningRulesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly params: ScreeningRuleParamsReader,
    private readonly hitRates: SuspicionHitRatesService,
  ) {}

  async list(actor: Actor, regionCode: string | undefined, year: number): Promise<ScreeningRuleCatalogueItem[]> {
    const scope = requestedRegion(actor, regionCode);
    return this.catalogue(scope, year, SCREENING_RULES);
  }

  async get(actor: Actor, id: string, regionCode: string | undefined, year: number): Promise<ScreeningRuleCatalogueItem> {
    if (!SCREENING_RULE_CODES.is(id)) throw notFound('screening-rules', id.slice(0, 40));
    const scope = requestedRegion(actor, regionCode);
    return (await this.catalogue(scope, year, [id]))[0];
  }

  private async catalogue(scope: RegionScope, year: number, rules: readonly ScreeningRuleId[]): Promise<ScreeningRuleCatalogueItem[]> {
    if (!Number.isInteger(year) || year < 2019 || year > 2100) throw fieldError('year', '须为 2019–2100 的年份 (a year 2019–2100)');
    const em = this.ds.manager;
    const pooling = poolingRegionCodeOf(scope.regionCode);
    const applicable = pooling ? await this.params.applicable(pooling, year, em) : { setId: null, params: SCREENING_RULE_DEFAULTS };
    const rates = new Map((await this.hitRates.hitRates(scope, year, em)).map((r) => [r.ruleId, r]));
    return rules.map((id) => {
      const rule = SCREENING_RULE_CATALOGUE[id];
      return {
        id,
        name: { zh: SCREENING_RULE_CODES.zh[id], en: SCREENING_RULE_CODES.en[id] },
        type: rule.type,
        level: rule.level,
        logic: rule.logic,
        source: rule.source,
        parameters: applicable.params[id] as ScreeningRuleCatalogueItem['parameters'],
        parametersBasis: { basis: applicable.setId ? 'pooling_region' : 'defaults', poolingRegionCode: pooling, year, setId: applicable.setId },
        hitRate: rates.get(id) ?? zeroHitRate(id, scope.regionCode),
      };
    });
  }
}
