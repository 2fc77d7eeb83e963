import { ConflictException, ForbiddenException, HttpException, Injectable, NotFoundException, OnModuleInit, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  amountsOwed,
  chinaDate,
  collectiveDiscussionRefusal,
  daysBetween,
  decisionOverdueRefusal,
  executionIncompleteRefusal,
  exceedsNoticeRefusal,
  extensionRefusal,
  FRAUD_CASE_DECIDED_STATES,
  FRAUD_CASE_OPEN_STATES,
  FRAUD_CASE_WORKFLOW,
  FRAUD_CAUSES,
  FRAUD_MEASURE_MONTHS,
  FRAUD_PAUSE_KIND_CODES,
  fineRangeRefusal,
  fraudCaseTitle,
  hearingRightsRefusal,
  lateFee,
  legalReviewRefusal,
  maskIdNumber,
  officersRefusal,
  pauseDays,
  pauseOverlapRefusal,
  reviewerRefusal,
  statementWindowEndsOn,
  statementWindowRefusal,
  suspensionMonthsProblem,
  type ActionPayload,
  type DiscretionTier,
  type FraudCaseListItem,
  type FraudCaseRecord,
  type FraudCaseState,
  type FraudCause,
  type FraudCollectiveDiscussion,
  type FraudDecisionType,
  type FraudExecutionKind,
  type FraudMeasure,
  type FraudNoticeRecord,
  type FraudPartyType,
  type FraudPause,
  type FraudPauseKind,
  type FraudStats,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError, ruleRefusal } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { conditionFilter, fetchList, listDate, ListSpec } from '../../../common/list';
import { ActsAt, assertActsAt } from '../../../common/record-access';
import { assertInScope, requestedRegion, scopeQuery, codeSetFilter, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AccessLogService } from '../../../platform/access-log/access-log.service';
import { AttachmentsService } from '../../../platform/attachments/attachments.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { HolidaysService } from '../../../platform/holidays/holidays.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { User } from '../../../platform/users/user.entity';
import { endOfChinaDay } from '../../../platform/workflow/due-dates';
import { levelRecord, WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import { renderCaseDocument, type CaseDocumentKind } from '../case-documents/case-documents';
import { issuingUnitOf } from '../case-documents/issuing-unit';
import { FraudParametersService } from '../fraud-parameters/fraud-parameters.service';
import { InstitutionMeasuresService } from '../institutions/institution-measures.service';
import { CaseDeadlines } from './case-deadlines';
import { caseOfficers } from './case-filing.service';
import { FraudCase, FraudCaseExecution, FraudCaseExtension, FraudCasePause } from './fraud-case.entity';
import {
  MAX_PERIOD_DAYS,
  type AddExecutionDto,
  type AddExtensionDto,
  type AddPauseDto,
  type CollectiveDiscussionDto,
  type CourtEnforcementDto,
  type EndPauseDto,
  type SupervisionDto,
} from './fraud-cases.dto';
import { nextSerial } from './serials';

const RESOURCE = 'fraud-cases';
const DEF = FRAUD_CASE_WORKFLOW;
/** the year of an ISO date: the year whose parameters a case follows is the year it was filed */
const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));
const OPEN: readonly string[] = FRAUD_CASE_OPEN_STATES;
const DECIDED: readonly string[] = FRAUD_CASE_DECIDED_STATES;

/** The handling unit's officers: pauses, executions, documents (as the investigating steps of the workflow). */
export const CASE_OFFICERS: ActsAt = {
  roles: DEF.actions.start_investigation.roles,
  level: 'own',
  message: '案件由办案单位的执法人员办理 (only the handling unit’s officers act on a case)',
};
/** 医保局负责人 of the handling unit: extensions and the collective discussion (as decide and close). */
export const CASE_HEAD: ActsAt = {
  roles: DEF.actions.decide.roles,
  level: 'own',
  message: '延期和集体讨论由办案单位负责人办理 (only the handling unit’s head extends or records the discussion)',
};
/** 督办: the province above the handling unit. */
export const CASE_SUPERVISOR: ActsAt = {
  roles: ['province_supervisor'],
  level: 'ancestor',
  message: '督办由省级医保部门作出 (the province supervises)',
};

const codesOf = <T extends string>(wrapped: string | null): T[] => (wrapped ?? '').split(',').filter(Boolean) as T[];
const idsOf = (wrapped: string): number[] => codesOf(wrapped).map(Number);
const noticesOf = (r: FraudCase): FraudNoticeRecord[] => (r.notices ? (JSON.parse(r.notices) as FraudNoticeRecord[]) : []);
const discussionOf = (r: FraudCase): FraudCollectiveDiscussion | null =>
  r.collectiveDiscussion ? (JSON.parse(r.collectiveDiscussion) as FraudCollectiveDiscussion) : null;
const pauseOf = (p: FraudCasePause): FraudPause => ({ kind: p.kind as FraudPauseKind, from: p.fromOn, to: p.toOn });
/**
 * The stored deadline while a pause is open (中止, its end not yet known): the clock is stopped, so the case cannot
 * fall due — the overdue filter, the stats and the inbox read the column and see it never due; the case's own reads
 * compute the deadline as of today. Ending the pause (or the hearing's conclusion) stores the real date again.
 */
export const OPEN_PAUSE_DUE_ON = '9999-12-31';

function wrongState(state: string, what: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `“${DEF.states[state]?.label.zh ?? state}”状态下不能${what} (not in state ${state})`,
    details: { reason: 'wrong_state', state },
  });
}

/**
 * A step's date (the date of its paper): today when left out, never in the future, never before the step it
 * follows — 400 naming the field.
 */
export function stepDate(field: string, value: unknown, after: string | null, today: string): string {
  const on = value === undefined || value === null || value === '' ? today : String(value);
  if (on > today) throw fieldError(field, `不能晚于今天 ${today} (not in the future)`);
  if (after && on < after) throw fieldError(field, `不能早于上一步骤的日期 ${after} (not before the previous step, ${after})`);
  return on;
}

/**
 * Before the decision at the end of `asOf` (a China date; a later one means today): filed by then, and still open, or
 * decided or terminated after that day. With today it is the open states alone.
 */
export function fraudCaseOpenSql(alias: string, p: string, asOf: string): { sql: string; params: Record<string, unknown> } {
  const today = chinaDate(new Date());
  const day = asOf < today ? asOf : today;
  const open = `${alias}.state IN (:...${p}Open)`;
  if (day === today) return { sql: `(${open})`, params: { [`${p}Open`]: OPEN } };
  return {
    sql:
      `(${alias}.filedOn <= :${p}Day AND (${open} OR ${alias}.decidedOn > :${p}Day` +
      ` OR (${alias}.state = :${p}Terminated AND ${alias}.stateChangedAt > :${p}End)))`,
    params: { [`${p}Open`]: OPEN, [`${p}Day`]: day, [`${p}Terminated`]: DEF.actions.terminate.to, [`${p}End`]: endOfChinaDay(day) },
  };
}

