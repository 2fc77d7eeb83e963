import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  FILED_SOURCES,
  MAX_AMOUNT_FEN,
  PROBLEM_TYPES,
  RECTIFICATION_CATEGORIES,
  REGION_CODE_PATTERN,
  RESPONSIBILITY_ROLES,
  SUB_TASK_STATUSES,
  type ProblemType,
  type RectificationCategory,
  type SubTaskStatus,
} from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';
import { CalendarDate, RegionCodeParam, Sent } from '../../../common/query-dto';

export const MAX_AFFECTED_PERSONS = 100_000_000;

/** The fields a unit fills in and edits (the 问题清单 and 任务清单 columns). */
class RectificationItemFields {
  @ApiPropertyOptional({ description: '问题描述' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'description: 最多 2000 字 (at most 2000 characters)' })
  description?: string | null;

  @ApiPropertyOptional({ description: '涉及的本地政策文件 (the local policy that causes it)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'localPolicy: 最多 500 字 (at most 500 characters)' })
  localPolicy?: string | null;

  @ApiPropertyOptional({ example: 120, description: '涉及人数' })
  @IsOptional()
  @IsInt({ message: 'affectedPersons: 须为整数 (an integer)' })
  @Min(0, { message: 'affectedPersons: 不能为负数 (not negative)' })
  @Max(MAX_AFFECTED_PERSONS, { message: `affectedPersons: 最多 ${MAX_AFFECTED_PERSONS} (at most ${MAX_AFFECTED_PERSONS})` })
  affectedPersons?: number | null;

  @ApiPropertyOptional({ example: 1250000, description: '涉及金额，单位：分 (amount in fen)' })
  @IsOptional()
  @IsInt({ message: 'amount: 须为以分为单位的整数 (an integer amount in fen)' })
  @Min(0, { message: 'amount: 不能为负数 (not negative)' })
  @Max(MAX_AMOUNT_FEN, { message: `amount: 最多 ${MAX_AMOUNT_FEN} 分 (at most ${MAX_AMOUNT_FEN} fen)` })
  amount?: number | null;

  @ApiPropertyOptional({ enum: RESPONSIBILITY_ROLES, description: '责任分工（责任分工表的 14 项之一）；责任人取自本单位当年已审核的责任分工表' })
  @IsOptional()
  @IsIn(RESPONSIBILITY_ROLES, { message: 'responsibleRole: 须为责任分工表的一项 (one of the 14 responsibility-table roles)' })
  responsibleRole?: string | null;

  @ApiPropertyOptional({ description: '整改措施' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'measures: 最多 2000 字 (at most 2000 characters)' })
  measures?: string | null;
}

export class CreateRectificationItemDto extends RectificationItemFields {
  @ApiProperty({ example: 1 })
  @IsInt({ message: 'campaignId: 须为专项治理的编号 (a campaign id)' })
  @Min(1, { message: 'campaignId: 须为专项治理的编号 (a campaign id)' })
  campaignId: number;

  @ApiProperty({ example: '450202', description: '被整改单位（市或县）：本单位自查，或上级为下级交办' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @ApiProperty({ enum: PROBLEM_TYPES })
  @IsIn(PROBLEM_TYPES, { message: `problemType: 须为 ${PROBLEM_TYPES.join('、')} 之一` })
  problemType: ProblemType;

  @ApiPropertyOptional({ enum: RECTIFICATION_CATEGORIES, description: '由问题类型决定；如填写须一致 (derived from problemType; if sent it must agree)' })
  @IsOptional()
  @IsIn(RECTIFICATION_CATEGORIES, { message: 'category: 须为 immediate 或 transition' })
  category?: RectificationCategory;

  @ApiProperty({ example: '城中区个人零自付政策未清理' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title: 请填写问题名称 (required)' })
  @MaxLength(200, { message: 'title: 最多 200 字 (at most 200 characters)' })
  title: string;

  @ApiPropertyOptional({ enum: FILED_SOURCES, description: '由填报单位决定：本单位为 self_check，上级为下级为 assigned；如填写须一致' })
  @IsOptional()
  @IsIn(FILED_SOURCES, { message: 'source: 须为 self_check 或 assigned（筛查、督导检查的事项由其流程生成） (self_check or assigned)' })
  source?: (typeof FILED_SOURCES)[number];

  @ApiPropertyOptional({ description: '来源编号（如交办文号） (what the source refers to)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(128, { message: 'sourceRef: 最多 128 字 (at most 128 characters)' })
  sourceRef?: string | null;

  @CalendarDate('identifiedOn', '2026-03-10')
  identifiedOn?: string;

  @CalendarDate('dueOn', '2026-04-09')
  dueOn?: string;
}

export class RectificationSubTaskDto {
  @ApiProperty({ enum: SUB_TASK_STATUSES })
  @IsIn(SUB_TASK_STATUSES, { message: 'status: 须为 pending 或 done' })
  status: SubTaskStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'note: 最多 500 字 (at most 500 characters)' })
  note?: string | null;

  @CalendarDate('doneOn', '2020-10-01')
  doneOn?: string;
}

/** The sub-tasks sent in a PATCH; those left out keep their state. */
export class RectificationSubTasksDto {
  @ApiPropertyOptional({ type: RectificationSubTaskDto, description: '资金并转' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RectificationSubTaskDto)
  fund_transfer?: RectificationSubTaskDto;

  @ApiPropertyOptional({ type: RectificationSubTaskDto, description: '政策对接' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RectificationSubTaskDto)
  policy_alignment?: RectificationSubTaskDto;

  @ApiPropertyOptional({ type: RectificationSubTaskDto, description: '管理衔接' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RectificationSubTaskDto)
  management_handover?: RectificationSubTaskDto;
}

export class UpdateRectificationItemDto extends RectificationItemFields {
  @ApiPropertyOptional()
  @Sent()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title: 请填写问题名称 (required)' })
  @MaxLength(200, { message: 'title: 最多 200 字 (at most 200 characters)' })
  title?: string;

  @CalendarDate('dueOn', '2026-04-09')
  dueOn?: string;

  @ApiPropertyOptional({ type: RectificationSubTasksDto, description: '平稳过渡事项的三项子任务 (transition items only)' })
  @Sent()
  @ValidateNested()
  @Type(() => RectificationSubTasksDto)
  subTasks?: RectificationSubTasksDto;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

export class SuperviseRectificationItemDto {
  @ApiProperty({ example: '桂医保督〔2026〕3号', description: '督办函文号' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'letterNo: 请填写督办函文号 (required)' })
  @MaxLength(64, { message: 'letterNo: 最多 64 字 (at most 64 characters)' })
  letterNo: string;

  @ApiPropertyOptional({ description: '督办意见' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'comment: 最多 1000 字 (at most 1000 characters)' })
  comment?: string;
}

/** `?campaignId=1[&regionCode=450202]`: the three lists of a campaign's items in a region (default the caller's). */
export class RectificationListsQueryDto {
  @ApiProperty({ type: 'integer', example: 1 })
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'campaignId: 须为专项治理编号 (a campaign id)' })
  @Min(1)
  campaignId!: number;

  @RegionCodeParam()
  regionCode?: string;
}

/** `?[campaignId=1][&regionCode=450200]`: the board of a region's children (default the caller's region), one campaign or all. */
export class RectificationBoardQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 1, description: '专项治理 (default: every campaign)' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'campaignId: 须为专项治理编号 (a campaign id)' })
  @Min(1)
  campaignId?: number;

  @RegionCodeParam()
  regionCode?: string;
}
