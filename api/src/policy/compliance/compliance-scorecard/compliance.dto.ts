import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { COMPLIANCE_AREA_CODES, COMPLIANCE_RANK_MAX } from '@yibao/shared';
import { OneOfParam, RegionCodeParam } from '../../../common/query-dto';
import { CompliancePeriodParam } from '../compliance-period';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value);

/** A top/bottom N: 1–COMPLIANCE_RANK_MAX. */
const RankParam = (field: string, what: string) => (target: object, key: string) => {
  ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: COMPLIANCE_RANK_MAX, description: what })(target, key);
  IsOptional()(target, key);
  Transform(toInt)(target, key);
  IsInt({ message: `${field}: 须为整数 (a whole number)` })(target, key);
  Min(1, { message: `${field}: 至少 1 (at least 1)` })(target, key);
  Max(COMPLIANCE_RANK_MAX, { message: `${field}: 至多 ${COMPLIANCE_RANK_MAX} (at most ${COMPLIANCE_RANK_MAX})` })(target, key);
};

/** `?regionCode=&period=[&depth=2&area=&onlyRed=true&top=N|bottom=N]` */
export class ScorecardQueryDto {
  @RegionCodeParam({ example: '450000' })
  regionCode?: string;

  @CompliancePeriodParam()
  period!: string;

  @OneOfParam('depth', ['1', '2'])
  depth?: '1' | '2';

  @OneOfParam('area', COMPLIANCE_AREA_CODES.values)
  area?: string;

  @OneOfParam('onlyRed', ['true', 'false'])
  onlyRed?: 'true' | 'false';

  @RankParam('top', '红灯最多的前 N 个下级 (the N child rows with the most red cells)')
  top?: number;

  @RankParam('bottom', '红灯最少的 N 个下级 (the N child rows with the fewest red cells)')
  bottom?: number;
}

/** `?regionCode=&year=` (both optional: the caller's region, this year). */
export class ComplianceIndicatorsQueryDto {
  @RegionCodeParam({ example: '450200' })
  regionCode?: string;

  @ApiPropertyOptional({ type: 'integer', example: 2026, description: '年度 (four-digit year; default this year)' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'year: 须为四位年份 (a four-digit year)' })
  @Min(2000, { message: 'year: 不早于 2000 年' })
  @Max(2100, { message: 'year: 不晚于 2100 年' })
  year?: number;
}
