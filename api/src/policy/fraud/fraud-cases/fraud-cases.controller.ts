import { RevealReasonDto } from '../../../common/reveal.dto';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { RegionYearQueryDto } from '../../../common/query-dto';
import { attachmentRoutes } from '../../../platform/attachments/attachment-routes';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import {
  AddExecutionDto,
  AddExtensionDto,
  AddPauseDto,
  CollectiveDiscussionDto,
  CourtEnforcementDto,
  EndPauseDto,
  GenerateDocumentDto,
  SupervisionDto,
} from './fraud-cases.dto';
import { FRAUD_CASE_LIST, FraudCasesService } from './fraud-cases.service';

const RESOURCE = 'fraud-cases';

@ApiTags('fraud-cases 欺诈骗保案件')
@Controller(RESOURCE)
export class FraudCasesController extends workflowRoutes(
  RESOURCE,
  '案件流转 (start_investigation / request_review {reviewerId} / pass_review {reviewedOn} / return_review / notify {noticeNo, noticedOn, proposedFine, proposedRecoup, measures, hearingOffered} / request_hearing {hearingOn} / conclude_hearing {hearingConcludedOn} / decide {decisionType, decisionNo, decidedOn, fine, recoup, confiscate, measures, discretionTier, discretionReason, statementWaived} / serve {servedOn} / close / terminate); a statutory guard answers 400 or 409 with `code` and `article` at the top level',
) {
  constructor(
    private readonly cases: FraudCasesService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(
    FRAUD_CASE_LIST,
    '欺诈骗保案件 (in scope; filters state, partyType, cause, institutionCode, overdue, supervised, regionCode, filedOn range; q on caseNo and title)',
  )
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.cases.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '案件 (the ID number masked)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.cases.get(actor, id);
  }

  @Post(':id/reveal')
  @Authorize(RESOURCE, 'reveal')
  @HttpCode(200)
  @ApiOperation({ summary: '查看当事人完整身份证号 (for a stated reason; audited)' })
  reveal(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: RevealReasonDto) {
    return this.cases.reveal(actor, id, dto.reason);
  }

  @Post(':id/pauses')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '登记不计入办案期限的期间 (令第4号第四十五条; overlapping → 400 pause_overlap)' })
  addPause(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: AddPauseDto) {
    return this.cases.addPause(actor, id, dto);
  }

  @Post(':id/pauses/:pauseId/end')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '结束中止 (an open pause ends on `to`: not before its start, not in the future; the deadline recomputed)' })
  endPause(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Param('pauseId', ParseIntPipe) pauseId: number, @Body() dto: EndPauseDto) {
    return this.cases.endPause(actor, id, pauseId, dto);
  }

  @Post(':id/extensions')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '延长办案期限 (the head; 30 days once, more by collective discussion → 409 collective_discussion_required)' })
  addExtension(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: AddExtensionDto) {
    return this.cases.addExtension(actor, id, dto);
  }

  @Post(':id/collective-discussion')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '记录负责人集体讨论 (the head; 令第4号第四十四条)' })
  collectiveDiscussion(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CollectiveDiscussionDto) {
    return this.cases.recordCollectiveDiscussion(actor, id, dto);
  }

  @Post(':id/executions')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '登记执行 (a served case; the first starts execution)' })
  addExecution(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: AddExecutionDto) {
    return this.cases.addExecution(actor, id, dto);
  }

  @Post(':id/court-enforcement')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({
    summary: '登记法院受理强制执行 (行政强制法第五十三条; a served case with amounts owed: the date and the court’s document number; the case may then close)',
  })
  courtEnforcement(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CourtEnforcementDto) {
    return this.cases.recordCourtEnforcement(actor, id, dto);
  }

  @Post(':id/supervision')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '督办 (the province: letter number and due date)' })
  supervise(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: SupervisionDto) {
    return this.cases.supervise(actor, id, dto);
  }

  @Post(':id/documents')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '生成文书 (立案审批表 / 行政处罚事先告知书 / 行政处罚决定书, DOCX, kept as an attachment)' })
  generateDocument(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: GenerateDocumentDto) {
    return this.cases.generateDocument(actor, id, dto.kind);
  }
}

/** Evidence and the generated documents: GET/POST /api/fraud-cases/:id/attachments. */
@ApiTags('fraud-cases 欺诈骗保案件')
@Controller(RESOURCE)
export class FraudCaseAttachmentsController extends attachmentRoutes(RESOURCE) {}

@ApiTags('fraud-stats 欺诈骗保统计')
@Controller('fraud-stats')
export class FraudStatsController {
  constructor(private readonly cases: FraudCasesService) {}

  @Get()
  @Authorize('fraud-stats', 'list')
  @ApiOperation({
    summary: '案件统计 (cases filed in the year within the region: by state, cause, party type; amounts; overdue; median days to decision; by region)',
  })
  stats(@CurrentActor() actor: Actor, @Query() q: RegionYearQueryDto) {
    return this.cases.stats(actor, q.regionCode, q.year);
  }
}
