import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ImportUpload } from '../../platform/imports/imports.module';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MONTH_PATTERN, SETTLEMENT_IMPORT_HEADERS } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { setTotalCount } from '../../common/list-query';
import { Authorize, CurrentActor } from '../../platform/auth/decorators';
import { importRoutes } from '../../platform/imports/import-routes';
import { jobRoutes } from '../../platform/jobs/job-routes';
import { JobsService } from '../../platform/jobs/jobs.service';
import { ImportsService, UploadedFileInfo } from '../../platform/imports/imports.service';
import { workflowRoutes } from '../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { AssistanceStatsService } from './assistance-stats.service';
import { ChronicRecognitionsService } from './chronic-recognitions.service';
import { COST_WARNING_DETECTION, CostWarningsService } from './cost-warnings.service';
import { CreateChronicRecognitionDto, CreatePushDto, RegionYearRunDto, PushReceiptDto, RevokeDto, UpdateWarningDto } from './dto/assistance.dto';

const month = (value: unknown) => {
  if (typeof value !== 'string' || !MONTH_PATTERN.test(value)) throw fieldError('month', '须为 YYYY-MM 格式的月份 (a month such as 2026-05)');
  return value;
};
const date = (field: string, value: unknown) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw fieldError(field, '须为 YYYY-MM-DD');
  return value;
};

@ApiTags('chronic-recognitions 门诊特慢病认定')
@Controller('chronic-recognitions')
export class ChronicRecognitionsController {
  constructor(private readonly recognitions: ChronicRecognitionsService) {}

