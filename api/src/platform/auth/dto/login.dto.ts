import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@yibao/shared';

export class LoginDto {
  @ApiProperty({ example: 'lz_chengzhong' })
  @IsString()
  @IsNotEmpty({ message: 'username: 请输入用户名 (required)' })
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'Demo#2026' })
  @IsString()
  @IsNotEmpty({ message: 'password: 请输入密码 (required)' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @ApiProperty({ description: '新密码，须符合密码策略 (must satisfy the password policy)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
