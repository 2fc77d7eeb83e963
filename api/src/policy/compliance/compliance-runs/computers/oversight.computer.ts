import { Injectable } from '@nestjs/common';
import type { ComplianceIndicatorId } from '@yibao/shared';
import type { IndicatorComputation, IndicatorComputer, UnitFigure } from '../indicator-computer';

/**
 * OVP-3, REC-1, SUP-1…3, FRD-1…3 from rectification items, responsibility tables, reporting tasks, fraud cases, clues
 * and 疑点. CONTRACT STUB — owner: helper C2 (issue 18 wave 1).
 */
@Injectable()
export class OversightIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = ['OVP-3', 'REC-1', 'SUP-1', 'SUP-2', 'SUP-3', 'FRD-1', 'FRD-2', 'FRD-3'];

  compute(_c: IndicatorComputation): Promise<UnitFigure[]> {
    return Promise.resolve([]);
  }
}
