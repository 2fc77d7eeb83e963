import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Follow-up counts of one cell (region, period, indicator). */
export interface CellFollowUps {
  openActions: number;
  comments: number;
}

/** The key of a cell in `countsByCell`'s answer. */
export const cellKey = (regionCode: string, period: string, indicatorId: string): string => `${regionCode}|${period}|${indicatorId}`;

/**
 * How many open follow-up actions and comments each cell of a period has, for the scorecard's cells (C3 calls it).
 * CONTRACT STUB — owner: helper C4 (issue 18 wave 1).
 */
@Injectable()
export class ComplianceFollowUpsReader {
  countsByCell(_regionCodes: readonly string[], _period: string, _em: EntityManager): Promise<Map<string, CellFollowUps>> {
    return Promise.resolve(new Map());
  }
}
