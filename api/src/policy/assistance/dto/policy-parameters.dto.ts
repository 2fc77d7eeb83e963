import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { REGION_CODE_PATTERN } from '@yibao/shared';

export class CreatePolicyParametersDto {
  @ApiProperty({ example: '450200', description: '统筹地区（市）代码' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @ApiProperty({ example: 2027 })
  @IsInt({ message: 'year: 须为年份整数' })
  @Min(2019)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ description: 'PolicyParameters（见 shared/src/settlement.ts）；省略时复制上一年度参数 (omit to copy the previous year)' })
  @IsOptional()
  @IsObject({ message: 'parameters: 须为对象 (an object)' })
  parameters?: Record<string, unknown>;
}

export class UpdatePolicyParametersDto {
  @ApiProperty({ description: 'PolicyParameters（完整文档，每个取值附来源）' })
  @IsObject({ message: 'parameters: 须为对象 (an object)' })
  parameters: Record<string, unknown>;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
