import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  chinaDate,
  expectedReportingTasks,
  REPORTING_DUTY_CATALOGUE,
  REPORTING_DUTY_CODES,
  REPORTING_TASK_STATE_CODES,
  REPORTING_TASK_STATES,
  ReportingDuty,
  reportingPeriodKind,
  reportingPeriodYear,
  ReportingTaskRecord,
  reportingTaskState,
  reportingTimeliness,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { conditionFilter, fetchList, type ListDialect, ListSpec } from '../../../common/list';
import { ActsAt, actsAt, assertActsAt } from '../../../common/record-access';
import { assertInScope, RegionScope, scopeQuery, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { staleVersion } from '../../../database/versioned-update';
import { AttachmentsService } from '../../../platform/attachments/attachments.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Region } from '../../../platform/regions/region.entity';
import { RegionsService } from '../../../platform/regions/regions.service';
import { dueSql, endOfChinaDay } from '../../../platform/workflow/due-dates';
import { InboxService, InboxSource } from '../../../platform/workflow/inbox.service';
import { ReportingTask } from './reporting-task.entity';
import { ensureReportingTasks, receiveReportingTask, ReportingTaskKey } from './reporting-task-receipts';

const RESOURCE = 'reporting-tasks';
const isReportingTaskState = REPORTING_TASK_STATE_CODES.is;

/** Only the filing unit itself submits its report (the province its own, a city its own, a county its own). */
const FILER: ActsAt = {
  roles: ['province_supervisor', 'city_officer', 'county_officer'],
  message: '只能由报送单位本级报送 (only the filing unit itself submits its report)',
};

/** `state` is not stored: received, or past its due day (Beijing date), or pending. */
const stateWhere = (state: unknown, alias: string, p: string) => {
  if (!isReportingTaskState(state)) throw fieldError('state', `须为 ${REPORTING_TASK_STATES.join(' / ')} 之一 (one of the task states)`);
  const today = chinaDate(new Date());
  if (state === 'received') return { sql: `${alias}.receivedAt IS NOT NULL`, params: {} };
  const op = state === 'overdue' ? '<' : '>=';
  return { sql: `(${alias}.receivedAt IS NULL AND ${alias}.dueOn ${op} :${p}today)`, params: { [`${p}today`]: today } };
};

/** The tasks a reporting rate of `period` counts: every task of a year (`2026%`), a month's or a quarter's own. */
export function reportingRatePeriodSql(alias: string, p: string, period: string): { sql: string; params: Record<string, unknown> } {
  return reportingPeriodKind(period) === 'year'
    ? { sql: `${alias}.period LIKE :${p}`, params: { [p]: `${period}%` } }
    : { sql: `${alias}.period = :${p}`, params: { [p]: period } };
}

/**
 * A `responsibility_table` task's unit had its table of that year approved by the end of the task's due day (China
 * time): SUP-1's numerator (S0 §四: the table is due by 12 April; approved by the level above).
 */
export function responsibilityTableApprovedInTimeSql(alias: string, dialect: ListDialect): string {
  return (
    `EXISTS (SELECT 1 FROM responsibility_tables rt WHERE rt.regionCode = ${alias}.regionCode AND rt.year = ${alias}.period` +
    ` AND rt.approvedAt IS NOT NULL AND rt.approvedAt <= ${dueSql(dialect).endOfChinaDay(`${alias}.dueOn`)})`
  );
}

export const REPORTING_TASK_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    duty: { type: 'string', operators: ['eq', 'ne'] },
    // gte/lte: a region and its subtree as a code range (the admin's region filter)
    regionCode: { type: 'string', operators: ['eq', 'ne', 'like', 'gte', 'lte'] },
    period: { type: 'string' },
    dueOn: { type: 'string' },
    receivedAt: { type: 'date' },
    onTime: { type: 'boolean' },
    state: { type: 'string', where: stateWhere },
    // a region and its subtree (within the caller's scope already)
    scope: SUBTREE_FILTER,
    // the tasks a reporting rate of the period counts: a month's or quarter's own, every task of a year (SUP-2, SUP-3)
    ratePeriod: {
      type: 'string',
      where: (period, alias, p) => {
        if (!reportingPeriodKind(String(period))) throw fieldError('ratePeriod', '须为 2026、2026-Q3 或 2026-10 形式的期间 (a year, quarter or month)');
        return reportingRatePeriodSql(alias, p, String(period));
      },
    },
    // several duties at once, comma-separated (SUP-2: quarterly_statistics,annual_report)
    dutyIn: {
      type: 'string',
      where: (list, alias, p) => {
        const duties = String(list).split(',');
        if (duties.some((d) => !REPORTING_DUTY_CODES.is(d)))
          throw fieldError('dutyIn', `须为以逗号分隔的任务代码：${REPORTING_DUTY_CODES.values.join('、')} (duty codes, comma-separated)`);
        return { sql: `${alias}.duty IN (:...${p})`, params: { [p]: duties } };
      },
    },
    // received on or before its due day (false: not received, or received late) — a rate's numerator and its complement
    receivedOnTime: conditionFilter((alias, p) => ({ sql: `(${alias}.receivedAt IS NOT NULL AND ${alias}.onTime = :${p})`, params: { [p]: true } })),
    // a responsibility table's task past its due day whose table was not approved by the end of it (SUP-1's offending units)
    tableApprovedLate: conditionFilter((alias, p, dialect) => ({
      sql: `(${alias}.duty = :${p}Duty AND ${alias}.dueOn < :${p}Today AND NOT ${responsibilityTableApprovedInTimeSql(alias, dialect)})`,
      params: { [`${p}Duty`]: 'responsibility_table', [`${p}Today`]: chinaDate(new Date()) },
    })),
  },
  search: ['regionCode', 'period'],
  defaultSort: [
    ['dueOn', 'DESC'],
    ['regionCode', 'ASC'],
    ['duty', 'ASC'],
  ],
};

