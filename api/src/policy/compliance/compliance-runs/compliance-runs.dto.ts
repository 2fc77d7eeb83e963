import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { REGION_CODE_PATTERN } from '@yibao/shared';
import { CompliancePeriodParam } from '../compliance-period';

/** `{regionCode, period}`: compute every indicator for the region's subtree in the period. */
export class ComplianceRunDto {
  @ApiProperty({ example: '450200', description: '区划代码：省、市或县 (a province, city or county in your scope)' })
  @IsString({ message: 'regionCode: 须为一个区划代码 (one region code)' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @CompliancePeriodParam()
  period: string;
}
