import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  blankResponsibilityRows,
  chinaDate,
  isLateFiling,
  RESPONSIBILITY_ROLES,
  reportingDueOn,
  RESPONSIBILITY_TABLE_WORKFLOW,
  ResponsibilityRow,
  ResponsibilityStatusBoard,
  ResponsibilityStatusItem,
  ResponsibilityTableRecord,
} from '@yibao/shared';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { iso } from '../../../common/iso';
import { sendWorkbook } from '../../../common/xlsx';
import { ActsAt, assertActsAt } from '../../../common/record-access';
import { fieldErrors, FieldError } from '../../../common/errors';
import { conditionFilter, fetchList, ListSpec } from '../../../common/list';
import { assertInScope, scopeQuery } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AttachmentsService } from '../../../platform/attachments/attachments.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Region } from '../../../platform/regions/region.entity';
import { RegionsService } from '../../../platform/regions/regions.service';
import { WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import { endOfChinaDay, stageDueAt, stageDueAtSql } from '../../../platform/workflow/due-dates';
import type { CreateResponsibilityTableDto, UpdateResponsibilityTableDto } from './responsibility-tables.dto';
import { receiveReportingTask, reportingDueRuleOf, reportingTaskDueDates } from '../reporting-tasks/reporting-task-receipts';
import { ResponsibilityTable } from './responsibility-table.entity';
import { responsibilityTableFilename, responsibilityTableWorkbook } from './responsibility-table.workbook';

const RESOURCE = 'responsibility-tables';
const DEF = RESPONSIBILITY_TABLE_WORKFLOW;
/** Only the filing unit's own officer (a city officer for a city, a county officer for a county) files. */
const FILER: ActsAt = {
  roles: DEF.actions.submit.roles,
  message: '只能由本单位（市、县医保局）填报本单位的责任分工表 (only the filing unit itself may fill in its table)',
};

/** The refusal of a change in a state that is not editable (the table's rows, its attachments). */
const notEditable = (state: string) => ({
  statusCode: 409,
  error: 'Conflict',
  message: `“${DEF.states[state].label.zh}”状态下不能修改；如需修改请由上级退回或重新打开 (not editable in state ${state})`,
  details: { reason: 'wrong_state', state },
});

export const RESPONSIBILITY_TABLE_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    year: { type: 'int' },
    state: { type: 'string' },
    dueDate: { type: 'string' },
    firstSubmittedAt: { type: 'date' },
    approvedAt: { type: 'date' },
    updatedAt: { type: 'date' },
    // filed after the due date, or still not filed and the due date has passed (Beijing dates)
    late: conditionFilter((alias, p) => ({
      sql: `((${alias}.firstSubmittedAt IS NULL AND ${alias}.dueDate < :${p}today) OR (${alias}.filedLate IS NOT NULL AND ${alias}.filedLate = :${p}true))`,
      params: { [`${p}today`]: chinaDate(new Date()), [`${p}true`]: true },
    })),
  },
  search: ['regionCode'],
  defaultSort: [
    ['year', 'DESC'],
    ['regionCode', 'ASC'],
  ],
};

