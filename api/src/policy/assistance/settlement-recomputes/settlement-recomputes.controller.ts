import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { jobRoutes } from '../../../platform/jobs/job-routes';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { RegionYearRunDto } from '../region-year-run.dto';
import { SETTLEMENT_RECOMPUTE, SettlementRecomputesService } from './settlement-recomputes.service';

@ApiTags('settlement-recomputes 结算重算')
@Controller('settlement-recomputes')
export class SettlementRecomputesController extends jobRoutes('settlement-recomputes', SETTLEMENT_RECOMPUTE, '结算重算') {
  constructor(
    jobs: JobsService,
    private readonly recomputes: SettlementRecomputesService,
  ) {
    super(jobs);
  }

  @Post()
  @Authorize('settlement-recomputes', 'create')
  @HttpCode(202)
  @ApiOperation({
    summary:
      '重算 (after a parameter revision is approved): re-runs the calculator over a year in recording order and rewrites the computed tiers and flags that changed; 202 with the job, poll GET /api/settlement-recomputes/:id',
  })
  start(@CurrentActor() actor: Actor, @Body() dto: RegionYearRunDto) {
    return this.recomputes.start(actor, dto.regionCode, dto.year);
  }
}