/**
 * The list's overdue condition, the one FRD-1 counts with: open (above) and past the stored decision deadline at the
 * end of `asOf`. With today: `state IN (open) AND decisionDueOn < today`, on the (state, decisionDueOn) index.
 */
export function fraudCaseOverdueSql(alias: string, p: string, asOf: string): { sql: string; params: Record<string, unknown> } {
  const today = chinaDate(new Date());
  const day = asOf < today ? asOf : today;
  const open = fraudCaseOpenSql(alias, p, day);
  return { sql: `(${open.sql} AND ${alias}.decisionDueOn < :${p}Due)`, params: { ...open.params, [`${p}Due`]: day } };
}

/** The case list (the list contract): filters on indexed columns; `overdue` and `cause` computed. */
export const FRAUD_CASE_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    state: { type: 'string' },
    partyType: { type: 'string' },
    institutionCode: { type: 'string' },
    supervised: { type: 'boolean' },
    filedOn: { type: 'string' },
    decisionDueOn: { type: 'string' },
    caseNo: { type: 'string' },
    updatedAt: { type: 'date' },
    cause: codeSetFilter('cause', 'causes', (code) => (FRAUD_CAUSES as readonly string[]).includes(code), '须为一个案由代码 (a cause code)'),
    // open, before the decision, past its deadline (the stored deadline: pauses and extensions counted)
    overdue: conditionFilter((alias, p) => fraudCaseOverdueSql(alias, p, chinaDate(new Date()))),
    // overdue as the cases stood at the end of a day (a compliance period's end, FRD-1); a later day is today
    overdueOn: {
      type: 'string',
      where: (day, alias, p) => fraudCaseOverdueSql(alias, p, listDate(day, 'overdueOn')),
    },
    regionCode: { type: 'string' },
    // a region and its subtree (within the caller's scope already)
    scope: SUBTREE_FILTER,
  },
  search: ['caseNo', 'title'],
  defaultSort: [['id', 'DESC']],
};

interface CaseParts {
  pauses: FraudCasePause[];
  extensions: FraudCaseExtension[];
  executions: FraudCaseExecution[];
}

/**
 * 案件: filed from a clue (CaseFilingService), carried through FRAUD_CASE_WORKFLOW by the handling unit's officers
 * and head, with the statutory guards (shared guards.ts) in the engine's hooks; pauses, extensions, the collective
 * discussion, executions, 督办 and documents beside the workflow, each versioned on the case.
 */
