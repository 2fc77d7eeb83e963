import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MONTH_PATTERN } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { EnrollmentBulletinService } from './enrollment-bulletin.service';

@ApiTags('enrollment-bulletin 月通报')
@Controller('enrollment-bulletin')
export class EnrollmentBulletinController {
  constructor(private readonly bulletins: EnrollmentBulletinService) {}

  @Get()
  @Authorize('enrollment-bulletin', 'list')
  @ApiOperation({ summary: '资助参保月通报: rates by city and county for a month, with the month\'s verification work; format=xlsx for the workbook (needs export)' })
  @ApiQuery({ name: 'regionCode', required: false, example: '450000' })
  @ApiQuery({ name: 'month', required: true, example: '2026-05' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx'] })
  async bulletin(@CurrentActor() actor: Actor, @Query('regionCode') regionCode: string | undefined, @Query('month') month: string, @Query('format') format: string | undefined, @Res() res: Response) {
    if (typeof month !== 'string' || !MONTH_PATTERN.test(month)) throw fieldError('month', '须为 YYYY-MM 格式的月份 (a month such as 2026-05)');
    if (format !== undefined && format !== 'json' && format !== 'xlsx') throw fieldError('format', '须为 json 或 xlsx');
    const region = typeof regionCode === 'string' ? regionCode : undefined;
    if (format === 'xlsx') return this.bulletins.sendBulletin(actor, region, month, res);
    res.json(await this.bulletins.bulletin(actor, region, month));
  }
}
