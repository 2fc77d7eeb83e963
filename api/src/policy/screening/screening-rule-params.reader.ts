import { Injectable } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { SCREENING_RULE_DEFAULTS, SCREENING_RULES, type ScreeningParameters, type SourcedRuleParams } from '@yibao/shared';
import { ScreeningParameterSet } from './screening-parameters/screening-parameter-set.entity';

/** The rule parameters in force for a pooling region and year, and which set they come from. */
export interface ApplicableScreeningParams {
  /** the approved `screening-parameters` set; null: the catalogue defaults */
  setId: number | null;
  params: SourcedRuleParams;
}

/**
 * CONTRACT between the screening helpers (owner: the rule-catalogue helper B1, who backs it with the
 * `screening-parameters` parameter sets). Runs and the catalogue read the parameters through it. Keep the signature.
 */
@Injectable()
export class ScreeningRuleParamsReader {
  /**
   * The pooling region's approved set for the year (its approved copy: a draft or a revision under way is not in
   * force), else the catalogue defaults. Not scoped to a caller: the run's or the catalogue's region decides, and the
   * values are no secret. A rule the approved document lacks (a set approved before the rule joined the catalogue)
   * takes its defaults.
   */
  async applicable(poolingRegionCode: string, year: number, em: EntityManager): Promise<ApplicableScreeningParams> {
    const row = await em.findOne(ScreeningParameterSet, {
      select: { id: true, approvedDocument: true },
      where: { regionCode: poolingRegionCode, year, approvedDocument: Not(IsNull()) },
    });
    if (!row) return { setId: null, params: SCREENING_RULE_DEFAULTS };
    const { rules } = JSON.parse(row.approvedDocument!) as ScreeningParameters;
    const params = Object.fromEntries(SCREENING_RULES.map((rule) => [rule, rules[rule] ?? SCREENING_RULE_DEFAULTS[rule]])) as SourcedRuleParams;
    return { setId: row.id, params };
  }
}