@Injectable()
export class FraudCasesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly attachments: AttachmentsService,
    private readonly holidays: HolidaysService,
    private readonly accessLog: AccessLogService,
    private readonly measures: InstitutionMeasuresService,
    private readonly parameters: FraudParametersService,
  ) {}

  /** The case's deadlines under its province's parameters of the year it was filed (else the national defaults). */
  private async deadlinesOf(r: Pick<FraudCase, 'regionCode' | 'filedOn'>, em: EntityManager = this.ds.manager): Promise<CaseDeadlines> {
    return CaseDeadlines.load(this.holidays, await this.parameters.applicable(r.regionCode, yearOf(r.filedOn), em), em);
  }

  onModuleInit(): void {
    const subject: WorkflowSubject<FraudCase, FraudCaseRecord> = {
      definition: DEF,
      entity: FraudCase,
      load: (em, actor, id) => this.load(actor, id, em),
      toRecord: async (actor, r, em) => this.record(actor, r, em),
      snapshot: (r) => ({
        title: r.title,
        causes: codesOf(r.causes),
        amountInvolved: r.amountInvolved,
        fine: r.fine,
        recoup: r.recoup,
        decisionNo: r.decisionNo,
      }),
      title: (r, regionName) => `${regionName ?? r.regionCode} ${r.caseNo}：${r.title}`,
      // the legal review within 10 working days, the decision by its deadline (pauses and extensions counted), the
      // service within 7 working days of the decision: the inbox sorts by it and the notification sweep warns on it
      dueAt: (r) => {
        const on = r.state === 'legal_review' ? r.reviewDueOn : OPEN.includes(r.state) ? r.decisionDueOn : r.state === 'decided' ? r.serviceDueOn : null;
        return on && on !== OPEN_PAUSE_DUE_ON ? endOfChinaDay(on) : null;
      },
      dueAtSql: (alias, sql) =>
        `(CASE WHEN ${alias}.state = 'legal_review' AND ${alias}.reviewDueOn IS NOT NULL THEN ${sql.endOfChinaDay(`${alias}.reviewDueOn`)}` +
        ` WHEN ${alias}.state IN (${OPEN.map((st) => `'${st}'`).join(', ')}) AND ${alias}.decisionDueOn <> '${OPEN_PAUSE_DUE_ON}' THEN ${sql.endOfChinaDay(`${alias}.decisionDueOn`)}` +
        ` WHEN ${alias}.state = 'decided' AND ${alias}.serviceDueOn IS NOT NULL THEN ${sql.endOfChinaDay(`${alias}.serviceDueOn`)} ELSE NULL END)`,
      effect: (em, r, action, actor, comment, payload) => this.step(em, r, action, actor, comment, payload),
    };
    this.workflow.register(subject);
    this.attachments.register<FraudCase>({
      resource: RESOURCE,
      find: (actor, id, em) => this.load(actor, id, em),
      writers: CASE_OFFICERS,
      frozen: (r) => (r.state === 'closed' || r.state === 'terminated' ? '已结案或终止的案件不能再修改附件 (a closed case’s files are final)' : null),
    });
  }

  /** A case the caller may read (its region scope; 404 otherwise): the one access path. */
  async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<FraudCase> {
    return assertInScope(actor, await em.findOneBy(FraudCase, { id }), (r) => r.regionCode, RESOURCE, id);
  }

  private async parts(em: EntityManager, ids: number[]): Promise<Map<number, CaseParts>> {
    const out = new Map<number, CaseParts>(ids.map((id) => [id, { pauses: [], extensions: [], executions: [] }]));
    if (!ids.length) return out;
    const [pauses, extensions, executions] = await Promise.all([
      em.find(FraudCasePause, { where: { caseId: In(ids) }, order: { fromOn: 'ASC', id: 'ASC' } }),
      em.find(FraudCaseExtension, { where: { caseId: In(ids) }, order: { id: 'ASC' } }),
      em.find(FraudCaseExecution, { where: { caseId: In(ids) }, order: { paidOn: 'ASC', id: 'ASC' } }),
    ]);
    for (const p of pauses) out.get(p.caseId)!.pauses.push(p);
    for (const e of extensions) out.get(e.caseId)!.extensions.push(e);
    for (const x of executions) out.get(x.caseId)!.executions.push(x);
    return out;
  }

  /** The late fee as of today (or the day the fine was paid in full), capped at the fine. */
  private lateFeeOf(r: FraudCase, executions: FraudCaseExecution[], today: string): number {
    if (!r.finePayableBy || r.fine <= 0) return 0;
    let paid = 0;
    let paidOn: string | null = null;
    for (const x of executions.filter((e) => e.kind === 'fine')) {
      paid += x.amount;
      if (paid >= r.fine) {
        paidOn = x.paidOn;
        break;
      }
    }
    return lateFee(r.fine, r.finePayableBy, paidOn ?? today);
  }

  private async record(actor: Actor, r: FraudCase, em: EntityManager = this.ds.manager): Promise<FraudCaseRecord> {
    const today = chinaDate(new Date());
    const { pauses, extensions, executions } = (await this.parts(em, [r.id])).get(r.id)!;
    const deadlines = await this.deadlinesOf(r, em);
    const officerIds = idsOf(r.officerIds);
    const people = await em.find(User, {
      select: { id: true, displayName: true, enforcementCertNo: true },
      where: { id: In([...officerIds, ...(r.reviewerId ? [r.reviewerId] : [])]) },
    });
    const byId = new Map(people.map((u) => [u.id, u]));
    const names = await this.regions.names([r.regionCode]);
    const notices = noticesOf(r);
    const fee = this.lateFeeOf(r, executions, today);
    const open = OPEN.includes(r.state);
    const pauseList = pauses.map(pauseOf);
    const extList = extensions.map((e) => ({ days: e.days, collective: Boolean(e.collective) }));
    const countdown = open ? deadlines.countdown(r.filedOn, pauseList, extList, today) : null;
    const files = (await this.attachments.counts(RESOURCE, [r.id], em)).get(r.id) ?? 0;
    const decided = r.decisionType !== null && r.decidedOn !== null;
    return {
      id: r.id,
      state: r.state as FraudCaseState,
      version: r.version,
      actions: this.workflow.actionsFor(actor, RESOURCE, r),
      caseNo: r.caseNo,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? null,
      clueId: r.clueId,
      title: r.title,
      partyType: r.partyType as FraudPartyType,
      partyName: r.partyName,
      institutionCode: r.institutionCode,
      institutionName: null,
      idNumber: r.idNumber ? maskIdNumber(r.idNumber) : null,
      causes: codesOf<FraudCause>(r.causes),
      conductEndedOn: r.conductEndedOn,
      healthHarmed: Boolean(r.healthHarmed),
      amountInvolved: r.amountInvolved,
      officerIds,
      officers: officerIds.map((id) => ({
        id,
        displayName: byId.get(id)?.displayName ?? String(id),
        enforcementCertNo: byId.get(id)?.enforcementCertNo ?? null,
      })),
      filedOn: r.filedOn,
      decisionDueOn: countdown?.dueOn ?? r.decisionDueOn,
      countdown,
      parameters: deadlines.parameters,
      pauses: pauses.map((p) => ({
        id: p.id,
        kind: p.kind as FraudPauseKind,
        from: p.fromOn,
        to: p.toOn,
        days: pauseDays(pauseOf(p), today),
        recordedBy: p.recordedBy,
        at: iso(p.at)!,
      })),
      extensions: extensions.map((e) => ({
        id: e.id,
        days: e.days,
        reason: e.reason,
        collective: Boolean(e.collective),
        approvedBy: e.approvedBy,
        at: iso(e.at)!,
      })),
      legalReview:
        r.reviewerId && r.reviewRequestedOn
          ? {
              reviewerId: r.reviewerId,
              reviewerName: byId.get(r.reviewerId)?.displayName ?? String(r.reviewerId),
              requestedOn: r.reviewRequestedOn,
              dueOn: r.reviewDueOn ?? r.reviewRequestedOn,
              reviewedOn: r.reviewedOn,
              passed: Boolean(r.reviewPassed),
              comment: r.reviewComment,
            }
          : null,
      notice: notices.at(-1) ?? null,
      notices,
      hearing: r.hearingOn ? { requestedOn: r.hearingRequestedOn ?? r.hearingOn, hearingOn: r.hearingOn, concludedOn: r.hearingConcludedOn } : null,
      collectiveDiscussion: discussionOf(r),
      decision: decided
        ? {
            decisionType: r.decisionType as FraudDecisionType,
            decisionNo: r.decisionNo ?? '',
            decidedOn: r.decidedOn!,
            fine: r.fine,
            recoup: r.recoup,
            confiscate: r.confiscate,
            measures: codesOf<FraudMeasure>(r.measures),
            suspensionMonths: r.suspensionMonths,
            discretionTier: r.discretionTier as DiscretionTier | null,
            discretionReason: r.discretionReason,
            statementWaived: Boolean(r.statementWaived),
            serviceDueOn: r.serviceDueOn ?? r.decidedOn!,
            finePayableBy: r.finePayableBy,
          }
        : null,
      servedOn: r.servedOn,
      executions: executions.map((x) => ({
        id: x.id,
        kind: x.kind as FraudExecutionKind,
        amount: x.amount,
        paidOn: x.paidOn,
        receiptNo: x.receiptNo,
        recordedBy: x.recordedBy,
        at: iso(x.at)!,
      })),
      lateFee: fee,
      owed: amountsOwed(
        { fine: r.fine, recoup: r.recoup, confiscate: r.confiscate },
        fee,
        executions.map((x) => ({ kind: x.kind as FraudExecutionKind, amount: x.amount })),
      ),
      courtEnforcementAccepted: Boolean(r.courtEnforcementAccepted),
      courtEnforcement:
        r.courtEnforcementAccepted && r.courtEnforcementAcceptedOn
          ? { acceptedOn: r.courtEnforcementAcceptedOn, documentNo: r.courtEnforcementNo ?? '' }
          : null,
      supervised: Boolean(r.supervised),
      supervision:
        r.supervised && r.supervisionLetterNo && r.supervisionDueOn
          ? { letterNo: r.supervisionLetterNo, dueOn: r.supervisionDueOn, by: r.supervisionBy ?? '', at: iso(r.supervisionAt)! }
          : null,
      terminationReason: r.terminationReason,
      attachmentCount: files,
      createdAt: iso(r.createdAt)!,
      updatedAt: iso(r.updatedAt)!,
    };
  }

  async list(actor: Actor, query: Record<string, unknown>): Promise<{ rows: FraudCaseListItem[]; total: number }> {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(FraudCase).createQueryBuilder('c'), actor), query, FRAUD_CASE_LIST);
    const today = chinaDate(new Date());
    const parts = await this.parts(
      this.ds.manager,
      rows.filter((r) => OPEN.includes(r.state)).map((r) => r.id),
    );
    // one reading per province and year on the page
    const byProvinceYear = new Map<string, Promise<CaseDeadlines>>();
    const deadlinesOf = (r: FraudCase) => {
      const key = `${r.regionCode.slice(0, 2)}/${yearOf(r.filedOn)}`;
      if (!byProvinceYear.has(key)) byProvinceYear.set(key, this.deadlinesOf(r));
      return byProvinceYear.get(key)!;
    };
    const deadlines = new Map(await Promise.all(rows.filter((r) => parts.has(r.id)).map(async (r) => [r.id, await deadlinesOf(r)] as const)));
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    return {
      total,
      rows: rows.map((r) => {
        const p = parts.get(r.id);
        const countdown = p
          ? deadlines.get(r.id)!.countdown(
              r.filedOn,
              p.pauses.map(pauseOf),
              p.extensions.map((e) => ({ days: e.days, collective: Boolean(e.collective) })),
              today,
            )
          : null;
        return {
          id: r.id,
          state: r.state as FraudCaseState,
          version: r.version,
          caseNo: r.caseNo,
          regionCode: r.regionCode,
          regionName: names.get(r.regionCode) ?? null,
          title: r.title,
          partyType: r.partyType as FraudPartyType,
          partyName: r.partyName,
          institutionCode: r.institutionCode,
          causes: codesOf<FraudCause>(r.causes),
          amountInvolved: r.amountInvolved,
          filedOn: r.filedOn,
          decisionDueOn: countdown?.dueOn ?? r.decisionDueOn,
          countdown,
          supervised: Boolean(r.supervised),
          updatedAt: iso(r.updatedAt)!,
        };
      }),
    };
  }

  async get(actor: Actor, id: number): Promise<FraudCaseRecord> {
    return this.record(actor, await this.load(actor, id));
  }

  /** The party's whole ID number, for a stated reason; audited and in the access log (as a beneficiary's). */
  async reveal(actor: Actor, id: number, reason: string): Promise<{ id: number; idNumber: string | null }> {
    const r = await this.load(actor, id);
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, { action: 'reveal', resource: RESOURCE, resourceId: id, after: { field: 'idNumber', reason } });
      await this.accessLog.record(actor, { kind: 'reveal', resource: RESOURCE, resourceId: id, method: 'POST', route: '/api/fraud-cases/:id/reveal' }, em);
    });
    return { id, idNumber: r.idNumber };
  }

  // ---- the workflow's hooks: the statutory guards and what each step writes ----

  private async step(em: EntityManager, r: FraudCase, action: string, actor: Actor, comment: string | null, payload: ActionPayload): Promise<void> {
    const today = chinaDate(new Date());
    const deadlines = await this.deadlinesOf(r, em);
    const officerIds = idsOf(r.officerIds);
    const notices = noticesOf(r);
    const changes: Partial<FraudCase> = {};
    switch (action) {
      case 'start_investigation': {
        // the certificates as they stand now (a certificate may have lapsed since filing)
        const refusal = officersRefusal(await caseOfficers(em, r.regionCode, officerIds), deadlines.thresholds);
        if (refusal) throw ruleRefusal(409, refusal);
        break;
      }
      case 'request_review': {
        const reviewerId = Number(payload.reviewerId);
        const refusal = reviewerRefusal(reviewerId, officerIds);
        if (refusal) throw ruleRefusal(400, refusal);
        Object.assign(changes, {
          reviewerId,
          reviewRequestedOn: today,
          reviewDueOn: deadlines.legalReviewDueOn(today),
          reviewedOn: null,
          reviewPassed: false,
          reviewComment: null,
        });
        break;
      }
      case 'pass_review':
      case 'return_review': {
        if (actor.userId !== r.reviewerId) throw new ForbiddenException('法制审核由指定的审核人员办理 (only the named legal reviewer decides the review)');
        if (action === 'pass_review') {
          // request_review carries no date of its own (it is recorded when it happens): the review's paper follows the filing
          const reviewedOn = stepDate('reviewedOn', payload.reviewedOn, r.filedOn, today);
          Object.assign(changes, { reviewedOn, reviewPassed: true });
        } else Object.assign(changes, { reviewedOn: today, reviewPassed: false, reviewComment: comment });
        break;
      }
      case 'notify': {
        const previous = notices.at(-1)?.noticedOn ?? null;
        const after = [r.filedOn, r.reviewPassed ? r.reviewedOn : null, previous].filter(Boolean).sort().at(-1) ?? r.filedOn;
        const noticedOn = stepDate('noticedOn', payload.noticedOn, after, today);
        const measures = (payload.measures as FraudMeasure[] | undefined) ?? [];
        const proposedFine = Number(payload.proposedFine ?? 0);
        const hearingOffered = Boolean(payload.hearingOffered);
        const refusal = hearingRightsRefusal({ partyType: r.partyType as FraudPartyType, proposedFine, measures, hearingOffered }, deadlines.thresholds);
        if (refusal) throw ruleRefusal(400, refusal);
        const notice: FraudNoticeRecord = {
          noticeNo: String(payload.noticeNo),
          noticedOn,
          proposedFine,
          proposedRecoup: Number(payload.proposedRecoup ?? 0),
          measures,
          hearingOffered,
          changeReason: typeof payload.changeReason === 'string' && payload.changeReason.trim() ? payload.changeReason.trim() : null,
          statementEndsOn: statementWindowEndsOn(noticedOn, deadlines.limits),
        };
        changes.notices = JSON.stringify([...notices, notice]);
        break;
      }
      case 'request_hearing': {
        const hearingOn = stepDate('hearingOn', payload.hearingOn, notices.at(-1)?.noticedOn ?? r.filedOn, today);
        // 令第4号 art. 45: the hearing does not count toward the decision deadline — an open pause of kind hearing
        // from the hearing's date until its conclusion (an overlap with a recorded pause is pause_overlap, as ever)
        await this.openPause(em, r, actor, 'hearing', hearingOn, 'hearingOn');
        Object.assign(changes, { hearingRequestedOn: today, hearingOn, hearingConcludedOn: null, decisionDueOn: await this.dueOnNow(em, r) });
        break;
      }
      case 'conclude_hearing': {
        const concludedOn = stepDate('hearingConcludedOn', payload.hearingConcludedOn, r.hearingOn, today);
        await this.closeOpenPauses(em, r, actor, concludedOn, 'hearing');
        Object.assign(changes, { hearingConcludedOn: concludedOn, decisionDueOn: await this.dueOnNow(em, r) });
        break;
      }
      case 'decide':
        Object.assign(changes, await this.decide(em, r, payload, deadlines, today));
        break;
      case 'serve': {
        const servedOn = stepDate('servedOn', payload.servedOn, r.decidedOn, today);
        Object.assign(changes, { servedOn, finePayableBy: r.fine > 0 ? deadlines.finePayableBy(servedOn) : null });
        const months = r.suspensionMonths;
        await this.measures.applyDecision(
          em,
          {
            caseId: r.id,
            caseNo: r.caseNo,
            regionCode: r.regionCode,
            partyType: r.partyType as FraudPartyType,
            institutionCode: r.institutionCode,
            idNumber: r.idNumber,
            measures: codesOf<FraudMeasure>(r.measures),
            suspensionMonths: months,
            effectiveOn: servedOn,
          },
          actor,
        );
        break;
      }
      case 'close': {
        const executions = await em.find(FraudCaseExecution, { where: { caseId: r.id }, order: { paidOn: 'ASC', id: 'ASC' } });
        const refusal = executionIncompleteRefusal({
          decided: { fine: r.fine, recoup: r.recoup, confiscate: r.confiscate },
          lateFeeDue: this.lateFeeOf(r, executions, today),
          executions: executions.map((x) => ({ kind: x.kind as FraudExecutionKind, amount: x.amount })),
          courtEnforcementAccepted: Boolean(r.courtEnforcementAccepted),
        });
        if (refusal) throw ruleRefusal(409, refusal);
        break;
      }
      case 'terminate':
        changes.terminationReason = comment;
        // the case ends: a pause still open ends with it, and the stored deadline is a date again
        if (await this.closeOpenPauses(em, r, actor, today)) changes.decisionDueOn = await this.dueOnNow(em, r);
        await this.measures.liftCaseMeasures(em, r.id, actor);
        break;
    }
    if (Object.keys(changes).length) await em.update(FraudCase, { id: r.id }, changes);
  }

  /** 作出处理决定 (令第4号 arts. 41–45): every guard of the decision, in the order a reader fixes them. */
  private async decide(em: EntityManager, r: FraudCase, payload: ActionPayload, deadlines: CaseDeadlines, today: string): Promise<Partial<FraudCase>> {
    const notices = noticesOf(r);
    const latest = notices.at(-1);
    const decidedOn = stepDate('decidedOn', payload.decidedOn, [latest?.noticedOn ?? r.filedOn, r.hearingConcludedOn].filter(Boolean).sort().at(-1)!, today);
    const partyType = r.partyType as FraudPartyType;
    const causes = codesOf<FraudCause>(r.causes);
    const decisionType = String(payload.decisionType) as FraudDecisionType;
    const fine = Number(payload.fine ?? 0);
    const recoup = Number(payload.recoup ?? 0);
    const confiscate = Number(payload.confiscate ?? 0);
    const measures = (payload.measures as FraudMeasure[] | undefined) ?? [];
    const months = payload.suspensionMonths === undefined || payload.suspensionMonths === null ? null : Number(payload.suspensionMonths);
    const discretionTier = (payload.discretionTier as DiscretionTier | undefined) ?? null;
    const discretionReason = typeof payload.discretionReason === 'string' ? payload.discretionReason.trim() || null : null;
    const statementWaived = Boolean(payload.statementWaived);
    const { pauses, extensions } = (await this.parts(em, [r.id])).get(r.id)!;
    const open = pauses.find((p) => p.toOn === null);
    if (open)
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `案件仍在${FRAUD_PAUSE_KIND_CODES.zh[open.kind as FraudPauseKind]}中止期间（自 ${open.fromOn} 起），请先结束中止 (end the open pause first)`,
        details: { reason: 'pause_open', pauseId: open.id },
      });
    const dueOn = deadlines.decisionDueOn(
      r.filedOn,
      pauses.map(pauseOf),
      extensions.map((e) => ({ days: e.days, collective: Boolean(e.collective) })),
      decidedOn,
    );
    const overdue = decisionOverdueRefusal({ decidedOn, decisionDueOn: dueOn });
    if (overdue) throw ruleRefusal(409, overdue);
    if (!latest) {
      const none = exceedsNoticeRefusal([], { fine, recoup });
      if (none) throw ruleRefusal(409, none);
    }
    const window = statementWindowRefusal({ noticedOn: latest!.noticedOn, decidedOn, statementWaived }, deadlines.limits);
    if (window) throw ruleRefusal(400, window);
    const review = legalReviewRefusal(
      {
        partyType,
        fine,
        recoup,
        measures,
        hearingHeld: r.hearingConcludedOn !== null,
        legalReviewPassed: Boolean(r.reviewPassed),
      },
      deadlines.thresholds,
    );
    if (review) throw ruleRefusal(409, review);
    const exceeds = exceedsNoticeRefusal(notices, { fine, recoup });
    if (exceeds) throw ruleRefusal(400, exceeds);
    const range = fineRangeRefusal({ decisionType, causes, loss: r.amountInvolved, fine, discretionTier, discretionReason }, deadlines.parameters.tiers);
    if (range) throw ruleRefusal(400, range);
    const collective = collectiveDiscussionRefusal(
      { partyType, fine, confiscate, collectiveDiscussionHeld: r.collectiveDiscussion !== null },
      deadlines.thresholds,
    );
    if (collective) throw ruleRefusal(409, collective);
    const monthsProblem = suspensionMonthsProblem(measures, months);
    if (monthsProblem) throw fieldError(monthsProblem.field, monthsProblem.message);
    return {
      decisionType,
      decisionNo: String(payload.decisionNo),
      decidedOn,
      fine,
      recoup,
      confiscate,
      measures: measures.length ? `,${measures.join(',')},` : null,
      suspensionMonths: measures.some((m) => FRAUD_MEASURE_MONTHS[m]) ? months : null,
      discretionTier,
      discretionReason,
      statementWaived,
      serviceDueOn: deadlines.serviceDueOn(decidedOn),
      title: fraudCaseTitle(r.partyName, causes, true).slice(0, 300),
    };
  }

  // ---- beside the state machine ----

  /** Loads the case for a write beside the workflow: scope (404), who acts (403). */
  private async forWrite(em: EntityManager, actor: Actor, id: number, who: ActsAt): Promise<FraudCase> {
    const r = await this.load(actor, id, em);
    assertActsAt(actor, levelRecord(r), who);
    return r;
  }

  private async touch(em: EntityManager, r: FraudCase, version: number, changes: Partial<FraudCase> = {}): Promise<void> {
    await updateVersioned(em, FraudCase, { id: r.id }, version, changes, RESOURCE);
  }

  private async dueOnNow(em: EntityManager, r: FraudCase): Promise<string> {
    const { pauses, extensions } = (await this.parts(em, [r.id])).get(r.id)!;
    if (pauses.some((p) => p.toOn === null)) return OPEN_PAUSE_DUE_ON;
    const deadlines = await this.deadlinesOf(r, em);
    return deadlines.decisionDueOn(
      r.filedOn,
      pauses.map(pauseOf),
      extensions.map((e) => ({ days: e.days, collective: Boolean(e.collective) })),
    );
  }

  /** 不计入期限的期间 (令第4号 art. 45): while the decision is pending; never overlapping another. */
  async addPause(actor: Actor, id: number, dto: AddPauseDto): Promise<FraudCaseRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_OFFICERS);
      if (!OPEN.includes(r.state)) throw wrongState(r.state, '登记不计入期限的期间');
      const today = chinaDate(new Date());
      stepDate('from', dto.from, r.filedOn, today);
      if (dto.to === undefined) {
        // 中止 whose end is not yet known: it runs until `endPause`
        await this.openPause(em, r, actor, dto.kind, dto.from, 'from');
      } else {
        if (dto.to < dto.from) throw fieldError('to', `不能早于开始日期 ${dto.from} (not before from)`);
        if (daysBetween(dto.from, dto.to) >= MAX_PERIOD_DAYS)
          throw fieldError('to', `一次登记的期间最长 ${MAX_PERIOD_DAYS} 天 (at most ${MAX_PERIOD_DAYS} days at once)`);
        const existing = await em.find(FraudCasePause, { where: { caseId: r.id } });
        const overlap = pauseOverlapRefusal(existing.map(pauseOf), { kind: dto.kind, from: dto.from, to: dto.to });
        if (overlap) throw ruleRefusal(400, overlap);
        await em.insert(FraudCasePause, { caseId: r.id, kind: dto.kind, fromOn: dto.from, toOn: dto.to, recordedBy: actor.username, at: new Date() });
        await this.audit.append(em, actor, { action: 'pause', resource: RESOURCE, resourceId: r.id, after: { kind: dto.kind, from: dto.from, to: dto.to } });
      }
      await this.touch(em, r, dto.version, { decisionDueOn: await this.dueOnNow(em, r) });
      return this.record(actor, await em.findOneByOrFail(FraudCase, { id }), em);
    });
  }

  /** Opens a pause with no end (中止; a hearing): refused where it would overlap one recorded (an open one runs on). */
  private async openPause(em: EntityManager, r: FraudCase, actor: Actor, kind: FraudPauseKind, from: string, field: string): Promise<void> {
    const existing = await em.find(FraudCasePause, { where: { caseId: r.id } });
    const overlap = pauseOverlapRefusal(existing.map(pauseOf), { kind, from, to: null });
    if (overlap) throw ruleRefusal(400, { ...overlap, field });
    await em.insert(FraudCasePause, { caseId: r.id, kind, fromOn: from, toOn: null, recordedBy: actor.username, at: new Date() });
    await this.audit.append(em, actor, { action: 'pause', resource: RESOURCE, resourceId: r.id, after: { kind, from, to: null } });
  }

  /**
   * Ends the case's open pauses (of one kind, or any) on `on` — never before a pause's start (a pause that began
   * after `on` ends the day it began). Answers how many it ended.
   */
  private async closeOpenPauses(em: EntityManager, r: FraudCase, actor: Actor, on: string, kind?: FraudPauseKind): Promise<number> {
    const open = await em.find(FraudCasePause, { where: { caseId: r.id, toOn: IsNull(), ...(kind ? { kind } : {}) } });
    for (const p of open) {
      const to = on < p.fromOn ? p.fromOn : on;
      await em.update(FraudCasePause, { id: p.id }, { toOn: to });
      await this.audit.append(em, actor, {
        action: 'end_pause',
        resource: RESOURCE,
        resourceId: r.id,
        after: { pauseId: p.id, kind: p.kind, from: p.fromOn, to },
      });
    }
    return open.length;
  }

  /** 恢复计算期限: an open pause ends on the date of its document — not before its start, not in the future. */
  async endPause(actor: Actor, id: number, pauseId: number, dto: EndPauseDto): Promise<FraudCaseRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_OFFICERS);
      if (!OPEN.includes(r.state)) throw wrongState(r.state, '结束中止');
      const pause = await em.findOneBy(FraudCasePause, { id: pauseId, caseId: r.id });
      if (!pause) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `案件 ${id} 没有中止期间 ${pauseId} (no such pause)` });
      if (pause.toOn !== null)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `该期间已于 ${pause.toOn} 结束 (the pause ended on ${pause.toOn})`,
          details: { reason: 'pause_ended', pauseId },
        });
      if (pause.kind === 'hearing' && r.state === 'hearing')
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: '听证期间随“听证结束”结束 (the hearing’s pause ends with conclude_hearing)',
          details: { reason: 'hearing_pause', pauseId },
        });
      const to = stepDate('to', dto.to, pause.fromOn, chinaDate(new Date()));
      if (daysBetween(pause.fromOn, to) >= MAX_PERIOD_DAYS)
        throw fieldError('to', `一次登记的期间最长 ${MAX_PERIOD_DAYS} 天 (at most ${MAX_PERIOD_DAYS} days at once)`);
      await em.update(FraudCasePause, { id: pause.id }, { toOn: to });
      await this.touch(em, r, dto.version, { decisionDueOn: await this.dueOnNow(em, r) });
      await this.audit.append(em, actor, {
        action: 'end_pause',
        resource: RESOURCE,
        resourceId: r.id,
        after: { pauseId, kind: pause.kind, from: pause.fromOn, to },
      });
      return this.record(actor, await em.findOneByOrFail(FraudCase, { id }), em);
    });
  }

  /** 延长办案期限 (令第4号 art. 45): the head at the case's own unit; once by 30, more only by a recorded collective discussion. */
  async addExtension(actor: Actor, id: number, dto: AddExtensionDto): Promise<FraudCaseRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_HEAD);
      if (!OPEN.includes(r.state)) throw wrongState(r.state, '延长办案期限');
      const collective = Boolean(dto.collective);
      if (collective && r.collectiveDiscussion === null)
        throw ruleRefusal(409, {
          code: 'collective_discussion_required',
          article: '令第4号第四十五条',
          field: 'collective',
          message: '经集体讨论延期的，须先记录负责人集体讨论 (record the collective discussion first)',
        });
      const granted = await em.find(FraudCaseExtension, { where: { caseId: r.id } });
      const refusal = extensionRefusal(
        granted.map((e) => ({ days: e.days, collective: Boolean(e.collective) })),
        { days: dto.days, collective },
        (await this.deadlinesOf(r, em)).limits,
      );
      if (refusal) throw ruleRefusal(409, refusal);
      await em.insert(FraudCaseExtension, { caseId: r.id, days: dto.days, reason: dto.reason, collective, approvedBy: actor.username, at: new Date() });
      await this.touch(em, r, dto.version, { decisionDueOn: await this.dueOnNow(em, r) });
      await this.audit.append(em, actor, { action: 'extend', resource: RESOURCE, resourceId: r.id, after: { days: dto.days, collective } });
      return this.record(actor, await em.findOneByOrFail(FraudCase, { id }), em);
    });
  }

  /** 负责人集体讨论 (令第4号 art. 44): recorded by the head before the decision. */
  async recordCollectiveDiscussion(actor: Actor, id: number, dto: CollectiveDiscussionDto): Promise<FraudCaseRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_HEAD);
      if (!OPEN.includes(r.state)) throw wrongState(r.state, '记录集体讨论');
      const heldOn = stepDate('heldOn', dto.heldOn, r.filedOn, chinaDate(new Date()));
      const discussion: FraudCollectiveDiscussion = { heldOn, participants: dto.participants.map((p) => p.trim()), conclusion: dto.conclusion };
      await this.touch(em, r, dto.version, { collectiveDiscussion: JSON.stringify(discussion) });
      await this.audit.append(em, actor, { action: 'collective_discussion', resource: RESOURCE, resourceId: r.id, after: { heldOn } });
      return this.record(actor, await em.findOneByOrFail(FraudCase, { id }), em);
    });
  }

  /** 执行: one collected amount on a served case; the first starts its execution through the engine. */
  async addExecution(actor: Actor, id: number, dto: AddExecutionDto): Promise<FraudCaseRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_OFFICERS);
      if (r.state !== 'served' && r.state !== 'executing') throw wrongState(r.state, '登记执行');
      const today = chinaDate(new Date());
      const paidOn = stepDate('paidOn', dto.paidOn, r.servedOn, today);
      const executions = await em.find(FraudCaseExecution, { where: { caseId: r.id }, order: { paidOn: 'ASC', id: 'ASC' } });
      const owed = amountsOwed(
        { fine: r.fine, recoup: r.recoup, confiscate: r.confiscate },
        this.lateFeeOf(r, executions, paidOn > today ? today : paidOn),
        executions.map((x) => ({ kind: x.kind as FraudExecutionKind, amount: x.amount })),
      );
      if (dto.amount > owed[dto.kind])
        throw fieldError('amount', `超过尚欠的 ${(owed[dto.kind] / 100).toFixed(2)} 元 (more than the ${owed[dto.kind]} fen still owed)`);
      await em.insert(FraudCaseExecution, {
        caseId: r.id,
        kind: dto.kind,
        amount: dto.amount,
        paidOn,
        receiptNo: dto.receiptNo,
        recordedBy: actor.username,
        at: new Date(),
      });
      await this.touch(em, r, dto.version);
      await this.audit.append(em, actor, { action: 'execution', resource: RESOURCE, resourceId: r.id, after: { kind: dto.kind, amount: dto.amount, paidOn } });
      if (r.state === 'served') await this.workflow.applyIn(em, actor, RESOURCE, r.id, 'start_execution', { version: dto.version + 1 });
      return this.record(actor, await em.findOneByOrFail(FraudCase, { id }), em);
    });
  }

  /**
   * 法院受理强制执行 (行政强制法 art. 53; 令第4号 art. 56): the party neither paid nor sought review or litigation; the
   * bureau applied to the court and the court accepted — the date and the court's document number. Once recorded the
   * case may close with amounts still owed (`execution_incomplete` reads it); like the first payment it starts the
   * execution of a served case.
   */
  async recordCourtEnforcement(actor: Actor, id: number, dto: CourtEnforcementDto): Promise<FraudCaseRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_OFFICERS);
      if (r.state !== 'served' && r.state !== 'executing') throw wrongState(r.state, '登记法院受理强制执行');
      if (r.courtEnforcementAccepted)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `已登记法院受理强制执行（${r.courtEnforcementNo ?? ''}）(already recorded)`,
          details: { reason: 'court_enforcement_recorded' },
        });
      const today = chinaDate(new Date());
      const acceptedOn = stepDate('acceptedOn', dto.acceptedOn, r.servedOn, today);
      const executions = await em.find(FraudCaseExecution, { where: { caseId: r.id }, order: { paidOn: 'ASC', id: 'ASC' } });
      const owed = amountsOwed(
        { fine: r.fine, recoup: r.recoup, confiscate: r.confiscate },
        this.lateFeeOf(r, executions, today),
        executions.map((x) => ({ kind: x.kind as FraudExecutionKind, amount: x.amount })),
      );
      if (Object.values(owed).every((v) => v === 0))
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: '决定的金额已全部执行，无需申请法院强制执行 (nothing is owed)',
          details: { reason: 'nothing_owed' },
        });
      await this.touch(em, r, dto.version, { courtEnforcementAccepted: true, courtEnforcementAcceptedOn: acceptedOn, courtEnforcementNo: dto.documentNo });
      await this.audit.append(em, actor, {
        action: 'court_enforcement',
        resource: RESOURCE,
        resourceId: r.id,
        after: { acceptedOn, documentNo: dto.documentNo, owed },
      });
      if (r.state === 'served') await this.workflow.applyIn(em, actor, RESOURCE, r.id, 'start_execution', { version: dto.version + 1 });
      return this.record(actor, await em.findOneByOrFail(FraudCase, { id }), em);
    });
  }

  /** 督办: the province puts a case of its cities under supervision (letter and due date). */
  async supervise(actor: Actor, id: number, dto: SupervisionDto): Promise<FraudCaseRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_SUPERVISOR);
      if (r.state === 'closed' || r.state === 'terminated') throw wrongState(r.state, '督办');
      const today = chinaDate(new Date());
      if (dto.dueOn <= today) throw fieldError('dueOn', `督办期限须在今天 ${today} 之后 (after today)`);
      await this.touch(em, r, dto.version, {
        supervised: true,
        supervisionLetterNo: dto.letterNo,
        supervisionDueOn: dto.dueOn,
        supervisionBy: actor.username,
        supervisionAt: new Date(),
      });
      await this.audit.append(em, actor, { action: 'supervise', resource: RESOURCE, resourceId: r.id, after: { letterNo: dto.letterNo, dueOn: dto.dueOn } });
      return this.record(actor, await em.findOneByOrFail(FraudCase, { id }), em);
    });
  }

  /**
   * 立案审批表 / 处罚告知书 / 处罚决定书 as DOCX (the documents' renderer), numbered by the unit's running number of the
   * kind and year, kept as the case's attachment. A renderer failure takes no number (the transaction rolls back).
   */
  async generateDocument(actor: Actor, id: number, kind: CaseDocumentKind) {
    return inTransaction(this.ds, async (em) => {
      const r = await this.forWrite(em, actor, id, CASE_OFFICERS);
      if (kind === 'penalty_notice' && !noticesOf(r).length) throw wrongState(r.state, '生成告知书（尚未告知）');
      if (kind === 'penalty_decision' && !DECIDED.includes(r.state)) throw wrongState(r.state, '生成决定书（尚未决定）');
      const year = Number(chinaDate(new Date()).slice(0, 4));
      const serial = await nextSerial(em, r.regionCode, kind, year);
      const unit = await issuingUnitOf(this.regions, r.regionCode);
      let doc;
      try {
        doc = await renderCaseDocument(kind, await this.record(actor, r, em), unit, serial, year);
      } catch (e) {
        if (e instanceof HttpException) throw e;
        throw new ServiceUnavailableException({
          statusCode: 503,
          error: 'Service Unavailable',
          message: '文书暂时无法生成，请稍后再试 (the document cannot be generated now)',
          details: { reason: 'document_render_failed', kind },
        });
      }
      const attachment = await this.attachments.storeGenerated(
        em,
        actor,
        { resource: RESOURCE, id: r.id, regionCode: r.regionCode },
        { fileName: doc.fileName, mimeType: doc.mimeType, content: doc.content, note: doc.documentNo },
      );
      await this.audit.append(em, actor, { action: 'document', resource: RESOURCE, resourceId: r.id, after: { kind, documentNo: doc.documentNo, serial } });
      return { documentNo: doc.documentNo, attachment };
    });
  }

  // ---- stats ----

  /** `GET /api/fraud-stats`: cases filed in the year within the region's subtree, aggregated in SQL. */
  async stats(actor: Actor, regionCode: string | undefined, year: number): Promise<FraudStats> {
    if (!Number.isInteger(year) || year < 2019 || year > 2100) throw fieldError('year', '须为 2019–2100 的年份 (a year 2019–2100)');
    const scope = requestedRegion(actor, regionCode);
    // the list's overdue condition (fraudCaseOverdueSql), counted
    const overdue = fraudCaseOverdueSql('c', 'ov', chinaDate(new Date()));
    const base = () => {
      const qb = this.ds
        .getRepository(FraudCase)
        .createQueryBuilder('c')
        // a range on the date text (as an index reads it), not LIKE
        .where('c.filedOn >= :yearFrom AND c.filedOn <= :yearTo', { yearFrom: `${year}-01-01`, yearTo: `${year}-12-31` });
      const cond = scope.condition('c.regionCode');
      return qb.andWhere(cond.sql, cond.params);
    };
    const num = (v: unknown) => Number(v ?? 0);
    // one pass over the year's cases, grouped by the three dimensions (a few hundred combinations of state, party
    // type and cause set), folded here: 27 cause LIKEs per row, or a GROUP BY per dimension, read 2–3× slower at 100k
    const groups = await base()
      .select('c.state', 'state')
      .addSelect('c.partyType', 'partyType')
      .addSelect('c.causes', 'causes')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(c.amountInvolved)', 'involved')
      .addSelect('SUM(CASE WHEN c.state IN (:...decided) THEN c.fine + c.recoup + c.confiscate ELSE 0 END)', 'decided')
      .addSelect(`SUM(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END)`, 'overdue')
      .setParameters({ decided: DECIDED, ...overdue.params })
      .groupBy('c.state')
      .addGroupBy('c.partyType')
      .addGroupBy('c.causes')
      .getRawMany<{ state: FraudCaseState; partyType: FraudPartyType; causes: string; n: unknown; involved: unknown; decided: unknown; overdue: unknown }>();
    const byState: FraudStats['byState'] = {};
    const byPartyType: FraudStats['byPartyType'] = {};
    const byCause: FraudStats['byCause'] = {};
    const totals = { cases: 0, involved: 0, decided: 0, overdue: 0 };
    for (const g of groups) {
      const n = num(g.n);
      byState[g.state] = (byState[g.state] ?? 0) + n;
      byPartyType[g.partyType] = (byPartyType[g.partyType] ?? 0) + n;
      for (const cause of codesOf<FraudCause>(g.causes)) byCause[cause] = (byCause[cause] ?? 0) + n;
      totals.cases += n;
      totals.involved += num(g.involved);
      totals.decided += num(g.decided);
      totals.overdue += num(g.overdue);
    }
    const collected = await base().innerJoin(FraudCaseExecution, 'x', 'x.caseId = c.id').select('SUM(x.amount)', 'sum').getRawOne<{ sum: unknown }>();
    const decidedDates = await base()
      .select('c.filedOn', 'filedOn')
      .addSelect('c.decidedOn', 'decidedOn')
      .andWhere('c.decidedOn IS NOT NULL')
      .getRawMany<{ filedOn: string; decidedOn: string }>();
    const days = decidedDates.map((d) => daysBetween(d.filedOn, d.decidedOn)).sort((a, b) => a - b);
    const median = days.length ? (days.length % 2 ? days[(days.length - 1) / 2] : Math.round((days[days.length / 2 - 1] + days[days.length / 2]) / 2)) : null;
    // the child regions: cities of a province (first four digits), counties of a city (the six)
    const width = scope.level === 'province' ? 4 : 6;
    const regionRows = await base()
      .select(`SUBSTR(c.regionCode, 1, ${width})`, 'k')
      .addSelect('COUNT(*)', 'n')
      .addSelect(`SUM(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect('SUM(CASE WHEN c.state IN (:...decided) THEN c.fine + c.recoup + c.confiscate ELSE 0 END)', 'amountDecided')
      .setParameters({ decided: DECIDED, ...overdue.params })
      .groupBy(`SUBSTR(c.regionCode, 1, ${width})`)
      .getRawMany<{ k: string; n: unknown; overdue: unknown; amountDecided: unknown }>();
    const childCode = (k: string) => (width === 4 ? `${k}00` : k);
    const names = await this.regions.names(regionRows.map((x) => childCode(x.k)));
    return {
      regionCode: scope.regionCode,
      year,
      cases: totals.cases,
      byState,
      byCause,
      byPartyType,
      amounts: { involved: totals.involved, decided: totals.decided, collected: num(collected?.sum) },
      overdue: totals.overdue,
      medianDaysToDecision: median,
      byRegion: regionRows
        .map((x) => ({
          regionCode: childCode(x.k),
          regionName: names.get(childCode(x.k)) ?? childCode(x.k),
          cases: num(x.n),
          overdue: num(x.overdue),
          amountDecided: num(x.amountDecided),
        }))
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
    };
  }
}
