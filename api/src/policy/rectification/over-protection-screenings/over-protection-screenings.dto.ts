import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { RegionYearRunDto } from '../../assistance/region-year-run.dto';

/** {regionCode?, year, campaignId}: screen a region's year of settlements into the campaign's items */
export class OverProtectionScreeningDto extends RegionYearRunDto {
  @ApiProperty({ example: 1, description: '整改事项归入的专项治理 (the campaign the items are filed under)' })
  @IsInt({ message: 'campaignId: 须为专项治理编号 (a campaign id)' })
  @Min(1)
  @Max(2_147_483_647)
  campaignId: number;
}
