import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { SCREENING_RULES, type ScreeningRuleId } from '@yibao/shared';
import { RegionYearRunDto } from '../../assistance/region-year-run.dto';

/** {regionCode?, year, rules?, full?}: run the rule base over a pooling region's (or one county's) settlements of a year */
export class ScreeningRunDto extends RegionYearRunDto {
  @ApiPropertyOptional({ enum: SCREENING_RULES, isArray: true, description: '要运行的规则，默认全部 (the rules to run; default all)' })
  @IsOptional()
  @IsArray({ message: 'rules: 须为规则编号列表 (a list of rule ids)' })
  @ArrayMinSize(1, { message: 'rules: 至少一条规则 (at least one rule)' })
  @ArrayMaxSize(SCREENING_RULES.length, { message: `rules: 最多 ${SCREENING_RULES.length} 条 (at most ${SCREENING_RULES.length})` })
  @IsIn(SCREENING_RULES, { each: true, message: `rules: 须为 ${SCREENING_RULES.join('、')} 之一` })
  rules?: ScreeningRuleId[];

  @ApiPropertyOptional({ description: '全量重读该年全部结算，忽略各规则上次读到的位置 (read the whole year again, ignoring the rules’ marks)' })
  @IsOptional()
  @IsBoolean({ message: 'full: 须为 true 或 false' })
  full?: boolean;
}
