import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { MONTH_PATTERN } from '@yibao/shared';

export class RosterImportDto {
  @ApiProperty({ example: '2026-05', description: '比对月份 YYYY-MM' })
  @IsString()
  @Matches(MONTH_PATTERN, { message: 'month: 须为 YYYY-MM 格式的月份 (a month such as 2026-05)' })
  month: string;
}
