import { Injectable } from '@nestjs/common';
import { COMPLIANCE_INDICATOR_IDS, type ComplianceIndicatorId } from '@yibao/shared';
import { EnrollmentAssistanceIndicators } from './computers/enrollment-assistance.computer';
import { OversightIndicators } from './computers/oversight.computer';
import { StageTimelinessIndicators } from './computers/stage-timeliness.computer';
import type { IndicatorComputation, IndicatorComputer, UnitFigure } from './indicator-computer';

/**
 * Indicators a computer still lists that another now counts: MON-1 is judged over the workflow history by
 * StageTimelinessIndicators; the enrollment-assistance computer's current-stage MON-1 pass is left out of the run
 * until its owner removes it (then this list empties).
 */
const MOVED: ReadonlyMap<IndicatorComputer['constructor'], readonly ComplianceIndicatorId[]> = new Map([[EnrollmentAssistanceIndicators, ['MON-1']]]);

/** A computer as the run uses it: the indicators it counts, less those moved to another. */
function counting(computer: IndicatorComputer): IndicatorComputer {
  const moved = MOVED.get(computer.constructor) ?? [];
  if (!moved.length) return computer;
  return {
    indicators: computer.indicators.filter((id) => !moved.includes(id)),
    compute: async (c) => (await computer.compute(c)).filter((f) => !moved.includes(f.indicatorId)),
  };
}

/** Every indicator's computer, once: the run asks this for all units' figures of a period. */
@Injectable()
export class IndicatorComputers {
  private readonly computers: readonly IndicatorComputer[];

  constructor(enrollmentAssistance: EnrollmentAssistanceIndicators, oversight: OversightIndicators, stageTimeliness: StageTimelinessIndicators) {
    this.computers = [enrollmentAssistance, oversight, stageTimeliness].map(counting);
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
