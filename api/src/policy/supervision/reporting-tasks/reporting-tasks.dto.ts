import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** `POST /api/reporting-tasks/:id/submit`: the version read (optimistic lock); the report itself is its attachments. */
export class SubmitReportingTaskDto {
  @ApiProperty({ example: 1 })
  @IsInt({ message: 'version: 须为整数 (an integer)' })
  @Min(1, { message: 'version: 须为正整数 (a positive integer)' })
  @Max(2_147_483_647, { message: 'version: 超出范围 (out of range)' })
  version: number;
}
