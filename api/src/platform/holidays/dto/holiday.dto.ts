import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { HOLIDAY_KINDS, HOLIDAY_NAME_MAX, type HolidayKind } from '@yibao/shared';
import { CalendarDate, Sent } from '../../../common/query-dto';
import { trim } from '../../../common/dto-transforms';

const KIND_MESSAGE = `kind: 须为 ${HOLIDAY_KINDS.join(' 或 ')}（放假 / 调休上班）(holiday or workday)`;
const NAME_MESSAGE = `name: 最多 ${HOLIDAY_NAME_MAX} 字 (at most ${HOLIDAY_NAME_MAX} characters)`;

/** 新增一天：放假，或周末调休上班。 */
export class CreateHolidayDto {
  @CalendarDate('date', '2027-01-01', { required: true })
  date: string;

  @ApiProperty({ enum: HOLIDAY_KINDS, description: 'holiday 放假 · workday 调休上班（须为周六或周日）' })
  @IsIn(HOLIDAY_KINDS, { message: KIND_MESSAGE })
  kind: HolidayKind;

  @ApiProperty({ example: '元旦', maxLength: HOLIDAY_NAME_MAX })
  @Transform(trim)
  @IsString({ message: 'name: 须为文字 (text)' })
  @IsNotEmpty({ message: 'name: 请填写节日名称 (required)' })
  @MaxLength(HOLIDAY_NAME_MAX, { message: NAME_MESSAGE })
  name: string;
}

/** 修改一天（乐观锁）：未提交的字段保持不变。 */
export class UpdateHolidayDto {
  @CalendarDate('date', '2027-01-01')
  date?: string;

  @ApiPropertyOptional({ enum: HOLIDAY_KINDS })
  @Sent()
  @IsIn(HOLIDAY_KINDS, { message: KIND_MESSAGE })
  kind?: HolidayKind;

  @ApiPropertyOptional({ maxLength: HOLIDAY_NAME_MAX })
  @Sent()
  @Transform(trim)
  @IsString({ message: 'name: 须为文字 (text)' })
  @IsNotEmpty({ message: 'name: 不能为空 (must not be empty)' })
  @MaxLength(HOLIDAY_NAME_MAX, { message: NAME_MESSAGE })
  name?: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}
