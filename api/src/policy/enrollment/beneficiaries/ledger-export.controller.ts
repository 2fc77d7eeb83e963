import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { OneOfParam, RegionCodeParam, YearQueryDto } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { BeneficiariesService } from './beneficiaries.service';

export class LedgerExportQueryDto extends YearQueryDto {
  @RegionCodeParam({ required: true })
  regionCode!: string;

  /** full ID numbers (needs reveal) */
  @OneOfParam('full', ['true', 'false'])
  full?: 'true' | 'false';
}

/** `/api/ledger-export`: the beneficiary ledger as the official workbook (needs `beneficiaries` export). */
@ApiTags('ledger-export 综合管理台账')
@Controller('ledger-export')
export class LedgerExportController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Get()
  @Authorize('beneficiaries', 'export')
  @ApiOperation({
    summary: '综合管理台账 (S0 Annex 1, 36 columns) as streamed XLSX; ID numbers masked unless full=true (needs reveal; audited with the row count)',
  })
  async export(@CurrentActor() actor: Actor, @Query() q: LedgerExportQueryDto, @Res() res: Response) {
    await this.beneficiaries.exportLedger(actor, q.regionCode, q.year, q.full === 'true', res);
  }
}
