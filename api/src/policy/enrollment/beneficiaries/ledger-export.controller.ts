import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { parseYear } from '../../../common/query-params';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { BeneficiariesService } from './beneficiaries.service';

/** `/api/ledger-export`: the beneficiary ledger as the official workbook (needs `beneficiaries` export). */
@ApiTags('ledger-export 综合管理台账')
@Controller('ledger-export')
export class LedgerExportController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Get()
  @Authorize('beneficiaries', 'export')
  @ApiOperation({ summary: '综合管理台账 (S0 Annex 1, 36 columns) as streamed XLSX; ID numbers masked unless full=true (needs reveal; audited with the row count)' })
  @ApiQuery({ name: 'regionCode', required: true, example: '450202' })
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  @ApiQuery({ name: 'full', required: false, enum: ['true', 'false'] })
  async export(@CurrentActor() actor: Actor, @Query('regionCode') regionCode: string, @Query('year') year: string, @Query('full') full: string | undefined, @Res() res: Response) {
    if (full !== undefined && full !== 'true' && full !== 'false') throw fieldError('full', '须为 true 或 false');
    await this.beneficiaries.exportLedger(actor, String(regionCode ?? ''), parseYear(year), full === 'true', res);
  }
}
