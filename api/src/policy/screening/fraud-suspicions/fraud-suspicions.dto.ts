import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { FRAUD_SUSPICION_STATES, FINISHED_SUSPICION_STATES, SCREENING_RULES, SUSPICION_DISMISS_REASONS } from '@yibao/shared';
import { RegionCodeParam } from '../../../common/query-dto';
import { trim } from '../../../common/dto-transforms';

/** At most this many 疑点 change hands or get one decision per request (the queue's "claim 20" and a page of rows). */
export const SUSPICION_BATCH_MAX = 100;
const OPEN_STATES = FRAUD_SUSPICION_STATES.filter((s) => !FINISHED_SUSPICION_STATES.includes(s));

/** `POST /api/fraud-suspicions/claim`: up to `count` unclaimed open 疑点 in scope, oldest due first. */
export class ClaimSuspicionsDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: SUSPICION_BATCH_MAX, example: 20 })
  @IsInt({ message: 'count: 须为整数 (an integer)' })
  @Min(1, { message: 'count: 至少 1 条 (at least 1)' })
  @Max(SUSPICION_BATCH_MAX, { message: `count: 一次最多 ${SUSPICION_BATCH_MAX} 条 (at most ${SUSPICION_BATCH_MAX})` })
  count: number;

  @ApiPropertyOptional({ enum: SCREENING_RULES })
  @IsOptional()
  @IsIn(SCREENING_RULES, { message: `ruleId: 须为 ${SCREENING_RULES.join('、')} 之一` })
  ruleId?: string;

  @ApiPropertyOptional({ example: 'H45020200001' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'institutionCode: 须为 1–32 位字母、数字或连字符 (an institution code)' })
  institutionCode?: string;

  @ApiPropertyOptional({ enum: OPEN_STATES })
  @IsOptional()
  @IsIn(OPEN_STATES, { message: `state: 须为未办结的阶段 ${OPEN_STATES.join('、')} 之一 (an open stage)` })
  state?: string;

  @RegionCodeParam()
  regionCode?: string;
}

/** `POST /api/fraud-suspicions/release`: give back 疑点 the caller claimed. */
export class ReleaseSuspicionsDto {
  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1, { message: 'ids: 至少选择一条 (choose at least one)' })
  @ArrayMaxSize(SUSPICION_BATCH_MAX, { message: `ids: 一次最多 ${SUSPICION_BATCH_MAX} 条 (at most ${SUSPICION_BATCH_MAX} at once)` })
  @IsInt({ each: true, message: 'ids: 须为整数 (integers)' })
  ids: number[];
}

/** `POST /api/fraud-suspicions/bulk-actions/:action`: one decision on many 疑点, per-item results (the engine's bulk). */
export class SuspicionBulkActionDto extends ReleaseSuspicionsDto {
  @ApiPropertyOptional({ type: [Number], description: '与 ids 一一对应的版本号 (the versions you saw, one per id; changed since → 409 for that item)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUSPICION_BATCH_MAX)
  @IsInt({ each: true, message: 'versions: 须为整数 (integers)' })
  versions?: number[];

  @ApiPropertyOptional({ description: '意见；认定违规与排除时必填 (required to confirm a violation or dismiss)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'comment: 最多 1000 字 (at most 1000 characters)' })
  comment?: string;

  @ApiPropertyOptional({ enum: SUSPICION_DISMISS_REASONS, description: '排除原因 (dismiss only)' })
  @IsOptional()
  @IsIn(SUSPICION_DISMISS_REASONS, { message: `reason: 须为 ${SUSPICION_DISMISS_REASONS.join('、')} 之一` })
  reason?: string;
}
