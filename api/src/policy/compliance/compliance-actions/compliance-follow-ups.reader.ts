import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { COMPLIANCE_OPEN_ACTION_STATES } from '@yibao/shared';
import { ComplianceComment } from '../compliance-comments/compliance-comment.entity';
import { ComplianceAction } from './compliance-action.entity';

/** Follow-up counts of one cell (region, period, indicator). */
export interface CellFollowUps {
  openActions: number;
  comments: number;
}

/** The key of a cell in `countsByCell`'s answer. */
export const cellKey = (regionCode: string, period: string, indicatorId: string): string => `${regionCode}|${period}|${indicatorId}`;

/** Region codes per IN list: well below every dialect's parameter limit. */
const CHUNK = 500;

/**
 * How many open follow-up actions (open or in progress) and comments each cell of a period has, for the scorecard's
 * cells (C3 calls it with the rows it shows, already within the caller's scope). Two grouped counts per chunk of
 * regions, each served by its table's cell index; a cell without follow-ups is absent from the map.
 */
@Injectable()
export class ComplianceFollowUpsReader {
  async countsByCell(regionCodes: readonly string[], period: string, em: EntityManager): Promise<Map<string, CellFollowUps>> {
    const counts = new Map<string, CellFollowUps>();
    const entry = (key: string) => counts.get(key) ?? counts.set(key, { openActions: 0, comments: 0 }).get(key)!;
    const codes = [...new Set(regionCodes)];
    for (let i = 0; i < codes.length; i += CHUNK) {
      const chunk = codes.slice(i, i + CHUNK);
      const actions = await em
        .getRepository(ComplianceAction)
        .createQueryBuilder('a')
        .select('a.regionCode', 'regionCode')
        .addSelect('a.indicatorId', 'indicatorId')
        .addSelect('COUNT(*)', 'n')
        .where('a.regionCode IN (:...codes) AND a.period = :period AND a.state IN (:...open)', { codes: chunk, period, open: COMPLIANCE_OPEN_ACTION_STATES })
        .groupBy('a.regionCode')
        .addGroupBy('a.indicatorId')
        .getRawMany<{ regionCode: string; indicatorId: string; n: number | string }>();
      for (const r of actions) entry(cellKey(r.regionCode, period, r.indicatorId)).openActions = Number(r.n);
      const comments = await em
        .getRepository(ComplianceComment)
        .createQueryBuilder('c')
        .select('c.regionCode', 'regionCode')
        .addSelect('c.indicatorId', 'indicatorId')
        .addSelect('COUNT(*)', 'n')
        .where('c.regionCode IN (:...codes) AND c.period = :period', { codes: chunk, period })
        .groupBy('c.regionCode')
        .addGroupBy('c.indicatorId')
        .getRawMany<{ regionCode: string; indicatorId: string; n: number | string }>();
      for (const r of comments) entry(cellKey(r.regionCode, period, r.indicatorId)).comments = Number(r.n);
    }
    return counts;
  }
}
