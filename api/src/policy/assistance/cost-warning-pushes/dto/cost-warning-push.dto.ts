import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { MONTH_PATTERN, PUSH_DEPARTMENTS, PushDepartment } from '@yibao/shared';
import { trim } from '../../../../common/dto-transforms';

export class CreatePushDto {
  @ApiProperty({ example: '2026-05' })
  @Matches(MONTH_PATTERN, { message: 'month: 须为 YYYY-MM 格式的月份' })
  month: string;

  @ApiProperty({ enum: PUSH_DEPARTMENTS })
  @IsIn(PUSH_DEPARTMENTS as unknown as string[], { message: 'department: 须为 civil_affairs（民政）或 rural_revitalization（乡村振兴）' })
  department: PushDepartment;
}

export class PushReceiptDto {
  @ApiProperty({ example: '城中区民政局 王某' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'receivedBy: 请填写签收单位及经办人 (required)' })
  @MaxLength(64)
  receivedBy: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
