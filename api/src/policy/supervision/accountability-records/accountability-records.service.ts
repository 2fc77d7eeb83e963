import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  ACCOUNTABILITY_CONDUCT_CODES,
  ACCOUNTABILITY_RECORD_WORKFLOW,
  appealDueOn,
  chinaDate,
  effectPeriod,
  isExecutionOverdue,
  measuresRefusal,
  regionLevelOf,
  type AccountabilityConduct,
  type AccountabilityMeasure,
  type AccountabilityRecordRecord,
  type AccountabilitySourceType,
  type AccountabilitySubjectType,
  type ActionPayload,
  type AppealOutcome,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError, fieldErrors } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { ActsAt, assertActsAt } from '../../../common/record-access';
import { assertInScope, isInScope, SUBTREE_FILTER, scopeQuery, setContainsCode } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import type { CreateAccountabilityRecordDto, UpdateAccountabilityRecordDto } from './accountability-records.dto';
import { RectificationItem } from '../../rectification/rectification-items/rectification-item.entity';
import { readableFindings } from '../inspections/inspections.service';
import { ReportingTask } from '../reporting-tasks/reporting-task.entity';
import { AccountabilityRecord } from './accountability-record.entity';

const RESOURCE = 'accountability-records';
const DEF = ACCOUNTABILITY_RECORD_WORKFLOW;

/** The province, above the unit, records what follows the decision (appeal, publication) — as it decides. */
const DECIDER: ActsAt = {
  roles: DEF.actions.record_decision.roles,
  level: DEF.actions.record_decision.level,
  message: '问责决定的申诉、公开情况由作出决定的省级医保局登记 (the province that decides records appeals and publication)',
};

/** The policies' start (S0, 2019): no decision of this register is older. */
const EARLIEST_DECISION = '2019-01-01';

/** States after the decision, in which the appeal and publication are recorded. */
const DECIDED_STATES = ['decided', 'executed'];

const wrap = (codes: readonly string[]) => `,${codes.join(',')},`;
const measuresOf = (r: AccountabilityRecord) => r.measures.split(',').filter(Boolean) as AccountabilityMeasure[];

export const ACCOUNTABILITY_RECORD_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    subjectType: { type: 'string' },
    conduct: { type: 'string' },
    sourceType: { type: 'string' },
    state: { type: 'string' },
    decidedOn: { type: 'string' },
    effectEndsOn: { type: 'string' },
    published: { type: 'boolean' },
    updatedAt: { type: 'date' },
    // one measure among the record's (a comma-wrapped code set)
    measure: {
      type: 'string',
      where: (code, alias, p) => {
        if (typeof code !== 'string' || !/^[a-z_]{1,32}$/.test(code)) throw fieldError('measure', '须为一个问责方式代码 (a measure code)');
        return setContainsCode(`${alias}.measures`, code, p);
      },
    },
    // the decision's year (a range on decidedOn, which its index serves); undecided records have none
    year: {
      type: 'int',
      where: (year, alias, p) => {
        if (typeof year !== 'number' || year < 2000 || year > 2100) throw fieldError('year', '须为四位年份 (a four-digit year)');
        return { sql: `(${alias}.decidedOn >= :${p}a AND ${alias}.decidedOn <= :${p}b)`, params: { [`${p}a`]: `${year}-01-01`, [`${p}b`]: `${year}-12-31` } };
      },
    },
    // a region and its subtree; the list is within the caller's scope already
    scope: SUBTREE_FILTER,
  },
  search: ['subjectName', 'unit', 'decisionNo'],
  defaultSort: [['id', 'DESC']],
};

/**
 * The record a proposal names as its source, by source type: it must exist within the proposer's scope. Fraud cases
 * join when their resource lands (issue 16); until then such a source is taken as given.
 */
const SOURCE_RECORDS: Partial<Record<AccountabilitySourceType, (em: EntityManager, actor: Actor) => SelectQueryBuilder<{ id: number }>>> = {
  // the finding's own read path: a concealed inspection's finding is no source for its inspected unit
  inspection_finding: (em, actor) => readableFindings(em, actor),
  rectification_item: (em, actor) => scopeQuery(em.getRepository(RectificationItem).createQueryBuilder('s'), actor),
  reporting_task: (em, actor) => scopeQuery(em.getRepository(ReportingTask).createQueryBuilder('s'), actor),
};

/**
 * 追责问责 records: proposed by a city or the province, decided by the province above the unit (the workflow's
 * `ancestor` level) with the measures checked against the subject type, the effect period derived (政务处分法 art.
 * 8), executed; appeals and publication recorded beside. Every detail read is audited (personnel data).
 */
