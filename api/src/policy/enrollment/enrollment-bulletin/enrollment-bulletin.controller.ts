import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { MonthParam, OneOfParam, RegionCodeParam } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { EnrollmentBulletinService } from './enrollment-bulletin.service';

export class BulletinQueryDto {
  @RegionCodeParam({ example: '450000' })
  regionCode?: string;

  @MonthParam()
  month!: string;

  @OneOfParam('format', ['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

@ApiTags('enrollment-bulletin 月通报')
@Controller('enrollment-bulletin')
export class EnrollmentBulletinController {
  constructor(private readonly bulletins: EnrollmentBulletinService) {}

  @Get()
  @Authorize('enrollment-bulletin', 'list')
  @ApiOperation({
    summary: "资助参保月通报: rates by city and county for a month, with the month's verification work; format=xlsx for the workbook (needs export)",
  })
  async bulletin(@CurrentActor() actor: Actor, @Query() q: BulletinQueryDto, @Res() res: Response) {
    if (q.format === 'xlsx') return this.bulletins.sendBulletin(actor, q.regionCode, q.month, res);
    res.json(await this.bulletins.bulletin(actor, q.regionCode, q.month));
  }
}