/**
 * 报送任务 (issue 15): the reports each unit owes per duty and period, generated from the duty catalogue; received
 * by the product's own records (`receiveReportingTask`) or submitted with evidence (`submit`).
 */
@Injectable()
export class ReportingTasksService implements OnModuleInit {
  /** `year:prefix@date` of the subtrees whose tasks this process generated today: generation is idempotent, this only spares the reads */
  private readonly generated = new Set<string>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly attachments: AttachmentsService,
    private readonly inbox: InboxService,
  ) {}

  onModuleInit(): void {
    // the report itself (a scan, a workbook) is the evidence: added by the filer until it is received
    this.attachments.register<ReportingTask>({
      resource: RESOURCE,
      find: (actor, id, em) => this.load(actor, id, em),
      writers: FILER,
      frozen: (t) => this.notSubmittable(t),
    });
    this.inbox.register(this.inboxSource());
  }

  /**
   * 待办: a task not yet received awaits its filing unit's officers (the roles that submit it or make the record
   * that fulfils it) once its period has begun — December's comparison is not a to-do in March — and is due at
   * the end of its due day, China time. Received, it leaves the inbox; the daily notification sweep reads it there.
   */
  private inboxSource(): InboxSource<ReportingTask> {
    return {
      resource: RESOURCE,
      entity: ReportingTask,
      // this year's tasks of the reader's region and below (once a day per process)
      prepare: (actor) => this.generateYear(Number(chinaDate(new Date()).slice(0, 4)), RegionScope.of(actor)),
      awaiting(actor, alias, p) {
        if (!FILER.roles!.includes(actor.role)) return null;
        const today = chinaDate(new Date());
        // periods compare as text within a kind: '2026' and '2026-10' against this month, '2026-Q3' against this quarter
        const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
        return {
          sql:
            `(${alias}.receivedAt IS NULL AND ${alias}.regionCode = :${p}own AND ((${alias}.period LIKE :${p}ql AND ${alias}.period <= :${p}q)` +
            ` OR (${alias}.period NOT LIKE :${p}ql AND ${alias}.period <= :${p}m)))`,
          params: { [`${p}own`]: actor.regionCode, [`${p}ql`]: '%-Q%', [`${p}q`]: quarter, [`${p}m`]: today.slice(0, 7) },
        };
      },
      waitingSinceSql: (alias) => `${alias}.createdAt`,
      dueAtSql: (alias, sql) => sql.endOfChinaDay(`${alias}.dueOn`),
      item: (actor, t, regionName) => {
        const due = endOfChinaDay(t.dueOn);
        return {
          resource: RESOURCE,
          id: t.id,
          regionCode: t.regionCode,
          regionName,
          title: `${regionName ?? t.regionCode} ${t.period} ${REPORTING_DUTY_CODES.zh[t.duty as ReportingDuty] ?? t.duty}`,
          state: reportingTaskState(t.dueOn, t.receivedAt, new Date()),
          version: t.version,
          actions: !this.notSubmittable(t) && actsAt(actor, t.regionCode, FILER) ? ['submit'] : [],
          waitingSince: new Date(t.createdAt).toISOString(),
          dueAt: due.toISOString(),
          overdue: due.getTime() < Date.now(),
        };
      },
    };
  }

  /** Why a task takes no submission (and no evidence), or null while it does. */
  private notSubmittable(t: ReportingTask): string | null {
    const def = REPORTING_DUTY_CATALOGUE[t.duty as ReportingDuty];
    if (def.fulfilledBy !== 'submission')
      return `“${REPORTING_DUTY_CODES.zh[t.duty as ReportingDuty]}”由系统记录自动报送，无需上传 (received from the product's own records)`;
    if (t.receivedAt) return '已报送，不能修改 (already received)';
    return null;
  }

  /**
   * Every task of a year in a subtree (every duty × filer region × period), generated on read: the expected tasks
   * follow from the catalogue, the region tree and the calendar alone, so reading them can make them — no one has
   * to remember to run a job first, and a reader generates only the subtree it reads. Idempotent (the unique
   * index); done once a day per process, year and subtree (a subtree inside one already done is done).
   */
  async generateYear(year: number, scope: RegionScope, em: EntityManager = this.ds.manager): Promise<void> {
    const today = chinaDate(new Date());
    const done = [...this.generated].some((k) => {
      const [y, rest] = k.split(':');
      const [prefix, date] = rest.split('@');
      return Number(y) === year && date === today && scope.scopePrefix.startsWith(prefix);
    });
    if (done) return;
    const regions = await scopeQuery(em.getRepository(Region).createQueryBuilder('r'), scope, 'code')
      .andWhere('r.level IN (:...levels)', { levels: ['province', 'city', 'county'] })
      .select(['r.code', 'r.level'])
      .getMany();
    const keys: ReportingTaskKey[] = regions.flatMap((r) => expectedReportingTasks(r.level, year).map((t) => ({ ...t, regionCode: r.code })));
    await ensureReportingTasks(em, keys);
    this.generated.add(`${year}:${scope.scopePrefix}@${today}`);
  }

  private record(actor: Actor, t: ReportingTask, regionName: string | null): ReportingTaskRecord {
    const now = new Date();
    return {
      id: t.id,
      duty: t.duty as ReportingDuty,
      regionCode: t.regionCode,
      regionName,
      period: t.period,
      dueOn: t.dueOn,
      dueSource: t.dueSource,
      receivedAt: t.receivedAt ? new Date(t.receivedAt).toISOString() : null,
      onTime: t.receivedAt ? !!t.onTime : null,
      daysLate: t.receivedAt ? (t.daysLate ?? 0) : reportingTimeliness(t.dueOn, null, now).daysLate,
      fulfilledBy: t.fulfilledByResource && t.fulfilledById !== null ? { resource: t.fulfilledByResource, id: t.fulfilledById } : null,
      state: reportingTaskState(t.dueOn, t.receivedAt, now),
      submittable: !this.notSubmittable(t) && actsAt(actor, t.regionCode, FILER),
      version: t.version,
    };
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const scope = RegionScope.of(actor);
    await this.generateYear(Number(chinaDate(new Date()).slice(0, 4)), scope);
    // a period asked for by name is generated too (an earlier year the product ran through)
    if (typeof query.period === 'string' && reportingPeriodKind(query.period)) await this.generateYear(reportingPeriodYear(query.period), scope);
    const qb = scopeQuery(this.ds.getRepository(ReportingTask).createQueryBuilder('t'), actor);
    const { rows, total } = await fetchList(qb, query, REPORTING_TASK_LIST);
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    return { rows: rows.map((r) => this.record(actor, r, names.get(r.regionCode) ?? null)), total };
  }

  private async load(actor: Actor, id: number, em: EntityManager = this.ds.manager): Promise<ReportingTask> {
    return assertInScope(actor, await em.findOneBy(ReportingTask, { id }), (t) => t.regionCode, RESOURCE, id);
  }

  async get(actor: Actor, id: number): Promise<ReportingTaskRecord> {
    const t = await this.load(actor, id);
    return this.record(actor, t, await this.regions.name(t.regionCode));
  }

  /**
   * A report the product does not make itself (quarterly statistics, the annual report), submitted by the
   * filing unit with its evidence attached: received now, on time or late against the task's due date.
   */
  async submit(actor: Actor, id: number, version: number): Promise<ReportingTaskRecord> {
    const current = await this.load(actor, id);
    assertActsAt(actor, current.regionCode, FILER);
    const refusal = this.notSubmittable(current);
    if (refusal) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: refusal, details: { reason: 'not_submittable' } });
    const updated = await inTransaction(this.ds, async (em) => {
      const t = await em.findOneByOrFail(ReportingTask, { id });
      if (t.version !== version) throw staleVersion(RESOURCE);
      const evidence = (await this.attachments.counts(RESOURCE, [id], em)).get(id) ?? 0;
      if (!evidence) throw fieldError('attachments', '报送前须上传报告附件 (attach the report before submitting)');
      await receiveReportingTask(em, { duty: t.duty as ReportingDuty, regionCode: t.regionCode, period: t.period }, null, new Date(), actor.userId);
      const after = await em.findOneByOrFail(ReportingTask, { id });
      if (!after.receivedAt || after.submittedById !== actor.userId) throw staleVersion(RESOURCE);
      await this.audit.append(em, actor, {
        action: 'submit',
        resource: RESOURCE,
        resourceId: id,
        before: { receivedAt: null, version: t.version },
        after: { receivedAt: after.receivedAt, onTime: after.onTime, daysLate: after.daysLate, attachments: evidence, version: after.version },
      });
      return after;
    });
    return this.record(actor, updated, await this.regions.name(updated.regionCode));
  }
}
