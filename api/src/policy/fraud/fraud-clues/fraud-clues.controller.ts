import { RevealReasonDto } from '../../../common/reveal.dto';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { CreateFraudClueDto, ReporterNoticeDto, UpdateFraudClueDto } from './fraud-clues.dto';
import { FRAUD_CLUE_LIST, FraudCluesService } from './fraud-clues.service';

const RESOURCE = 'fraud-clues';

@ApiTags('fraud-clues 欺诈骗保线索')
@Controller(RESOURCE)
export class FraudCluesController extends workflowRoutes(
  RESOURCE,
  '线索流转 (verify / file {officerIds, causes, amountInvolved, conductEndedOn, healthHarmed, filedOn} → the new case as caseId / not_file / transfer / extend once)',
) {
  constructor(
    private readonly clues: FraudCluesService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(FRAUD_CLUE_LIST, '线索 (in scope; filters state, source, subjectType, overdue, regionCode, receivedOn_gte/_lte, q on the summary)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.clues.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '线索 (ID number masked; the reporter whole for the handling unit and the province supervisor, masked otherwise)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.clues.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '登记线索 (receivedOn defaults to today, never in the future; verifyDueOn = 15 working days later)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFraudClueDto) {
    return this.clues.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '修改线索 (received or verifying, by the handling unit; version)' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateFraudClueDto) {
    return this.clues.update(actor, id, dto);
  }

  @Post(':id/reveal')
  @Authorize(RESOURCE, 'reveal')
  @HttpCode(200)
  @ApiOperation({ summary: '查看完整身份证号与举报人信息 (for a stated reason; audited)' })
  reveal(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: RevealReasonDto) {
    return this.clues.reveal(actor, id, dto.reason);
  }

  @Post(':id/reporter-notice')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '告知举报人 {notifiedOn, version}: the named reporter told of the filing decision (due 5 working days after it)' })
  reporterNotice(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ReporterNoticeDto) {
    return this.clues.recordReporterNotice(actor, id, dto.notifiedOn, dto.version);
  }
}
