import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { Authorize, CurrentActor } from '../auth/decorators';
import { BulkActionDto } from './dto/workflow.dto';
import { WorkflowService } from './workflow.service';

@ApiTags('inbox 待办事项')
@Controller('inbox')
export class InboxController {
  constructor(private readonly workflow: WorkflowService) {}

  @Get()
  @Authorize('inbox', 'list')
  @ApiOperation({ summary: '待办 (records awaiting my action, every resource, in scope): {total, overdue, counts, items}; overdue first' })
  inbox(@CurrentActor() actor: Actor) {
    return this.workflow.inbox(actor);
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
