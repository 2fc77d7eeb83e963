import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  chinaDate,
  FINISHED_SUSPICION_STATES,
  FRAUD_SUSPICION_WORKFLOW,
  FRAUD_SUSPICION_STATES,
  maskIdNumber,
  SCREENING_RULE_CODES,
  type ActionPayload,
  type BulkActionResult,
  type FraudSuspicionListItem,
  type FraudSuspicionRecord,
  type FraudSuspicionRevealed,
  type FraudSuspicionState,
  type ScreeningRuleId,
  type SuspicionClaimResult,
  type SuspicionDismissReason,
  type SuspicionSettlement,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { domainError, fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { chinaDayOfTimestamp, conditionFilter, decidedIdsFilter, fetchList, listPeriod, ListSpec } from '../../../common/list';
import { assertInScope, isInScope, listScopeRegion, requestedRegion, scopeQuery, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { AccessLogService } from '../../../platform/access-log/access-log.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { User } from '../../../platform/users/user.entity';
import { endOfChinaDay } from '../../../platform/workflow/due-dates';
import { WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import { Settlement } from '../../assistance';
import { FraudCluesService } from '../../fraud';
import type { ClaimSuspicionsDto } from './fraud-suspicions.dto';
import { FraudSuspicion } from './fraud-suspicion.entity';
import { SuspicionStagesService } from './suspicion-stages.service';
import { SuspicionTimelinessService } from './suspicion-timeliness.service';

const RESOURCE = 'fraud-suspicions';
const DEF = FRAUD_SUSPICION_WORKFLOW;
/** 初审 … 调查核实: the stages a 疑点 is still worked in (the queue, overdue, claims). */
export const OPEN_SUSPICION_STATES: readonly FraudSuspicionState[] = FRAUD_SUSPICION_STATES.filter((s) => !FINISHED_SUSPICION_STATES.includes(s));

/** Open and past its stage's due day, as SQL over the (regionCode, state, dueOn) index (the list's and FRD-3's). */
export function overdueSql(alias: string, p: string, today: string) {
  return {
    sql: `(${alias}.state IN (:...${p}s) AND ${alias}.dueOn < :${p}d)`,
    params: { [`${p}s`]: [...OPEN_SUSPICION_STATES], [`${p}d`]: today },
  };
}

/**
 * The queue's list, for one reader: `claimed=mine` (claimed by the reader) or `unclaimed` (open and nobody's) needs
 * the reader's id, and `lateIn` (the 疑点 FRD-3 counts as late, `SuspicionTimelinessService`) is decided before the
 * query, so the spec is built per request; `FRAUD_SUSPICION_LIST` is the same spec for OpenAPI.
 */
export function suspicionListFor(userId: number, lateIds?: readonly number[]): ListSpec {
  return {
    fields: {
      id: { type: 'int' },
      state: { type: 'string', operators: ['eq', 'ne'] },
      ruleId: { type: 'string', operators: ['eq'] },
      institutionCode: { type: 'string', operators: ['eq'] },
      regionCode: { type: 'string', operators: ['eq'] },
      runId: { type: 'int', operators: ['eq'] },
      year: { type: 'int', operators: ['eq'] },
      finished: { type: 'boolean' },
      dueOn: { type: 'string', operators: ['eq', 'gte', 'lte'] },
      amountAtStake: { type: 'int', operators: ['gte', 'lte'] },
      updatedAt: { type: 'date' },
      overdue: conditionFilter((alias, p) => overdueSql(alias, p, chinaDate(new Date()))),
      claimed: {
        type: 'string',
        where: (value, alias, p) => {
          if (value === 'mine') return { sql: `${alias}.claimedById = :${p}`, params: { [p]: userId } };
          if (value === 'unclaimed')
            return { sql: `(${alias}.claimedById IS NULL AND ${alias}.state IN (:...${p}s))`, params: { [`${p}s`]: [...OPEN_SUSPICION_STATES] } };
          throw fieldError('claimed', '须为 mine 或 unclaimed (mine or unclaimed)');
        },
      },
      scope: SUBTREE_FILTER,
      // raised in a range of China dates (a compliance period, FRD-3)
      createdFrom: chinaDayOfTimestamp('createdAt', 'from', 'createdFrom'),
      createdTo: chinaDayOfTimestamp('createdAt', 'to', 'createdTo'),
      // FRD-3's drill-down (`lateIn=2026-Q3`): raised in the period and late at any stage it passed, finished or not
      lateIn: decidedIdsFilter('lateIn', lateIds),
    },
    // never the person: `q` must not find a 疑点 by an ID number or name the list masks
    search: ['detail', 'institutionCode', 'institutionName'],
    // a working queue: open 疑点 first, the most urgent due date first (finished ones have none and follow); the order
    // of idx_fraud_suspicions_queue, so the first page reads one page of index entries instead of sorting the scope
    defaultSort: [
      ['finished', 'ASC'],
      ['dueOn', 'ASC'],
      ['id', 'ASC'],
    ],
    // that index holds the region, state, rule and institution too: a page walks it for ids alone (a city's pending
    // 疑点 passed 1,578 entries, each fetched as a row to test the filters: 11.6 ms, bench/fraud-suspicions.mjs)
    walkKeysFirst: true,
  };
}
export const FRAUD_SUSPICION_LIST: ListSpec = suspicionListFor(0);

const isOverdue = (r: FraudSuspicion, today: string) => OPEN_SUSPICION_STATES.includes(r.state as FraudSuspicionState) && r.dueOn !== null && r.dueOn < today;

/** The clue's summary: which 疑点, its rule and what it found (the clue links back through it). */
function clueSummary(r: FraudSuspicion): string {
  const rule = SCREENING_RULE_CODES.zh[r.ruleId as ScreeningRuleId] ?? r.ruleId;
  const where = r.institutionCode ? `，${r.institutionName ?? ''}（${r.institutionCode}）` : '';
  return `智能监控疑点 #${r.id}（${rule}${where}）：${r.detail}`.slice(0, 500);
}

/**
 * 疑点 (issue 17; 两库管理办法, policy-modules §1.7): the hits of the screening runs, worked through the engine's
 * `FRAUD_SUSPICION_WORKFLOW` — each stage entered is due after the province's time limit (`SuspicionStagesService`),
 * a confirmed violation opens a fraud clue (source `screening`) in the action's transaction, a dismissal keeps its
 * reason code. The review queue: reviewers claim batches (a conditional update per row, so no two hold one) and
 * decide many at once through the engine's bulk actions.
 */
@Injectable()
export class FraudSuspicionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly audit: AuditLogService,
    private readonly accessLog: AccessLogService,
    private readonly regions: RegionsService,
    private readonly stages: SuspicionStagesService,
    private readonly timeliness: SuspicionTimelinessService,
    private readonly clues: FraudCluesService,
  ) {}

  onModuleInit(): void {
    const subject: WorkflowSubject<FraudSuspicion, FraudSuspicionListItem> = {
      definition: DEF,
      entity: FraudSuspicion,
      toRecord: async (actor, r, em) => (await this.items(actor, [r], em))[0],
      snapshot: (r) => ({ state: r.state, dueOn: r.dueOn, dismissReason: r.dismissReason, clueId: r.clueId, amountAtStake: r.amountAtStake, detail: r.detail }),
      title: (r, regionName) =>
        `${regionName ?? r.regionCode} 疑点：${SCREENING_RULE_CODES.zh[r.ruleId as ScreeningRuleId] ?? r.ruleId}${r.institutionName ? ` · ${r.institutionName}` : ''}`,
      // each stage is due at the end of its dueOn (working days, the province's limits), not a state's calendar days
      dueAt: (r) => (r.dueOn && OPEN_SUSPICION_STATES.includes(r.state as FraudSuspicionState) ? endOfChinaDay(r.dueOn) : null),
      dueAtSql: (alias, sql) => sql.endOfChinaDay(`${alias}.dueOn`),
      effect: (em, r, action, actor, comment, payload) => this.effect(em, r, action, actor, payload),
    };
    this.workflow.register(subject);
  }

  /**
   * In the action's transaction, before the engine's versioned update: the due date of the stage entered, the
   * dismissal's reason, and for `confirm_violation` the clue (its id stored on the 疑点 and so in the answer).
   */
  private async effect(em: EntityManager, r: FraudSuspicion, action: string, actor: Actor, payload: ActionPayload): Promise<void> {
    const to = DEF.actions[action].to as FraudSuspicionState;
    const due = await this.stages.dueOn(to, r.regionCode, r.year, chinaDate(new Date()), em);
    const changes: Partial<FraudSuspicion> = { dueOn: due.dueOn, dueApproximate: due.approximate, finished: FINISHED_SUSPICION_STATES.includes(to) };
    if (action === 'dismiss') changes.dismissReason = String(payload.reason);
    if (action === 'confirm_violation')
      changes.clueId = await this.clues.openFromScreening(em, actor, {
        regionCode: r.regionCode,
        summary: clueSummary(r),
        institutionCode: r.institutionCode,
        idNumber: r.idNumber,
        estimatedAmount: r.amountAtStake,
      });
    await em.update(FraudSuspicion, { id: r.id }, changes);
  }

  private async items(actor: Actor, rows: FraudSuspicion[], em: EntityManager = this.ds.manager): Promise<FraudSuspicionListItem[]> {
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    const claimerIds = [...new Set(rows.map((r) => r.claimedById).filter((id): id is number => id !== null))];
    const claimers = claimerIds.length
      ? new Map((await em.find(User, { select: { id: true, displayName: true }, where: { id: In(claimerIds) } })).map((u) => [u.id, u.displayName]))
      : new Map<number, string>();
    const today = chinaDate(new Date());
    return rows.map((r) => ({
      id: r.id,
      state: r.state as FraudSuspicionState,
      version: r.version,
      actions: this.workflow.actionsFor(actor, RESOURCE, r),
      runId: r.runId,
      ruleId: r.ruleId as ScreeningRuleId,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? null,
      institutionCode: r.institutionCode,
      institutionName: r.institutionName,
      idNumber: r.idNumber === null ? null : maskIdNumber(r.idNumber),
      personName: r.name,
      settlementIds: JSON.parse(r.settlementIds) as number[],
      amountAtStake: r.amountAtStake,
      detail: r.detail,
      dueOn: r.dueOn,
      dueApproximate: !!r.dueApproximate,
      overdue: isOverdue(r, today),
      claimedBy: r.claimedById === null ? null : (claimers.get(r.claimedById) ?? null),
      claimedById: r.claimedById,
      claimedAt: iso(r.claimedAt),
      dismissReason: r.dismissReason as SuspicionDismissReason | null,
      clueId: r.clueId,
      createdAt: iso(r.createdAt)!,
      updatedAt: iso(r.updatedAt)!,
    }));
  }

  async list(actor: Actor, query: Record<string, unknown>): Promise<{ rows: FraudSuspicionListItem[]; total: number }> {
    const qb = scopeQuery(this.ds.getRepository(FraudSuspicion).createQueryBuilder('s'), actor);
    const late = query.lateIn === undefined ? undefined : await this.lateIds(actor, query);
    const { rows, total } = await fetchList(qb, query, suspicionListFor(actor.userId, late));
    return { rows: await this.items(actor, rows), total };
  }

  /** `lateIn`'s 疑点: FRD-3's judgement for the period over the requested region, the late ones. */
  private async lateIds(actor: Actor, query: Record<string, unknown>): Promise<number[]> {
    const period = listPeriod(query.lateIn, 'lateIn');
    const judged = await this.timeliness.judge(this.ds.manager, listScopeRegion(actor, query), period, chinaDate(new Date()));
    return judged.filter((s) => !s.onTime).map((s) => s.id);
  }

  /** A 疑点 in the caller's scope (404 otherwise): the one access path (a county officer sees its county's only). */
  private async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<FraudSuspicion> {
    return assertInScope(actor, await em.findOneBy(FraudSuspicion, { id }), (r) => r.regionCode, RESOURCE, id);
  }

  /** The 疑点 with its triggering settlements side by side (no person on them: the 疑点 carries it, masked). */
  async get(actor: Actor, id: number): Promise<FraudSuspicionRecord> {
    const r = await this.load(actor, id);
    const [item] = await this.items(actor, [r]);
    const ids = item.settlementIds.filter((n) => Number.isSafeInteger(n));
    const rows = ids.length ? await this.ds.getRepository(Settlement).find({ where: { id: In(ids) } }) : [];
    const settlements: SuspicionSettlement[] = rows
      .map((s) => ({
        id: s.id,
        settledOn: s.settledOn,
        admittedOn: s.admittedOn,
        dischargedOn: s.dischargedOn,
        diagnosisCode: s.diagnosisCode,
        institutionCode: s.institutionCode,
        institutionName: s.institutionName,
        visitType: s.visitType,
        totalCost: s.totalCost,
        inPolicyCost: s.inPolicyCost,
        paidOutOfPocket: s.paidOutOfPocket,
        flags: s.flags.split(',').filter(Boolean),
      }))
      .sort((a, b) => (a.admittedOn ?? a.settledOn).localeCompare(b.admittedOn ?? b.settledOn) || a.id - b.id);
    return { ...item, year: r.year, settlements };
  }

  /** The person's whole ID number, for a stated reason: one audit row and one access-log row per reveal. */
  async reveal(actor: Actor, id: number, reason: string): Promise<FraudSuspicionRevealed> {
    const r = await this.load(actor, id);
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, { action: 'reveal', resource: RESOURCE, resourceId: id, after: { field: 'idNumber', reason } });
      await this.accessLog.record(actor, { kind: 'reveal', resource: RESOURCE, resourceId: id, method: 'POST', route: '/api/fraud-suspicions/:id/reveal' }, em);
    });
    return { id, idNumber: r.idNumber };
  }

  /**
   * 领取: up to `count` unclaimed open 疑点 in scope (and the filters), oldest due first. Each row is taken by a
   * conditional UPDATE … WHERE claimedById IS NULL and counted only when it changed one row, so two reviewers
   * claiming at once never share one (a row lost to the other is replaced by the next candidate).
   */
  async claim(actor: Actor, dto: ClaimSuspicionsDto): Promise<SuspicionClaimResult> {
    const scope = requestedRegion(actor, dto.regionCode);
    const claimed: number[] = [];
    const now = new Date();
    // a few rounds at most: each lost row is one another reviewer took, and the next round reads past it
    for (let round = 0; round < 5 && claimed.length < dto.count; round++) {
      const qb = this.ds
        .getRepository(FraudSuspicion)
        .createQueryBuilder('s')
        .select('s.id', 'id')
        .where('s.claimedById IS NULL')
        // open ones in the queue's order (idx_fraud_suspicions_queue)
        .andWhere('s.finished = :finished', { finished: false })
        .andWhere('s.state IN (:...open)', { open: dto.state ? [dto.state] : [...OPEN_SUSPICION_STATES] });
      scopeQuery(qb, scope, 's.regionCode', { param: 'claimScope' });
      if (dto.ruleId) qb.andWhere('s.ruleId = :ruleId', { ruleId: dto.ruleId });
      if (dto.institutionCode) qb.andWhere('s.institutionCode = :institutionCode', { institutionCode: dto.institutionCode });
      const candidates = await qb
        .orderBy('s.dueOn', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .limit(dto.count - claimed.length)
        .getRawMany<{ id: number | string }>();
      if (!candidates.length) break;
      claimed.push(
        ...(await this.take(
          actor.userId,
          candidates.map((c) => Number(c.id)),
          now,
        )),
      );
    }
    if (claimed.length) await inTransaction(this.ds, (em) => this.audit.append(em, actor, { action: 'claim', resource: RESOURCE, after: { ids: claimed } }));
    return { count: claimed.length, ids: claimed };
  }

  /**
   * The claim itself, row by row: `UPDATE … SET claimedById = me WHERE id = ? AND claimedById IS NULL`, kept only when
   * it changed the row — a candidate another reviewer took between reading and taking stays theirs.
   */
  async take(userId: number, ids: number[], now = new Date()): Promise<number[]> {
    const taken: number[] = [];
    for (const id of ids) {
      const res = await this.ds
        .createQueryBuilder()
        .update(FraudSuspicion)
        .set({ claimedById: userId, claimedAt: now })
        .where('id = :id AND claimedById IS NULL', { id })
        .execute();
      if (res.affected === 1) taken.push(id);
    }
    return taken;
  }

  /** 退回队列: the caller's own claims among `ids` become unclaimed again (others' claims are left alone). */
  async release(actor: Actor, ids: number[]): Promise<SuspicionClaimResult> {
    const unique = [...new Set(ids)];
    const mine = await this.ds
      .getRepository(FraudSuspicion)
      .find({ select: { id: true, regionCode: true }, where: { id: In(unique), claimedById: actor.userId } });
    const released = mine.filter((r) => isInScope(actor, r.regionCode)).map((r) => r.id);
    if (!released.length) return { count: 0, ids: [] };
    await inTransaction(this.ds, async (em) => {
      await em
        .createQueryBuilder()
        .update(FraudSuspicion)
        .set({ claimedById: null, claimedAt: null })
        .where('id IN (:...ids) AND claimedById = :me', { ids: released, me: actor.userId })
        .execute();
      await this.audit.append(em, actor, { action: 'release', resource: RESOURCE, after: { ids: released } });
    });
    return { count: released.length, ids: released };
  }

  /** One decision on many 疑点 through the engine's bulk actions (each its own transaction, a result per item). */
  async bulk(actor: Actor, action: string, dto: { ids: number[]; versions?: number[]; comment?: string; reason?: string }): Promise<BulkActionResult> {
    if (!Object.prototype.hasOwnProperty.call(DEF.actions, action))
      throw domainError(404, 'workflow_unknown_action', { resource: RESOURCE, action }, { available: Object.keys(DEF.actions) });
    if (dto.versions && dto.versions.length !== dto.ids.length) throw fieldError('versions', '须与 ids 一一对应 (one version per id)');
    return this.workflow.bulk(actor, RESOURCE, action, dto.ids, dto.comment, dto.versions, dto.reason === undefined ? {} : { reason: dto.reason });
  }
}
