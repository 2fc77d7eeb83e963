import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import type { InboxItem, InboxSummary, PayloadCandidate } from '@yibao/shared';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { ListOf, type ListPage } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { BulkActionDto, PayloadCandidatesQueryDto } from './dto/workflow.dto';
import { INBOX_LIST, InboxService } from './inbox.service';
import { WorkflowService } from './workflow.service';

@ApiTags('inbox 待办事项')
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly inbox: InboxService,
  ) {}

  @Get()
  @Authorize('inbox', 'list')
  @ListOf(INBOX_LIST, '待办 (records awaiting my action, every resource, in scope); default overdue first, then the longest waiting')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ListPage<InboxItem>> {
    return this.inbox.list(actor, query);
  }

  @Get('summary')
  @Authorize('inbox', 'list')
  @ApiOperation({ summary: '待办汇总 (how many records await me, per resource, and how many of them are overdue)' })
  summary(@CurrentActor() actor: Actor): Promise<InboxSummary> {
    return this.inbox.summary(actor);
  }

  @Get('candidates')
  @Authorize('inbox', 'list')
  @ApiOperation({
    summary:
      '可选用户 (the users a user/users payload field of an action may name on a record: active accounts of its roles at its level relative to the record); needs the resource’s show permission and the action’s role and level',
  })
  candidates(@CurrentActor() actor: Actor, @Query() q: PayloadCandidatesQueryDto): Promise<PayloadCandidate[]> {
    return this.workflow.payloadCandidates(actor, q.resource, q.id, q.action, q.field);
  }

  @Post('bulk')
  @Authorize('inbox', 'list')
  @HttpCode(200)
  @ApiOperation({ summary: '批量处理 (one action on many records): per-item results; one failure does not undo the others' })
  bulk(@CurrentActor() actor: Actor, @Body() dto: BulkActionDto) {
    if (dto.versions && dto.versions.length !== dto.ids.length) {
      throw fieldError('versions', '须与 ids 一一对应 (one version per id)');
    }
    return this.workflow.bulk(actor, dto.resource, dto.action, dto.ids, dto.comment, dto.versions);
  }
}
