import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  FRAUD_CLUE_SOURCES,
  FRAUD_PARTY_TYPES,
  INSTITUTION_CODE_PATTERN,
  REGION_CODE_PATTERN,
  REPORTER_PHONE_PATTERN,
  type FraudClueSource,
  type FraudClueSubjectType,
} from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';
import { CalendarDate, Sent } from '../../../common/query-dto';

/** 100 亿元 in fen: above any clue's estimate, within a safe integer (the workflow payloads' bound too). */
export const MAX_CLUE_AMOUNT = 1_000_000_000_000;
export const MAX_SUMMARY = 1000;

/** The fields a clue is logged and corrected with (all optional in a PATCH). */
class FraudClueFieldsDto {
  @ApiProperty({ enum: FRAUD_CLUE_SOURCES })
  @IsIn(FRAUD_CLUE_SOURCES, { message: `source: 须为 ${FRAUD_CLUE_SOURCES.join('、')} 之一` })
  source: FraudClueSource;

  @CalendarDate('receivedOn', '2026-10-09')
  receivedOn?: string;

  @ApiProperty({ description: `线索内容摘要（最多 ${MAX_SUMMARY} 字）` })
  @Transform(trim)
  @IsString({ message: 'summary: 须为文字 (text)' })
  @MinLength(1, { message: 'summary: 请填写线索摘要 (required)' })
  @MaxLength(MAX_SUMMARY, { message: `summary: 最多 ${MAX_SUMMARY} 字 (at most ${MAX_SUMMARY} characters)` })
  summary: string;

  @ApiProperty({ enum: FRAUD_PARTY_TYPES })
  @IsIn(FRAUD_PARTY_TYPES, { message: `subjectType: 须为 ${FRAUD_PARTY_TYPES.join('、')} 之一` })
  subjectType: FraudClueSubjectType;

  @ApiPropertyOptional({ example: 'H45020200001', description: '被举报定点医药机构的国家编码（H/P + 6 位县级代码 + 5 位序号）' })
  @IsOptional()
  @IsString({ message: 'institutionCode: 须为机构编码' })
  @Matches(INSTITUTION_CODE_PATTERN, { message: 'institutionCode: 须为 H 或 P 加 11 位数字的机构编码 (such as H45020200001)' })
  institutionCode?: string | null;

  @ApiPropertyOptional({ description: '被举报参保人员的 18 位身份证号（校验码校验；响应中脱敏）' })
  @IsOptional()
  @IsString({ message: 'idNumber: 须为 18 位身份证号' })
  @MaxLength(32, { message: 'idNumber: 须为 18 位身份证号' })
  idNumber?: string | null;

  @ApiPropertyOptional({ type: 'integer', description: '估计涉及金额（分）' })
  @IsOptional()
  @IsInt({ message: 'estimatedAmount: 须为整数（分） (an integer amount in fen)' })
  @Min(0, { message: 'estimatedAmount: 不能为负数 (not negative)' })
  @Max(MAX_CLUE_AMOUNT, { message: `estimatedAmount: 最多 ${MAX_CLUE_AMOUNT} 分 (at most ${MAX_CLUE_AMOUNT} fen)` })
  estimatedAmount?: number | null;

  @ApiPropertyOptional({ description: '实名举报人姓名；匿名举报不填 (none for an anonymous tip-off)' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'reporterName: 须为文字 (text)' })
  @MinLength(1, { message: 'reporterName: 不能为空；匿名举报请不填 (leave it out for an anonymous tip-off)' })
  @MaxLength(64, { message: 'reporterName: 最多 64 字 (at most 64 characters)' })
  reporterName?: string | null;

  @ApiPropertyOptional({ example: '13812341234', description: '举报人联系电话（手机或带区号的固定电话）' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'reporterPhone: 须为电话号码' })
  @MaxLength(20, { message: 'reporterPhone: 最多 20 位 (at most 20 characters)' })
  @Matches(REPORTER_PHONE_PATTERN, { message: 'reporterPhone: 须为 11 位手机号或带区号的固定电话 (a mobile or a landline with its area code)' })
  reporterPhone?: string | null;
}

/** 登记线索: the handling unit (a city or county in scope; default the caller's own), received today unless stated. */
export class CreateFraudClueDto extends FraudClueFieldsDto {
  @ApiPropertyOptional({ example: '450200', description: '承办单位（市或县）的区划代码；默认为本单位' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode?: string;
}

/** 修改线索 while received or verifying; the handling unit does not change (a clue goes elsewhere by `transfer`). */
export class UpdateFraudClueDto {
  @ApiPropertyOptional({ enum: FRAUD_CLUE_SOURCES })
  @Sent()
  @IsIn(FRAUD_CLUE_SOURCES, { message: `source: 须为 ${FRAUD_CLUE_SOURCES.join('、')} 之一` })
  source?: FraudClueSource;

  @CalendarDate('receivedOn', '2026-10-09')
  receivedOn?: string;

  @ApiPropertyOptional()
  @Sent()
  @Transform(trim)
  @IsString({ message: 'summary: 须为文字 (text)' })
  @MinLength(1, { message: 'summary: 请填写线索摘要 (required)' })
  @MaxLength(MAX_SUMMARY, { message: `summary: 最多 ${MAX_SUMMARY} 字 (at most ${MAX_SUMMARY} characters)` })
  summary?: string;

  @ApiPropertyOptional({ enum: FRAUD_PARTY_TYPES })
  @Sent()
  @IsIn(FRAUD_PARTY_TYPES, { message: `subjectType: 须为 ${FRAUD_PARTY_TYPES.join('、')} 之一` })
  subjectType?: FraudClueSubjectType;

  @ApiPropertyOptional({ example: 'H45020200001', nullable: true })
  @IsOptional()
  @IsString({ message: 'institutionCode: 须为机构编码' })
  @Matches(INSTITUTION_CODE_PATTERN, { message: 'institutionCode: 须为 H 或 P 加 11 位数字的机构编码 (such as H45020200001)' })
  institutionCode?: string | null;

  @ApiPropertyOptional({ nullable: true, description: '18 位身份证号；null 清除' })
  @IsOptional()
  @IsString({ message: 'idNumber: 须为 18 位身份证号' })
  @MaxLength(32, { message: 'idNumber: 须为 18 位身份证号' })
  idNumber?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @IsInt({ message: 'estimatedAmount: 须为整数（分） (an integer amount in fen)' })
  @Min(0, { message: 'estimatedAmount: 不能为负数 (not negative)' })
  @Max(MAX_CLUE_AMOUNT, { message: `estimatedAmount: 最多 ${MAX_CLUE_AMOUNT} 分 (at most ${MAX_CLUE_AMOUNT} fen)` })
  estimatedAmount?: number | null;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

/** 告知举报人: the date the reporter was told of the filing decision (default today). */
export class ReporterNoticeDto {
  @CalendarDate('notifiedOn', '2026-10-20')
  notifiedOn?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
