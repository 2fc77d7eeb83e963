import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  COST_WARNING_WORKFLOW,
  CostWarningRecord,
  decodeCategories,
  isCalendarDate,
  maskIdNumber,
  PushDepartment,
  WarningMeasureRecord,
  warningClearRefusal,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { conditionFilter, decidedIdsFilter, fetchList, FullIdLookupLog, listPeriod, ListSpec } from '../../../common/list';
import { assertActsAt } from '../../../common/record-access';
import { assertInScope, listScopeRegion, scopeQuery, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { endOfChinaDay, stageDueAt, stageDueCondition, stageOverdueCondition, startOfChinaDay } from '../../../platform/workflow/due-dates';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { CostWarning } from './cost-warning.entity';
import { judgeWarningTimeliness } from './cost-warning-timeliness';

const RESOURCE = 'cost-warnings';
const DEF = COST_WARNING_WORKFLOW;

function calendarDate(field: string, value: unknown): string {
  if (!isCalendarDate(value)) throw fieldError(field, '须为日期，如 2026-10-31 (a date such as 2026-10-31)');
  return value;
}

/**
 * The warning list; `lateIn` (the warnings MON-1 counts as not handled in time in a period, `judgeWarningTimeliness`)
 * is decided before the query, so the spec is built per request with those ids; `COST_WARNING_LIST` is it for OpenAPI.
 */
export function costWarningListFor(lateIds?: readonly number[]): ListSpec {
  return {
    fields: {
      idNumber: { type: 'idNumber' },
      id: { type: 'int' },
      regionCode: { type: 'string' },
      year: { type: 'int' },
      state: { type: 'string' },
      department: { type: 'string' },
      burdenFen: { type: 'int' },
      beneficiaryId: { type: 'int' },
      lastPushId: { type: 'int' },
      stateChangedAt: { type: 'date' },
      createdAt: { type: 'date' },
      // overdue at this moment: each stage's deadline counted from when the warning entered it
      overdue: conditionFilter((alias, p) => stageOverdueCondition(DEF, alias, new Date(), p)),
      // the current stage falls due on or after / on or before a China date (the compliance view's MON-1 drill-down)
      dueFrom: {
        type: 'string',
        where: (date, alias, p) => stageDueCondition(DEF, alias, '>=', startOfChinaDay(calendarDate('dueFrom', date)), p),
      },
      dueTo: {
        type: 'string',
        where: (date, alias, p) => stageDueCondition(DEF, alias, '<=', endOfChinaDay(calendarDate('dueTo', date)), p),
      },
      // a region and its subtree (within the caller's scope already)
      scope: SUBTREE_FILTER,
      // MON-1's drill-down (`lateIn=2026-10`): finished in the period late at any stage, or its stage due in the
      // period and overdue now — exactly the warnings the indicator counts as not handled in time
      lateIn: decidedIdsFilter('lateIn', lateIds),
    },
    search: ['name', 'idNumber'],
    resource: 'cost-warnings',
    // the board reads oldest stage changes first, i.e. the most urgent
    defaultSort: [
      ['stateChangedAt', 'ASC'],
      ['id', 'ASC'],
    ],
  };
}
export const COST_WARNING_LIST: ListSpec = costWarningListFor();

/**
 * 高额医疗费用监测预警 (S3 §三): the stage board through the workflow engine and the measures the county takes.
 * Detection is `cost-warning-detections`, the monthly push `cost-warning-pushes`.
 */
@Injectable()
export class CostWarningsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly workflow: WorkflowService,
    private readonly idLookups: FullIdLookupLog,
  ) {}

  onModuleInit(): void {
    this.workflow.register<CostWarning, CostWarningRecord>({
      definition: DEF,
      entity: CostWarning,
      toRecord: async (actor, w) => this.toRecord(actor, w),
      snapshot: (w) => ({ measures: JSON.parse(w.measures), burdenFen: w.burdenFen }),
      title: (w) => `${w.name} ${w.year} 年高额医疗费用预警（个人负担 ${(w.burdenFen / 100).toFixed(2)} 元）`,
      prepare: (w, action) => {
        if (action === 'assist' && JSON.parse(w.measures).length === 0)
          throw fieldError('measures', '请先登记至少一项帮扶措施 (record at least one measure first)');
        return {};
      },
      // 动态清零 (S3 §三): measures that leave the burden at or over the line need a stated reason
      effect: async (_em, w, action, _actor, comment) => {
        if (action !== 'clear') return;
        const refusal = warningClearRefusal({ burdenFen: w.burdenFen, thresholdFen: w.thresholdFen, measures: JSON.parse(w.measures) }, comment);
        if (refusal) throw fieldError('comment', refusal);
      },
    });
  }

  toRecord(actor: Actor, w: CostWarning): CostWarningRecord {
    const due = stageDueAt(DEF, w);
    return {
      id: w.id,
      beneficiaryId: w.beneficiaryId,
      idNumber: maskIdNumber(w.idNumber),
      name: w.name,
      regionCode: w.regionCode,
      year: w.year,
      identityCategories: decodeCategories(w.identityCategories),
      burdenFen: w.burdenFen,
      thresholdFen: w.thresholdFen,
      settlementCount: w.settlementCount,
      department: w.department as PushDepartment,
      state: w.state,
      measures: JSON.parse(w.measures),
      dueAt: due ? due.toISOString() : null,
      overdue: due !== null && due.getTime() < Date.now(),
      actions: this.workflow.actionsFor(actor, RESOURCE, w),
      lastPushId: w.lastPushId,
      version: w.version,
      detectedAt: new Date(w.createdAt).toISOString(),
      updatedAt: new Date(w.updatedAt).toISOString(),
    };
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const spec = costWarningListFor(query.lateIn === undefined ? undefined : await this.lateIds(actor, query));
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(CostWarning).createQueryBuilder('w'), actor), query, spec, {
      actor,
      lookups: this.idLookups,
    });
    return { rows: rows.map((w) => this.toRecord(actor, w)), total };
  }

  /** `lateIn`'s warnings: MON-1's judgement for the period over the requested region, the late ones. */
  private async lateIds(actor: Actor, query: Record<string, unknown>): Promise<number[]> {
    const period = listPeriod(query.lateIn, 'lateIn');
    const judged = await judgeWarningTimeliness(this.ds.manager, listScopeRegion(actor, query), period, new Date());
    return judged.filter((w) => !w.onTime).map((w) => w.id);
  }

  private async load(actor: Actor, id: number, em: EntityManager = this.ds.manager) {
    return assertInScope(actor, await em.findOneBy(CostWarning, { id }), (w) => w.regionCode, RESOURCE, id);
  }

  async get(actor: Actor, id: number) {
    return this.toRecord(actor, await this.load(actor, id));
  }

  /** The county records its measures while verifying and assisting (the `assist` action needs at least one). */
  async updateMeasures(actor: Actor, id: number, measures: WarningMeasureRecord[], version: number) {
    const current = await this.load(actor, id);
    // the route's permission is the county's; of the counties, the warning's own (its city sees it, not works it)
    assertActsAt(actor, current.regionCode, { level: 'own', message: '帮扶措施由所在县医保局登记 (the county records measures)' });
    if (!DEF.states[current.state]?.editable)
      throw new ConflictException(`当前状态「${DEF.states[current.state]?.label.zh ?? current.state}」不可登记帮扶措施 (verify the warning first)`);
    return inTransaction(this.ds, async (em) => {
      const clean = measures.map((m) => ({ type: m.type, amountFen: m.amountFen, note: m.note }));
      await updateVersioned(em, CostWarning, { id }, version, { measures: JSON.stringify(clean) }, RESOURCE);
      const after = await em.findOneByOrFail(CostWarning, { id });
      await this.audit.append(em, actor, {
        action: 'update',
        resource: RESOURCE,
        resourceId: id,
        before: { measures: JSON.parse(current.measures) },
        after: { measures: clean },
      });
      return this.toRecord(actor, after);
    });
  }
}
