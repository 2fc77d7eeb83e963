import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  can,
  chinaDate,
  clueFilingDueOn,
  describeIdNumberProblem,
  FRAUD_CLUE_SOURCE_CODES,
  FRAUD_CLUE_WORKFLOW,
  maskIdNumber,
  maskReporterName,
  maskReporterPhone,
  regionLevelOf,
  reporterNoticeDueOn,
  validateIdNumber,
  type ActionPayload,
  type FraudCause,
  type FraudClueListItem,
  type FraudClueRecord,
  type FraudParametersBasis,
  type FraudClueSource,
  type FraudClueState,
  type FraudClueSubjectType,
  type FraudReporter,
  type FraudClueRevealed,
  type Role,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { domainError, fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { conditionFilter, fetchList, ListSpec } from '../../../common/list';
import { ActsAt, actsAt, assertActsAt } from '../../../common/record-access';
import { assertInScope, isInScope, scopeQuery, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AccessLogService } from '../../../platform/access-log/access-log.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { HolidaysService } from '../../../platform/holidays/holidays.service';
import { FraudParametersService } from '../fraud-parameters/fraud-parameters.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { endOfChinaDay } from '../../../platform/workflow/due-dates';
import { InboxService, InboxSource } from '../../../platform/workflow/inbox.service';
import { WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import { CaseFilingService } from '../fraud-cases/case-filing.service';
import { InstitutionsService } from '../institutions/institutions.service';
import type { CreateFraudClueDto, UpdateFraudClueDto } from './fraud-clues.dto';
import { FraudClue } from './fraud-clue.entity';

const RESOURCE = 'fraud-clues';
/** The inbox's line for a named reporter still to be told of the filing decision (a source beside the workflow). */
export const REPORTER_NOTICE_INBOX = 'fraud-clue-notices';
const DEF = FRAUD_CLUE_WORKFLOW;

/** States in which the filing decision is still open: the deadline runs, the clue may be corrected. */
export const UNDECIDED_CLUE_STATES: readonly FraudClueState[] = ['received', 'verifying'];
/** The states the filing decision leads to: each starts the reporter's notice period. */
const DECISIONS: Record<string, FraudClueState> = { file: 'filed', not_file: 'not_filed', transfer: 'transferred' };
/** Far enough back for any clue still worth logging (the policies' start is 2019; the DTO bounds it too). */
const EARLIEST_RECEIPT = '2019-01-01';

/**
 * The clue's handlers: the handling unit's inspectors, officers and head, at the clue's own region (who sees a named
 * reporter whole, and whom the reporter's notice awaits). The province supervisor, above every unit, sees it too.
 */
const HANDLER_ROLES: readonly Role[] = ['inspector', 'city_officer', 'county_officer', 'bureau_head'];
const HANDLER: ActsAt = {
  roles: HANDLER_ROLES,
  level: 'own',
  message: '线索由承办单位的稽查、经办人员和负责人处理 (the handling unit’s inspectors, officers and head handle a clue)',
};

/** Whether the reader sees the reporter's name and phone whole (the handlers and the province supervisor). */
export function seesReporter(actor: Pick<Actor, 'role' | 'regionCode'>, regionCode: string): boolean {
  return actsAt(actor, regionCode, HANDLER) || actsAt(actor, regionCode, { roles: ['province_supervisor'], level: 'subtree' });
}

/** Undecided and past the due day, as SQL over the (state, verifyDueOn) index: `state IN (…) AND verifyDueOn < today`. */
export function fraudClueOverdueSql(alias: string, p: string, today: string) {
  return {
    sql: `(${alias}.state IN (:...${p}s) AND ${alias}.verifyDueOn < :${p}d)`,
    params: { [`${p}s`]: [...UNDECIDED_CLUE_STATES], [`${p}d`]: today },
  };
}

/**
 * The filing decision made by its deadline (`verifyDueOn`: 15 working days of the province's parameters on the
 * holiday calendar, 30 after the one approved extension — clueFilingDueOn): FRD-2's numerator.
 */
export function fraudClueDecidedInTimeSql(alias: string): string {
  return `(${alias}.decidedOn IS NOT NULL AND ${alias}.decidedOn <= ${alias}.verifyDueOn)`;
}

/** Judged for FRD-2 (its denominator): decided, or its deadline passed undecided — one still within its time is not judged yet. */
export function fraudClueJudgedSql(alias: string, p: string, today: string) {
  return { sql: `(${alias}.decidedOn IS NOT NULL OR ${alias}.verifyDueOn < :${p})`, params: { [p]: today } };
}

/** Decided after its deadline, or undecided past it (overdue): FRD-2's offending clues. */
export function fraudClueLateSql(alias: string, p: string, today: string) {
  const overdue = fraudClueOverdueSql(alias, p, today);
  return { sql: `((${alias}.decidedOn IS NOT NULL AND ${alias}.decidedOn > ${alias}.verifyDueOn) OR ${overdue.sql})`, params: overdue.params };
}

export const FRAUD_CLUE_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    state: { type: 'string', operators: ['eq', 'ne'] },
    source: { type: 'string', operators: ['eq', 'ne'] },
    subjectType: { type: 'string', operators: ['eq', 'ne'] },
    regionCode: { type: 'string', operators: ['eq'] },
    // the receipt range: receivedOn_gte / receivedOn_lte (YYYY-MM-DD compare as text)
    receivedOn: { type: 'string', operators: ['eq', 'gte', 'lte'] },
    verifyDueOn: { type: 'string', operators: ['eq', 'gte', 'lte'] },
    institutionCode: { type: 'string', operators: ['eq'] },
    extended: { type: 'boolean' },
    caseId: { type: 'int', operators: ['eq'] },
    updatedAt: { type: 'date' },
    overdue: conditionFilter((alias, p) => fraudClueOverdueSql(alias, p, chinaDate(new Date()))),
    // the filing decision missed its deadline: made after it, or still not made past it (FRD-2's offending clues)
    late: conditionFilter((alias, p) => fraudClueLateSql(alias, p, chinaDate(new Date()))),
    // a region and its subtree; the list is within the caller's scope already
    scope: SUBTREE_FILTER,
  },
  // never the reporter nor the ID number: `q` must not find a clue by what the reader may not see
  search: ['summary', 'institutionCode'],
  defaultSort: [
    ['receivedOn', 'DESC'],
    ['id', 'DESC'],
  ],
};

