import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ComplianceCommentRecord, ComplianceIndicatorId } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { scopeQuery } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { User } from '../../../platform/users/user.entity';
import type { CreateComplianceCommentDto } from '../compliance-actions/compliance-actions.dto';
import { cellRef, checkedCell } from '../compliance-actions/compliance-cell';
import { ComplianceComment } from './compliance-comment.entity';

const RESOURCE = 'compliance-comments';

export const COMPLIANCE_COMMENT_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    period: { type: 'string' },
    indicatorId: { type: 'string' },
    authorRegionCode: { type: 'string' },
    createdAt: { type: 'date' },
  },
  search: ['text'],
  // a conversation reads oldest first
  defaultSort: [['id', 'ASC']],
};

const toRecord = (c: ComplianceComment): ComplianceCommentRecord => ({
  id: c.id,
  regionCode: c.regionCode,
  period: c.period,
  indicatorId: c.indicatorId as ComplianceIndicatorId,
  text: c.text,
  authorName: c.authorName,
  createdAt: iso(c.createdAt)!,
});

/** 批注 on a scorecard cell: anyone who reads the cell and may comment adds one; never edited or deleted (audited). */
@Injectable()
export class ComplianceCommentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(ComplianceComment).createQueryBuilder('c'), actor);
    const { rows, total } = await fetchList(qb, query, COMPLIANCE_COMMENT_LIST);
    return { rows: rows.map(toRecord), total };
  }

  async create(actor: Actor, dto: CreateComplianceCommentDto): Promise<ComplianceCommentRecord> {
    const cell = await checkedCell(actor, this.regions, dto);
    return inTransaction(this.ds, async (em) => {
      const author = await em.findOne(User, { select: { id: true, displayName: true }, where: { id: actor.userId } });
      const saved = await em.save(
        em.create(ComplianceComment, {
          regionCode: cell.regionCode,
          period: cell.period.period,
          indicatorId: cell.indicatorId,
          text: dto.text,
          authorId: actor.userId,
          authorName: author?.displayName ?? actor.username,
          authorRegionCode: actor.regionCode,
        }),
      );
      await this.audit.append(em, actor, { action: 'create', resource: RESOURCE, resourceId: saved.id, after: { cell: cellRef(cell), text: dto.text } });
      return toRecord(saved);
    });
  }
}
