import { Injectable } from '@nestjs/common';
import type { FraudCause, FraudPartyType } from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';

/** The clue a case is filed from: what the case copies. */
export interface ClueForFiling {
  id: number;
  regionCode: string;
  subjectType: FraudPartyType;
  institutionCode: string | null;
  /** whole ID number of an insured person, or null */
  idNumber: string | null;
  summary: string;
}

/** The clue's `file` payload (令第4号 arts. 15–16), dates already checked by the clue's service. */
export interface FilingPayload {
  officerIds: number[];
  causes: FraudCause[];
  amountInvolved: number;
  conductEndedOn: string;
  healthHarmed: boolean;
  filedOn: string;
}

/**
 * 立案: the one way a case comes into being. Called by the clue's `file` action inside its transaction; the
 * guards of filing (limitation, officers) refuse here, so a refused filing leaves the clue unfiled.
 */
@Injectable()
export class CaseFilingService {
  async fileFromClue(manager: EntityManager, clue: ClueForFiling, payload: FilingPayload, actor: Actor): Promise<{ id: number; caseNo: string }> {
    void manager;
    void clue;
    void payload;
    void actor;
    throw new Error('CaseFilingService.fileFromClue: not implemented');
  }
}
