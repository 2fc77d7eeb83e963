import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { REGION_CODE_PATTERN } from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';
import { CalendarDate, Sent } from '../../../common/query-dto';

export class CreateRectificationCampaignDto {
  @ApiProperty({ example: '过度保障问题专项治理' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name: 请填写名称 (required)' })
  @MaxLength(100, { message: 'name: 最多 100 字 (at most 100 characters)' })
  name: string;

  @ApiProperty({ example: '医保发〔2019〕57号' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'documentNo: 请填写文号 (required)' })
  @MaxLength(64, { message: 'documentNo: 最多 64 字 (at most 64 characters)' })
  documentNo: string;

  @ApiPropertyOptional({ example: '450000', description: '本省区划代码（默认为本人所在省） (your province; the default)' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode?: string;

  @ApiProperty({ example: 30, description: '立行立改事项自发现之日起的整改天数 (days an immediate item has)' })
  @IsInt({ message: 'immediateDays: 须为整数 (an integer)' })
  @Min(1, { message: 'immediateDays: 至少 1 天 (at least 1)' })
  @Max(366, { message: 'immediateDays: 最多 366 天 (at most 366)' })
  immediateDays: number;

  @CalendarDate('transitionDueOn', '2020-12-31', { required: true })
  transitionDueOn: string;

  @CalendarDate('startedOn', '2019-11-01', { required: true })
  startedOn: string;
}

export class UpdateRectificationCampaignDto {
  @ApiPropertyOptional()
  @Sent()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name: 请填写名称 (required)' })
  @MaxLength(100, { message: 'name: 最多 100 字 (at most 100 characters)' })
  name?: string;

  @ApiPropertyOptional()
  @Sent()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'documentNo: 请填写文号 (required)' })
  @MaxLength(64, { message: 'documentNo: 最多 64 字 (at most 64 characters)' })
  documentNo?: string;

  @ApiPropertyOptional({ description: '只影响此后登记的事项 (applies to items filed from now on)' })
  @Sent()
  @IsInt({ message: 'immediateDays: 须为整数 (an integer)' })
  @Min(1, { message: 'immediateDays: 至少 1 天 (at least 1)' })
  @Max(366, { message: 'immediateDays: 最多 366 天 (at most 366)' })
  immediateDays?: number;

  @CalendarDate('transitionDueOn', '2020-12-31')
  transitionDueOn?: string;

  @CalendarDate('startedOn', '2019-11-01')
  startedOn?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
