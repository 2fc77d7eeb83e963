import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  IDENTITY_CATEGORIES,
  IdentityCategory,
  INSURANCE_SCHEMES,
  InsuranceScheme,
  MONTH_PATTERN,
  NON_ENROLLMENT_REASONS,
  NonEnrollmentReason,
  SOURCE_DEPARTMENTS,
  SourceDepartment,
  SUBSIDY_CATEGORIES,
  SubsidyCategory,
  TASK_OUTCOMES,
  TaskOutcome,
} from '@yibao/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RosterImportDto {
  @ApiProperty({ example: '2026-05', description: '比对月份 YYYY-MM' })
  @IsString()
  @Matches(MONTH_PATTERN, { message: 'month: 须为 YYYY-MM 格式的月份 (a month such as 2026-05)' })
  month: string;
}

export class CloseTaskDto {
  @ApiProperty({ enum: TASK_OUTCOMES })
  @IsIn(TASK_OUTCOMES as unknown as string[], { message: `outcome: 须为 ${TASK_OUTCOMES.join(' / ')} 之一` })
  outcome: TaskOutcome;

  @ApiPropertyOptional({ description: '核查说明' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'outcomeNote: 最多 500 字' })
  outcomeNote?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

export class RevealDto {
  @ApiProperty({ description: '查看完整身份证号的事由（记入审计日志）' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason: 请填写查看事由 (a reason is required and audited)' })
  @MaxLength(200)
  reason: string;
}

export class EnrollmentFieldsDto {
  @ApiProperty({ description: '是否参保' })
  @IsBoolean({ message: 'enrolled: 须为 true 或 false' })
  enrolled: boolean;

  @ApiPropertyOptional({ enum: INSURANCE_SCHEMES })
  @ValidateIf((o: EnrollmentFieldsDto) => o.enrolled === true)
  @IsIn(INSURANCE_SCHEMES as unknown as string[], { message: `scheme: 参保时须为 ${INSURANCE_SCHEMES.join(' / ')} 之一` })
  scheme?: InsuranceScheme;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() criticalIllness?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() commercialSupplementary?: boolean;

  @ApiPropertyOptional({ enum: SUBSIDY_CATEGORIES })
  @IsOptional()
  @IsIn(SUBSIDY_CATEGORIES as unknown as string[], { message: 'subsidyCategory: 未知资助类别' })
  subsidyCategory?: SubsidyCategory;

  @ApiPropertyOptional({ description: '资助金额（分）' })
  @IsOptional()
  @IsInt({ message: 'subsidyAmount: 须为非负整数（分）' })
  @Min(0)
  @Max(10_000_000)
  subsidyAmount?: number;

  @ApiPropertyOptional({ example: '2026-01-15' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'paidOn: 须为 YYYY-MM-DD' })
  paidOn?: string;

  @ApiPropertyOptional({ enum: NON_ENROLLMENT_REASONS, description: '未参保时的正当理由；缺失即为应保未保' })
  @ValidateIf((o: EnrollmentFieldsDto) => o.enrolled === false && o.notEnrolledReason !== undefined)
  @IsIn(NON_ENROLLMENT_REASONS as unknown as string[], { message: 'notEnrolledReason: 须为 DOMAIN §2 所列正当理由之一' })
  notEnrolledReason?: NonEnrollmentReason;
}

export class CreateEnrollmentDto extends EnrollmentFieldsDto {
  @ApiProperty() @IsInt({ message: 'beneficiaryId: 须为整数' }) @Min(1) beneficiaryId: number;
  @ApiProperty({ example: 2026 }) @IsInt({ message: 'year: 须为年份' }) @Min(2019) @Max(2100) year: number;
}

export class UpdateEnrollmentDto extends EnrollmentFieldsDto {
  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

export class BeneficiaryFieldsDto {
  @ApiProperty({ example: '张三' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name: 姓名不能为空 (required)' })
  @MaxLength(64, { message: 'name: 最多 64 字 (at most 64 characters)' })
  name: string;

  @ApiProperty({ example: '450202', description: '县级（或乡镇）代码，须在您的管辖范围内' })
  @IsString()
  @Matches(/^\d{6}(\d{3})?$/, { message: 'regionCode: 须为县级或乡镇行政区划代码 (a county or township code)' })
  regionCode: string;

  @ApiProperty({ enum: IDENTITY_CATEGORIES, isArray: true, description: '一个或多个身份类别' })
  @IsArray({ message: 'identityCategories: 须为身份类别数组 (a list of category codes)' })
  @ArrayMinSize(1, { message: 'identityCategories: 至少一个身份类别 (at least one)' })
  @ArrayMaxSize(IDENTITY_CATEGORIES.length)
  @IsIn(IDENTITY_CATEGORIES as unknown as string[], { each: true, message: 'identityCategories: 含未知身份类别 (unknown category code)' })
  identityCategories: IdentityCategory[];

  @ApiProperty({ enum: SOURCE_DEPARTMENTS })
  @IsIn(SOURCE_DEPARTMENTS as unknown as string[], { message: `sourceDepartment: 须为 ${SOURCE_DEPARTMENTS.join(' / ')} 之一` })
  sourceDepartment: SourceDepartment;

  @ApiPropertyOptional({ enum: ['active', 'exited'], default: 'active' })
  @IsOptional()
  @IsIn(['active', 'exited'], { message: 'status: 须为 active（在册）或 exited（退出）' })
  status?: 'active' | 'exited';

  @ApiPropertyOptional({ example: '2026-06-30', description: '退出日期（退出时必填）' })
  @ValidateIf((o: BeneficiaryFieldsDto) => o.status === 'exited' || o.exitedOn !== undefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'exitedOn: 退出时须填写 YYYY-MM-DD 格式的退出日期 (required when exited)' })
  exitedOn?: string;
}

export class CreateBeneficiaryDto extends BeneficiaryFieldsDto {
  @ApiProperty({ example: '450202199001011234', description: '18 位身份证号（校验码校验）' })
  @IsString({ message: 'idNumber: 须为 18 位身份证号' })
  idNumber: string;
}

export class UpdateBeneficiaryDto extends BeneficiaryFieldsDto {
  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
