import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  INSTITUTION_CODE_PATTERN,
  INSTITUTION_KINDS,
  INSTITUTION_LEVELS,
  INSTITUTION_OWNERSHIPS,
  REGION_CODE_PATTERN,
  type InstitutionKind,
  type InstitutionLevel,
  type InstitutionOwnership,
} from '@yibao/shared';
import { trim } from '../../../common/dto-transforms';

const name = () =>
  applyDecorators(
    Transform(trim),
    IsString({ message: 'name: 须为文字 (text)' }),
    MinLength(1, { message: 'name: 请填写机构名称 (required)' }),
    MaxLength(100, { message: 'name: 最多 100 字 (at most 100 characters)' }),
  );
const oneOf = (field: string, values: readonly string[]) => IsIn(values, { message: `${field}: 须为 ${values.join('、')} 之一 (one of ${values.join(', ')})` });

/** What the city officer may change of an institution: never its code, county or agreement status (case decisions). */
export class UpdateInstitutionDto {
  @ApiPropertyOptional({ example: '柳州市工人医院' })
  @IsOptional()
  @name()
  name?: string;

  @ApiPropertyOptional({ enum: INSTITUTION_KINDS })
  @IsOptional()
  @oneOf('kind', INSTITUTION_KINDS)
  kind?: InstitutionKind;

  @ApiPropertyOptional({ enum: INSTITUTION_LEVELS })
  @IsOptional()
  @oneOf('level', INSTITUTION_LEVELS)
  level?: InstitutionLevel;

  @ApiPropertyOptional({ enum: INSTITUTION_OWNERSHIPS })
  @IsOptional()
  @oneOf('ownership', INSTITUTION_OWNERSHIPS)
  ownership?: InstitutionOwnership;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'version: 须为整数 (an integer)' })
  @Min(1, { message: 'version: 须为正整数 (positive)' })
  @Max(2_000_000_000, { message: 'version: 过大 (too large)' })
  version: number;
}

/** 登记定点医药机构: by the city officer, in a county of the city. */
export class CreateInstitutionDto {
  @ApiProperty({ example: 'H45020200001', description: '国家医保定点医药机构编码：H（医疗机构）或 P（药店）+ 县级区划代码 + 5 位顺序号' })
  @IsString({ message: 'code: 须为文字 (text)' })
  @Matches(INSTITUTION_CODE_PATTERN, { message: 'code: 须为 H 或 P + 6 位县级区划代码 + 5 位顺序号，如 H45020200001 (H|P, the county code, a 5-digit serial)' })
  code: string;

  @ApiProperty({ example: '柳州市工人医院' })
  @name()
  name: string;

  @ApiProperty({ enum: INSTITUTION_KINDS })
  @oneOf('kind', INSTITUTION_KINDS)
  kind: InstitutionKind;

  @ApiProperty({ enum: INSTITUTION_LEVELS })
  @oneOf('level', INSTITUTION_LEVELS)
  level: InstitutionLevel;

  @ApiProperty({ enum: INSTITUTION_OWNERSHIPS })
  @oneOf('ownership', INSTITUTION_OWNERSHIPS)
  ownership: InstitutionOwnership;

  @ApiProperty({ example: '450202', description: '所在县（区）的区划代码，须与编码中的区划一致' })
  @IsString({ message: 'regionCode: 须为文字 (text)' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode: 须为 6 位行政区划代码 (a 6-digit division code)' })
  regionCode: string;
}
