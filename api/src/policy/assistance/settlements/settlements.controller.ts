import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/actor';
import { setTotalCount } from '../../common/list-query';
import { Authorize, CurrentActor } from '../../platform/auth/decorators';
import { RegionYearRunDto } from './dto/assistance.dto';
import { CalculateSettlementDto, RecordSettlementDto } from './dto/calculate.dto';
import { parameterSetController } from '../../platform/parameter-sets/parameter-sets.controller';
import { PolicyParametersService } from './policy-parameters.service';
import { SETTLEMENT_RECOMPUTE, SettlementsService } from './settlements.service';
import { jobRoutes } from '../../platform/jobs/job-routes';
import { JobsService } from '../../platform/jobs/jobs.service';

export class PolicyParametersController extends parameterSetController({
  resource: 'policy-parameters',
  tag: 'policy-parameters 政策参数',
  documentKey: 'parameters',
  documentType: 'PolicyParameters（见 shared/src/settlement/types.ts）',
  service: PolicyParametersService,
}) {}

@ApiTags('settlements 就医结算')
@Controller('settlements')
export class SettlementsController {
  constructor(
    private readonly parameters: PolicyParametersService,
    private readonly settlements: SettlementsService,
  ) {}

  @Get()
  @Authorize('settlements', 'list')
  @ApiOperation({ summary: '结算记录 (in scope): filters regionCode, year, visitType, hospitalLevel, flag, settledOn…; q = name, institution, ID digits' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.settlements.list(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get(':id')
  @Authorize('settlements', 'show')
  @ApiOperation({ summary: '结算详情 with recorded vs computed tiers and the trace' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.settlements.get(actor, id);
  }

  @Post()
  @Authorize('settlements', 'create')
  @ApiOperation({ summary: '登记结算 (record): computed with the year so far; flags OOP caps, zero OOP, in-catalogue < 90%, > 95%, recorded ≠ computed' })
  record(@CurrentActor() actor: Actor, @Body() dto: RecordSettlementDto) {
    return this.settlements.record(actor, dto);
  }

  @Post('calculate')
  @Authorize('settlements', 'calculate')
  @HttpCode(200)
  @ApiOperation({ summary: '一站式结算试算 (basic → 大病 → 救助 → other, with the trace that explains each amount); amounts in fen' })
  calculate(@CurrentActor() actor: Actor, @Body() dto: CalculateSettlementDto) {
    return this.parameters.calculate(actor, dto);
  }
}

@ApiTags('settlement-recomputes 结算重算')
@Controller('settlement-recomputes')
export class SettlementRecomputesController extends jobRoutes('settlement-recomputes', SETTLEMENT_RECOMPUTE, '结算重算') {
  constructor(
    jobs: JobsService,
    private readonly settlements: SettlementsService,
  ) {
    super(jobs);
  }

  @Post()
  @Authorize('settlement-recomputes', 'create')
  @HttpCode(202)
  @ApiOperation({ summary: '重算 (after a parameter revision is approved): re-runs the calculator over a year in recording order and rewrites the computed tiers and flags that changed; 202 with the job, poll GET /api/settlement-recomputes/:id' })
  start(@CurrentActor() actor: Actor, @Body() dto: RegionYearRunDto) {
    return this.settlements.startRecompute(actor, dto.regionCode, dto.year);
  }
}
