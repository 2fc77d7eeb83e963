import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { IDENTITY_CATEGORIES, IdentityCategory, SOURCE_DEPARTMENTS, SourceDepartment } from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';

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
