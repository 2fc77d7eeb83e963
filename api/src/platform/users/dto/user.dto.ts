import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { ENFORCEMENT_CERT_NO_PATTERN, PASSWORD_MAX_LENGTH, REGION_CODE_PATTERN, ROLES, Role, USERNAME_PATTERN } from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';

export class CreateUserDto {
  @ApiProperty({ example: 'lz_liunan', description: '3–64 位字母、数字、_ . -，以字母开头' })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username: 3–64 位字母、数字或 _ . -，须以字母开头 (3–64 letters, digits, _ . -, starting with a letter)' })
  username: string;

  @ApiProperty({ example: '柳南区医保局 张三' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'displayName: 请填写姓名 (required)' })
  @MaxLength(64, { message: 'displayName: 最多 64 字 (at most 64 characters)' })
  displayName: string;

  @ApiProperty({ description: '须符合密码策略 (must satisfy the password policy)' })
  @IsString()
  @IsNotEmpty({ message: 'password: 请设置初始密码 (required)' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as unknown as string[], { message: `role: 须为 ${ROLES.join(' / ')} 之一 (unknown role)` })
  role: Role;

  @ApiProperty({ example: '450204' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位或 9 位行政区划代码 (a 6- or 9-digit division code)' })
  regionCode: string;

  @ApiPropertyOptional({ example: '45020021000123', description: '执法证号 (enforcement certificate number; 4–32 letters, digits or -)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(ENFORCEMENT_CERT_NO_PATTERN, { message: 'enforcementCertNo: 执法证号须为 4–32 位字母、数字或 - (4–32 letters, digits or -)' })
  enforcementCertNo?: string;
}

export class VersionDto {
  @ApiPropertyOptional({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsOptional()
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version?: number;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'displayName: 不能为空 (must not be empty)' })
  @MaxLength(64, { message: 'displayName: 最多 64 字 (at most 64 characters)' })
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES as unknown as string[], { message: `role: 须为 ${ROLES.join(' / ')} 之一 (unknown role)` })
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位或 9 位行政区划代码 (a 6- or 9-digit division code)' })
  regionCode?: string;

  @ApiPropertyOptional({ nullable: true, description: '执法证号; null removes it (enforcement certificate number)' })
  @Transform(trim)
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @Matches(ENFORCEMENT_CERT_NO_PATTERN, { message: 'enforcementCertNo: 执法证号须为 4–32 位字母、数字或 - (4–32 letters, digits or -)' })
  enforcementCertNo?: string | null;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

export class ResetPasswordDto {
  @ApiProperty({ description: '新密码，须符合密码策略 (must satisfy the password policy)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