@Injectable()
export class AccountabilityRecordsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
  ) {}

  onModuleInit(): void {
    const subject: WorkflowSubject<AccountabilityRecord, AccountabilityRecordRecord> = {
      definition: DEF,
      entity: AccountabilityRecord,
      toRecord: async (actor, r) => (await this.records(actor, [r]))[0],
      snapshot: (r) => ({ measures: measuresOf(r), decisionNo: r.decisionNo, decidedBy: r.decidedBy, decidedOn: r.decidedOn, executedOn: r.executedOn }),
      title: (r, regionName) =>
        `${regionName ?? r.regionCode} ${r.subjectName}：${ACCOUNTABILITY_CONDUCT_CODES.zh[r.conduct as AccountabilityConduct] ?? r.conduct}`,
      // what the definition cannot say: no date lies ahead, nor before the step it follows
      effect: async (_em, r, action, _actor, _comment, payload) => {
        const today = chinaDate(new Date());
        // (the decision's measures were checked against the subject type with the payload: the field's `allowedBy`)
        if (action === 'record_decision') {
          // a decision made before it is registered is fine (the register records past decisions too); a future one is not
          const on = String(payload.decidedOn);
          if (on > today || on < EARLIEST_DECISION)
            throw fieldError('decidedOn', `须在 ${EARLIEST_DECISION} 与今天 ${today} 之间 (between ${EARLIEST_DECISION} and today)`);
        }
        if (action === 'record_execution') {
          const on = String(payload.executedOn);
          if (on > today || on < (r.decidedOn ?? on))
            throw fieldError('executedOn', `须在决定日期 ${r.decidedOn} 与今天 ${today} 之间 (between the decision and today)`);
        }
      },
      prepare: (_r, action, _now, payload: ActionPayload) => {
        if (action === 'record_decision') {
          const measures = payload.measures as string[];
          const decidedOn = String(payload.decidedOn);
          const period = effectPeriod(measures, decidedOn);
          return {
            decisionNo: String(payload.decisionNo),
            decidedBy: String(payload.decidedBy),
            decidedOn,
            measures: wrap(measures),
            effectMonths: period.effectMonths,
            effectEndsOn: period.effectEndsOn,
          };
        }
        if (action === 'record_execution') return { executedOn: String(payload.executedOn) };
        return {};
      },
    };
    this.workflow.register(subject);
  }

  private async records(actor: Actor, rows: AccountabilityRecord[]): Promise<AccountabilityRecordRecord[]> {
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    const today = chinaDate(new Date());
    return rows.map((r) => {
      const measures = measuresOf(r);
      return {
        id: r.id,
        regionCode: r.regionCode,
        regionName: names.get(r.regionCode) ?? null,
        subjectType: r.subjectType as AccountabilitySubjectType,
        subjectName: r.subjectName,
        unit: r.unit,
        post: r.post,
        conduct: r.conduct as AccountabilityConduct,
        facts: r.facts,
        sourceType: r.sourceType as AccountabilitySourceType,
        sourceId: r.sourceId,
        measures,
        basis: r.basis,
        proposedBy: r.proposedBy,
        decidedBy: r.decidedBy,
        decisionNo: r.decisionNo,
        decidedOn: r.decidedOn,
        effectMonths: r.effectMonths,
        effectEndsOn: r.effectEndsOn,
        executedOn: r.executedOn,
        executionOverdue: isExecutionOverdue({ measures, decidedOn: r.decidedOn, executedOn: r.executedOn }, today),
        appeal: r.decidedOn
          ? { dueOn: appealDueOn(r.decidedOn), filedOn: r.appealFiledOn, outcome: r.appealOutcome as AppealOutcome | null, decidedOn: r.appealDecidedOn }
          : null,
        published: !!r.published,
        state: r.state,
        version: r.version,
        actions: this.workflow.actionsFor(actor, RESOURCE, r),
        createdAt: iso(r.createdAt)!,
        updatedAt: iso(r.updatedAt)!,
      };
    });
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(AccountabilityRecord).createQueryBuilder('a'), actor);
    const { rows, total } = await fetchList(qb, query, ACCOUNTABILITY_RECORD_LIST);
    return { rows: await this.records(actor, rows), total };
  }

  /** A record in the caller's scope (404 otherwise): the one access path, also the workflow's. */
  private async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<AccountabilityRecord> {
    return assertInScope(actor, await em.findOneBy(AccountabilityRecord, { id }), (r) => r.regionCode, RESOURCE, id);
  }

  /** One record's detail — personnel data: every read is an audit row (who read whose record, when). */
  async get(actor: Actor, id: number): Promise<AccountabilityRecordRecord> {
    const record = await this.load(actor, id);
    await this.audit.record(actor, { action: 'read', resource: RESOURCE, resourceId: id, after: { regionCode: record.regionCode, state: record.state } });
    return (await this.records(actor, [record]))[0];
  }

  /** 提出问责建议: a city or the province for a city or county bureau in its scope; the measures must fit the subject. */
  async create(actor: Actor, dto: CreateAccountabilityRecordDto): Promise<AccountabilityRecordRecord> {
    return inTransaction(this.ds, async (em) => (await this.records(actor, [await this.propose(em, actor, dto)]))[0]);
  }

  /**
   * The proposal in the caller's transaction, with every check of `create`: the seam an inspection finding's
   * `propose-accountability` uses, so the proposal and the finding's link stand or fall together.
   */
  async propose(em: EntityManager, actor: Actor, dto: CreateAccountabilityRecordDto): Promise<AccountabilityRecord> {
    const level = regionLevelOf(dto.regionCode);
    if (level !== 'city' && level !== 'county') throw fieldError('regionCode', '问责对象所在单位须为市或县 (the unit must be a city or a county)');
    if (!isInScope(actor, dto.regionCode) || (await this.regions.name(dto.regionCode)) === null)
      throw fieldError('regionCode', '不在您的管辖范围内 (outside your scope)');
    const refusal = measuresRefusal(dto.subjectType, dto.measures);
    if (refusal) throw fieldErrors([{ field: 'measures', messages: [refusal] }]);
    const sourceId = dto.sourceId ?? null;
    if (dto.sourceType === 'other' ? sourceId !== null : sourceId === null)
      throw fieldError(
        'sourceId',
        dto.sourceType === 'other' ? '来源为“其他”时不填来源记录 (none for sourceType other)' : '请填写来源记录编号 (the source record is required)',
      );
    const sources = SOURCE_RECORDS[dto.sourceType]?.(em, actor);
    if (sources && sourceId !== null && !(await sources.andWhere(`${sources.alias}.id = :sourceId`, { sourceId }).getCount()))
      throw fieldError('sourceId', '来源记录不存在或不在您的管辖范围内 (no such source record in your scope)');
    const proposedBy = (await this.regions.name(actor.regionCode, em)) ?? actor.regionCode;
    const saved = await em.save(
      em.create(AccountabilityRecord, {
        regionCode: dto.regionCode,
        subjectType: dto.subjectType,
        subjectName: dto.subjectName,
        unit: dto.unit,
        post: dto.post ?? null,
        conduct: dto.conduct,
        facts: dto.facts,
        sourceType: dto.sourceType,
        sourceId,
        measures: wrap(dto.measures),
        basis: dto.basis,
        proposedBy,
        decidedBy: null,
        decisionNo: null,
        decidedOn: null,
        effectMonths: null,
        effectEndsOn: null,
        executedOn: null,
        appealFiledOn: null,
        appealOutcome: null,
        appealDecidedOn: null,
        published: dto.published ?? false,
        state: DEF.initial,
        version: 1,
        stateChangedAt: new Date(),
        createdById: actor.userId,
      }),
    );
    await this.audit.append(em, actor, {
      action: 'create',
      resource: RESOURCE,
      resourceId: saved.id,
      after: { regionCode: saved.regionCode, subjectType: saved.subjectType, conduct: saved.conduct, measures: dto.measures, sourceType: saved.sourceType },
    });
    return saved;
  }

  /**
   * After the decision, by the province above the unit: publication and the appeal (filed within 15 days of the
   * decision, answered after it was filed; execution continues meanwhile, so the state does not change).
   */
  async update(actor: Actor, id: number, dto: UpdateAccountabilityRecordDto): Promise<AccountabilityRecordRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.load(actor, id, em);
      assertActsAt(actor, r.regionCode, DECIDER);
      if (!DECIDED_STATES.includes(r.state) || !r.decidedOn)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `“${DEF.states[r.state].label.zh}”状态下不能登记申诉或公开情况；须先作出决定 (only after the decision, state ${r.state})`,
          details: { reason: 'wrong_state', state: r.state },
        });
      const changes: Partial<AccountabilityRecord> = {};
      if (dto.published !== undefined) changes.published = dto.published;
      if (dto.appeal !== undefined) {
        const a = dto.appeal;
        const today = chinaDate(new Date());
        const due = appealDueOn(r.decidedOn);
        if (a.filedOn < r.decidedOn || a.filedOn > today)
          throw fieldError('appeal.filedOn', `须在决定日期 ${r.decidedOn} 与今天 ${today} 之间 (between the decision and today)`);
        if (a.filedOn > due) throw fieldError('appeal.filedOn', `已超过申诉期限 ${due}（决定后 15 日） (after the appeal deadline ${due})`);
        const outcome = a.outcome ?? null;
        const decidedOn = a.decidedOn ?? null;
        if ((outcome === null) !== (decidedOn === null))
          throw fieldError(outcome === null ? 'appeal.outcome' : 'appeal.decidedOn', '申诉结果与复查日期须同时填写 (outcome and its date together)');
        if (decidedOn !== null && (decidedOn < a.filedOn || decidedOn > today))
          throw fieldError('appeal.decidedOn', `须在申诉日期 ${a.filedOn} 与今天 ${today} 之间 (between the filing and today)`);
        Object.assign(changes, { appealFiledOn: a.filedOn, appealOutcome: outcome, appealDecidedOn: decidedOn });
      }
      await updateVersioned(em, AccountabilityRecord, { id }, dto.version, changes, RESOURCE);
      await this.audit.append(em, actor, {
        action: 'update',
        resource: RESOURCE,
        resourceId: id,
        before: { published: !!r.published, appeal: { filedOn: r.appealFiledOn, outcome: r.appealOutcome, decidedOn: r.appealDecidedOn } },
        after: changes,
      });
      return (await this.records(actor, [await em.findOneByOrFail(AccountabilityRecord, { id })]))[0];
    });
  }
}
