import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FraudSuspicionState, FraudTimeLimits } from '@yibao/shared';
import { HolidaysService } from '../../../platform/holidays/holidays.service';
import { FraudParametersService } from '../../fraud';

/** A stage's due date: working days from the province's time limits; null for a finished stage. */
export interface SuspicionDue {
  dueOn: string | null;
  approximate: boolean;
}

/**
 * Which of the province's time limits bounds each open stage. `pending` waits for its first review, so it is due
 * after the first-review limit too; the finished states (violation, dismissed) have none.
 */
const STAGE_LIMITS: Partial<Record<FraudSuspicionState, keyof FraudTimeLimits>> = {
  pending: 'suspicionFirstReviewWorkingDays',
  first_review: 'suspicionFirstReviewWorkingDays',
  second_review: 'suspicionSecondReviewWorkingDays',
  appeal: 'suspicionAppealWorkingDays',
  investigation: 'suspicionInvestigationWorkingDays',
};

/**
 * CONTRACT between the screening helpers (owner: the fraud-suspicions helper). Screening runs call `dueOn` for the
 * `pending` stage of each new 疑点; the suspicion actions call it for every stage they enter. Keep the signature.
 */
@Injectable()
export class SuspicionStagesService {
  constructor(
    private readonly parameters: FraudParametersService,
    private readonly holidays: HolidaysService,
  ) {}

  /**
   * When a 疑点 of `regionCode` (its county) entering `state` on `from` (YYYY-MM-DD) must leave that stage: the
   * province's applicable time limit for the stage (fraud-parameters of the settlement `year`), in working days.
   */
  async dueOn(state: FraudSuspicionState, regionCode: string, year: number, from: string, em: EntityManager): Promise<SuspicionDue> {
    const key = STAGE_LIMITS[state];
    if (!key) return { dueOn: null, approximate: false };
    const { limits } = await this.parameters.applicable(regionCode, year, em);
    const { date, approximate } = await this.holidays.addWorkingDays(from, limits[key], em);
    return { dueOn: date, approximate };
  }
}
