import { Get, Inject, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { csvLine, type Resource } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { AccessRecorder } from '../../common/access-trace';
import { contentDisposition } from '../../common/download';
import { ListOf } from '../../common/list';
import { OneOfParam } from '../../common/query-dto';
import { sendWorkbook } from '../../common/xlsx';
import { Authorize, CurrentActor } from '../auth/decorators';
import { IMPORT_JOB_LIST, ImportsService } from './imports.service';

/** `?format=csv|xlsx` */
export class TemplateQueryDto {
  @OneOfParam('format', ['csv', 'xlsx'], { required: true })
  format!: 'csv' | 'xlsx';
}

interface ImportRoutesConfig {
  resource: Resource;
  /** the handler's kind (ImportHandler.kind) */
  kind: string;
  headers: readonly string[];
  /** one example row for the template */
  example: readonly string[];
  /** the template's download name, without extension (Chinese) */
  templateName: string;
  /** columns the XLSX template formats as text (ID numbers would lose digits as numbers), 1-based */
  textColumns: readonly number[];
}

/**
 * The read side of an import resource, the same for every import (docs/decisions.md 21): job list, template
 * (CSV with BOM or XLSX, Chinese headers), progress `{status, processed, total, processedRows, totalRows, counts, errorCount}` (ImportJobRecord)
 * and the error report. A controller extends `importRoutes({...})` and adds its own `POST` (each import
 * takes its own parameters), calling `imports.start`.
 */
export function importRoutes(config: ImportRoutesConfig) {
  const { resource, kind } = config;

  abstract class ImportRoutes {
    constructor(readonly imports: ImportsService) {}

    // injected by property so every import controller's constructor stays `super(imports)`
    @Inject(AccessRecorder) private readonly accessLog!: AccessRecorder;

    @Get()
    @Authorize(resource, 'list')
    @ListOf(IMPORT_JOB_LIST, '导入记录 (import jobs in scope)')
    list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
      return this.imports.list(actor, kind, query);
    }

    @Get('template')
    @Authorize(resource, 'list')
    @ApiOperation({ summary: '导入模板 (Chinese headers and one example row)' })
    async template(@Query() q: TemplateQueryDto, @Res() res: Response) {
      if (q.format === 'xlsx') {
        await sendWorkbook(res, `${config.templateName}.xlsx`, (wb) => {
          const ws = wb.addWorksheet('数据');
          ws.addRow([...config.headers]).font = { bold: true };
          ws.addRow([...config.example]);
          ws.columns.forEach((c) => (c.width = 18));
          for (const col of config.textColumns) ws.getColumn(col).numFmt = '@';
        });
        return;
      }
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', contentDisposition(`${config.templateName}.csv`, `${kind}-template`));
      res.end('\uFEFF' + [csvLine(config.headers), csvLine(config.example)].join('\r\n') + '\r\n');
    }

    @Get(':id')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: '导入进度 {status, processed, total, processedRows, totalRows, counts, errorCount}' })
    get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
      return this.imports.get(actor, kind, id);
    }

    @Get(':id/rejected')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: '被拒绝的行（按行号前 100 行：行号与原因，身份证号打码） (the first 100 rejected lines: line and reason, IDs masked)' })
    rejected(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
      return this.imports.rejectedRows(actor, kind, id);
    }

    @Get(':id/errors')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: '错误报告 (CSV: line as a spreadsheet shows it — header = 1 — and reason)' })
    async errors(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Res() res: Response) {
      await this.accessLog.record(actor, { kind: 'download', resource, resourceId: id, route: `/api/${resource}/:id/errors` }); // rows hold personal data (PIPL art. 55)
      await this.imports.sendErrorReport(actor, kind, id, res);
    }
  }
  return ImportRoutes;
}
