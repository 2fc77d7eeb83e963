import { Injectable } from '@nestjs/common';
import { COMPLIANCE_INDICATOR_IDS, type ComplianceIndicatorId } from '@yibao/shared';
import { EnrollmentAssistanceIndicators } from './computers/enrollment-assistance.computer';
import { OversightIndicators } from './computers/oversight.computer';
import { StageTimelinessIndicators } from './computers/stage-timeliness.computer';
import type { IndicatorComputation, IndicatorComputer, UnitFigure } from './indicator-computer';

/** Every indicator's computer, once: the run asks this for all units' figures of a period. */
@Injectable()
export class IndicatorComputers {
  private readonly computers: readonly IndicatorComputer[];

  constructor(enrollmentAssistance: EnrollmentAssistanceIndicators, oversight: OversightIndicators, stageTimeliness: StageTimelinessIndicators) {
    this.computers = [enrollmentAssistance, oversight, stageTimeliness];
    const covered = this.computers.flatMap((c) => c.indicators);
    const missing = COMPLIANCE_INDICATOR_IDS.filter((id) => !covered.includes(id));
    const twice = covered.filter((id, i) => covered.indexOf(id) !== i);
    if (missing.length || twice.length) throw new Error(`compliance computers: missing ${missing.join(',') || '-'}, twice ${twice.join(',') || '-'}`);
  }

  /** Figures of the asked indicators (all when omitted), computer by computer in the caller's transaction. */
  async compute(c: IndicatorComputation, only?: readonly ComplianceIndicatorId[]): Promise<UnitFigure[]> {
    const out: UnitFigure[] = [];
    for (const computer of this.computers) {
      if (only && !computer.indicators.some((id) => only.includes(id))) continue;
      const figures = await computer.compute(c);
      out.push(...figures.filter((f) => !only || only.includes(f.indicatorId)));
    }
    return out;
  }
}
