import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { REPORTING_DUTIES, ReportingDuty } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { OneOfParam, RegionCodeParam } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { ReportingRatesService } from './reporting-rates.service';

export class ReportingRatesQueryDto {
  @OneOfParam('duty', REPORTING_DUTIES)
  duty?: ReportingDuty;

  @ApiProperty({ example: '2026-10', description: '报送期 (a month 2026-10, a quarter 2026-Q3 or a year 2026 — a year takes every period in it)' })
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, { message: 'period: 须为 2026-10、2026-Q3 或 2026 (a month, quarter or year)' })
  period!: string;

  @RegionCodeParam({ example: '450000' })
  regionCode?: string;
}

@ApiTags('reporting-rates 报送率')
@Controller('reporting-rates')
export class ReportingRatesController {
  constructor(private readonly rates: ReportingRatesService) {}

  @Get()
  @Authorize('reporting-rates', 'list')
  @ApiOperation({
    summary:
      '报送率 per child region {regionCode, expected, received, onTime, completeness, timeliness}: completeness = received ÷ expected, timeliness = on time ÷ expected',
  })
  get(@CurrentActor() actor: Actor, @Query() q: ReportingRatesQueryDto) {
    return this.rates.rates(actor, q);
  }
}
