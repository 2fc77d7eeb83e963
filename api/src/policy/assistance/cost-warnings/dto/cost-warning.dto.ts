import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ASSISTANCE_MEASURES, AssistanceMeasure } from '@yibao/shared';
import { trim } from '../../../../common/dto-transforms';

export class MeasureDto {
  @ApiProperty({ enum: ASSISTANCE_MEASURES })
  @IsIn(ASSISTANCE_MEASURES as unknown as string[], { message: 'measures.type: 须为 S3 §三 所列帮扶措施之一' })
  type: AssistanceMeasure;

  @ApiProperty({ description: '金额（分）；无金额的措施填 0' })
  @IsInt({ message: 'measures.amountFen: 须为非负整数（分）' })
  @Min(0)
  @Max(100_000_000)
  amountFen: number;

  @ApiProperty({ example: '已申请依申请医疗救助' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note: string;
}

export class UpdateWarningDto {
  @ApiProperty({ type: [MeasureDto] })
  @IsArray({ message: 'measures: 须为帮扶措施列表' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeasureDto)
  measures: MeasureDto[];

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
