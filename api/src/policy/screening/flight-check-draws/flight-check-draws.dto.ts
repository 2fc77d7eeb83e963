import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  FLIGHT_CHECK_DRAW_BOUNDS,
  FLIGHT_CHECK_SEED_PATTERN,
  FLIGHT_CHECK_WEIGHTINGS,
  INSPECTION_AREAS,
  REGION_CODE_PATTERN,
  type FlightCheckWeighting,
  type InspectionArea,
} from '@yibao/shared';
import { CalendarDate, OneOfParam } from '../../../common/query-dto';

const B = FLIGHT_CHECK_DRAW_BOUNDS;

/** `POST /api/flight-check-draws`: a 双随机 draw over the region's institutions and inspectors. */
export class CreateFlightCheckDrawDto {
  @ApiProperty({ example: '450200', description: '抽取范围：省或市（其有效协议机构和稽查员）' })
  @IsString({ message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;

  @ApiProperty({ example: 3, minimum: B.institutionCount.min, maximum: B.institutionCount.max })
  @IsInt({ message: `institutionCount: 须为整数 (a whole number)` })
  @Min(B.institutionCount.min, { message: `institutionCount: 至少 ${B.institutionCount.min} 家 (at least ${B.institutionCount.min})` })
  @Max(B.institutionCount.max, { message: `institutionCount: 至多 ${B.institutionCount.max} 家 (at most ${B.institutionCount.max})` })
  institutionCount: number;

  @ApiProperty({ example: 2, minimum: B.inspectorCount.min, maximum: B.inspectorCount.max, description: '检查人员数（飞行检查不少于 2 名执法人员）' })
  @IsInt({ message: `inspectorCount: 须为整数 (a whole number)` })
  @Min(B.inspectorCount.min, { message: `inspectorCount: 至少 ${B.inspectorCount.min} 人（现场执法不少于 2 人） (at least ${B.inspectorCount.min})` })
  @Max(B.inspectorCount.max, { message: `inspectorCount: 至多 ${B.inspectorCount.max} 人 (at most ${B.inspectorCount.max})` })
  inspectorCount: number;

  @ApiProperty({ enum: FLIGHT_CHECK_WEIGHTINGS })
  @IsIn(FLIGHT_CHECK_WEIGHTINGS, { message: `weighting: 须为 ${FLIGHT_CHECK_WEIGHTINGS.join(' 或 ')} (uniform or risk)` })
  weighting: FlightCheckWeighting;

  @ApiPropertyOptional({ example: '2026-11-柳州-01', description: '随机种子（可公开复核）；不填则由系统随机生成' })
  @IsOptional()
  @IsString({ message: `seed: 须为文本 (text)` })
  @MaxLength(B.seedMaxLength, { message: `seed: 至多 ${B.seedMaxLength} 个字符 (at most ${B.seedMaxLength} characters)` })
  @Matches(FLIGHT_CHECK_SEED_PATTERN, { message: 'seed: 须为可打印的 ASCII 字符，首尾不含空格 (printable ASCII, no surrounding spaces)' })
  seed?: string;
}

/** `POST /api/flight-check-draws/:id/inspections`: the flight checks of the drawn institutions, one per county. */
export class CreateDrawInspectionsDto {
  @CalendarDate('plannedFrom', '2026-11-16', { required: true })
  plannedFrom: string;

  @CalendarDate('plannedTo', '2026-11-20', { required: true })
  plannedTo: string;

  @ApiPropertyOptional({ enum: INSPECTION_AREAS, isArray: true, description: '检查领域，默认 fraud' })
  @IsOptional()
  @IsArray({ message: 'areas: 须为检查领域代码的列表 (a list of area codes)' })
  @ArrayMinSize(1, { message: 'areas: 请至少选择一个检查领域 (at least one area)' })
  @ArrayMaxSize(INSPECTION_AREAS.length, { message: `areas: 最多 ${INSPECTION_AREAS.length} 项 (at most ${INSPECTION_AREAS.length})` })
  @IsIn(INSPECTION_AREAS, { each: true, message: `areas: 须为 ${INSPECTION_AREAS.join('、')} 之一 (an unknown area)` })
  areas?: InspectionArea[];

  @ApiPropertyOptional({ example: '桂医保函〔2026〕30号' })
  @IsOptional()
  @IsString({ message: 'noticeNo: 须为文本 (text)' })
  @MaxLength(64, { message: 'noticeNo: 至多 64 个字符 (at most 64 characters)' })
  noticeNo?: string;
}

/** `?format=csv|xlsx` of the public list. */
export class DrawExportQueryDto {
  @OneOfParam('format', ['csv', 'xlsx'], { required: true })
  format!: 'csv' | 'xlsx';
}
