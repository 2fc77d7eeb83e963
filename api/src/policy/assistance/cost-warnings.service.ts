import { ConflictException, ForbiddenException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ASSISTANCE_MEASURE_LABELS,
  COST_WARNING_WORKFLOW,
  CostWarningDetectionSummary,
  CostWarningRecord,
  decodeCategories,
  IDENTITY_CATEGORY_LABELS,
  maskIdNumber,
  MONITORED_IDENTITY_CATEGORIES,
  PolicyParameters,
  PushDepartment,
  regionScopePrefix,
  SOURCE_DEPARTMENT_LABELS,
  WarningMeasureRecord,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { KeyedQueue } from '../../common/keyed-queue';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list-query';
import { assertInScope, requestedRegion, scopeQuery } from '../../common/region-scope';
import { sendWorkbook, THIN_BORDER } from '../../common/xlsx';
import { inTransaction } from '../../database/data-source';
import { insertMany } from '../../database/insert-many';
import { updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../../platform/audit-log/audit-log.service';
import { JobProgress, JobsService } from '../../platform/jobs/jobs.service';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { Beneficiary } from '../enrollment';
import { CostWarning, CostWarningPush } from './cost-warning.entity';
import { PolicyParametersService } from './policy-parameters.service';
import { Settlement } from './settlement.entity';

const RESOURCE = 'cost-warnings';
const DEF = COST_WARNING_WORKFLOW;
/** Stages still being worked: what a monthly push reports. */
const OPEN_STATES = ['detected', 'verified', 'assisted'];

/** Overdue: still open and past its stage's deadline (deadlineDays after it entered the stage). */
function dueAtOf(w: Pick<CostWarning, 'state' | 'stateChangedAt'>): Date | null {
  const days = DEF.states[w.state]?.deadlineDays;
  return days ? new Date(new Date(w.stateChangedAt).getTime() + days * 86_400_000) : null;
}

export const COST_WARNING_LIST: ListSpec = {
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
    overdue: {
      type: 'boolean',
      where: (overdue, alias, p) => {
        const now = Date.now();
        const parts = Object.entries(DEF.states)
          .filter(([, s]) => s.deadlineDays)
          .map(([state, s], i) => ({ sql: `(${alias}.state = :${p}s${i} AND ${alias}.stateChangedAt < :${p}t${i})`, params: { [`${p}s${i}`]: state, [`${p}t${i}`]: new Date(now - s.deadlineDays! * 86_400_000) } }));
        const sql = `(${parts.map((x) => x.sql).join(' OR ')})`;
        return { sql: overdue ? sql : `NOT ${sql}`, params: Object.assign({}, ...parts.map((x) => x.params)) };
      },
    },
  },
  search: ['name', 'idNumber'],
  resource: 'cost-warnings',
  // the board reads oldest stage changes first, i.e. the most urgent
  defaultSort: [['stateChangedAt', 'ASC'], ['id', 'ASC']],
};

interface DetectedRow {
  idNumber: string;
  burden: string | number;
  n: string | number;
  name: string;
  regionCode: string;
  categories: string;
}

/** The background-job kind of a detection run (resource `cost-warning-detections`). */
export const COST_WARNING_DETECTION = 'cost-warning-detection';

/** Who a warning is pushed to (S3 §五): 乡村振兴 for 易返贫致贫 (monitored) persons, 民政 for 低保边缘. */
function departmentFor(categories: readonly string[]): PushDepartment {
  return categories.some((c) => (MONITORED_IDENTITY_CATEGORIES as readonly string[]).includes(c)) ? 'rural_revitalization' : 'civil_affairs';
}

/**
 * 高额医疗费用监测预警 (S3 §三, §五): idempotent detection from the recorded settlements, the stage board
 * through the workflow engine, the measures taken, and the monthly push to 民政 / 乡村振兴 with its receipt.
 */
const PUSH_LIST: ListSpec = {
  fields: { id: { type: 'int' }, regionCode: { type: 'string' }, month: { type: 'string' }, department: { type: 'string' }, receivedAt: { type: 'date' }, createdAt: { type: 'date' } },
  defaultSort: [['month', 'DESC'], ['id', 'DESC']],
};

@Injectable()
export class CostWarningsService implements OnModuleInit {
  /** detection runs per pooling region and year, one at a time */
  private readonly detecting = new KeyedQueue();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly workflow: WorkflowService,
    private readonly parameters: PolicyParametersService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ regionCode: string; year: number }, CostWarningDetectionSummary>({
      kind: COST_WARNING_DETECTION,
      resource: 'cost-warning-detections',
      run: (actor, { regionCode, year }, progress) => this.detect(actor, regionCode, year, progress),
    });
    this.workflow.register<CostWarning>({
      definition: DEF,
      entity: CostWarning,
      toRecord: async (actor, w) => this.toRecord(actor, w),
      snapshot: (w) => ({ measures: JSON.parse(w.measures), burdenFen: w.burdenFen }),
      title: (w) => `${w.name} ${w.year} 年高额医疗费用预警（个人负担 ${(w.burdenFen / 100).toFixed(2)} 元）`,
      prepare: (w, action) => {
        if (action === 'assist' && JSON.parse(w.measures).length === 0) throw fieldError('measures', '请先登记至少一项帮扶措施 (record at least one measure first)');
        return {};
      },
    });
  }

  toRecord(actor: Actor, w: CostWarning): CostWarningRecord {
    const due = dueAtOf(w);
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
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(CostWarning).createQueryBuilder('w'), actor), query, COST_WARNING_LIST, actor);
    return { rows: rows.map((w) => this.toRecord(actor, w)), total };
  }

  private async load(actor: Actor, id: number, em: EntityManager = this.ds.manager) {
    return assertInScope(actor, await em.findOneBy(CostWarning, { id }), (w) => w.regionCode, RESOURCE, id);
  }

  async get(actor: Actor, id: number) {
    return this.toRecord(actor, await this.load(actor, id));
  }

  /** Detection runs in the background (a province's year is 7–18 s of work): checks the region, answers with the job. */
  startDetection(actor: Actor, regionCode: string | undefined, year: number) {
    return this.jobs.start(actor, COST_WARNING_DETECTION, { regionCode: requestedRegion(actor, regionCode), year });
  }

  /**
   * Yearly burden after basic + 大病 = Σ (total − basic paid − 大病 paid) over the person's recorded
   * settlements, per pooling region against its approved threshold and categories. Re-running changes only
   * what moved: a new person is created `detected`, a known one gets its figures updated (its stage is kept).
   * The job's run, progress in pooling regions; `region` was checked against the starter's scope at start.
   */
  async detect(actor: Actor, region: string, year: number, progress: JobProgress): Promise<CostWarningDetectionSummary> {
    const prefix = regionScopePrefix(region);
    const settlements = () => this.ds.getRepository(Settlement).createQueryBuilder('s').where('s.regionCode LIKE :prefix AND s.year = :year', { prefix: `${prefix}%`, year });
    const poolings: Array<{ pooling: string }> = await settlements().select('DISTINCT s.poolingRegionCode', 'pooling').getRawMany();
    const result: CostWarningDetectionSummary = { year, regionCode: region, found: 0, created: 0, updated: 0, unchanged: 0, skipped: [] };

    const detectIn = async (pooling: string) => {
      let params: PolicyParameters;
      try {
        params = await this.parameters.parametersFor(actor, pooling, year);
      } catch (e) {
        if (!(e instanceof NotFoundException)) throw e;
        result.skipped.push({ poolingRegionCode: pooling, reason: `${year} 年政策参数尚未批准，无法确定预警线 (no approved parameters)` });
        return;
      }
      const threshold = params.earlyWarning.thresholdFen.value;
      const watched = params.earlyWarning.categories.value;
      if (!watched.length) return;
      // persons of the pooling region over the line who carried a watched identity in any settlement of the year
      const burden = 'SUM(s.totalCost - s.paidBasic - s.paidCriticalIllness)';
      const watchedSql = watched.map((_, i) => `s.identityCategories LIKE :w${i}`).join(' OR ');
      const over: DetectedRow[] = await settlements()
        .andWhere('s.poolingRegionCode = :pooling', { pooling })
        .select('s.idNumber', 'idNumber')
        .addSelect(burden, 'burden')
        .addSelect('COUNT(*)', 'n')
        .addSelect('MAX(s.name)', 'name')
        .addSelect('MAX(s.regionCode)', 'regionCode')
        .addSelect('MAX(s.identityCategories)', 'categories')
        .groupBy('s.idNumber')
        .having(`${burden} >= :threshold AND SUM(CASE WHEN ${watchedSql} THEN 1 ELSE 0 END) > 0`, { threshold })
        .setParameters(Object.fromEntries(watched.map((c, i) => [`w${i}`, `%,${c},%`])))
        .getRawMany();
      result.found += over.length;
      for (let i = 0; i < over.length; i += 2000) await this.applyDetection(over.slice(i, i + 2000), pooling, year, threshold, result);
    };
    // a county and its city detecting at the same moment would both insert the same new warnings: one
    // pooling region at a time, the second run then finds them and leaves them unchanged
    await progress.report(0, poolings.length);
    let done = 0;
    for (const { pooling } of poolings.sort((a, b) => a.pooling.localeCompare(b.pooling))) {
      await this.detecting.run(`${pooling}:${year}`, () => detectIn(pooling));
      await progress.report(++done);
    }
    await inTransaction(this.ds, (em) => this.audit.append(em, { actor, action: 'detect', resource: RESOURCE, resourceId: region, after: result, ip: actor.ip }));
    return result;
  }

  /**
   * One chunk of persons over the line: new ones inserted `detected`, known ones updated when their figures
   * moved — known in this pooling region only: another region's warning for the same person is never read
   * or overwritten with this region's figures.
   */
  private async applyDetection(chunk: DetectedRow[], pooling: string, year: number, threshold: number, result: CostWarningDetectionSummary) {
    const ids = chunk.map((c) => c.idNumber);
    const existing = new Map(
      (await this.ds.getRepository(CostWarning).find({ where: { idNumber: In(ids), year, poolingRegionCode: pooling }, select: { id: true, idNumber: true, burdenFen: true, settlementCount: true, thresholdFen: true, version: true } })).map((w) => [w.idNumber, w]),
    );
    const fresh = chunk.filter((c) => !existing.has(c.idNumber));
    const moved = chunk.filter((c) => {
      const known = existing.get(c.idNumber);
      return known && (known.burdenFen !== Number(c.burden) || known.settlementCount !== Number(c.n) || known.thresholdFen !== threshold);
    });
    result.unchanged += chunk.length - fresh.length - moved.length;
    if (!fresh.length && !moved.length) return;
    await inTransaction(this.ds, async (em) => {
      const people = fresh.length ? new Map((await em.find(Beneficiary, { where: { idNumber: In(fresh.map((c) => c.idNumber)) }, select: { id: true, idNumber: true } })).map((b) => [b.idNumber, b.id])) : new Map<string, number>();
      const now = new Date();
      await insertMany(
        em,
        CostWarning,
        fresh.map((c) => ({
          burdenFen: Number(c.burden),
          thresholdFen: threshold,
          settlementCount: Number(c.n),
          beneficiaryId: people.get(c.idNumber) ?? null,
          idNumber: c.idNumber,
          name: c.name,
          regionCode: c.regionCode.slice(0, 6),
          poolingRegionCode: pooling,
          year,
          identityCategories: c.categories,
          department: departmentFor(decodeCategories(c.categories)),
          state: DEF.initial,
          stateChangedAt: now,
          measures: '[]',
          lastPushId: null,
          version: 1,
        })),
      );
      for (const c of moved) {
        const known = existing.get(c.idNumber)!;
        await em.update(CostWarning, { id: known.id }, { burdenFen: Number(c.burden), settlementCount: Number(c.n), thresholdFen: threshold, version: known.version + 1 });
      }
    });
    result.created += fresh.length;
    result.updated += moved.length;
  }

  /** The county records its measures while verifying and assisting (the `assist` action needs at least one). */
  async updateMeasures(actor: Actor, id: number, measures: WarningMeasureRecord[], version: number) {
    const current = await this.load(actor, id);
    if (actor.role !== 'county_officer' || actor.regionCode !== current.regionCode) throw new ForbiddenException('帮扶措施由所在县医保局登记 (the county records measures)');
    if (!DEF.states[current.state]?.editable) throw new ConflictException(`当前状态「${DEF.states[current.state]?.label.zh ?? current.state}」不可登记帮扶措施 (verify the warning first)`);
    return inTransaction(this.ds, async (em) => {
      const clean = measures.map((m) => ({ type: m.type, amountFen: m.amountFen, note: m.note }));
      await updateVersioned(em, CostWarning, { id }, version, { measures: JSON.stringify(clean) }, RESOURCE);
      const after = await em.findOneByOrFail(CostWarning, { id });
      await this.audit.append(em, { actor, action: 'update', resource: RESOURCE, resourceId: id, before: { measures: JSON.parse(current.measures) }, after: { measures: clean }, ip: actor.ip });
      return this.toRecord(actor, after);
    });
  }

  // ── monthly push (S3 §五) ─────────────────────────────────────────────────────────────────────────

  private pushRecord(p: CostWarningPush) {
    return {
      id: p.id,
      regionCode: p.regionCode,
      month: p.month,
      department: p.department,
      warningIds: JSON.parse(p.warningIds) as number[],
      warningCount: p.warningCount,
      pushedAt: new Date(p.createdAt).toISOString(),
      receivedAt: p.receivedAt ? new Date(p.receivedAt).toISOString() : null,
      receivedBy: p.receivedBy,
      receiptNote: p.receiptNote,
      version: p.version,
    };
  }

  async listPushes(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(CostWarningPush).createQueryBuilder('p'), actor), query, PUSH_LIST);
    return { rows: rows.map((p) => this.pushRecord(p)), total };
  }

  private async loadPush(actor: Actor, id: number) {
    return assertInScope(actor, await this.ds.getRepository(CostWarningPush).findOneBy({ id }), (p) => p.regionCode, 'cost-warning-pushes', id);
  }

  async getPush(actor: Actor, id: number) {
    return this.pushRecord(await this.loadPush(actor, id));
  }

  /** The county's list for one department and month: every warning still open. An empty list is a report too. */
  async createPush(actor: Actor, month: string, department: PushDepartment) {
    if (actor.role !== 'county_officer') throw new ForbiddenException('预警名单由县医保局推送 (the county pushes its list)');
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(CostWarningPush, { regionCode: actor.regionCode, month, department })) {
        throw new ConflictException(`${month} 已向${SOURCE_DEPARTMENT_LABELS[department]}推送过预警名单 (already pushed this month)`);
      }
      const warnings = await em.find(CostWarning, { where: { regionCode: actor.regionCode, department, state: In(OPEN_STATES) }, select: { id: true }, order: { id: 'ASC' } });
      const ids = warnings.map((w) => w.id);
      const saved = await em.save(em.create(CostWarningPush, { regionCode: actor.regionCode, month, department, warningIds: JSON.stringify(ids), warningCount: ids.length, pushedById: actor.userId, receivedAt: null, receivedBy: null, receiptNote: null, version: 1 }));
      for (let i = 0; i < ids.length; i += 1000) await em.update(CostWarning, { id: In(ids.slice(i, i + 1000)) }, { lastPushId: saved.id });
      await this.audit.append(em, { actor, action: 'push', resource: 'cost-warning-pushes', resourceId: saved.id, after: { month, department, warnings: ids.length }, ip: actor.ip });
      return this.pushRecord(saved);
    });
  }

  async recordReceipt(actor: Actor, id: number, receivedBy: string, note: string | undefined, version: number) {
    const push = await this.loadPush(actor, id);
    if (actor.role !== 'county_officer' || actor.regionCode !== push.regionCode) throw new ForbiddenException('回执由推送的县医保局登记 (the pushing county records the receipt)');
    if (push.receivedAt) throw new ConflictException('该名单已登记回执 (receipt already recorded)');
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, CostWarningPush, { id }, version, { receivedAt: new Date(), receivedBy, receiptNote: note ?? null }, 'cost-warning-pushes');
      const after = await em.findOneByOrFail(CostWarningPush, { id });
      await this.audit.append(em, { actor, action: 'receipt', resource: 'cost-warning-pushes', resourceId: id, after: { receivedBy, note: note ?? null }, ip: actor.ip });
      return this.pushRecord(after);
    });
  }

  /** The pushed list as the receiving department reads it (IDs masked). */
  async sendPush(actor: Actor, id: number, res: Response): Promise<void> {
    const push = await this.loadPush(actor, id);
    const ids = JSON.parse(push.warningIds) as number[];
    const warnings = ids.length ? await this.ds.getRepository(CostWarning).find({ where: { id: In(ids) }, order: { id: 'ASC' } }) : [];
    const dept = SOURCE_DEPARTMENT_LABELS[push.department as PushDepartment];
    await inTransaction(this.ds, (em) => this.audit.append(em, { actor, action: 'export', resource: 'cost-warning-pushes', resourceId: id, after: { rows: warnings.length, maskedIds: true }, ip: actor.ip }));
    await sendWorkbook(res, `高额医疗费用预警推送名单（${push.regionCode}，${push.month}，${dept}）.xlsx`, (wb) => {
      const ws = wb.addWorksheet('预警名单');
      const headers = ['序号', '姓名', '身份证号', '身份类别', '年度', '个人负担（元）', '预警线（元）', '阶段', '帮扶措施'];
      ws.mergeCells(1, 1, 1, headers.length);
      ws.getCell(1, 1).value = `高额医疗费用监测预警推送名单（${push.month}，推送至${dept}）`;
      ws.getCell(1, 1).font = { bold: true, size: 14 };
      ws.addRow(headers).font = { bold: true };
      warnings.forEach((w, i) => {
        const measures = (JSON.parse(w.measures) as WarningMeasureRecord[]).map((m) => `${ASSISTANCE_MEASURE_LABELS[m.type]}${m.amountFen ? ` ${(m.amountFen / 100).toFixed(2)} 元` : ''}`).join('；');
        ws.addRow([i + 1, w.name, maskIdNumber(w.idNumber), decodeCategories(w.identityCategories).map((c) => IDENTITY_CATEGORY_LABELS[c]).join('、'), w.year, w.burdenFen / 100, w.thresholdFen / 100, DEF.states[w.state]?.label.zh ?? w.state, measures]);
      });
      ws.addRow([]);
      ws.addRow([`签收单位及经办人：${push.receivedBy ?? ''}`, '', '', '', `签收日期：${push.receivedAt ? new Date(push.receivedAt).toISOString().slice(0, 10) : ''}`]);
      for (let i = 2; i <= warnings.length + 2; i++) ws.getRow(i).eachCell((c) => (c.border = THIN_BORDER));
      ws.columns.forEach((c, i) => (c.width = [6, 12, 22, 26, 8, 14, 12, 14, 40][i]));
    });
  }
}
