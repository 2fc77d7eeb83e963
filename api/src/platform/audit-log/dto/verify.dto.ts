import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';

const HEX64 = /^[0-9a-f]{64}$/;

/** One checkpoint as GET /api/audit-logs/checkpoint exported it. */
export class AuditCheckpointDto {
  @ApiProperty({ example: 1234, description: '检查点所指的链头行号 (the id of the chain head)' })
  @IsInt({ message: 'headId: 须为整数 (an integer)' })
  @Min(1, { message: 'headId: 须为正整数 (positive)' })
  @Max(2_147_483_647, { message: 'headId: 过大 (too large)' })
  headId: number;

  @ApiProperty({ example: 'ab12…', description: "该行的哈希 (that row's hash, 64 hex)" })
  @IsString()
  @Matches(HEX64, { message: 'hash: 须为 64 位十六进制 (64 hex digits)' })
  hash: string;

  @ApiProperty({ example: '2026-12-05T08:00:00.000Z' })
  @IsString()
  @IsISO8601({ strict: true }, { message: 'at: 须为 ISO 时间 (an ISO timestamp)' })
  at: string;

  @ApiProperty({ example: 'cd34…', description: "HMAC 签名 (the server's HMAC signature, 64 hex)" })
  @IsString()
  @Matches(HEX64, { message: 'signature: 须为 64 位十六进制 (64 hex digits)' })
  signature: string;
}

export class VerifyAuditChainDto {
  @ApiProperty({ type: [AuditCheckpointDto], description: '此前导出的检查点（最多 100 个） (checkpoints exported earlier, at most 100)' })
  @IsArray({ message: 'checkpoints: 须为检查点数组 (an array of checkpoints)' })
  @ArrayMaxSize(100, { message: 'checkpoints: 最多 100 个 (at most 100)' })
  @ValidateNested({ each: true })
  @Type(() => AuditCheckpointDto)
  checkpoints: AuditCheckpointDto[];
}
