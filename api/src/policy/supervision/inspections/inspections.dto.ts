import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { INSPECTION_AREAS, INSPECTION_KINDS, REGION_CODE_PATTERN, type InspectionArea, type InspectionKind } from '@yibao/shared';
import { CalendarDate, Sent } from '../../../common/query-dto';
import { text } from '../accountability-records/accountability-records.dto';

/** The bounds of the answer period (days after the feedback). */
export const RESPONSE_DAYS = { min: 7, max: 180, default: 60 };

const responseDays = () =>
  applyDecorators(
    IsInt({ message: `responseDays: 须为 ${RESPONSE_DAYS.min} 至 ${RESPONSE_DAYS.max} 之间的整数天 (whole days)` }),
    Min(RESPONSE_DAYS.min, { message: `responseDays: 至少 ${RESPONSE_DAYS.min} 天 (at least ${RESPONSE_DAYS.min} days)` }),
    Max(RESPONSE_DAYS.max, { message: `responseDays: 最多 ${RESPONSE_DAYS.max} 天 (at most ${RESPONSE_DAYS.max} days)` }),
  );

const areas = () =>
  applyDecorators(
    IsArray({ message: 'areas: 须为检查领域代码的列表 (a list of area codes)' }),
    ArrayMinSize(1, { message: 'areas: 请至少选择一个检查领域 (at least one area)' }),
    ArrayMaxSize(INSPECTION_AREAS.length, { message: `areas: 最多 ${INSPECTION_AREAS.length} 项 (at most ${INSPECTION_AREAS.length})` }),
    IsIn(INSPECTION_AREAS, { each: true, message: `areas: 须为 ${INSPECTION_AREAS.join('、')} 之一 (an unknown area)` }),
  );

/** 制定督导计划: the province or a city plans an inspection of a city or county below it. */
export class CreateInspectionDto {
  @ApiProperty({ example: '450202', description: '被检查的市或县' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @ApiPropertyOptional({ example: '450000', description: '检查单位（默认为本单位；须在被检查单位之上）' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'inspectingRegionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  inspectingRegionCode?: string;

  @ApiProperty({ enum: INSPECTION_KINDS })
  @IsIn(INSPECTION_KINDS, { message: `kind: 须为 ${INSPECTION_KINDS.join('、')} 之一` })
  kind: InspectionKind;

  @ApiProperty({ example: '2026 年医保扶贫专项督导（城中区）' })
  @text('title', '检查名称', 100)
  title: string;

  @CalendarDate('plannedFrom', '2026-11-02', { required: true })
  plannedFrom: string;

  @CalendarDate('plannedTo', '2026-11-06', { required: true })
  plannedTo: string;

  @ApiProperty({ example: '李四' })
  @text('teamLeader', '组长', 64)
  teamLeader: string;

  @ApiPropertyOptional({ example: '王五、赵六' })
  @IsOptional()
  @text('members', '组员', 500)
  members?: string | null;

  @ApiProperty({ enum: INSPECTION_AREAS, isArray: true })
  @areas()
  areas: InspectionArea[];

  @ApiPropertyOptional({ example: '桂医保函〔2026〕12号' })
  @IsOptional()
  @text('noticeNo', '通知文号', 64)
  noticeNo?: string | null;

  @ApiPropertyOptional({ example: 60, description: '反馈后被检查单位报送整改报告的期限（天），默认 60' })
  @IsOptional()
  @responseDays()
  responseDays?: number;
}

/** The plan, while it is planned or under way (the inspecting unit); versioned. */
export class UpdateInspectionDto {
  @ApiPropertyOptional()
  @Sent()
  @text('title', '检查名称', 100)
  title?: string;

  @CalendarDate('plannedFrom', '2026-11-02')
  plannedFrom?: string;

  @CalendarDate('plannedTo', '2026-11-06')
  plannedTo?: string;

  @ApiPropertyOptional()
  @Sent()
  @text('teamLeader', '组长', 64)
  teamLeader?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @text('members', '组员', 500)
  members?: string | null;

  @ApiPropertyOptional({ enum: INSPECTION_AREAS, isArray: true })
  @Sent()
  @areas()
  areas?: InspectionArea[];

  @ApiPropertyOptional()
  @IsOptional()
  @text('noticeNo', '通知文号', 64)
  noticeNo?: string | null;

  @ApiPropertyOptional()
  @Sent()
  @responseDays()
  responseDays?: number;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
