import { Body, Controller, HttpCode, Post, UploadedFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROSTER_HEADERS } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { importRoutes } from '../../../platform/imports/import-routes';
import { ImportUpload } from '../../../platform/imports/imports.module';
import { ImportsService, UploadedFileInfo } from '../../../platform/imports/imports.service';
import { RosterImportDto } from './roster-imports.dto';

@ApiTags('roster-imports 按月比对')
@Controller('roster-imports')
export class RosterImportsController extends importRoutes({
  resource: 'roster-imports',
  kind: 'roster',
  headers: ROSTER_HEADERS,
  example: ['450202199001011237', '张三', '450202', '农村低保对象、脱贫人口', '民政', '在册'],
  templateName: '按月比对名单模板',
  textColumns: [1, 3],
}) {
  constructor(imports: ImportsService) {
    super(imports);
  }

  @Post()
  @Authorize('roster-imports', 'create')
  @HttpCode(202)
  @ImportUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'month'],
      properties: { file: { type: 'string', format: 'binary' }, month: { type: 'string', example: '2026-05' } },
    },
  })
  @ApiOperation({ summary: '上传月度名单 (CSV UTF-8/GBK or XLSX) → 202 with the job; poll GET :id' })
  start(@CurrentActor() actor: Actor, @UploadedFile() file: UploadedFileInfo | undefined, @Body() dto: RosterImportDto) {
    return this.imports.start(actor, 'roster', file, { month: dto.month });
  }
}
