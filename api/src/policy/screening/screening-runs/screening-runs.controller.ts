import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { jobRoutes } from '../../../platform/jobs/job-routes';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { ScreeningRunDto } from './screening-runs.dto';
import { SCREENING_RUN, ScreeningRunsService } from './screening-runs.service';

@ApiTags('screening-runs 智能监控筛查')
@Controller('screening-runs')
export class ScreeningRunsController extends jobRoutes('screening-runs', SCREENING_RUN, '智能监控筛查') {
  constructor(
    jobs: JobsService,
    private readonly runs: ScreeningRunsService,
  ) {
    super(jobs);
  }

  @Post()
  @Authorize('screening-runs', 'create')
  @HttpCode(202)
  @ApiOperation({
    summary:
      '智能监控筛查 (idempotent, incremental): the rule base over a pooling region’s (or one county’s) settlements of a year into 疑点; 202 with the job, poll GET /api/screening-runs/:id (summary: ScreeningRunSummary, counts per rule)',
  })
  start(@CurrentActor() actor: Actor, @Body() dto: ScreeningRunDto) {
    return this.runs.startRun(actor, dto);
  }
}
