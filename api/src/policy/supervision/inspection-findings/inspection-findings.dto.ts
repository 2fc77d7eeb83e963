import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import {
  FINDING_SEVERITIES,
  INSPECTION_AREAS,
  PROBLEM_TYPES,
  REGION_CODE_PATTERN,
  type FindingSeverity,
  type InspectionArea,
  type ProblemType,
} from '@yibao/shared';
import { CalendarDate, Sent } from '../../../common/query-dto';
import { CreateAccountabilityRecordDto, text } from '../accountability-records/accountability-records.dto';

const INDICATOR_ID = /^[A-Z]{2,5}-\d{1,3}$/;

/** 记录检查发现的问题 (the inspecting unit, while the inspection is under way or reported). */
export class CreateInspectionFindingDto {
  @ApiProperty({ example: 1 })
  @IsInt({ message: 'inspectionId: 须为督导检查编号 (an inspection id)' })
  @Min(1, { message: 'inspectionId: 须为督导检查编号 (an inspection id)' })
  @Max(2_147_483_647, { message: 'inspectionId: 须为督导检查编号 (an inspection id)' })
  inspectionId: number;

  @ApiPropertyOptional({ example: '450202', description: '责任单位：被检查单位或其下级的市、县（默认被检查单位）' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode?: string;

  @ApiProperty({ example: '资助参保对象未全部参保' })
  @text('title', '问题名称', 100)
  title: string;

  @ApiProperty()
  @text('description', '问题描述', 4000)
  description: string;

  @ApiProperty({ enum: INSPECTION_AREAS })
  @IsIn(INSPECTION_AREAS, { message: `area: 须为 ${INSPECTION_AREAS.join('、')} 之一` })
  area: InspectionArea;

  @ApiPropertyOptional({ example: 'ENR-1', description: '对应的合规指标编号' })
  @IsOptional()
  @IsString({ message: 'indicatorId: 须为指标编号，如 ENR-1 (an indicator id such as ENR-1)' })
  @Matches(INDICATOR_ID, { message: 'indicatorId: 须为指标编号，如 ENR-1 (an indicator id such as ENR-1)' })
  indicatorId?: string | null;

  @ApiProperty({ enum: FINDING_SEVERITIES })
  @IsIn(FINDING_SEVERITIES, { message: `severity: 须为 ${FINDING_SEVERITIES.join('、')} 之一` })
  severity: FindingSeverity;
}

/** Correcting a finding before it is disposed of (versioned). */
export class UpdateInspectionFindingDto {
  @ApiPropertyOptional()
  @Sent()
  @text('title', '问题名称', 100)
  title?: string;

  @ApiPropertyOptional()
  @Sent()
  @text('description', '问题描述', 4000)
  description?: string;

  @ApiPropertyOptional({ enum: FINDING_SEVERITIES })
  @Sent()
  @IsIn(FINDING_SEVERITIES, { message: `severity: 须为 ${FINDING_SEVERITIES.join('、')} 之一` })
  severity?: FindingSeverity;

  @ApiPropertyOptional({ example: 'ENR-1' })
  @IsOptional()
  @IsString({ message: 'indicatorId: 须为指标编号，如 ENR-1 (an indicator id such as ENR-1)' })
  @Matches(INDICATOR_ID, { message: 'indicatorId: 须为指标编号，如 ENR-1 (an indicator id such as ENR-1)' })
  indicatorId?: string | null;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

/** 转整改: open a rectification item for the finding's unit under a campaign. */
export class OpenRectificationDto {
  @ApiProperty({ example: 1 })
  @IsInt({ message: 'campaignId: 须为专项治理的编号 (a campaign id)' })
  @Min(1, { message: 'campaignId: 须为专项治理的编号 (a campaign id)' })
  @Max(2_147_483_647, { message: 'campaignId: 须为专项治理的编号 (a campaign id)' })
  campaignId: number;

  @ApiProperty({ enum: PROBLEM_TYPES })
  @IsIn(PROBLEM_TYPES, { message: `problemType: 须为 ${PROBLEM_TYPES.join('、')} 之一` })
  problemType: ProblemType;

  @CalendarDate('dueOn', '2026-12-31')
  dueOn?: string;

  @ApiProperty({ description: '乐观锁版本号 (the finding version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

/** 移交问责: an accountability proposal about the finding's unit, its source the finding (both set by the route). */
export class ProposeAccountabilityDto extends OmitType(CreateAccountabilityRecordDto, ['regionCode', 'sourceType', 'sourceId'] as const) {
  @ApiProperty({ description: '乐观锁版本号 (the finding version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
