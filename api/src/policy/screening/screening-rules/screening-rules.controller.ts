import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { RegionYearQueryDto } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { ScreeningRulesService } from './screening-rules.service';

@ApiTags('screening-rules 智能监控规则库')
@Controller('screening-rules')
export class ScreeningRulesController {
  constructor(private readonly rules: ScreeningRulesService) {}

  @Get()
  @Authorize('screening-rules', 'list')
  @ApiOperation({
    summary:
      '规则库 (the rule catalogue for a region and year: logic, source, the parameters in force for its pooling region — its approved set, else the defaults — and each rule’s hit rate)',
  })
  list(@CurrentActor() actor: Actor, @Query() q: RegionYearQueryDto) {
    return this.rules.list(actor, q.regionCode, q.year);
  }

  @Get(':id')
  @Authorize('screening-rules', 'show')
  @ApiOperation({ summary: '规则 (one rule of the catalogue, as the list shows it; unknown id → 404)' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() q: RegionYearQueryDto) {
    return this.rules.get(actor, id, q.regionCode, q.year);
  }
}
