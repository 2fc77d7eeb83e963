import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { jobRoutes } from '../../../platform/jobs/job-routes';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { OverProtectionScreeningDto } from './over-protection-screenings.dto';
import { OVER_PROTECTION_SCREENING, OverProtectionScreeningsService } from './over-protection-screenings.service';

@ApiTags('over-protection-screenings 过度保障数据筛查')
@Controller('over-protection-screenings')
export class OverProtectionScreeningsController extends jobRoutes('over-protection-screenings', OVER_PROTECTION_SCREENING, '过度保障数据筛查') {
  constructor(
    jobs: JobsService,
    private readonly screenings: OverProtectionScreeningsService,
  ) {
    super(jobs);
  }

  @Post()
  @Authorize('over-protection-screenings', 'create')
  @HttpCode(202)
  @ApiOperation({
    summary:
      '数据筛查 (idempotent): a year of settlements flagged zero_oop / reimbursement_over_ceiling, per county, into screening items of the campaign; 202 with the job, poll GET /api/over-protection-screenings/:id',
  })
  start(@CurrentActor() actor: Actor, @Body() dto: OverProtectionScreeningDto) {
    return this.screenings.startScreening(actor, dto);
  }
}
