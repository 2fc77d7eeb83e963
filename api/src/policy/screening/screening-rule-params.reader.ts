import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SCREENING_RULE_DEFAULTS, type SourcedRuleParams } from '@yibao/shared';

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
  /** The pooling region's approved set for the year, else the catalogue defaults. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  async applicable(poolingRegionCode: string, year: number, em: EntityManager): Promise<ApplicableScreeningParams> {
    return { setId: null, params: SCREENING_RULE_DEFAULTS };
  }
}
