import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { INSURANCE_SCHEMES, InsuranceScheme, NON_ENROLLMENT_REASONS, NonEnrollmentReason, SUBSIDY_CATEGORIES, SubsidyCategory } from '@yibao/shared';

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
