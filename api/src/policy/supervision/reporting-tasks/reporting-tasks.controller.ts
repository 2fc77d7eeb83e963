import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { attachmentRoutes } from '../../../platform/attachments/attachment-routes';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { SubmitReportingTaskDto } from './reporting-tasks.dto';
import { REPORTING_TASK_LIST, ReportingTasksService } from './reporting-tasks.service';

const RESOURCE = 'reporting-tasks';

@ApiTags('reporting-tasks 报送任务')
@Controller(RESOURCE)
export class ReportingTasksController {
  constructor(private readonly tasks: ReportingTasksService) {}

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(REPORTING_TASK_LIST, '报送任务 (expected reports per duty, filer and period, in scope; the year’s tasks are generated on read)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.tasks.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.tasks.get(actor, id);
  }

  @Post(':id/submit')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '报送 (submit a report the product does not make itself — quarterly statistics, annual report): {version}; needs at least one attachment (400 naming attachments)',
  })
  submit(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: SubmitReportingTaskDto) {
    return this.tasks.submit(actor, id, dto.version);
  }
}

/** The report's files: GET/POST /api/reporting-tasks/:id/attachments. */
@ApiTags('reporting-tasks 报送任务')
@Controller(RESOURCE)
export class ReportingTaskAttachmentsController extends attachmentRoutes(RESOURCE) {}
