import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ImportUpload } from '../../platform/imports/imports.module';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MONTH_PATTERN, ROSTER_HEADERS } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { setTotalCount } from '../../common/list-query';
import { Authorize, CurrentActor } from '../../platform/auth/decorators';
import { importRoutes } from '../../platform/imports/import-routes';
import { ImportsService, UploadedFileInfo } from '../../platform/imports/imports.service';
import { CloseTaskDto, CreateBeneficiaryDto, CreateEnrollmentDto, RevealDto, RosterImportDto, UpdateBeneficiaryDto, UpdateEnrollmentDto } from './dto/enrollment.dto';
import { parameterSetController } from '../../platform/parameter-sets/parameter-sets.controller';
import { SubsidyStandardsService } from './subsidy-standards.service';
import { EnrollmentReportsService } from './enrollment-reports.service';
import { EnrollmentService } from './enrollment.service';

/** `year` query parameters: four digits, else a 400 naming the field. */
function parseYear(year: unknown): number {
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw fieldError('year', '须为四位年份 (a four-digit year)');
  return Number(year);
}

@ApiTags('beneficiaries 帮扶对象台账')
@Controller('beneficiaries')
export class BeneficiariesController {
  constructor(private readonly enrollment: EnrollmentService) {}

  @Get()
  @Authorize('beneficiaries', 'list')
  @ApiOperation({ summary: '帮扶对象列表 (ID numbers masked): filters regionCode, status, identityCategory, sourceDepartment…; q = name or ID digits' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.enrollment.listBeneficiaries(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get(':id')
  @Authorize('beneficiaries', 'show')
  @ApiOperation({ summary: '帮扶对象详情: identities, enrollment by year, verification tasks' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.enrollment.getBeneficiary(actor, id);
  }

  @Post()
  @Authorize('beneficiaries', 'create')
  @ApiOperation({ summary: '新增帮扶对象 (county officer): ID number checksum-validated, region in scope; 409 when the ID is already in the ledger' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateBeneficiaryDto) {
    return this.enrollment.createBeneficiary(actor, dto);
  }

  @Patch(':id')
  @Authorize('beneficiaries', 'edit')
  @ApiOperation({ summary: '修改帮扶对象 (name, region, identities, source, status): {…, version}; the ID number never changes' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateBeneficiaryDto) {
    return this.enrollment.updateBeneficiary(actor, id, dto);
  }

  @Get(':id/subsidy')
  @Authorize('beneficiaries', 'show')
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  @ApiOperation({ summary: '资助参保测算: category and amount (fen) under the approved standards, the highest once, with the basis line by line; 404 when none approved' })
  subsidy(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query('year') year: string) {
    return this.enrollment.subsidyDecision(actor, id, parseYear(year));
  }

  @Post(':id/reveal')
  @Authorize('beneficiaries', 'reveal')
  @HttpCode(200)
  @ApiOperation({ summary: '查看完整身份证号 (the full ID number, for a stated reason; audited)' })
  reveal(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: RevealDto) {
    return this.enrollment.reveal(actor, id, dto.reason);
  }
}

@ApiTags('verification-tasks 核查任务')
@Controller('verification-tasks')
export class VerificationTasksController {
  constructor(private readonly enrollment: EnrollmentService) {}

  @Get()
  @Authorize('verification-tasks', 'list')
  @ApiOperation({ summary: '核查任务 (from the monthly comparison): filters regionCode, month, differenceType, outcome, open, overdue' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.enrollment.listTasks(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get(':id')
  @Authorize('verification-tasks', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.enrollment.getTask(actor, id);
  }

  @Post(':id/close')
  @Authorize('verification-tasks', 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '办结 (close with an outcome: enrolled / valid_reason / corrected / not_a_difference)' })
  close(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CloseTaskDto) {
    return this.enrollment.closeTask(actor, id, dto.outcome, dto.outcomeNote, dto.version);
  }
}

@ApiTags('roster-imports 按月比对')
@Controller('roster-imports')
export class RosterImportsController extends importRoutes({
  resource: 'roster-imports',
  kind: 'roster',
  headers: ROSTER_HEADERS,
  example: ['450202199001011234', '张三', '450202', '农村低保对象、脱贫人口', '民政', '在册'],
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
  @ApiBody({ schema: { type: 'object', required: ['file', 'month'], properties: { file: { type: 'string', format: 'binary' }, month: { type: 'string', example: '2026-05' } } } })
  @ApiOperation({ summary: '上传月度名单 (CSV UTF-8/GBK or XLSX) → 202 with the job; poll GET :id' })
  start(@CurrentActor() actor: Actor, @UploadedFile() file: UploadedFileInfo | undefined, @Body() dto: RosterImportDto) {
    return this.imports.start(actor, 'roster', file, { month: dto.month });
  }
}

@ApiTags('enrollment-rates 参保率')
@Controller('enrollment-rates')
export class EnrollmentRatesController {
  constructor(private readonly reports: EnrollmentReportsService) {}

  @Get()
  @Authorize('enrollment-rates', 'list')
  @ApiOperation({ summary: '参保率 per child region and identity category, with targets and sources' })
  @ApiQuery({ name: 'regionCode', required: false })
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  rates(@CurrentActor() actor: Actor, @Query('regionCode') regionCode?: string, @Query('year') year?: string) {
    return this.reports.rates(actor, typeof regionCode === 'string' ? regionCode : undefined, parseYear(year));
  }
}

@ApiTags('enrollment-bulletin 月通报')
@Controller('enrollment-bulletin')
export class EnrollmentBulletinController {
  constructor(private readonly reports: EnrollmentReportsService) {}

  @Get()
  @Authorize('enrollment-bulletin', 'list')
  @ApiOperation({ summary: '资助参保月通报: rates by city and county for a month, with the month\'s verification work; format=xlsx for the workbook (needs export)' })
  @ApiQuery({ name: 'regionCode', required: false, example: '450000' })
  @ApiQuery({ name: 'month', required: true, example: '2026-05' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx'] })
  async bulletin(@CurrentActor() actor: Actor, @Query('regionCode') regionCode: string | undefined, @Query('month') month: string, @Query('format') format: string | undefined, @Res() res: Response) {
    if (typeof month !== 'string' || !MONTH_PATTERN.test(month)) throw fieldError('month', '须为 YYYY-MM 格式的月份 (a month such as 2026-05)');
    if (format !== undefined && format !== 'json' && format !== 'xlsx') throw fieldError('format', '须为 json 或 xlsx');
    const region = typeof regionCode === 'string' ? regionCode : undefined;
    if (format === 'xlsx') return this.reports.sendBulletin(actor, region, month, res);
    res.json(await this.reports.bulletin(actor, region, month));
  }
}

@ApiTags('enrollments 参保登记')
@Controller('enrollments')
export class EnrollmentsController {
  constructor(private readonly enrollment: EnrollmentService) {}

  @Get()
  @Authorize('enrollments', 'list')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.enrollment.listEnrollments(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Post()
  @Authorize('enrollments', 'create')
  @ApiOperation({ summary: '登记参保 (person × year): enrolled with scheme and subsidy, or not enrolled with a valid reason (none = 应保未保)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEnrollmentDto) {
    return this.enrollment.createEnrollment(actor, dto);
  }

  @Patch(':id')
  @Authorize('enrollments', 'edit')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateEnrollmentDto) {
    return this.enrollment.updateEnrollment(actor, id, dto);
  }
}

@ApiTags('ledger-export 综合管理台账')
@Controller('ledger-export')
export class LedgerExportController {
  constructor(private readonly enrollment: EnrollmentService) {}

  @Get()
  @Authorize('beneficiaries', 'export')
  @ApiOperation({ summary: '综合管理台账 (S0 Annex 1, 36 columns) as streamed XLSX; ID numbers masked unless full=true (needs reveal; audited with the row count)' })
  @ApiQuery({ name: 'regionCode', required: true, example: '450202' })
  @ApiQuery({ name: 'year', required: true, example: 2026 })
  @ApiQuery({ name: 'full', required: false, enum: ['true', 'false'] })
  async export(@CurrentActor() actor: Actor, @Query('regionCode') regionCode: string, @Query('year') year: string, @Query('full') full: string | undefined, @Res() res: Response) {
    if (full !== undefined && full !== 'true' && full !== 'false') throw fieldError('full', '须为 true 或 false');
    await this.enrollment.exportLedger(actor, String(regionCode ?? ''), parseYear(year), full === 'true', res);
  }
}

export class SubsidyStandardsController extends parameterSetController({
  resource: 'subsidy-standards',
  tag: 'subsidy-standards 资助参保标准',
  documentKey: 'standards',
  documentType: 'SubsidyStandards（见 shared/src/enrollment.ts；金额单位：分）',
  service: SubsidyStandardsService,
}) {}
