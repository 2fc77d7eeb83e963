import { Injectable } from '@nestjs/common';
import {
  applicableFraudParameters,
  FRAUD_PARAMETERS_WORKFLOW,
  nationalFraudParameters,
  provinceCodeOf,
  validateFraudParameters,
  type ApplicableFraudParameters,
  type FraudParameters,
} from '@yibao/shared';
import { EntityManager, IsNull, Not } from 'typeorm';
import { parameterSetKind, parameterSetService } from '../../../platform/parameter-sets/parameter-sets';
import { FraudParameterSet } from './fraud-parameter-set.entity';

/**
 * 欺诈骗保参数 as a yearly parameter set of a province: drafted and approved by the province supervisor (the rule of a
 * province's own 报送时限); a province's first set starts from the national defaults.
 */
const FRAUD_PARAMETERS_KIND = parameterSetKind<FraudParameterSet, FraudParameters, 'parameters'>({
  resource: 'fraud-parameters',
  entity: FraudParameterSet,
  definition: FRAUD_PARAMETERS_WORKFLOW,
  documentKey: 'parameters',
  label: '欺诈骗保参数',
  validate: validateFraudParameters,
  regionField: 'regionCode',
  seed: nationalFraudParameters,
  owner: {
    roles: ['province_supervisor'],
    message: '欺诈骗保参数（时限、阈值、裁量基准）由省级督导为本省设置 (the province supervisor sets its own province’s)',
  },
});

@Injectable()
export class FraudParametersService extends parameterSetService(FRAUD_PARAMETERS_KIND) {
  /**
   * The one reading of the parameters (clues and cases alike): the approved set of the region's province for the year,
   * else the national defaults — the result says which applied. Not scoped to a caller: a clue's or case's own region
   * decides, and the values are no secret.
   */
  async applicable(regionCode: string, year: number, em: EntityManager): Promise<ApplicableFraudParameters> {
    const row = await em.findOne(FraudParameterSet, {
      select: { id: true, approvedDocument: true },
      where: { regionCode: provinceCodeOf(regionCode) ?? '', year, approvedDocument: Not(IsNull()) },
    });
    return applicableFraudParameters(year, row ? { id: row.id, document: JSON.parse(row.approvedDocument!) as FraudParameters } : null);
  }
}