  @Get()
  @Authorize('chronic-recognitions', 'list')
  @ApiOperation({ summary: '认定列表: filters regionCode, diseaseCode, hospitalCode, status, recognizedOn_gte/lte; q = name, hospital, ID digits' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.recognitions.list(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get('filing')
  @Authorize('chronic-recognitions', 'export')
  @ApiQuery({ name: 'hospitalCode', required: true })
  @ApiQuery({ name: 'month', required: true, example: '2026-04' })
  @ApiOperation({ summary: '备案名单 (S1 §三(九)): one hospital\'s recognitions of a month as XLSX, IDs masked' })
  async filing(@CurrentActor() actor: Actor, @Query('hospitalCode') hospitalCode: string, @Query('month') m: string, @Res() res: Response) {
    if (typeof hospitalCode !== 'string' || !/^[A-Za-z0-9]{4,32}$/.test(hospitalCode)) throw fieldError('hospitalCode', '须为 4–32 位定点医疗机构编码');
    await this.recognitions.sendFilingList(actor, hospitalCode, month(m), res);
  }

  @Get(':id')
  @Authorize('chronic-recognitions', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.recognitions.get(actor, id);
  }

  @Post()
  @Authorize('chronic-recognitions', 'create')
  @ApiOperation({ summary: '登记认定: county-level (二级) or higher hospital, two physicians of attending rank or above (S1 §三(八)); 409 if already active' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateChronicRecognitionDto) {
    return this.recognitions.create(actor, dto);
  }

  @Post(':id/revoke')
  @Authorize('chronic-recognitions', 'revoke')
  @HttpCode(200)
  @ApiOperation({ summary: '取消认定 with a reason (事后监管, S1 §三(九))' })
  revoke(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: RevokeDto) {
    return this.recognitions.revoke(actor, id, dto.reason, dto.version);
  }
}

@ApiTags('cost-warning-detections 预警检测')
@Controller('cost-warning-detections')
export class CostWarningDetectionsController extends jobRoutes('cost-warning-detections', COST_WARNING_DETECTION, '预警检测') {
  constructor(
    jobs: JobsService,
    private readonly warnings: CostWarningsService,
  ) {
    super(jobs);
  }

  @Post()
  @Authorize('cost-warning-detections', 'create')
  @HttpCode(202)
  @ApiOperation({
    summary: "预警检测 (idempotent): yearly burden after basic + 大病 against each pooling region's approved threshold and categories; 202 with the job, poll GET /api/cost-warning-detections/:id",
  })
  start(@CurrentActor() actor: Actor, @Body() dto: RegionYearRunDto) {
    return this.warnings.startDetection(actor, dto.regionCode, dto.year);
  }
}

@ApiTags('cost-warnings 高额费用预警')
@Controller('cost-warnings')
export class CostWarningsController extends workflowRoutes('cost-warnings', '预警处置 (verify / dismiss → assist → clear)') {
  constructor(
    private readonly warnings: CostWarningsService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize('cost-warnings', 'list')
  @ApiOperation({ summary: '预警看板: filters regionCode, year, state, department, overdue; default order oldest stage first' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.warnings.list(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get(':id')
  @Authorize('cost-warnings', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.warnings.get(actor, id);
  }

  @Patch(':id')
  @Authorize('cost-warnings', 'edit')
  @ApiOperation({ summary: '登记帮扶措施 (verified or assisted): {measures: [{type, amountFen, note}], version}' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateWarningDto) {
    return this.warnings.updateMeasures(actor, id, dto.measures, dto.version);
  }
}

@ApiTags('cost-warning-pushes 预警推送')
@Controller('cost-warning-pushes')
export class CostWarningPushesController {
  constructor(private readonly warnings: CostWarningsService) {}

  @Get()
  @Authorize('cost-warnings', 'list')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.warnings.listPushes(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get(':id')
  @Authorize('cost-warnings', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.warnings.getPush(actor, id);
  }

  @Get(':id/export')
  @Authorize('cost-warnings', 'export')
  @ApiOperation({ summary: '推送名单 XLSX (IDs masked)' })
  async export(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    await this.warnings.sendPush(actor, id, res);
  }

  @Post()
  @Authorize('cost-warnings', 'edit')
  @ApiOperation({ summary: '月度推送 (county → 民政 / 乡村振兴): every open warning of the department; 409 if already pushed that month' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePushDto) {
    return this.warnings.createPush(actor, dto.month, dto.department);
  }

  @Post(':id/receipt')
  @Authorize('cost-warnings', 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '登记回执 {receivedBy, note?, version}' })
  receipt(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: PushReceiptDto) {
    return this.warnings.recordReceipt(actor, id, dto.receivedBy, dto.note, dto.version);
  }
}

@ApiTags('assistance-stats 三重制度统计')
@Controller('assistance-stats')
export class AssistanceStatsController {
  constructor(private readonly stats: AssistanceStatsService) {}

  @Get()
  @Authorize('assistance-stats', 'list')
  @ApiQuery({ name: 'regionCode', required: false })
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-06-30' })
  @ApiOperation({ summary: '三重制度统计 per child region: OOP share, 大病 and aid ratios, in-catalogue share, zero-OOP and > 95 % counts, warnings by stage and overdue' })
  get(@CurrentActor() actor: Actor, @Query('regionCode') regionCode: string | undefined, @Query('year') year: string, @Query('from') from?: string, @Query('to') to?: string) {
    if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw fieldError('year', '须为四位年份 (a four-digit year)');
    return this.stats.stats(actor, typeof regionCode === 'string' ? regionCode : undefined, Number(year), date('from', from), date('to', to));
  }
}

@ApiTags('settlement-imports 结算导入')
@Controller('settlement-imports')
export class SettlementImportsController extends importRoutes({
  resource: 'settlement-imports',
  kind: 'settlements',
  headers: SETTLEMENT_IMPORT_HEADERS,
  example: ['JS2026030800012', '450202199001011234', '张三', '450202', '脱贫人口', '2026-03-08', 'H45020200001', '柳州市工人医院', '二级', '住院', '是', '20000.00', '18000.00', '19000.00', '10000.00', '3000.00', '4000.00', '0.00', '3000.00'],
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
  @ApiOperation({ summary: '上传结算明细 (CSV UTF-8/GBK or XLSX; amounts in 元) → 202 with the job; poll GET :id; rows already stored (结算流水号) count as duplicate' })
  start(@CurrentActor() actor: Actor, @UploadedFile() file: UploadedFileInfo | undefined) {
    return this.imports.start(actor, 'settlements', file, {});
  }
}
