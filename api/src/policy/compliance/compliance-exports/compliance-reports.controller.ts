import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ComplianceHome } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { RegionYearQueryDto } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { ComplianceCellParamsDto, ComplianceHomeQueryDto, ComplianceRegionPeriodQueryDto } from '../compliance-actions/compliance-actions.dto';
import { ComplianceReportsService } from './compliance-reports.service';

@ApiTags('compliance 政策合规审计')
@Controller('compliance')
export class ComplianceReportsController {
  constructor(private readonly reports: ComplianceReportsService) {}

  @Get('export')
  @Authorize('compliance', 'export')
  @ApiOperation({
    summary: '记分卡导出 XLSX (the scorecard: status as text and colour in each cell, legend, sources, follow-up actions); audited',
  })
  async exportScorecard(@CurrentActor() actor: Actor, @Query() q: ComplianceRegionPeriodQueryDto, @Res() res: Response) {
    await this.reports.sendScorecard(actor, q.regionCode, q.period, res);
  }

  @Get('cells/:regionCode/:period/:indicatorId/export')
  @Authorize('compliance', 'export')
  @ApiOperation({
    summary: '指标明细导出 XLSX (the numerator’s records through the drill-down list’s own read, ID numbers masked); a cell outside your region → 404; audited',
  })
  async exportDrillDown(@CurrentActor() actor: Actor, @Param() cell: ComplianceCellParamsDto, @Res() res: Response) {
    await this.reports.sendDrillDown(actor, cell, res);
  }

  @Get('annual-report')
  @Authorize('compliance', 'export')
  @ApiOperation({
    summary: '年度报告草稿 DOCX (S4 §八) from the frozen year of regionCode (default yours); 409 when the year is not frozen; audited',
  })
  async annualReport(@CurrentActor() actor: Actor, @Query() q: RegionYearQueryDto, @Res() res: Response) {
    await this.reports.sendAnnualReport(actor, q.regionCode, q.year, res);
  }

  @Get('home')
  @Authorize('compliance', 'list')
  @ApiOperation({
    summary: '合规首页 (headline indicators with 12-month sparklines, children ranked by red cells, inbox and overdue counts, open follow-ups)',
  })
  home(@CurrentActor() actor: Actor, @Query() q: ComplianceHomeQueryDto): Promise<ComplianceHome> {
    return this.reports.home(actor, q.regionCode, q.period);
  }
}
