import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { attachmentRoutes } from '../../../platform/attachments/attachment-routes';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateInspectionFindingDto, OpenRectificationDto, ProposeAccountabilityDto, UpdateInspectionFindingDto } from './inspection-findings.dto';
import { INSPECTION_FINDING_LIST, InspectionFindingsService } from './inspection-findings.service';

const RESOURCE = 'inspection-findings';

@ApiTags('inspection-findings 督导检查发现的问题')
@Controller(RESOURCE)
export class InspectionFindingsController {
  constructor(private readonly findings: InspectionFindingsService) {}

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(INSPECTION_FINDING_LIST, '检查发现的问题 (in scope, of inspections the reader may see; filter inspectionId)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.findings.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.findings.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '记录问题 (the inspecting unit, while the inspection is in progress or reported)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInspectionFindingDto) {
    return this.findings.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '修改问题 (the inspecting unit, before it is disposed of; versioned)' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateInspectionFindingDto) {
    return this.findings.update(actor, id, dto);
  }

  @Post(':id/open-rectification')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({
    summary: '转整改: opens the unit’s rectification item (source inspection) and links it, in one transaction: {campaignId, problemType, dueOn?, version}',
  })
  openRectification(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: OpenRectificationDto) {
    return this.findings.openRectification(actor, id, dto);
  }

  @Post(':id/propose-accountability')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '移交问责: an accountability proposal about the finding’s unit (source the finding), linked in one transaction' })
  proposeAccountability(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ProposeAccountabilityDto) {
    return this.findings.proposeAccountability(actor, id, dto);
  }
}

/** A finding's evidence: GET/POST /api/inspection-findings/:id/attachments. */
@ApiTags('inspection-findings 督导检查发现的问题')
@Controller(RESOURCE)
export class InspectionFindingAttachmentsController extends attachmentRoutes(RESOURCE) {}
