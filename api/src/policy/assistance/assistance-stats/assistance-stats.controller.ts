import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { AssistanceStatsService } from './assistance-stats.service';

const date = (field: string, value: unknown) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw fieldError(field, '须为 YYYY-MM-DD');
  return value;
};

@ApiTags('assistance-stats 三重制度统计')
@Controller('assistance-stats')
export class AssistanceStatsController {
  constructor(private readonly stats: AssistanceStatsService) {}

  @Get()
  @Authorize('assistance-stats', 'list')
  @ApiQuery({ name: 'regionCode', required: false })
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-06-30' })
  @ApiOperation({ summary: '三重制度统计 per child region: OOP share, 大病 and aid ratios, in-catalogue share, zero-OOP and > 95 % counts, warnings by stage and overdue' })
  get(@CurrentActor() actor: Actor, @Query('regionCode') regionCode: string | undefined, @Query('year') year: string, @Query('from') from?: string, @Query('to') to?: string) {
    if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw fieldError('year', '须为四位年份 (a four-digit year)');
    return this.stats.stats(actor, typeof regionCode === 'string' ? regionCode : undefined, Number(year), date('from', from), date('to', to));
  }
}
