import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { parseYear } from '../../../common/query-params';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { EnrollmentRatesService } from './enrollment-rates.service';

@ApiTags('enrollment-rates 参保率')
@Controller('enrollment-rates')
export class EnrollmentRatesController {
  constructor(private readonly enrollmentRates: EnrollmentRatesService) {}

  @Get()
  @Authorize('enrollment-rates', 'list')
  @ApiOperation({ summary: '参保率 per child region and identity category, with targets and sources' })
  @ApiQuery({ name: 'regionCode', required: false })
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  rates(@CurrentActor() actor: Actor, @Query('regionCode') regionCode?: string, @Query('year') year?: string) {
    return this.enrollmentRates.rates(actor, typeof regionCode === 'string' ? regionCode : undefined, parseYear(year));
  }
}