const isOverdue = (c: FraudClue, today: string) => UNDECIDED_CLUE_STATES.includes(c.state as FraudClueState) && c.verifyDueOn < today;

/**
 * 线索 (令第4号 art. 14): logged by the handling unit's inspectors and officers, verified, and decided by its head —
 * filed (the case comes from `CaseFilingService.fileFromClue` in the action's transaction), not filed or
 * transferred — within 15 working days of receipt (+15 once, `extend`). A named reporter is told of the decision
 * within 5 working days (an inbox source until recorded).
 */
@Injectable()
export class FraudCluesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly inbox: InboxService,
    private readonly audit: AuditLogService,
    private readonly accessLog: AccessLogService,
    private readonly regions: RegionsService,
    private readonly holidays: HolidaysService,
    private readonly filing: CaseFilingService,
    private readonly institutions: InstitutionsService,
    private readonly parameters: FraudParametersService,
  ) {}

  /** The time limits of the clue's province for the year it was received (else the national defaults). */
  private limitsOf(regionCode: string, receivedOn: string, em: EntityManager = this.ds.manager) {
    return this.parameters.applicable(regionCode, Number(receivedOn.slice(0, 4)), em);
  }

  onModuleInit(): void {
    const subject: WorkflowSubject<FraudClue, FraudClueRecord> = {
      definition: DEF,
      entity: FraudClue,
      toRecord: async (actor, r) => (await this.records(actor, [r]))[0],
      snapshot: (r) => ({
        source: r.source,
        receivedOn: r.receivedOn,
        summary: r.summary,
        subjectType: r.subjectType,
        institutionCode: r.institutionCode,
        estimatedAmount: r.estimatedAmount,
        verifyDueOn: r.verifyDueOn,
        extended: !!r.extended,
        caseId: r.caseId,
      }),
      title: (r, regionName) =>
        `${regionName ?? r.regionCode} ${FRAUD_CLUE_SOURCE_CODES.zh[r.source as FraudClueSource] ?? r.source}线索：${r.summary.slice(0, 30)}`,
      // the filing decision is due at the end of verifyDueOn (working days, not the state's calendar days)
      dueAt: (r) => (UNDECIDED_CLUE_STATES.includes(r.state as FraudClueState) ? endOfChinaDay(r.verifyDueOn) : null),
      dueAtSql: (alias, sql) => sql.endOfChinaDay(`${alias}.verifyDueOn`),
      effect: (em, r, action, actor, comment, payload) => this.effect(em, r, action, actor, comment, payload),
    };
    this.workflow.register(subject);
    this.inbox.register(this.reporterNoticeSource());
  }

  /**
   * What the definition cannot say, in the action's transaction: the dates of `file`, the case itself (whose
   * refusals propagate unchanged and roll the clue back), the one extension, and the reporter's notice period.
   */
  private async effect(em: EntityManager, r: FraudClue, action: string, actor: Actor, comment: string | null, payload: ActionPayload): Promise<void> {
    const today = chinaDate(new Date());
    const changes: Partial<FraudClue> = {};
    if (action === 'extend') {
      if (r.extended) throw domainError(409, 'fraud_clue_already_extended', {}, { article: '令第4号第十四条' });
      const adder = await this.holidays.workingDaysAdder(em);
      changes.extended = true;
      changes.verifyDueOn = clueFilingDueOn(r.receivedOn, true, adder.add, (await this.limitsOf(r.regionCode, r.receivedOn, em)).limits);
      changes.verifyDueApproximate = adder.approximate();
    }
    if (action === 'file') {
      const filedOn = payload.filedOn === undefined ? today : String(payload.filedOn);
      if (filedOn > today || filedOn < r.receivedOn)
        throw fieldError('filedOn', `须在收到线索的 ${r.receivedOn} 与今天 ${today} 之间 (between the receipt ${r.receivedOn} and today)`);
      const conductEndedOn = String(payload.conductEndedOn);
      if (conductEndedOn > today) throw fieldError('conductEndedOn', `不能晚于今天 ${today} (not in the future)`);
      const created = await this.filing.fileFromClue(
        em,
        {
          id: r.id,
          regionCode: r.regionCode,
          subjectType: r.subjectType as FraudClueSubjectType,
          institutionCode: r.institutionCode,
          idNumber: r.idNumber,
          summary: r.summary,
        },
        {
          officerIds: payload.officerIds as number[],
          causes: payload.causes as FraudCause[],
          amountInvolved: typeof payload.amountInvolved === 'number' ? payload.amountInvolved : (r.estimatedAmount ?? 0),
          conductEndedOn,
          healthHarmed: payload.healthHarmed === true,
          filedOn,
        },
        actor,
      );
      changes.caseId = created.id;
      changes.decidedOn = filedOn;
    }
    if (action === 'not_file' || action === 'transfer') {
      changes.decidedOn = today;
      changes.outcomeComment = comment;
    }
    if (DECISIONS[action] && r.reporterName) {
      const adder = await this.holidays.workingDaysAdder(em);
      changes.reporterNoticeDueOn = reporterNoticeDueOn(changes.decidedOn!, adder.add, (await this.limitsOf(r.regionCode, r.receivedOn, em)).limits);
    }
    // the engine's versioned update follows in this transaction and checks the version the client read
    if (Object.keys(changes).length) await em.update(FraudClue, { id: r.id }, changes);
  }

  /**
   * 告知举报人: a named reporter's clue whose filing decision is made and the reporter not yet told awaits the
   * handling unit (its officers, inspectors and head, at its own region), due at the end of reporterNoticeDueOn.
   */
  private reporterNoticeSource(): InboxSource<FraudClue> {
    return {
      resource: REPORTER_NOTICE_INBOX,
      entity: FraudClue,
      awaiting(actor, alias, p) {
        if (!HANDLER_ROLES.includes(actor.role) || !can(actor.role, RESOURCE, 'edit')) return null;
        return {
          sql: `(${alias}.reporterNoticeDueOn IS NOT NULL AND ${alias}.reporterNotifiedOn IS NULL AND ${alias}.regionCode = :${p}own)`,
          params: { [`${p}own`]: actor.regionCode },
        };
      },
      waitingSinceSql: (alias) => `${alias}.stateChangedAt`,
      dueAtSql: (alias, sql) => sql.endOfChinaDay(`${alias}.reporterNoticeDueOn`),
      item: (_actor, c, regionName) => {
        const due = endOfChinaDay(c.reporterNoticeDueOn!);
        return {
          resource: REPORTER_NOTICE_INBOX,
          id: c.id,
          regionCode: c.regionCode,
          regionName,
          title: `告知举报人 (tell the reporter)：${regionName ?? c.regionCode} 线索 #${c.id}（${DEF.states[c.state]?.label.zh ?? c.state}）`,
          state: c.state,
          version: c.version,
          actions: ['reporter-notice'],
          waitingSince: new Date(c.stateChangedAt).toISOString(),
          dueAt: due.toISOString(),
          overdue: due.getTime() < Date.now(),
        };
      },
    };
  }

  /** The reporter as this reader may see it: whole for the handlers and the province supervisor, masked otherwise. */
  private reporterOf(actor: Actor, c: FraudClue, reveal = false): FraudReporter | null {
    if (!c.reporterName) return null;
    const whole = reveal || seesReporter(actor, c.regionCode);
    return {
      name: whole ? c.reporterName : maskReporterName(c.reporterName),
      phone: c.reporterPhone === null ? null : whole ? c.reporterPhone : maskReporterPhone(c.reporterPhone),
      masked: !whole,
    };
  }

  private async records(actor: Actor, rows: FraudClue[]): Promise<FraudClueRecord[]> {
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    const institutions = await this.institutions.namesByCode(rows.map((r) => r.institutionCode));
    const today = chinaDate(new Date());
    // which parameters dated each clue: one reading per province and year
    const bases = new Map<string, FraudParametersBasis>();
    for (const c of rows) {
      const key = `${c.regionCode.slice(0, 2)}/${c.receivedOn.slice(0, 4)}`;
      if (!bases.has(key)) {
        const { basis, regionCode, year, setId } = await this.limitsOf(c.regionCode, c.receivedOn);
        bases.set(key, { basis, regionCode, year, setId });
      }
    }
    return rows.map((c) => ({
      id: c.id,
      state: c.state as FraudClueState,
      version: c.version,
      actions: this.workflow.actionsFor(actor, RESOURCE, c),
      regionCode: c.regionCode,
      regionName: names.get(c.regionCode) ?? null,
      source: c.source as FraudClueSource,
      receivedOn: c.receivedOn,
      summary: c.summary,
      subjectType: c.subjectType as FraudClueSubjectType,
      institutionCode: c.institutionCode,
      institutionName: c.institutionCode ? (institutions.get(c.institutionCode) ?? null) : null,
      idNumber: c.idNumber === null ? null : maskIdNumber(c.idNumber),
      estimatedAmount: c.estimatedAmount,
      reporter: this.reporterOf(actor, c),
      verifyDueOn: c.verifyDueOn,
      parameters: bases.get(`${c.regionCode.slice(0, 2)}/${c.receivedOn.slice(0, 4)}`)!,
      extended: !!c.extended,
      verifyDueApproximate: !!c.verifyDueApproximate,
      reporterNoticeDueOn: c.reporterNoticeDueOn,
      reporterNotifiedOn: c.reporterNotifiedOn,
      outcomeComment: c.outcomeComment,
      caseId: c.caseId,
      overdue: isOverdue(c, today),
      createdAt: iso(c.createdAt)!,
      updatedAt: iso(c.updatedAt)!,
    }));
  }

  async list(actor: Actor, query: Record<string, unknown>): Promise<{ rows: FraudClueListItem[]; total: number }> {
    const qb = scopeQuery(this.ds.getRepository(FraudClue).createQueryBuilder('c'), actor);
    const { rows, total } = await fetchList(qb, query, FRAUD_CLUE_LIST);
    const full = await this.records(actor, rows);
    return {
      rows: full.map((c) => ({
        id: c.id,
        state: c.state,
        version: c.version,
        regionCode: c.regionCode,
        regionName: c.regionName,
        source: c.source,
        receivedOn: c.receivedOn,
        summary: c.summary,
        subjectType: c.subjectType,
        institutionCode: c.institutionCode,
        institutionName: c.institutionName,
        estimatedAmount: c.estimatedAmount,
        verifyDueOn: c.verifyDueOn,
        extended: c.extended,
        overdue: c.overdue,
        caseId: c.caseId,
        updatedAt: c.updatedAt,
      })),
      total,
    };
  }

  /** A clue in the caller's scope (404 otherwise): the one access path. */
  private async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<FraudClue> {
    return assertInScope(actor, await em.findOneBy(FraudClue, { id }), (c) => c.regionCode, RESOURCE, id);
  }

  async get(actor: Actor, id: number): Promise<FraudClueRecord> {
    return (await this.records(actor, [await this.load(actor, id)]))[0];
  }

  /** The receipt date: today when left out, never in the future (the date on the paper, often days earlier). */
  private receivedOn(given: string | undefined, today: string): string {
    const on = given ?? today;
    if (on > today || on < EARLIEST_RECEIPT)
      throw fieldError(
        'receivedOn',
        `须在 ${EARLIEST_RECEIPT} 与今天 ${today} 之间，不能是将来的日期 (between ${EARLIEST_RECEIPT} and today; not in the future)`,
      );
    return on;
  }

  /** The ID number whole and checked (GB 11643), or null; only for a person (an institution has a code instead). */
  private idNumberOf(subjectType: string, raw: string | null | undefined, today: string): string | null {
    if (raw === undefined || raw === null || raw === '') return null;
    if (subjectType !== 'insured_person' && subjectType !== 'other')
      throw fieldError('idNumber', '仅被举报对象为参保人员或其他个人时填写身份证号 (only for an insured person or another individual)');
    const checked = validateIdNumber(raw, today);
    if (!checked.ok) throw fieldError('idNumber', describeIdNumberProblem(checked.reason));
    return checked.idNumber;
  }

  private institutionCodeOf(subjectType: string, code: string | null | undefined): string | null {
    if (code === undefined || code === null) return null;
    if (subjectType !== 'institution') throw fieldError('institutionCode', '仅被举报对象为定点医药机构时填写机构编码 (only for an institution)');
    return code;
  }

  /**
   * The filing decision's due day from the receipt, the working-day calendar and the province's time limits, and
   * whether it is approximate.
   */
  private async dueOn(regionCode: string, receivedOn: string, extended: boolean): Promise<{ verifyDueOn: string; verifyDueApproximate: boolean }> {
    const adder = await this.holidays.workingDaysAdder();
    const verifyDueOn = clueFilingDueOn(receivedOn, extended, adder.add, (await this.limitsOf(regionCode, receivedOn)).limits);
    return { verifyDueOn, verifyDueApproximate: adder.approximate() };
  }

  /** 登记线索: by an inspector or an officer, for a city or county unit in scope (default the caller's own). */
  async create(actor: Actor, dto: CreateFraudClueDto): Promise<FraudClueRecord> {
    const today = chinaDate(new Date());
    const regionCode = dto.regionCode ?? actor.regionCode;
    const level = regionLevelOf(regionCode);
    if (level !== 'city' && level !== 'county') throw fieldError('regionCode', '承办单位须为市或县 (the handling unit is a city or a county)');
    if (!isInScope(actor, regionCode) || (await this.regions.name(regionCode)) === null)
      throw fieldError('regionCode', '不在您的管辖范围内 (outside your scope)');
    const receivedOn = this.receivedOn(dto.receivedOn, today);
    const idNumber = this.idNumberOf(dto.subjectType, dto.idNumber, today);
    const institutionCode = this.institutionCodeOf(dto.subjectType, dto.institutionCode);
    const reporterName = dto.reporterName ?? null;
    const reporterPhone = dto.reporterPhone ?? null;
    if (reporterPhone !== null && reporterName === null)
      throw fieldError('reporterName', '填写了举报人电话须同时填写姓名；匿名举报两者都不填 (a phone needs the name; anonymous: neither)');
    const due = await this.dueOn(regionCode, receivedOn, false);
    return inTransaction(this.ds, async (em) => {
      const saved = await this.insert(em, actor, {
        regionCode,
        source: dto.source,
        receivedOn,
        summary: dto.summary,
        subjectType: dto.subjectType,
        institutionCode,
        idNumber,
        estimatedAmount: dto.estimatedAmount ?? null,
        reporterName,
        reporterPhone,
        ...due,
      });
      return (await this.records(actor, [saved]))[0];
    });
  }

  /** A new clue in its initial state (logged or opened by screening): the row, its audit row and the workflow's `created`. */
  private async insert(
    em: EntityManager,
    actor: Actor,
    values: Pick<
      FraudClue,
      | 'regionCode'
      | 'source'
      | 'receivedOn'
      | 'summary'
      | 'subjectType'
      | 'institutionCode'
      | 'idNumber'
      | 'estimatedAmount'
      | 'reporterName'
      | 'reporterPhone'
      | 'verifyDueOn'
      | 'verifyDueApproximate'
    >,
  ): Promise<FraudClue> {
    const saved = await em.save(
      em.create(FraudClue, {
        ...values,
        extended: false,
        reporterNoticeDueOn: null,
        reporterNotifiedOn: null,
        decidedOn: null,
        outcomeComment: null,
        caseId: null,
        state: DEF.initial,
        version: 1,
        stateChangedAt: new Date(),
        createdById: actor.userId,
      }),
    );
    // never the reporter nor the ID number in the audit row: whether they were given is enough
    await this.audit.append(em, actor, {
      action: 'create',
      resource: RESOURCE,
      resourceId: saved.id,
      after: {
        regionCode: values.regionCode,
        source: values.source,
        receivedOn: values.receivedOn,
        subjectType: values.subjectType,
        named: values.reporterName !== null,
        idNumber: values.idNumber !== null,
      },
    });
    await this.workflow.created(em, actor, RESOURCE, saved);
    return saved;
  }

  /**
   * A clue opened by a confirmed 疑点 (智能监控, source `screening`), in the caller's transaction: received today by
   * the 疑点's county, due as any clue; the subject is the institution when the 疑点 names one (the person's ID number
   * kept beside it), else the person. Trusted input: the 疑点's stored values, checked when they were found.
   */
  async openFromScreening(
    em: EntityManager,
    actor: Actor,
    input: { regionCode: string; summary: string; institutionCode: string | null; idNumber: string | null; estimatedAmount: number },
  ): Promise<number> {
    const receivedOn = chinaDate(new Date());
    const saved = await this.insert(em, actor, {
      regionCode: input.regionCode,
      source: 'screening',
      receivedOn,
      summary: input.summary,
      subjectType: input.institutionCode ? 'institution' : 'insured_person',
      institutionCode: input.institutionCode,
      idNumber: input.idNumber,
      estimatedAmount: input.estimatedAmount,
      reporterName: null,
      reporterPhone: null,
      ...(await this.dueOn(input.regionCode, receivedOn, false)),
    });
    return saved.id;
  }

  /** 修改线索: while the filing decision is open (received, verifying), by the handling unit; the deadline follows receivedOn. */
  async update(actor: Actor, id: number, dto: UpdateFraudClueDto): Promise<FraudClueRecord> {
    const today = chinaDate(new Date());
    return inTransaction(this.ds, async (em) => {
      const c = await this.load(actor, id, em);
      assertActsAt(actor, c.regionCode, HANDLER);
      if (!UNDECIDED_CLUE_STATES.includes(c.state as FraudClueState))
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `“${DEF.states[c.state].label.zh}”的线索不能修改 (a decided clue cannot be changed, state ${c.state})`,
          details: { reason: 'wrong_state', state: c.state },
        });
      const subjectType = dto.subjectType ?? c.subjectType;
      const changes: Partial<FraudClue> = {};
      if (dto.source !== undefined) changes.source = dto.source;
      if (dto.summary !== undefined) changes.summary = dto.summary;
      if (dto.subjectType !== undefined) changes.subjectType = dto.subjectType;
      if (dto.estimatedAmount !== undefined) changes.estimatedAmount = dto.estimatedAmount;
      // a changed subject type re-checks what belongs to it
      // (a screening clue carries both the institution and the person: re-checked only when one of them changes)
      const retyped = dto.subjectType !== undefined && dto.subjectType !== c.subjectType;
      if (dto.idNumber !== undefined || retyped) changes.idNumber = this.idNumberOf(subjectType, dto.idNumber !== undefined ? dto.idNumber : c.idNumber, today);
      if (dto.institutionCode !== undefined || retyped)
        changes.institutionCode = this.institutionCodeOf(subjectType, dto.institutionCode !== undefined ? dto.institutionCode : c.institutionCode);
      if (dto.receivedOn !== undefined && dto.receivedOn !== c.receivedOn) {
        changes.receivedOn = this.receivedOn(dto.receivedOn, today);
        Object.assign(changes, await this.dueOn(c.regionCode, changes.receivedOn, !!c.extended));
      }
      await updateVersioned(em, FraudClue, { id }, dto.version, changes, RESOURCE);
      const { idNumber: newId, ...shown } = changes;
      await this.audit.append(em, actor, {
        action: 'update',
        resource: RESOURCE,
        resourceId: id,
        before: { receivedOn: c.receivedOn, source: c.source, subjectType: c.subjectType, estimatedAmount: c.estimatedAmount },
        after: { ...shown, ...(newId !== undefined ? { idNumber: newId ? maskIdNumber(newId) : null } : {}) },
      });
      return (await this.records(actor, [await em.findOneByOrFail(FraudClue, { id })]))[0];
    });
  }

  /** The whole ID number and reporter, for a stated reason: one audit row and one access-log row per reveal. */
  async reveal(actor: Actor, id: number, reason: string): Promise<FraudClueRevealed> {
    const c = await this.load(actor, id);
    const fields = [...(c.idNumber ? ['idNumber'] : []), ...(c.reporterName ? ['reporter'] : [])];
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, { action: 'reveal', resource: RESOURCE, resourceId: id, after: { fields, reason } });
      await this.accessLog.record(actor, { kind: 'reveal', resource: RESOURCE, resourceId: id, method: 'POST', route: '/api/fraud-clues/:id/reveal' }, em);
    });
    return { id, idNumber: c.idNumber, reporter: this.reporterOf(actor, c, true) };
  }

  /** 告知举报人: the date the named reporter was told of the filing decision (after it, not in the future). */
  async recordReporterNotice(actor: Actor, id: number, notifiedOn: string | undefined, version: number): Promise<FraudClueRecord> {
    const today = chinaDate(new Date());
    return inTransaction(this.ds, async (em) => {
      const c = await this.load(actor, id, em);
      assertActsAt(actor, c.regionCode, HANDLER);
      if (!c.reporterName || !c.reporterNoticeDueOn || !c.decidedOn)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: '该线索没有需要告知的实名举报人，或尚未作出是否立案的决定 (no named reporter to tell, or no filing decision yet)',
          details: { reason: 'no_reporter_notice', state: c.state },
        });
      if (c.reporterNotifiedOn)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `已于 ${c.reporterNotifiedOn} 告知举报人 (the reporter was told on ${c.reporterNotifiedOn})`,
          details: { reason: 'already_notified', state: c.state },
        });
      const on = notifiedOn ?? today;
      if (on > today || on < c.decidedOn)
        throw fieldError('notifiedOn', `须在作出决定的 ${c.decidedOn} 与今天 ${today} 之间 (between the decision ${c.decidedOn} and today)`);
      await updateVersioned(em, FraudClue, { id }, version, { reporterNotifiedOn: on }, RESOURCE);
      await this.audit.append(em, actor, { action: 'reporter_notice', resource: RESOURCE, resourceId: id, after: { reporterNotifiedOn: on } });
      return (await this.records(actor, [await em.findOneByOrFail(FraudClue, { id })]))[0];
    });
  }
}
