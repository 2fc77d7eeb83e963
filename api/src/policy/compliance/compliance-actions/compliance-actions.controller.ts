import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { CreateComplianceActionDto } from './compliance-actions.dto';
import { COMPLIANCE_ACTION_LIST, ComplianceActionsService } from './compliance-actions.service';

const RESOURCE = 'compliance-actions';

@ApiTags('compliance 政策合规审计')
@Controller(RESOURCE)
export class ComplianceActionsController extends workflowRoutes(
  RESOURCE,
  '跟进事项流转，每次均须填写意见 (start / complete by the responsible unit; close / cancel / reopen by the filer — a comment on every change)',
) {
  constructor(
    private readonly actions: ComplianceActionsService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(COMPLIANCE_ACTION_LIST, '跟进事项 (on cells in scope; a cell: regionCode+period+indicatorId; a region: scope; status, overdue)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.actions.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.actions.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({
    summary:
      '对指标单元格提出跟进事项 (province or city, on a cell in its region) {regionCode, period, indicatorId, title, responsibleRegionCode, dueOn, reviewOn?, rectification?: {campaignId, problemType, description?} — opens a rectification item instead}',
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateComplianceActionDto) {
    return this.actions.create(actor, dto);
  }
}
