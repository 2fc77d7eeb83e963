import {
  addWorkingDays,
  decisionCountdown,
  decisionDueOn,
  daysBetween,
  finePayableBy,
  legalReviewDueOn,
  onWorkingDay,
  serviceDueOn,
  type ApplicableFraudParameters,
  type DecisionCountdown,
  type FraudExtension,
  type FraudPause,
  type FraudThresholds,
  type FraudTimeLimits,
  type WorkingDayCalendar,
} from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import type { HolidaysService } from '../../../platform/holidays/holidays.service';

/**
 * A case's deadlines on the stored holiday calendar and the parameters that apply to it (its province's approved
 * fraud-parameters of the year filed, else the national defaults: FraudParametersService.applicable): the shared
 * functions (deadlines.ts) bound to both. The decision deadline in natural days moves off a day off (令第4号 art. 58)
 * — the stored `decisionDueOn` and the list's countdown both say so.
 */
export class CaseDeadlines {
  private constructor(
    private readonly calendar: WorkingDayCalendar,
    readonly parameters: ApplicableFraudParameters,
  ) {}

  /** `em`: the caller's transaction, if any (the calendar's freshness check runs on its connection). */
  static async load(holidays: HolidaysService, parameters: ApplicableFraudParameters, em?: EntityManager): Promise<CaseDeadlines> {
    return new CaseDeadlines(await holidays.calendar(em), parameters);
  }

  get limits(): FraudTimeLimits {
    return this.parameters.limits;
  }

  get thresholds(): FraudThresholds {
    return this.parameters.thresholds;
  }

  readonly workingDays = (date: string, n: number): string => addWorkingDays(date, n, this.calendar).date;

  /** 90 days after filing, the extensions and every paused day; moved off a day off. */
  decisionDueOn(filedOn: string, pauses: readonly FraudPause[], extensions: readonly FraudExtension[], today = filedOn): string {
    return onWorkingDay(decisionDueOn({ filedOn, pauses, extensions }, today, this.limits), this.workingDays);
  }

  countdown(filedOn: string, pauses: readonly FraudPause[], extensions: readonly FraudExtension[], today: string): DecisionCountdown {
    const c = decisionCountdown({ filedOn, pauses, extensions }, today, this.limits);
    const dueOn = onWorkingDay(c.dueOn, this.workingDays);
    const daysLeft = daysBetween(today, dueOn);
    return { ...c, dueOn, daysLeft, overdue: daysLeft < 0 };
  }

  legalReviewDueOn(requestedOn: string): string {
    return legalReviewDueOn(requestedOn, this.workingDays, this.limits);
  }

  serviceDueOn(decidedOn: string): string {
    return serviceDueOn(decidedOn, this.workingDays, this.limits);
  }

  finePayableBy(servedOn: string): string {
    return finePayableBy(servedOn, this.limits, this.workingDays);
  }
}
