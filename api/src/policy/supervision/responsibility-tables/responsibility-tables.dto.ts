import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PHONE_PATTERN, REGION_CODE_PATTERN, ResponsibilityRow } from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';

export class CreateResponsibilityTableDto {
  @ApiProperty({ example: '450200', description: '填报单位（市或县）的区划代码，须为本单位' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year: 须为年份整数 (an integer year)' })
  @Min(2019, { message: 'year: 不早于 2019 年 (2019 or later)' })
  @Max(2100, { message: 'year: 不晚于 2100 年' })
  year: number;
}

export class ResponsibilityRowDto implements ResponsibilityRow {
  @ApiProperty({ example: '总负责人' })
  @Transform(trim)
  @IsString()
  @MaxLength(64, { message: 'role: 最多 64 字' })
  role: string;

  @ApiProperty({ example: '张三' })
  @Transform(trim)
  @IsString()
  @MaxLength(32, { message: 'name: 最多 32 字' })
  name: string;

  @ApiProperty({ example: '柳州市医疗保障局待遇保障科' })
  @Transform(trim)
  @IsString()
  @MaxLength(64, { message: 'unit: 最多 64 字' })
  unit: string;

  @ApiProperty({ example: '科长' })
  @Transform(trim)
  @IsString()
  @MaxLength(32, { message: 'title: 最多 32 字' })
  title: string;

  @ApiProperty({ example: '0772-2801234', description: '手机号或带区号的固定电话，可留空待补' })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @IsString()
  @ValidateIf((row: ResponsibilityRowDto) => typeof row.phone === 'string' && row.phone !== '')
  @Matches(PHONE_PATTERN, { message: 'phone: 须为手机号（如 13812345678）或带区号的固定电话（如 0772-2801234） (a mainland mobile or landline number)' })
  phone: string;
}

export class UpdateResponsibilityTableDto {
  @ApiProperty({ type: [ResponsibilityRowDto], description: '14 个标准责任分工须按顺序保留，可在其后增加行' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60, { message: 'rows: 最多 60 行 (at most 60 rows)' })
  @ValidateNested({ each: true })
  @Type(() => ResponsibilityRowDto)
  rows: ResponsibilityRowDto[];

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
