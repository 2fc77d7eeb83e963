import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { chinaDate, type ComplianceIndicatorId } from '@yibao/shared';
import { endOfChinaDay } from '../../../../platform/workflow/due-dates';
import { judgeWarningTimeliness } from '../../../assistance';
import { SuspicionTimelinessService } from '../../../screening/fraud-suspicions/suspicion-timeliness.service';
import { unitOf, type IndicatorComputation, type IndicatorComputer, type UnitFigure } from '../indicator-computer';

/**
 * MON-1 and FRD-3, judged on every stage a record passed (its workflow history), not only the stage it is in now: the
 * owning modules decide which records count and which were late (`judgeWarningTimeliness`, `SuspicionTimelinessService`
 * — the same decisions their lists' `lateIn` filters, the drill-downs, list); this sums them per county.
 */
@Injectable()
export class StageTimelinessIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = ['MON-1', 'FRD-3'];

  constructor(private readonly moduleRef: ModuleRef) {}

  async compute(c: IndicatorComputation): Promise<UnitFigure[]> {
    // MON-1's "now" of the run: the moment itself when run today, else the end of the run's day
    const now = c.today === chinaDate(new Date()) ? new Date() : endOfChinaDay(c.today);
    const mon1 = new UnitFigures('MON-1');
    for (const w of await judgeWarningTimeliness(c.em, c.regionCode, c.period, now)) mon1.add(w.regionCode, w.onTime ? 1 : 0, 1);
    const frd3 = new UnitFigures('FRD-3');
    // the screening module exports nothing: its service looked up
    const suspicions = this.moduleRef.get(SuspicionTimelinessService, { strict: false });
    for (const s of await suspicions.judge(c.em, c.regionCode, c.period, c.today)) frd3.add(s.regionCode, s.onTime ? 1 : 0, 1);
    return [...mon1.list(), ...frd3.list()];
  }
}

/** Figures of one indicator summed per unit (a town's or village's records land on their county). */
class UnitFigures {
  private readonly byUnit = new Map<string, UnitFigure>();

  constructor(private readonly indicatorId: ComplianceIndicatorId) {}

  add(regionCode: string, numerator: number, denominator: number): void {
    const unit = unitOf(regionCode);
    const f = this.byUnit.get(unit) ?? this.byUnit.set(unit, { regionCode: unit, indicatorId: this.indicatorId, numerator: 0, denominator: 0 }).get(unit)!;
    f.numerator += numerator;
    f.denominator += denominator;
  }

  list(): UnitFigure[] {
    return [...this.byUnit.values()];
  }
}
