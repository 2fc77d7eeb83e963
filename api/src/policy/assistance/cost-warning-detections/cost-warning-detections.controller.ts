import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { jobRoutes } from '../../../platform/jobs/job-routes';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { RegionYearRunDto } from '../region-year-run.dto';
import { COST_WARNING_DETECTION, CostWarningDetectionsService } from './cost-warning-detections.service';

@ApiTags('cost-warning-detections 预警检测')
@Controller('cost-warning-detections')
export class CostWarningDetectionsController extends jobRoutes('cost-warning-detections', COST_WARNING_DETECTION, '预警检测') {
  constructor(
    jobs: JobsService,
    private readonly detections: CostWarningDetectionsService,
  ) {
    super(jobs);
  }

  @Post()
  @Authorize('cost-warning-detections', 'create')
  @HttpCode(202)
  @ApiOperation({
    summary:
      "预警检测 (idempotent): yearly burden after basic + 大病 against each pooling region's approved threshold and categories; 202 with the job, poll GET /api/cost-warning-detections/:id",
  })
  start(@CurrentActor() actor: Actor, @Body() dto: RegionYearRunDto) {
    return this.detections.startDetection(actor, dto.regionCode, dto.year);
  }
}
