import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CloseTaskDto } from './verification-tasks.dto';
import { TASK_LIST, VerificationTasksService } from './verification-tasks.service';

@ApiTags('verification-tasks 核查任务')
@Controller('verification-tasks')
export class VerificationTasksController {
  constructor(private readonly tasks: VerificationTasksService) {}

  @Get()
  @Authorize('verification-tasks', 'list')
  @ListOf(TASK_LIST, '核查任务 (from the monthly comparison)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.tasks.listTasks(actor, query);
  }

  @Get(':id')
  @Authorize('verification-tasks', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.tasks.getTask(actor, id);
  }

  @Post(':id/close')
  @Authorize('verification-tasks', 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '办结 (close with an outcome: enrolled / valid_reason / corrected / not_a_difference)' })
  close(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CloseTaskDto) {
    return this.tasks.closeTask(actor, id, dto.outcome, dto.outcomeNote, dto.version);
  }
}
