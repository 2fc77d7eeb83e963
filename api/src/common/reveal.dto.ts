import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from './dto-transforms';

/**
 * `POST /api/<resource>/:id/reveal`: the whole ID number (or a reporter's identity) for a stated reason, which the
 * audit log and the access log keep. One body for every resource that reveals.
 */
export class RevealReasonDto {
  @ApiProperty({ description: '查看完整信息的事由（记入审计日志）' })
  @Transform(trim)
  @IsString({ message: 'reason: 须为文字 (text)' })
  @MinLength(1, { message: 'reason: 请填写查看事由 (a reason is required and audited)' })
  @MaxLength(200, { message: 'reason: 最多 200 字 (at most 200 characters)' })
  reason: string;
}
