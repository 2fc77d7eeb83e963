import { RevealReasonDto } from '../../../common/reveal.dto';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { ClaimSuspicionsDto, ReleaseSuspicionsDto, SuspicionBulkActionDto } from './fraud-suspicions.dto';
import { FRAUD_SUSPICION_LIST, FraudSuspicionsService } from './fraud-suspicions.service';

const RESOURCE = 'fraud-suspicions';

@ApiTags('fraud-suspicions 智能监控疑点')
@Controller(RESOURCE)
export class FraudSuspicionsController extends workflowRoutes(
  RESOURCE,
  '疑点流转 (start_review → confirm_first → confirm_second → close_appeal → confirm_violation {comment} → the clue as clueId; dismiss {reason, comment} from any open stage)',
) {
  constructor(
    private readonly suspicions: FraudSuspicionsService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(
    FRAUD_SUSPICION_LIST,
    '疑点 (in scope; filters ruleId, institutionCode, state, regionCode, runId, year, overdue, claimed=mine|unclaimed, q on the detail and institution; default oldest due first)',
  )
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.suspicions.list(actor, query);
  }

  @Post('claim')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '领取疑点 {count ≤ 100, ruleId?, institutionCode?, state?, regionCode?}: unclaimed open 疑点 in scope, oldest due first; never one another reviewer holds',
  })
  claim(@CurrentActor() actor: Actor, @Body() dto: ClaimSuspicionsDto) {
    return this.suspicions.claim(actor, dto);
  }

  @Post('release')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '退回队列 {ids}: the caller’s own claims among ids become unclaimed' })
  release(@CurrentActor() actor: Actor, @Body() dto: ReleaseSuspicionsDto) {
    return this.suspicions.release(actor, dto.ids);
  }

  @Post('bulk-actions/:action')
  @Authorize(RESOURCE, 'edit')
  @HttpCode(200)
  @ApiOperation({
    summary: '批量处理 {ids ≤ 100, versions?, comment?, reason?}: one workflow action on many 疑点, a result per item (as the inbox’s bulk actions)',
  })
  bulk(@CurrentActor() actor: Actor, @Param('action') action: string, @Body() dto: SuspicionBulkActionDto) {
    return this.suspicions.bulk(actor, action, dto);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '疑点 with its triggering settlements side by side (the person’s ID number masked)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.suspicions.get(actor, id);
  }

  @Post(':id/reveal')
  @Authorize(RESOURCE, 'reveal')
  @HttpCode(200)
  @ApiOperation({ summary: '查看完整身份证号 (for a stated reason; audited and access-logged)' })
  reveal(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: RevealReasonDto) {
    return this.suspicions.reveal(actor, id, dto.reason);
  }
}