@Injectable()
export class ResponsibilityTablesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly attachments: AttachmentsService,
  ) {}

  onModuleInit(): void {
    const subject: WorkflowSubject<ResponsibilityTable, ResponsibilityTableRecord> = {
      definition: DEF,
      entity: ResponsibilityTable,
      toRecord: (actor, t, em) => this.toRecord(actor, t, em),
      snapshot: (t) => ({ rows: JSON.parse(t.rowsJson) }),
      title: (t, regionName) => `${regionName ?? t.regionCode} ${t.year} 年医疗保障扶贫责任分工表`,
      prepare: (t, action, now) => {
        if (action === 'submit') {
          this.assertComplete(JSON.parse(t.rowsJson));
          if (t.firstSubmittedAt) return { lastSubmittedAt: now };
          return { firstSubmittedAt: now, lastSubmittedAt: now, filedLate: isLateFiling(t.dueDate, now, now) };
        }
        if (action === 'approve') return { approvedAt: now };
        return {};
      },
      // the year's table is received (its reporting task) at its first submission, in the action's transaction
      effect: async (em, t, action) => {
        if (action === 'submit' && !t.firstSubmittedAt)
          await receiveReportingTask(
            em,
            { duty: 'responsibility_table', regionCode: t.regionCode, period: String(t.year) },
            { resource: RESOURCE, id: t.id },
            new Date(),
          );
      },
      // a table not yet filed is due on its due date; a filed one waits for the approver's deadline
      dueAt: (t) => (DEF.states[t.state].editable && !t.firstSubmittedAt ? endOfChinaDay(t.dueDate) : stageDueAt(DEF, t)),
      dueAtSql: (alias, sql) => {
        const unfiled = Object.entries(DEF.states)
          .filter(([, st]) => st.editable)
          .map(([state]) => `'${state}'`);
        return `(CASE WHEN ${alias}.state IN (${unfiled.join(', ')}) AND ${alias}.firstSubmittedAt IS NULL THEN ${sql.endOfChinaDay(`${alias}.dueDate`)} ELSE ${stageDueAtSql(DEF, alias, sql)} END)`;
      },
    };
    this.workflow.register(subject);
    // a signed, stamped scan of the table is its evidence: added and removed by the filer while the table is editable
    this.attachments.register<ResponsibilityTable>({
      resource: RESOURCE,
      find: (actor, id, em) => this.load(actor, id, em),
      writers: FILER,
      frozen: (t) => (DEF.states[t.state].editable ? null : notEditable(t.state).message),
    });
  }

  // the region name comes from the cached lookup, not the caller's transaction
  private async toRecord(actor: Actor, t: ResponsibilityTable, _em?: EntityManager): Promise<ResponsibilityTableRecord> {
    return this.record(actor, t, await this.regions.name(t.regionCode));
  }

  private record(actor: Actor, t: ResponsibilityTable, regionName: string | null): ResponsibilityTableRecord {
    return {
      id: t.id,
      regionCode: t.regionCode,
      regionName,
      year: t.year,
      state: t.state,
      version: t.version,
      dueDate: t.dueDate,
      firstSubmittedAt: iso(t.firstSubmittedAt),
      lastSubmittedAt: iso(t.lastSubmittedAt),
      approvedAt: iso(t.approvedAt),
      late: isLateFiling(t.dueDate, t.firstSubmittedAt, new Date()),
      rows: JSON.parse(t.rowsJson),
      actions: this.workflow.actionsFor(actor, RESOURCE, t),
      createdAt: iso(t.createdAt)!,
      updatedAt: iso(t.updatedAt)!,
    };
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(ResponsibilityTable).createQueryBuilder('t'), actor);
    const { rows, total } = await fetchList(qb, query, RESPONSIBILITY_TABLE_LIST);
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    return { rows: rows.map((r) => this.record(actor, r, names.get(r.regionCode) ?? null)), total };
  }

  private async load(actor: Actor, id: number, em: EntityManager = this.ds.manager): Promise<ResponsibilityTable> {
    return assertInScope(actor, await em.findOneBy(ResponsibilityTable, { id }), (t) => t.regionCode, RESOURCE, id);
  }

  /**
   * The rows of the approved tables of these units and years, by `regionCode:year` (a unit and year without an
   * approved table is absent). Other areas name a unit's responsible person from here — the 责任清单 is typed once,
   * in the table (rectification items). Unscoped: the caller holds the codes of records it may read.
   */
  async approvedRows(keys: ReadonlyArray<{ regionCode: string; year: number }>): Promise<Map<string, ResponsibilityRow[]>> {
    const out = new Map<string, ResponsibilityRow[]>();
    const regionCodes = [...new Set(keys.map((k) => k.regionCode))];
    const years = [...new Set(keys.map((k) => k.year))];
    if (!regionCodes.length) return out;
    const tables = await this.ds.getRepository(ResponsibilityTable).find({
      where: { regionCode: In(regionCodes), year: In(years), state: DEF.approvedState },
      select: { regionCode: true, year: true, rowsJson: true },
    });
    for (const t of tables) out.set(`${t.regionCode}:${t.year}`, JSON.parse(t.rowsJson) as ResponsibilityRow[]);
    return out;
  }

  async get(actor: Actor, id: number): Promise<ResponsibilityTableRecord> {
    return this.toRecord(actor, await this.load(actor, id));
  }

  async create(actor: Actor, dto: CreateResponsibilityTableDto): Promise<ResponsibilityTableRecord> {
    assertActsAt(actor, dto.regionCode, FILER);
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(ResponsibilityTable, { regionCode: dto.regionCode, year: dto.year })) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `本单位 ${dto.year} 年的责任分工表已存在，请在列表中打开它 (a table for this unit and year already exists)`,
          details: { reason: 'duplicate' },
        });
      }
      const now = new Date();
      const table = em.create(ResponsibilityTable, {
        regionCode: dto.regionCode,
        year: dto.year,
        state: DEF.initial,
        version: 1,
        // one value with the year's reporting task (the approved due rule nearest the unit, else 12 April)
        dueDate: (await reportingTaskDueDates(em, 'responsibility_table', [dto.regionCode], String(dto.year))).get(dto.regionCode)!.dueOn,
        rowsJson: JSON.stringify(blankResponsibilityRows()),
        firstSubmittedAt: null,
        lastSubmittedAt: null,
        filedLate: null,
        approvedAt: null,
        stateChangedAt: now,
        createdById: actor.userId,
      });
      const saved = await em.save(table);
      const record = await this.toRecord(actor, saved, em);
      await this.audit.append(em, actor, {
        action: 'create',
        resource: RESOURCE,
        resourceId: saved.id,
        after: { regionCode: saved.regionCode, year: saved.year, state: saved.state },
      });
      return record;
    });
  }

  /** The 14 standard roles stay, in order, at the top; a unit may add rows below them. */
  private checkRows(rows: ResponsibilityRow[]): void {
    const problems: FieldError[] = [];
    RESPONSIBILITY_ROLES.forEach((role, i) => {
      if (rows[i]?.role !== role)
        problems.push({ field: `rows.${i}.role`, messages: [`rows.${i}.role: 第 ${i + 1} 行须为“${role}” (the standard roles stay in order)`] });
    });
    rows.slice(RESPONSIBILITY_ROLES.length).forEach((row, j) => {
      const i = j + RESPONSIBILITY_ROLES.length;
      if (!row.role) problems.push({ field: `rows.${i}.role`, messages: [`rows.${i}.role: 请填写责任分工 (required)`] });
    });
    if (problems.length) throw fieldErrors(problems);
  }

  /** Before submitting, every row is complete. */
  private assertComplete(rows: ResponsibilityRow[]): void {
    const labels: Record<keyof ResponsibilityRow, string> = { role: '责任分工', name: '姓名', unit: '单位及部门', title: '职务', phone: '联系电话' };
    const english: Record<keyof ResponsibilityRow, string> = { role: 'role', name: 'name', unit: 'unit', title: 'title', phone: 'phone' };
    const problems: FieldError[] = [];
    rows.forEach((row, i) => {
      const missing = (Object.keys(labels) as (keyof ResponsibilityRow)[]).filter((k) => !row[k]);
      for (const k of missing)
        problems.push({
          field: `rows.${i}.${k}`,
          messages: [
            `rows.${i}.${k}: 第 ${i + 1} 行（${row.role || '新增行'}）未填写${labels[k]}，报送前须填写完整 (row ${i + 1}: fill in the ${english[k]} before submitting)`,
          ],
        });
    });
    if (problems.length) throw fieldErrors(problems);
  }

  async update(actor: Actor, id: number, dto: UpdateResponsibilityTableDto): Promise<ResponsibilityTableRecord> {
    const current = await this.load(actor, id);
    assertActsAt(actor, current.regionCode, FILER);
    if (!DEF.states[current.state].editable) throw new ConflictException(notEditable(current.state));
    this.checkRows(dto.rows);
    const rows = dto.rows.map(({ role, name, unit, title, phone }) => ({ role, name, unit, title, phone }));
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, ResponsibilityTable, { id }, dto.version, { rowsJson: JSON.stringify(rows) }, RESOURCE);
      const updated = await em.findOneByOrFail(ResponsibilityTable, { id });
      await this.audit.append(em, actor, {
        action: 'update',
        resource: RESOURCE,
        resourceId: id,
        before: { rows: JSON.parse(current.rowsJson), version: current.version },
        after: { rows, version: updated.version },
      });
      return this.toRecord(actor, updated, em);
    });
  }

  /** The official layout of S0 Annex 2 (`responsibility-table.workbook.ts`), audited like every other export. */
  async export(actor: Actor, id: number, res: Response): Promise<void> {
    const record = await this.get(actor, id);
    await this.audit.record(actor, {
      action: 'export',
      resource: RESOURCE,
      resourceId: id,
      after: { format: 'xlsx', state: record.state, version: record.version },
    });
    await sendWorkbook(res, responsibilityTableFilename(record), (wb) => responsibilityTableWorkbook(wb, record));
  }

  /**
   * The province's (or city's) status board: every city and county below the caller with its table for
   * the year — not created, draft, submitted, returned or approved — and whether it is late.
   */
  async status(actor: Actor, year: number): Promise<ResponsibilityStatusBoard> {
    const regions = await scopeQuery(this.ds.getRepository(Region).createQueryBuilder('r'), actor, 'code')
      .andWhere('r.level IN (:...levels)', { levels: ['city', 'county'] })
      .andWhere('r.code <> :own', { own: actor.regionCode })
      .orderBy('r.code', 'ASC')
      .getMany();
    const tables = regions.length ? await this.ds.getRepository(ResponsibilityTable).find({ where: { year, regionCode: In(regions.map((r) => r.code)) } }) : [];
    const byRegion = new Map(tables.map((t) => [t.regionCode, t]));
    const now = new Date();
    // each unit's due date is its reporting task's (the approved rule nearest it); the board's is the caller's level's
    const dueDates = await inTransaction(this.ds, (em) =>
      reportingTaskDueDates(
        em,
        'responsibility_table',
        regions.map((r) => r.code),
        String(year),
      ),
    );
    const board = await reportingDueRuleOf(this.ds.manager, 'responsibility_table', actor.regionCode, year);
    const dueDate = reportingDueOn(board, String(year));
    const items = regions.map((r) => {
      const t = byRegion.get(r.code);
      const unitDue = dueDates.get(r.code)?.dueOn ?? dueDate;
      return {
        regionCode: r.code,
        regionName: r.name,
        level: r.level as ResponsibilityStatusItem['level'], // the query reads cities and counties only
        parentCode: r.parentCode,
        tableId: t?.id ?? null,
        state: t?.state ?? 'not_created',
        dueDate: t?.dueDate ?? unitDue,
        firstSubmittedAt: t?.firstSubmittedAt ? new Date(t.firstSubmittedAt).toISOString() : null,
        approvedAt: t?.approvedAt ? new Date(t.approvedAt).toISOString() : null,
        late: isLateFiling(t?.dueDate ?? unitDue, t?.firstSubmittedAt ?? null, now),
      };
    });
    const summary = {
      total: items.length,
      filed: items.filter((i) => i.firstSubmittedAt).length,
      approved: items.filter((i) => i.state === 'approved').length,
      late: items.filter((i) => i.late).length,
    };
    return { year, dueDate, dueSource: board.source, summary, items };
  }
}
