import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { CreateAccountabilityRecordDto, UpdateAccountabilityRecordDto } from './accountability-records.dto';
import { ACCOUNTABILITY_RECORD_LIST, AccountabilityRecordsService } from './accountability-records.service';

const RESOURCE = 'accountability-records';

@ApiTags('accountability-records 追责问责')
@Controller(RESOURCE)
export class AccountabilityRecordsController extends workflowRoutes(
  RESOURCE,
  '问责流转 (record_decision {decisionNo, decidedBy, decidedOn, measures} / record_execution {executedOn} / withdraw)',
) {
  constructor(
    private readonly records: AccountabilityRecordsService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(ACCOUNTABILITY_RECORD_LIST, '追责问责登记簿 (in scope; filters conduct, measure, year of the decision, state)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.records.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '问责记录 (personnel data: every read is audit-logged)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.records.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '提出问责建议 (a city or the province for a city or county bureau in scope); measures must fit the subject type' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAccountabilityRecordDto) {
    return this.records.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '登记公开与申诉 (the province, after the decision): {published?, appeal?: {filedOn, outcome?, decidedOn?}, version}' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateAccountabilityRecordDto) {
    return this.records.update(actor, id, dto);
  }
}
