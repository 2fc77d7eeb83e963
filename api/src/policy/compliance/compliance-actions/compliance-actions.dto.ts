import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  COMPLIANCE_INDICATOR_IDS,
  COMPLIANCE_PERIOD_PATTERN,
  PROBLEM_TYPES,
  REGION_CODE_PATTERN,
  type ComplianceIndicatorId,
  type ProblemType,
} from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';
import { CalendarDate, RegionCodeParam, Sent } from '../../../common/query-dto';

/** A scorecard cell, as the bodies and queries of the follow-ups name it. */
export class ComplianceCellDto {
  @ApiProperty({ example: '450202', description: '单元格所属地区 (the cell’s region)' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @ApiProperty({ example: '2026-10', description: '期间：月 2026-10、季 2026-Q3 或年 2026 (a month, quarter or year)' })
  @IsString()
  @Matches(COMPLIANCE_PERIOD_PATTERN, { message: 'period: 须为 2026-10、2026-Q3 或 2026 形式的期间 (a month, quarter or year)' })
  period: string;

  @ApiProperty({ enum: COMPLIANCE_INDICATOR_IDS, example: 'OVP-2' })
  @IsIn(COMPLIANCE_INDICATOR_IDS, { message: `indicatorId: 须为 ${COMPLIANCE_INDICATOR_IDS.join('、')} 之一 (an indicator id)` })
  indicatorId: ComplianceIndicatorId;
}

export class CreateComplianceCommentDto extends ComplianceCellDto {
  @ApiProperty({ example: '城中区零自付结算已交县局核实' })
  @Transform(trim)
  @IsString({ message: 'text: 须为文字 (text)' })
  @MinLength(1, { message: 'text: 请填写意见 (text is required)' })
  @MaxLength(2000, { message: 'text: 最多 2000 字 (at most 2000 characters)' })
  text: string;
}

/** "Open a rectification item" instead of a plain task: the item's campaign and problem type (S4 §五). */
export class ComplianceRectificationDto {
  @ApiProperty({ example: 1 })
  @IsInt({ message: 'rectification.campaignId: 须为专项治理的编号 (a campaign id)' })
  @Min(1, { message: 'rectification.campaignId: 须为专项治理的编号 (a campaign id)' })
  @Max(2_147_483_647, { message: 'rectification.campaignId: 须为专项治理的编号 (a campaign id)' })
  campaignId: number;

  @ApiProperty({ enum: PROBLEM_TYPES })
  @IsIn(PROBLEM_TYPES, { message: `rectification.problemType: 须为 ${PROBLEM_TYPES.join('、')} 之一` })
  problemType: ProblemType;

  @ApiPropertyOptional({ description: '问题描述' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'rectification.description: 最多 2000 字 (at most 2000 characters)' })
  description?: string;
}

export class CreateComplianceActionDto extends ComplianceCellDto {
  @ApiProperty({ example: '核查城中区零自付结算并清理县级文件' })
  @Transform(trim)
  @IsString({ message: 'title: 须为文字 (text)' })
  @MinLength(1, { message: 'title: 请填写事项 (title is required)' })
  @MaxLength(200, { message: 'title: 最多 200 字 (at most 200 characters)' })
  title: string;

  @ApiProperty({ example: '450202', description: '责任单位：单元格所属地区或其上级，须在您的管辖范围内 (the cell’s region or one above it, in your scope)' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'responsibleRegionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  responsibleRegionCode: string;

  @CalendarDate('dueOn', '2026-12-31', { required: true })
  dueOn: string;

  @CalendarDate('reviewOn', '2027-01-15')
  reviewOn?: string;

  @ApiPropertyOptional({
    type: ComplianceRectificationDto,
    description: '直接转整改：开立整改事项（来源“合规审计”）并关联 (open a rectification item instead)',
  })
  @Sent()
  @ValidateNested()
  @Type(() => ComplianceRectificationDto)
  rectification?: ComplianceRectificationDto;
}

/** `?regionCode=&period=`: the region (default the caller's) and period of an export or the home page. */
export class ComplianceRegionPeriodQueryDto {
  @RegionCodeParam({ example: '450200' })
  regionCode?: string;

  @ApiProperty({ example: '2026-10', description: '期间：2026-10、2026-Q3 或 2026' })
  @IsString()
  @Matches(COMPLIANCE_PERIOD_PATTERN, { message: 'period: 须为 2026-10、2026-Q3 或 2026 形式的期间 (a month, quarter or year)' })
  period: string;
}

/** `?regionCode=[&period=2026-10]`: the home page (default the caller's region and the current month). */
export class ComplianceHomeQueryDto {
  @RegionCodeParam({ example: '450000' })
  regionCode?: string;

  @ApiPropertyOptional({ example: '2026-10', description: '月份 (a month; default the current one)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period: 须为 2026-10 形式的月份 (a month)' })
  period?: string;
}

/** The path of a cell: `/api/compliance/cells/:regionCode/:period/:indicatorId/…`. */
export class ComplianceCellParamsDto extends ComplianceCellDto {}
