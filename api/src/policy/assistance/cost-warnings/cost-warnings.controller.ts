import { Body, Controller, Get, Param, ParseIntPipe, Patch, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { COST_WARNING_LIST, CostWarningsService } from './cost-warnings.service';
import { UpdateWarningDto } from './dto/cost-warning.dto';

@ApiTags('cost-warnings 高额费用预警')
@Controller('cost-warnings')
export class CostWarningsController extends workflowRoutes('cost-warnings', '预警处置 (verify / dismiss → assist → clear)') {
  constructor(
    private readonly warnings: CostWarningsService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize('cost-warnings', 'list')
  @ListOf(COST_WARNING_LIST, '预警看板 (warnings in scope); default order oldest stage first')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.warnings.list(actor, query);
  }

  @Get(':id')
  @Authorize('cost-warnings', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.warnings.get(actor, id);
  }

  @Patch(':id')
  @Authorize('cost-warnings', 'edit')
  @ApiOperation({ summary: '登记帮扶措施 (verified or assisted): {measures: [{type, amountFen, note}], version}' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateWarningDto) {
    return this.warnings.updateMeasures(actor, id, dto.measures, dto.version);
  }
}
