import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ACCOUNTABILITY_CONDUCTS,
  ACCOUNTABILITY_MEASURES,
  ACCOUNTABILITY_SOURCE_TYPES,
  ACCOUNTABILITY_SUBJECT_TYPES,
  APPEAL_OUTCOMES,
  MAX_ACCOUNTABILITY_MEASURES,
  REGION_CODE_PATTERN,
  type AccountabilityConduct,
  type AccountabilityMeasure,
  type AccountabilitySourceType,
  type AccountabilitySubjectType,
  type AppealOutcome,
} from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';
import { CalendarDate, Sent } from '../../../common/query-dto';

/** A required text field: trimmed, 1…max characters (also the inspections' and findings' DTOs). */
export const text = (field: string, label: string, max: number) =>
  applyDecorators(
    Transform(trim),
    IsString({ message: `${field}: 须为文字 (text)` }),
    MinLength(1, { message: `${field}: 请填写${label} (required)` }),
    MaxLength(max, { message: `${field}: 最多 ${max} 字 (at most ${max} characters)` }),
  );

/** 提出问责建议: a city or the province for a unit (city or county) in its scope. */
export class CreateAccountabilityRecordDto {
  @ApiProperty({ example: '450202', description: '被问责对象所在单位（市或县）的区划代码' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @ApiProperty({ enum: ACCOUNTABILITY_SUBJECT_TYPES })
  @IsIn(ACCOUNTABILITY_SUBJECT_TYPES, { message: `subjectType: 须为 ${ACCOUNTABILITY_SUBJECT_TYPES.join('、')} 之一` })
  subjectType: AccountabilitySubjectType;

  @ApiProperty({ example: '张某', description: '被问责单位或人员' })
  @text('subjectName', '问责对象', 64)
  subjectName: string;

  @ApiProperty({ example: '柳州市城中区医疗保障局' })
  @text('unit', '所在单位', 100)
  unit: string;

  @ApiPropertyOptional({ example: '待遇保障股股长' })
  @IsOptional()
  @text('post', '职务', 64)
  post?: string | null;

  @ApiProperty({ enum: ACCOUNTABILITY_CONDUCTS })
  @IsIn(ACCOUNTABILITY_CONDUCTS, { message: `conduct: 须为 ${ACCOUNTABILITY_CONDUCTS.join('、')} 之一` })
  conduct: AccountabilityConduct;

  @ApiProperty({ description: '经查证的事实 (the facts found)' })
  @text('facts', '问题事实', 4000)
  facts: string;

  @ApiProperty({ enum: ACCOUNTABILITY_SOURCE_TYPES })
  @IsIn(ACCOUNTABILITY_SOURCE_TYPES, { message: `sourceType: 须为 ${ACCOUNTABILITY_SOURCE_TYPES.join('、')} 之一` })
  sourceType: AccountabilitySourceType;

  @ApiPropertyOptional({ type: 'integer', description: '来源记录编号；sourceType 为 other 时不填 (the source record; none for other)' })
  @IsOptional()
  @IsInt({ message: 'sourceId: 须为记录编号 (a record id)' })
  @Min(1, { message: 'sourceId: 须为记录编号 (a record id)' })
  @Max(2_147_483_647, { message: 'sourceId: 须为记录编号 (a record id)' })
  sourceId?: number | null;

  @ApiProperty({ enum: ACCOUNTABILITY_MEASURES, isArray: true, description: '建议的问责方式，须适用于问责对象类型 (proposed; must fit the subject type)' })
  @IsArray({ message: 'measures: 须为问责方式代码的列表 (a list of measure codes)' })
  @ArrayMinSize(1, { message: 'measures: 请至少选择一项问责方式 (at least one measure)' })
  @ArrayMaxSize(MAX_ACCOUNTABILITY_MEASURES, { message: `measures: 最多 ${MAX_ACCOUNTABILITY_MEASURES} 项 (at most ${MAX_ACCOUNTABILITY_MEASURES})` })
  @IsIn(ACCOUNTABILITY_MEASURES, { each: true, message: 'measures: 含未知的问责方式代码 (an unknown measure code)' })
  measures: AccountabilityMeasure[];

  @ApiProperty({ example: '《中国共产党问责条例》第八条', description: '问责依据 (instrument and article)' })
  @text('basis', '问责依据', 500)
  basis: string;

  @ApiPropertyOptional({ description: '是否公开（组织调整、纪律处分一般应公开）' })
  @IsOptional()
  @IsBoolean({ message: 'published: 须为 true 或 false' })
  published?: boolean;
}

/** 申诉: filed (within 15 days of the decision), then answered. */
export class AccountabilityAppealDto {
  @CalendarDate('appeal.filedOn', '2026-03-20', { required: true })
  filedOn: string;

  @ApiPropertyOptional({ enum: APPEAL_OUTCOMES })
  @IsOptional()
  @IsIn(APPEAL_OUTCOMES, { message: `appeal.outcome: 须为 ${APPEAL_OUTCOMES.join('、')} 之一` })
  outcome?: AppealOutcome | null;

  @CalendarDate('appeal.decidedOn', '2026-04-15')
  decidedOn?: string | null;
}

/** After the decision (the province): publication and the appeal. */
export class UpdateAccountabilityRecordDto {
  @ApiPropertyOptional()
  @Sent()
  @IsBoolean({ message: 'published: 须为 true 或 false' })
  published?: boolean;

  @ApiPropertyOptional({ type: AccountabilityAppealDto })
  @Sent()
  @ValidateNested()
  @Type(() => AccountabilityAppealDto)
  appeal?: AccountabilityAppealDto;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
