import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** {regionCode?, year}: a region-wide yearly run (warning detection, settlement recompute) */
export class RegionYearRunDto {
  @ApiPropertyOptional({ example: '450200', description: '默认为本人所在地区' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode: 须为 6 位行政区划代码' })
  regionCode?: string;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year: 须为年份' })
  @Min(2019)
  @Max(2100)
  year: number;
}
