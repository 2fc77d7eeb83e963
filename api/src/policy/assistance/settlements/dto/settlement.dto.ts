import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  HOSPITAL_LEVELS,
  ICD10_CODE_MAX_LENGTH,
  HospitalLevel,
  IDENTITY_CATEGORIES,
  IdentityCategory,
  MAX_AMOUNT_FEN,
  REGION_CODE_PATTERN,
  VISIT_TYPES,
  VisitType,
} from '@yibao/shared';

const fen = (field: string) => ({ message: `${field}: 须为不超过 ${MAX_AMOUNT_FEN} 的非负整数（分） (non-negative integer fen)` });

export class YearToDateDto {
  @ApiProperty() @IsInt(fen('yearToDate.settlements')) @Min(0) settlements: number;
  @ApiProperty() @IsInt(fen('yearToDate.inPolicyCost')) @Min(0) @Max(MAX_AMOUNT_FEN) inPolicyCost: number;
  @ApiProperty() @IsInt(fen('yearToDate.basic')) @Min(0) @Max(MAX_AMOUNT_FEN) basic: number;
  @ApiProperty() @IsInt(fen('yearToDate.criticalIllness')) @Min(0) @Max(MAX_AMOUNT_FEN) criticalIllness: number;
  @ApiProperty() @IsInt(fen('yearToDate.medicalAid')) @Min(0) @Max(MAX_AMOUNT_FEN) medicalAid: number;
}

/** A case as the calculator needs it (shared by the calculate and record endpoints). */
export class SettlementCaseDto {
  @ApiProperty({ example: '450202', description: '县或市代码；按所属统筹地区（市）取参数' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位或 9 位行政区划代码' })
  regionCode: string;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year: 须为年份整数' })
  @Min(2019)
  @Max(2100)
  year: number;

  @ApiProperty({ enum: VISIT_TYPES })
  @IsIn(VISIT_TYPES as unknown as string[], { message: `visitType: 须为 ${VISIT_TYPES.join(' / ')} 之一` })
  visitType: VisitType;

  @ApiProperty({ enum: HOSPITAL_LEVELS })
  @IsIn(HOSPITAL_LEVELS as unknown as string[], { message: `hospitalLevel: 须为 ${HOSPITAL_LEVELS.join(' / ')} 之一` })
  hospitalLevel: HospitalLevel;

  @ApiPropertyOptional({ description: '县域内就医 (in county); default true' })
  @IsOptional()
  @IsBoolean()
  inCounty?: boolean;

  @ApiProperty({ example: 2000000, description: '总费用（分）' }) @IsInt(fen('totalCost')) @Min(0) @Max(MAX_AMOUNT_FEN) totalCost: number;
  @ApiProperty({ example: 1800000, description: '政策范围内费用（分）' }) @IsInt(fen('inPolicyCost')) @Min(0) @Max(MAX_AMOUNT_FEN) inPolicyCost: number;
  @ApiProperty({ example: 1900000, description: '目录内费用（分）' }) @IsInt(fen('inCatalogueCost')) @Min(0) @Max(MAX_AMOUNT_FEN) inCatalogueCost: number;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, isArray: true })
  @IsArray()
  @ArrayMaxSize(12)
  @IsIn(IDENTITY_CATEGORIES as unknown as string[], { each: true, message: 'identityCategories: 含未知身份类别 (unknown identity category)' })
  identityCategories: IdentityCategory[];
}

export class CalculateSettlementDto extends SettlementCaseDto {
  @ApiPropertyOptional({ type: YearToDateDto, description: '本年度此前累计 (sums so far this year)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => YearToDateDto)
  yearToDate?: YearToDateDto;
}

export class RecordedPaymentsDto {
  @ApiProperty() @IsInt(fen('recorded.basic')) @Min(0) @Max(MAX_AMOUNT_FEN) basic: number;
  @ApiProperty() @IsInt(fen('recorded.criticalIllness')) @Min(0) @Max(MAX_AMOUNT_FEN) criticalIllness: number;
  @ApiProperty() @IsInt(fen('recorded.medicalAid')) @Min(0) @Max(MAX_AMOUNT_FEN) medicalAid: number;
  @ApiProperty() @IsInt(fen('recorded.other')) @Min(0) @Max(MAX_AMOUNT_FEN) other: number;
  @ApiProperty() @IsInt(fen('recorded.outOfPocket')) @Min(0) @Max(MAX_AMOUNT_FEN) outOfPocket: number;
}

export class RecordSettlementDto extends SettlementCaseDto {
  @ApiProperty({ description: '身份证号（GB 11643 校验）' })
  @IsString()
  @MaxLength(32)
  idNumber: string;

  @ApiProperty() @IsString() @IsNotEmpty({ message: 'name: 请填写姓名' }) @MaxLength(64) name: string;
  @ApiProperty({ example: 'H45020200001' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'institutionCode: 1–32 位字母数字' })
  institutionCode: string;
  @ApiPropertyOptional({ example: 'JS2026030800012', description: '结算流水号（同一机构内唯一）' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'settlementNo: 1–64 位字母数字' })
  settlementNo?: string;
  @ApiProperty({ example: '柳州市工人医院' }) @IsString() @IsNotEmpty() @MaxLength(100) institutionName: string;
  @ApiProperty({ example: '2026-03-08' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'settledOn: 须为 YYYY-MM-DD' }) settledOn: string;

  // the stay and the diagnosis (issue 17): optional; their order and form are checked by shared settlementStayProblems
  @ApiPropertyOptional({ example: '2026-03-01', description: '入院日期（仅住院；入院 ≤ 出院 ≤ 结算日期）' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'admittedOn: 须为 YYYY-MM-DD' })
  admittedOn?: string;
  @ApiPropertyOptional({ example: '2026-03-08', description: '出院日期（仅住院，与入院日期同填）' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dischargedOn: 须为 YYYY-MM-DD' })
  dischargedOn?: string;
  @ApiPropertyOptional({ example: 'K35.800', description: '主要诊断编码（ICD-10）' })
  @IsOptional()
  @IsString()
  @MaxLength(ICD10_CODE_MAX_LENGTH, { message: `diagnosisCode: 最多 ${ICD10_CODE_MAX_LENGTH} 个字符` })
  diagnosisCode?: string;

  @ApiProperty({ type: RecordedPaymentsDto, description: '结算单上各项支付（分）' })
  @ValidateNested()
  @Type(() => RecordedPaymentsDto)
  recorded: RecordedPaymentsDto;
}
