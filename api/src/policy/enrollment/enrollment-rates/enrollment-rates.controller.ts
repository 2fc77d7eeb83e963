import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { RegionYearQueryDto } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { EnrollmentRatesService } from './enrollment-rates.service';

@ApiTags('enrollment-rates 参保率')
@Controller('enrollment-rates')
export class EnrollmentRatesController {
  constructor(private readonly enrollmentRates: EnrollmentRatesService) {}

  @Get()
  @Authorize('enrollment-rates', 'list')
  @ApiOperation({ summary: '参保率 per child region and identity category, with targets and sources' })
  rates(@CurrentActor() actor: Actor, @Query() q: RegionYearQueryDto) {
    return this.enrollmentRates.rates(actor, q.regionCode, q.year);
  }
}
