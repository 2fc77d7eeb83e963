import type { ComplianceIndicatorId, CompliancePeriod } from '@yibao/shared';
import type { EntityManager } from 'typeorm';

/**
 * The contract between a compliance run and the modules it counts (issue 18). A computer counts some indicators from
 * its module's records and answers one figure per (unit, indicator): the unit is the region the records belong to —
 * a county for most, a city or the province for records kept at that level (a city's responsibility table, a case
 * of the city bureau). The run sums units up the tree; a computer never rolls up or judges status itself.
 */
export interface UnitFigure {
  /** the records' own region (county, city or province code), inside the run's region */
  regionCode: string;
  indicatorId: ComplianceIndicatorId;
  numerator: number;
  denominator: number;
}

export interface IndicatorComputation {
  /** the run's region (a province, city or county code); count only records in its subtree */
  regionCode: string;
  period: CompliancePeriod;
  /** China date of the run: a deadline after it has not passed yet */
  today: string;
  em: EntityManager;
}

export interface IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[];
  /** figures for units with records; a unit without any row for an indicator counts as 0 / 0 */
  compute(c: IndicatorComputation): Promise<UnitFigure[]>;
}

/**
 * Collapses a grouped query's raw rows (regionCode may be a town or village below a county) onto their unit: the
 * first six digits of a deeper code, the code itself otherwise. Computers group by the record's region and call this.
 */
export function unitOf(regionCode: string): string {
  return regionCode.length > 6 ? regionCode.slice(0, 6) : regionCode;
}
