import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { jobRoutes } from '../../../platform/jobs/job-routes';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { ComplianceRunDto } from './compliance-runs.dto';
import { COMPLIANCE_RUN, ComplianceRunsService } from './compliance-runs.service';

@ApiTags('compliance-runs 合规计算')
@Controller('compliance-runs')
export class ComplianceRunsController extends jobRoutes('compliance-runs', COMPLIANCE_RUN, '合规计算') {
  constructor(
    jobs: JobsService,
    private readonly runs: ComplianceRunsService,
  ) {
    super(jobs);
  }

  @Post()
  @Authorize('compliance-runs', 'create')
  @HttpCode(202)
  @ApiOperation({
    summary:
      '合规计算: every indicator for every unit of the region in the period (2026-10, 2026-Q3, 2026), rolled up by sums and judged against the lines in force; replaces the region’s and its subtree’s results (frozen figures kept, the run’s beside them). 202 with the job; poll GET /api/compliance-runs/:id (result: ComplianceRunSummary)',
  })
  start(@CurrentActor() actor: Actor, @Body() dto: ComplianceRunDto) {
    return this.runs.startRun(actor, dto);
  }
}
