import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { REGION_CODE_PATTERN, REGION_LEVELS, type RegionLevel } from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';

export class CreateRegionDto {
  @ApiProperty({ example: '450299', description: '6 位（省/市/县）或 9 位（乡镇街道）代码；层级由代码形状决定' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'code: 须为 6 位或 9 位行政区划代码 (a 6- or 9-digit division code)' })
  code: string;

  @ApiProperty({ example: '示例区' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name: 请填写名称 (required)' })
  @MaxLength(64, { message: 'name: 最多 64 字 (at most 64 characters)' })
  name: string;
}

export class UpdateRegionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name: 不能为空 (must not be empty)' })
  @MaxLength(64, { message: 'name: 最多 64 字 (at most 64 characters)' })
  name?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

/** `GET /regions/tree?root=…&maxLevel=…`; the service checks that root lies in scope and maxLevel is a level. */
export class RegionTreeQueryDto {
  @ApiPropertyOptional({ description: 'a region code inside the scope' })
  @IsOptional()
  @IsString({ message: 'root: 须为一个区划代码 (one region code)' })
  root?: string;

  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsString({ message: 'maxLevel: 须为一个区划层级 (one level)' })
  maxLevel?: RegionLevel;
}
