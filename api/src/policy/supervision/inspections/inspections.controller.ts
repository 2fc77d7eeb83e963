import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { attachmentRoutes } from '../../../platform/attachments/attachment-routes';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { CreateInspectionDto, UpdateInspectionDto } from './inspections.dto';
import { INSPECTION_LIST, InspectionsService } from './inspections.service';

const RESOURCE = 'inspections';

@ApiTags('inspections 督导检查')
@Controller(RESOURCE)
export class InspectionsController extends workflowRoutes(
  RESOURCE,
  '督导检查流转 (start / report / send_feedback / close / return at the inspecting unit; respond by the inspected unit)',
) {
  constructor(
    private readonly inspections: InspectionsService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(INSPECTION_LIST, '督导检查 (in scope; 暗访 and 飞行检查 are absent for the inspected unit until the feedback)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.inspections.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '督导检查 (a concealed one is 404 for the inspected unit until the feedback)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.inspections.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '制定督导计划 (the province or a city, for a city or county below it)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInspectionDto) {
    return this.inspections.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '修改检查计划 (the inspecting unit, while planned or in progress; versioned)' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateInspectionDto) {
    return this.inspections.update(actor, id, dto);
  }
}

/** The report and the team's papers: GET/POST /api/inspections/:id/attachments. */
@ApiTags('inspections 督导检查')
@Controller(RESOURCE)
export class InspectionAttachmentsController extends attachmentRoutes(RESOURCE) {}
