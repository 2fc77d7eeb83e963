import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateComplianceCommentDto } from '../compliance-actions/compliance-actions.dto';
import { COMPLIANCE_COMMENT_LIST, ComplianceCommentsService } from './compliance-comments.service';

const RESOURCE = 'compliance-comments';

@ApiTags('compliance 政策合规审计')
@Controller(RESOURCE)
export class ComplianceCommentsController {
  constructor(private readonly comments: ComplianceCommentsService) {}

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(COMPLIANCE_COMMENT_LIST, '指标批注 (comments on cells in scope; regionCode, period, indicatorId: one cell)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.comments.list(actor, query);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '批注一个指标单元格 {regionCode, period, indicatorId, text}; a cell outside your region → 404' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateComplianceCommentDto) {
    return this.comments.create(actor, dto);
  }
}
