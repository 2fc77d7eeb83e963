import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FraudSuspicionState } from '@yibao/shared';

/** A stage's due date: working days from the province's time limits; null for a finished stage. */
export interface SuspicionDue {
  dueOn: string | null;
  approximate: boolean;
}

/**
 * CONTRACT between the screening helpers (owner: the fraud-suspicions helper). Screening runs call `dueOn` for the
 * `pending` stage of each new 疑点; the suspicion actions call it for every stage they enter. Keep the signature.
 */
@Injectable()
export class SuspicionStagesService {
  /**
   * When a 疑点 of `regionCode` (its county) entering `state` on `from` (YYYY-MM-DD) must leave that stage: the
   * province's applicable time limit for the stage (fraud-parameters of the settlement `year`), in working days.
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  async dueOn(state: FraudSuspicionState, regionCode: string, year: number, from: string, em: EntityManager): Promise<SuspicionDue> {
    return { dueOn: null, approximate: false };
  }
}
