import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { TASK_OUTCOMES, TaskOutcome } from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';

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
