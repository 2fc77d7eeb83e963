import { Injectable } from '@nestjs/common';
import type { ComplianceIndicatorId } from '@yibao/shared';
import type { IndicatorComputation, IndicatorComputer, UnitFigure } from '../indicator-computer';

/**
 * ENR-1…3, TIR-1…6, OVP-1, OVP-2, MON-1 from the ledger, the roster comparison, the settlements and the high-cost
 * warnings. CONTRACT STUB — owner: helper C1 (issue 18 wave 1).
 */
@Injectable()
export class EnrollmentAssistanceIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = [
    'ENR-1',
    'ENR-2',
    'ENR-3',
    'TIR-1',
    'TIR-2',
    'TIR-3',
    'TIR-4',
    'TIR-5',
    'TIR-6',
    'OVP-1',
    'OVP-2',
    'MON-1',
  ];

  compute(_c: IndicatorComputation): Promise<UnitFigure[]> {
    return Promise.resolve([]);
  }
}
