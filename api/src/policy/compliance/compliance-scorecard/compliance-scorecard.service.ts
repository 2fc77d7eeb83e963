import { Injectable } from '@nestjs/common';
import type { ComplianceIndicatorId, ComplianceScorecard } from '@yibao/shared';
import type { Actor } from '../../../common/actor';

/** What the scorecard read takes besides region and period (issue 18's filters). */
export interface ScorecardOptions {
  /** rows down to the region's children (1, the default) or grandchildren (2) */
  depth?: 1 | 2;
  area?: string;
  onlyRed?: boolean;
  /** top/bottom N child rows by red cells */
  top?: number;
  bottom?: number;
  indicators?: readonly ComplianceIndicatorId[];
}

/**
 * The scorecard read (`GET /api/compliance`), the one place results become rows and cells — the exports read it too.
 * CONTRACT STUB — owner: helper C3 (issue 18 wave 1); C4's exports call `scorecard()` with this signature.
 */
@Injectable()
export class ComplianceScorecardService {
  scorecard(_actor: Actor, regionCode: string, period: string, _options: ScorecardOptions = {}): Promise<ComplianceScorecard> {
    return Promise.resolve({ regionCode, period, runId: null, computedAt: null, snapshotId: null, indicators: [], rows: [], average: {} });
  }
}
