import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class WorkflowActionDto {
  @ApiPropertyOptional({ description: '意见；退回、重新打开时必填 (required to return or reopen)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'comment: 最多 1000 字 (at most 1000 characters)' })
  comment?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

export class BulkActionDto {
  @ApiProperty({ example: 'responsibility-tables' })
  @IsString()
  @Matches(/^[a-z][a-z-]{1,63}$/, { message: 'resource: 资源名称不正确 (not a resource name)' })
  resource: string;

  @ApiProperty({ example: 'approve' })
  @IsString()
  @Matches(/^[a-z][a-z-]{1,31}$/, { message: 'action: 操作名称不正确 (not an action name)' })
  action: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1, { message: 'ids: 至少选择一条 (choose at least one)' })
  @ArrayMaxSize(200, { message: 'ids: 一次最多 200 条 (at most 200 at once)' })
  @IsInt({ each: true, message: 'ids: 须为整数 (integers)' })
  ids: number[];

  @ApiPropertyOptional({
    type: [Number],
    description: '与 ids 一一对应的版本号：记录在您查看后被改动则该条 409 (the versions you saw, one per id; a record changed since → 409 for that item)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true, message: 'versions: 须为整数 (integers)' })
  versions?: number[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  comment?: string;
}
