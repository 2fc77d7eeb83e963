import { Controller, HttpCode, Post, UploadedFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SETTLEMENT_IMPORT_HEADERS, SETTLEMENT_IMPORT_OPTIONAL_HEADERS } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { importRoutes } from '../../../platform/imports/import-routes';
import { ImportUpload } from '../../../platform/imports/imports.module';
import { ImportsService, UploadedFileInfo } from '../../../platform/imports/imports.service';

@ApiTags('settlement-imports 结算导入')
@Controller('settlement-imports')
export class SettlementImportsController extends importRoutes({
  resource: 'settlement-imports',
  kind: 'settlements',
  // the template shows the optional columns too (a file may leave them out)
  headers: [...SETTLEMENT_IMPORT_HEADERS, ...SETTLEMENT_IMPORT_OPTIONAL_HEADERS],
  example: [
    'JS2026030800012',
    '450202199001011237',
    '张三',
    '450202',
    '脱贫人口',
    '2026-03-08',
    'H45020200001',
    '柳州市工人医院',
    '二级',
    '住院',
    '是',
    '20000.00',
    '18000.00',
    '19000.00',
    '10000.00',
    '3000.00',
    '4000.00',
    '0.00',
    '3000.00',
    '2026-03-01',
    '2026-03-08',
    'K35.800',
  ],
  templateName: '就医结算导入模板',
  textColumns: [1, 2, 4, 7],
}) {
  constructor(imports: ImportsService) {
    super(imports);
  }

  @Post()
  @Authorize('settlement-imports', 'create')
  @HttpCode(202)
  @ImportUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: '上传结算明细 (CSV UTF-8/GBK or XLSX; amounts in 元) → 202 with the job; poll GET :id; rows already stored (结算流水号) count as duplicate',
  })
  start(@CurrentActor() actor: Actor, @UploadedFile() file: UploadedFileInfo | undefined) {
    return this.imports.start(actor, 'settlements', file, {});
  }
}
