import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { CHRONIC_DISEASES, HOSPITAL_LEVELS, HospitalLevel, PHYSICIAN_TITLES, PhysicianTitle } from '@yibao/shared';
import { MonthParam } from '../../../../common/query-dto';
import { trim } from '../../../../common/dto-transforms';

const DISEASE_CODES = CHRONIC_DISEASES.map((d) => d.code);
const IsHospitalCode = () => Matches(/^[A-Za-z0-9]{4,32}$/, { message: 'hospitalCode: 须为 4–32 位定点医疗机构编码' });

export class PhysicianDto {
  @ApiProperty({ example: '李医生' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'physicians.name: 请填写医师姓名 (required)' })
  @MaxLength(32)
  name: string;

  @ApiProperty({ enum: PHYSICIAN_TITLES, description: '主治医师及以上 (S1 §三(八))' })
  @IsIn(PHYSICIAN_TITLES as unknown as string[], { message: 'physicians.title: 须为主治医师、副主任医师或主任医师 (attending rank or above)' })
  title: PhysicianTitle;
}

export class CreateChronicRecognitionDto {
  @ApiProperty({ example: '450202199001011234' })
  @IsString({ message: 'idNumber: 须为 18 位身份证号' })
  idNumber: string;

  @ApiProperty({ example: '张三' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name: 姓名不能为空 (required)' })
  @MaxLength(64)
  name: string;

  @ApiProperty({ example: '450202', description: '参保人所在县（须在您的管辖范围内）' })
  @Matches(/^\d{6}$/, { message: 'regionCode: 须为县级行政区划代码' })
  regionCode: string;

  @ApiProperty({ enum: DISEASE_CODES, description: '门诊特殊慢性病目录编码' })
  @IsIn(DISEASE_CODES, { message: 'diseaseCode: 不在门诊特殊慢性病目录内 (not in the catalogue)' })
  diseaseCode: string;

  @ApiProperty({ example: 'H45020200001' })
  @Transform(trim)
  @IsHospitalCode()
  hospitalCode: string;

  @ApiProperty({ example: '柳州市工人医院' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'hospitalName: 请填写医疗机构名称' })
  @MaxLength(100)
  hospitalName: string;

  @ApiProperty({ enum: HOSPITAL_LEVELS })
  @IsIn(HOSPITAL_LEVELS as unknown as string[], { message: 'hospitalLevel: 须为 primary / secondary / tertiary' })
  hospitalLevel: HospitalLevel;

  @ApiProperty({ type: [PhysicianDto], description: '两名认定医师' })
  @IsArray({ message: 'physicians: 须为两名医师 (two physicians)' })
  @ArrayMinSize(2, { message: 'physicians: 须由 2 名医师认定 (two physicians, S1 §三(八))' })
  @ArrayMaxSize(2, { message: 'physicians: 须由 2 名医师认定 (two physicians, S1 §三(八))' })
  @ValidateNested({ each: true })
  @Type(() => PhysicianDto)
  physicians: PhysicianDto[];

  @ApiProperty({ example: '2026-04-10' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'recognizedOn: 须为 YYYY-MM-DD' })
  recognizedOn: string;
}

export class RevokeDto {
  @ApiProperty({ description: '取消原因（记入审计日志）' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason: 请填写取消原因 (a reason is required)' })
  @MaxLength(500)
  reason: string;

  @ApiProperty({ description: '乐观锁版本号 (the version you read); stale → 409' })
  @IsInt({ message: 'version: 须为整数 (must be an integer)' })
  @Min(1)
  version: number;
}

/** `GET /chronic-recognitions/filing?hospitalCode=…&month=…` */
export class FilingQueryDto {
  @ApiProperty({ example: 'H45020200009' })
  @IsHospitalCode()
  hospitalCode!: string;

  @MonthParam()
  month!: string;
}
