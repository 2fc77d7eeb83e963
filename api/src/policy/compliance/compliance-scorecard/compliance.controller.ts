import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { ComplianceIndicatorsQueryDto, ScorecardQueryDto } from './compliance.dto';
import { ComplianceScorecardService } from './compliance-scorecard.service';

@ApiTags('compliance 政策合规审计')
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly scorecards: ComplianceScorecardService) {}

  @Get()
  @Authorize('compliance', 'list')
  @ApiOperation({
    summary:
      '合规记分卡 (ComplianceScorecard): rows = the region and its children (depth=2: grandchildren), cells per indicator with colour, previous value and arrow, frozen / changed since frozen, follow-ups; area, onlyRed, top/bottom N (by red cells), the average row. Outside your scope: 404',
  })
  async scorecard(@CurrentActor() actor: Actor, @Query() q: ScorecardQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (q.top !== undefined && q.bottom !== undefined) throw fieldError('bottom', '不能与 top 同时使用 (top or bottom, not both)');
    // the ComplianceScorecard already serialised — and gzipped, for a client that takes gzip — kept with the cached
    // read: sent as it is (with Content-Encoding set, the compression middleware leaves it alone)
    const gzip = req.acceptsEncodings('gzip') === 'gzip';
    const { body, etag } = await this.scorecards.scorecardJson(
      actor,
      q.regionCode ?? actor.regionCode,
      q.period,
      { depth: q.depth === '2' ? 2 : 1, area: q.area, onlyRed: q.onlyRed === 'true', top: q.top, bottom: q.bottom },
      gzip,
    );
    res.type('application/json');
    res.vary('Accept-Encoding');
    // set here, Express does not hash the body for one, and still answers a matching If-None-Match with a 304
    res.setHeader('ETag', etag);
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.send(body);
  }

  @Get('indicators')
  @Authorize('compliance', 'list')
  @ApiOperation({
    summary: '指标目录 (ComplianceIndicatorItem[]): each indicator with the line in force for the region and year (compliance-targets, else the catalogue)',
  })
  indicators(@CurrentActor() actor: Actor, @Query() q: ComplianceIndicatorsQueryDto) {
    return this.scorecards.indicators(actor, q.regionCode, q.year);
  }

  @Get('cells/:regionCode/:period/:indicatorId')
  @Authorize('compliance', 'show')
  @ApiOperation({
    summary:
      '指标说明 (ComplianceCellExplanation): formula, figure, line and clause, the trend (12 months / 4 quarters / 5 years) and the drill-down to the numerator’s records',
  })
  cell(@CurrentActor() actor: Actor, @Param('regionCode') regionCode: string, @Param('period') period: string, @Param('indicatorId') indicatorId: string) {
    return this.scorecards.explain(actor, regionCode, period, indicatorId);
  }
}
