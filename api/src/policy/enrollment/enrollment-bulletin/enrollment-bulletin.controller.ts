import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { MONTH_PATTERN, REGION_CODE_PATTERN } from '@yibao/shared';
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

/** `POST /api/enrollment-bulletin/publish` */
export class PublishBulletinDto {
  @ApiProperty({ example: '450000', description: '发布的省级区划代码 (the publishing province)' })
  @IsString({ message: 'regionCode: 须为一个区划代码 (one region code)' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode!: string;

  @ApiProperty({ example: '2026-10', description: '月份 (YYYY-MM), an ended month' })
  @IsString({ message: 'month: 须为 YYYY-MM 格式的月份 (a month such as 2026-05)' })
  @Matches(MONTH_PATTERN, { message: 'month: 须为 YYYY-MM 格式的月份 (a month such as 2026-05)' })
  month!: string;
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

  @Post('publish')
  @Authorize('enrollment-bulletin', 'create')
  @HttpCode(201)
  @ApiOperation({
    summary:
      '发布月通报 (the province publishes an ended month): its figures are frozen — GET of that month returns them unchanged — and the monthly_bulletin reporting task is received',
  })
  publish(@CurrentActor() actor: Actor, @Body() dto: PublishBulletinDto) {
    return this.bulletins.publish(actor, dto.regionCode, dto.month);
  }
}
