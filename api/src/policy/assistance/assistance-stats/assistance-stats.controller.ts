import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { DateParam, RegionYearQueryDto } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { AssistanceStatsService } from './assistance-stats.service';

export class AssistanceStatsQueryDto extends RegionYearQueryDto {
  @DateParam('from', '2026-01-01')
  from?: string;

  @DateParam('to', '2026-06-30')
  to?: string;
}

@ApiTags('assistance-stats 三重制度统计')
@Controller('assistance-stats')
export class AssistanceStatsController {
  constructor(private readonly stats: AssistanceStatsService) {}

  @Get()
  @Authorize('assistance-stats', 'list')
  @ApiOperation({
    summary: '三重制度统计 per child region: OOP share, 大病 and aid ratios, in-catalogue share, zero-OOP and > 95 % counts, warnings by stage and overdue',
  })
  get(@CurrentActor() actor: Actor, @Query() q: AssistanceStatsQueryDto) {
    return this.stats.stats(actor, q.regionCode, q.year, q.from, q.to);
  }
}
