import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  categoryOf,
  chinaDate,
  childCodeLength,
  closureRefusal,
  daysBetween,
  defaultDueOn,
  dueOnRefusal,
  FINISHED_ITEM_STATES,
  initialSubTasks,
  isOverdue,
  isRegionCode,
  isWithinRegion,
  PROBLEM_TYPE_LABELS,
  RECTIFICATION_CATEGORY_LABELS,
  RECTIFICATION_ITEM_WORKFLOW,
  regionLevelOf,
  SUB_TASK_KINDS,
  type ActionPayload,
  type ProblemType,
  type RectificationBoard,
  type RectificationBoardCounts,
  type RectificationBoardRow,
  type RectificationCategory,
  type RectificationItemRecord,
  type RectificationSource,
  type RectificationSubTasks,
  type ResponsibilityRow,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError, fieldErrors } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { conditionFilter, fetchList, listDate, type ListDialect, ListSpec } from '../../../common/list';
import { ActsAt, actsAt, assertActsAt } from '../../../common/record-access';
import { assertInScope, isInScope, SUBTREE_FILTER, requestedRegion, scopeQuery } from '../../../common/region-scope';
import { sendWorkbook } from '../../../common/xlsx';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AttachmentsService } from '../../../platform/attachments/attachments.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Region } from '../../../platform/regions/region.entity';
import { RegionsService } from '../../../platform/regions/regions.service';
import { dueSql, endOfChinaDay, stageDueAt, stageDueAtSql } from '../../../platform/workflow/due-dates';
import { WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import { ResponsibilityTablesService } from '../../supervision';
import { RectificationCampaign } from '../rectification-campaigns/rectification-campaign.entity';
import type {
  CreateRectificationItemDto,
  RectificationSubTasksDto,
  SuperviseRectificationItemDto,
  UpdateRectificationItemDto,
} from './rectification-items.dto';
import { RectificationItem } from './rectification-item.entity';
import { RECTIFICATION_LIST_SHEETS, rectificationListsWorkbook } from './rectification-lists.workbook';

const RESOURCE = 'rectification-items';
const DEF = RECTIFICATION_ITEM_WORKFLOW;

/** The unit an item is about edits it, adds its evidence and takes its own steps (the workflow's `own`). */
const UNIT: ActsAt = {
  roles: DEF.actions.start.roles,
  level: 'own',
  message: '整改事项由被整改单位（市、县医保局）本身填写和整改 (only the unit the item is about edits it)',
};
/** A unit above files for the unit below it (上级交办): the province for a city or county, a city for its counties. */
const ASSIGNER: ActsAt = {
  roles: ['province_supervisor', 'city_officer'],
  level: 'subtree',
  message: '只能由省、市医保局为下级单位交办整改事项 (only the province or a city assigns items to a unit below it)',
};

const notEditable = (state: string) =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `“${DEF.states[state].label.zh}”状态下不能修改；待整改、整改中的事项才能修改 (not editable in state ${state})`,
    details: { reason: 'wrong_state', state },
  });

/** the most items one three-list export holds (a province's campaign is a few thousand) */
const MAX_LIST_ITEMS = 20_000;

/** The finished states (no longer counting toward "overdue"), as SQL literals from the shared definition. */
const finishedSql = FINISHED_ITEM_STATES.map((s) => `'${s}'`).join(', ');

const clampToday = (day: string): { day: string; today: boolean } => {
  const today = chinaDate(new Date());
  return day < today ? { day, today: false } : { day: today, today: true };
};

/**
 * Open at the end of `asOf` (a China date; a later one means today): identified by then and not finished then —
 * still open, or 销号/核实排除 after that day. Today: `closedAt IS NULL` (set exactly when an item finishes).
 */
export function rectificationOpenSql(alias: string, p: string, asOf: string): { sql: string; params: Record<string, unknown> } {
  const { day, today } = clampToday(asOf);
  const open = `(${alias}.closedAt IS NULL AND ${alias}.state NOT IN (${finishedSql}))`;
  if (today) return { sql: open, params: {} };
  return {
    sql: `(${alias}.identifiedOn <= :${p}Day AND (${open} OR ${alias}.closedAt > :${p}End))`,
    params: { [`${p}Day`]: day, [`${p}End`]: endOfChinaDay(day) },
  };
}

/**
 * `isOverdue` in SQL as the items stood at the end of `asOf`: open then (above) and past the deadline. The item's
 * current deadline counts (a granted extension moved it). With today it is the list's `overdue` filter, in the form
 * the (closedAt, dueOn) index serves; with a period's end, OVP-3's numerator and the list's `overdueOn`.
 */
export function rectificationOverdueSql(alias: string, p: string, asOf: string): { sql: string; params: Record<string, unknown> } {
  const { day } = clampToday(asOf);
  const open = rectificationOpenSql(alias, p, day);
  return { sql: `(${open.sql} AND ${alias}.dueOn < :${p}Due)`, params: { ...open.params, [`${p}Due`]: day } };
}

/** Finished in time: 销号 (never 核实排除) by the end of its due day — REC-1's numerator. */
export function rectificationClosedInTimeSql(alias: string, dialect: ListDialect): string {
  return `(${alias}.state = '${DEF.approvedState}' AND ${alias}.closedAt <= ${dueSql(dialect).endOfChinaDay(`${alias}.dueOn`)})`;
}

/**
 * Judged for REC-1 (its denominator): not dismissed (no problem after all), and either past its deadline (before
 * `today`) or closed in time — an item still within its time is not judged yet.
 */
export function rectificationDueJudgedSql(alias: string, p: string, today: string, dialect: ListDialect): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `(${alias}.state <> '${DEF.actions.dismiss.to}' AND (${alias}.dueOn < :${p} OR ${rectificationClosedInTimeSql(alias, dialect)}))`,
    params: { [p]: today },
  };
}

/** Judged and not closed in time: past its deadline, still open or closed late (REC-1's offending items, `missedDue`). */
export function rectificationMissedDueSql(alias: string, p: string, today: string, dialect: ListDialect): { sql: string; params: Record<string, unknown> } {
  const judged = rectificationDueJudgedSql(alias, p, today, dialect);
  return { sql: `(${judged.sql} AND NOT ${rectificationClosedInTimeSql(alias, dialect)})`, params: judged.params };
}

export const RECTIFICATION_ITEM_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    campaignId: { type: 'int' },
    regionCode: { type: 'string' },
    problemType: { type: 'string' },
    category: { type: 'string' },
    source: { type: 'string' },
    sourceRef: { type: 'string' },
    state: { type: 'string' },
    identifiedOn: { type: 'string' },
    dueOn: { type: 'string' },
    supervised: { type: 'boolean' },
    continuing: { type: 'boolean' },
    affectedPersons: { type: 'int' },
    amount: { type: 'int' },
    updatedAt: { type: 'date' },
    // not closed or dismissed, and today (China date) after dueOn — isOverdue in SQL (rectificationOverdueSql)
    overdue: conditionFilter((alias, p) => rectificationOverdueSql(alias, p, chinaDate(new Date()))),
    // overdue as the items stood at the end of a day (a compliance period's end, OVP-3); a later day is today
    overdueOn: {
      type: 'string',
      where: (day, alias, p) => rectificationOverdueSql(alias, p, listDate(day, 'overdueOn')),
    },
    // due, and not 销号 by the end of its due day (still open past it, or closed later); dismissed items are no
    // problem and never count (REC-1's offending items)
    missedDue: conditionFilter((alias, p, dialect) => rectificationMissedDueSql(alias, p, chinaDate(new Date()), dialect)),
    // a region and its subtree (the admin's region tree); the list is within the caller's scope already
    scope: SUBTREE_FILTER,
  },
  search: ['title', 'sourceRef'],
  defaultSort: [
    ['dueOn', 'ASC'],
    ['id', 'ASC'],
  ],
};

/**
 * The index a list request reads (MySQL/MariaDB only; SQLite ignores hints). Left to itself, MariaDB walks
 * `(dueOn, id)` and fetches every row to test a filter (60 ms at 100k) when `(filter, dueOn, id, regionCode)` holds
 * the page in order with its scope (bench/rectification-items.mjs). A county's items (hundreds to a few thousand) are
 * read by the region index and sorted. Only for the default order: another sort is the database's to plan.
 */
function listIndexFor(actor: Actor, query: Record<string, unknown>): string | null {
  const scopes = [actor.regionCode, typeof query.scope === 'string' && isRegionCode(query.scope) ? query.scope : null];
  if (scopes.some((code) => code && regionLevelOf(code) === 'county')) return 'idx_rectification_items_region';
  if (query._sort !== undefined && !/^dueOn(,id)?$/.test(String(query._sort))) return null;
  const single = (field: string) => typeof query[field] === 'string';
  if (query.overdue === 'true') return 'idx_rectification_items_open_due';
  if (single('campaignId') && single('state')) return 'idx_rectification_items_campaign_state_due';
  for (const [field, index] of LIST_INDEXES) if (single(field)) return index;
  // no filter: the list order itself (a deep page's key walk reads 45k index entries in 6 ms, where the region
  // range MariaDB prefers sorts them all: 60 ms)
  return 'idx_rectification_items_due';
}
/** the (filter, dueOn, id, regionCode) index of each single-valued filter, the most selective first */
const LIST_INDEXES: [string, string][] = [
  ['supervised', 'idx_rectification_items_supervised_due'],
  ['state', 'idx_rectification_items_state_due'],
  ['campaignId', 'idx_rectification_items_campaign_due'],
  ['category', 'idx_rectification_items_category_due'],
];

/** What the screening job hands over for one county × year × problem type (source `screening`). */
export interface ScreeningFinding {
  campaignId: number;
  regionCode: string;
  problemType: ProblemType;
  /** the key that makes a re-run find the same open item, e.g. `450202:2026:zero_copay` */
  sourceRef: string;
  title: string;
  description: string | null;
  affectedPersons: number;
  amount: number;
  identifiedOn: string;
}

const subTasksOf = (item: RectificationItem): RectificationSubTasks | null =>
  item.subTasksJson ? (JSON.parse(item.subTasksJson) as RectificationSubTasks) : null;

/** 整改事项: the units' rectification ledgers, moved by the workflow engine and closed by the level above on evidence. */
@Injectable()
export class RectificationItemsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly attachments: AttachmentsService,
    private readonly responsibilityTables: ResponsibilityTablesService,
  ) {}

  onModuleInit(): void {
    const subject: WorkflowSubject<RectificationItem, RectificationItemRecord> = {
      definition: DEF,
      entity: RectificationItem,
      toRecord: async (actor, item, em) => (await this.records(actor, [item], em))[0],
      snapshot: (item) => this.snapshot(item),
      title: (item, regionName) =>
        `${regionName ?? item.regionCode} ${PROBLEM_TYPE_LABELS[item.problemType as ProblemType] ?? item.problemType}：${item.title}`,
      // 申请销号 on evidence, a transition item with its three sub-tasks done (shared closureRefusal)
      effect: async (em, item, action) => {
        if (action !== 'request_closure') return;
        const attachments = (await this.attachments.counts(RESOURCE, [item.id], em)).get(item.id) ?? 0;
        const refusal = closureRefusal({ attachments, category: item.category as RectificationCategory, subTasks: subTasksOf(item) });
        if (refusal) throw fieldErrors([{ field: refusal.field, messages: [refusal.message] }]);
      },
      prepare: (item, action, now, payload: ActionPayload) => {
        switch (action) {
          case 'request_extension':
            return { requestedDueOn: String(payload.dueOn) };
          // 持续整改: the deadline moves only here, to what was asked for
          case 'grant_extension':
            return { dueOn: item.requestedDueOn ?? item.dueOn, continuing: true, requestedDueOn: null };
          case 'refuse_extension':
            return { requestedDueOn: null };
          // 销号 or 核实排除: when the item finished (a screening counts only settlements recorded after it)
          case 'close':
          case 'dismiss':
            return { closedAt: now };
          default:
            return {};
        }
      },
      // the unit's steps are due on the item's deadline; the verifier's wait their stage's days
      dueAt: (item) => (DEF.states[item.state]?.editable ? endOfChinaDay(item.dueOn) : stageDueAt(DEF, item)),
      dueAtSql: (alias, sql) => {
        const unitStates = Object.entries(DEF.states)
          .filter(([, st]) => st.editable)
          .map(([state]) => `'${state}'`);
        return `(CASE WHEN ${alias}.state IN (${unitStates.join(', ')}) THEN ${sql.endOfChinaDay(`${alias}.dueOn`)} ELSE ${stageDueAtSql(DEF, alias, sql)} END)`;
      },
    };
    this.workflow.register(subject);
    // evidence of the rectification: added and removed by the unit while it rectifies; the verifier reads it
    this.attachments.register<RectificationItem>({
      resource: RESOURCE,
      find: (actor, id, em) => this.load(actor, id, em),
      writers: UNIT,
      frozen: (item) => (DEF.states[item.state]?.editable ? null : notEditable(item.state).message),
    });
  }

  private snapshot(item: RectificationItem) {
    return {
      title: item.title,
      description: item.description,
      localPolicy: item.localPolicy,
      affectedPersons: item.affectedPersons,
      amount: item.amount,
      dueOn: item.dueOn,
      responsibleRole: item.responsibleRole,
      measures: item.measures,
      subTasks: subTasksOf(item),
    };
  }

  /** The records of several items with one query each for names, campaigns, responsible persons and evidence counts. */
  private async records(actor: Actor, items: RectificationItem[], em: EntityManager = this.ds.manager): Promise<RectificationItemRecord[]> {
    if (!items.length) return [];
    const campaignIds = [...new Set(items.map((i) => i.campaignId))];
    const [names, campaigns, responsible, counts] = await Promise.all([
      this.regions.names(items.map((i) => i.regionCode)),
      em.getRepository(RectificationCampaign).find({ where: { id: In(campaignIds) }, select: { id: true, name: true } }),
      this.responsibilityTables.approvedRows(
        items.filter((i) => i.responsibleRole).map((i) => ({ regionCode: i.regionCode, year: Number(i.identifiedOn.slice(0, 4)) })),
      ),
      this.attachments.counts(
        RESOURCE,
        items.map((i) => i.id),
        em,
      ),
    ]);
    const campaignName = new Map(campaigns.map((c) => [c.id, c.name]));
    const today = chinaDate(new Date());
    return items.map((item) => {
      const row: ResponsibilityRow | undefined = item.responsibleRole
        ? responsible.get(`${item.regionCode}:${item.identifiedOn.slice(0, 4)}`)?.find((r) => r.role === item.responsibleRole && r.name)
        : undefined;
      const finished = FINISHED_ITEM_STATES.includes(item.state);
      return {
        id: item.id,
        campaignId: item.campaignId,
        campaignName: campaignName.get(item.campaignId) ?? null,
        regionCode: item.regionCode,
        regionName: names.get(item.regionCode) ?? null,
        problemType: item.problemType as ProblemType,
        category: item.category as RectificationCategory,
        title: item.title,
        description: item.description,
        localPolicy: item.localPolicy,
        source: item.source as RectificationSource,
        sourceRef: item.sourceRef,
        affectedPersons: item.affectedPersons,
        amount: item.amount,
        identifiedOn: item.identifiedOn,
        dueOn: item.dueOn,
        daysLeft: finished ? null : daysBetween(today, item.dueOn),
        overdue: isOverdue(item.state, item.dueOn, today),
        continuing: !!item.continuing,
        requestedDueOn: item.requestedDueOn,
        supervised: !!item.supervised,
        supervision: item.supervised
          ? { letterNo: item.supervisionLetterNo ?? '', comment: item.supervisionComment, by: item.supervisedBy ?? '', at: iso(item.supervisedAt)! }
          : null,
        responsibleRole: item.responsibleRole,
        responsiblePerson: row?.name ?? null,
        responsibleContact: row ? { unit: row.unit, title: row.title, phone: row.phone } : null,
        measures: item.measures,
        subTasks: subTasksOf(item),
        attachmentCount: counts.get(item.id) ?? 0,
        state: item.state,
        version: item.version,
        actions: this.workflow.actionsFor(actor, RESOURCE, item),
        editable: !!DEF.states[item.state]?.editable && actsAt(actor, item.regionCode, UNIT),
        closedAt: iso(item.closedAt),
        createdAt: iso(item.createdAt)!,
        updatedAt: iso(item.updatedAt)!,
      };
    });
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(RectificationItem).createQueryBuilder('i'), actor);
    const index = listIndexFor(actor, query);
    if (index) qb.useIndex(index);
    const { rows, total } = await fetchList(qb, query, RECTIFICATION_ITEM_LIST);
    return { rows: await this.records(actor, rows), total };
  }

  /**
   * 三张清单: a campaign's items in a region (default the caller's; outside its scope a 400 naming regionCode) as
   * one workbook, audited as an export. Bounded: more than MAX_LIST_ITEMS items is a 400 asking for a smaller region.
   */
  async sendLists(actor: Actor, campaignId: number, regionCode: string | undefined, res: Response): Promise<void> {
    const campaign = await this.campaignFor(actor, campaignId, this.ds.manager);
    const region = requestedRegion(actor, regionCode);
    const qb = scopeQuery(this.ds.getRepository(RectificationItem).createQueryBuilder('i'), region)
      .andWhere('i.campaignId = :campaignId', { campaignId })
      .orderBy('i.regionCode')
      .addOrderBy('i.id');
    if ((await qb.getCount()) > MAX_LIST_ITEMS)
      throw fieldError('regionCode', `该地区事项超过 ${MAX_LIST_ITEMS} 项，请按下级地区分别导出 (more than ${MAX_LIST_ITEMS} items: export a smaller region)`);
    const rows = await qb.getMany();
    const items: RectificationItemRecord[] = [];
    for (let i = 0; i < rows.length; i += 1000) items.push(...(await this.records(actor, rows.slice(i, i + 1000))));
    await this.audit.record(actor, {
      action: 'export',
      resource: RESOURCE,
      resourceId: region.regionCode,
      after: { campaignId, sheets: RECTIFICATION_LIST_SHEETS, rows: items.length, maskedIds: true },
    });
    const unitName = (await this.regions.name(region.regionCode)) ?? region.regionCode;
    await sendWorkbook(res, `${unitName}过度保障问题整改三张清单.xlsx`, (wb) =>
      rectificationListsWorkbook(wb, { campaign, unitName, today: chinaDate(new Date()), items }),
    );
  }

  /**
   * The board of regions × states: for each child region of `regionCode` (default the caller's; a county is its own
   * row) the items of its subtree per state, overdue and supervised — one grouped query over the scoped items.
   * Items filed at the region's own level (a city's own) make a row of their own.
   */
  async board(actor: Actor, campaignId: number | undefined, regionCode: string | undefined): Promise<RectificationBoard> {
    if (campaignId !== undefined) await this.campaignFor(actor, campaignId, this.ds.manager);
    const region = requestedRegion(actor, regionCode);
    const length = childCodeLength(region.regionCode);
    const child = `SUBSTR(i.regionCode, 1, ${length})`;
    const qb = scopeQuery(this.ds.getRepository(RectificationItem).createQueryBuilder('i'), region)
      .select(child, 'child')
      .addSelect('i.state', 'state')
      .addSelect('COUNT(*)', 'items')
      .addSelect(`SUM(CASE WHEN i.state NOT IN (${finishedSql}) AND i.dueOn < :today THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect('SUM(CASE WHEN i.supervised = 1 THEN 1 ELSE 0 END)', 'supervised')
      .setParameter('today', chinaDate(new Date()))
      .groupBy(child)
      .addGroupBy('i.state');
    if (campaignId !== undefined) qb.andWhere('i.campaignId = :campaignId', { campaignId });
    const raw = await qb.getRawMany<{ child: string; state: string; items: unknown; overdue: unknown; supervised: unknown }>();

    const states = Object.keys(DEF.states);
    const empty = (): RectificationBoardCounts => ({ states: Object.fromEntries(states.map((s) => [s, 0])), total: 0, overdue: 0, supervised: 0 });
    const counts = new Map<string, RectificationBoardCounts>();
    const totals = empty();
    for (const r of raw) {
      const code = String(r.child).padEnd(6, '0');
      const c = counts.get(code) ?? empty();
      counts.set(code, c);
      for (const into of [c, totals]) {
        into.states[r.state] = (into.states[r.state] ?? 0) + Number(r.items);
        into.total += Number(r.items);
        into.overdue += Number(r.overdue ?? 0);
        into.supervised += Number(r.supervised ?? 0);
      }
    }
    const children =
      region.level === 'county' ? [] : await this.ds.getRepository(Region).find({ where: { parentCode: region.regionCode }, order: { code: 'ASC' } });
    const codes = [
      ...new Set([
        ...(counts.has(region.regionCode) || region.level === 'county' ? [region.regionCode] : []),
        ...children.map((r) => r.code),
        ...counts.keys(),
      ]),
    ];
    const names = await this.regions.names([region.regionCode, ...codes]);
    const rows: RectificationBoardRow[] = codes.map((code) => ({
      regionCode: code,
      regionName: names.get(code) ?? null,
      own: code === region.regionCode,
      ...(counts.get(code) ?? empty()),
    }));
    return { regionCode: region.regionCode, regionName: names.get(region.regionCode) ?? null, campaignId: campaignId ?? null, states, rows, totals };
  }

  /** An item in the caller's scope (404 otherwise): the one access path, also the attachments' and the workflow's. */
  private async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<RectificationItem> {
    return assertInScope(actor, await em.findOneBy(RectificationItem, { id }), (i) => i.regionCode, RESOURCE, id);
  }

  async get(actor: Actor, id: number): Promise<RectificationItemRecord> {
    return (await this.records(actor, [await this.load(actor, id)]))[0];
  }

  /** The campaign an item is filed under: one the caller reads (its province's), else a 400 naming campaignId. */
  async campaignFor(actor: Pick<Actor, 'regionCode'>, campaignId: number, em: EntityManager): Promise<RectificationCampaign> {
    const campaign = await em.findOneBy(RectificationCampaign, { id: campaignId });
    if (!campaign || !isInScope(actor, campaign.regionCode, { includeAncestors: true }))
      throw fieldError('campaignId', `专项治理 ${campaignId} 不存在或不在您的管辖范围内 (no such campaign in your region)`);
    return campaign;
  }

  /**
   * 建账: a unit files an item for itself (自查) or a province or city for a unit below it (上级交办). The category
   * is the problem type's (a contradicting one is a 400), the deadline the category's default unless set earlier.
   */
  async create(actor: Actor, dto: CreateRectificationItemDto): Promise<RectificationItemRecord> {
    const level = regionLevelOf(dto.regionCode);
    if (level !== 'city' && level !== 'county') throw fieldError('regionCode', '被整改单位须为市或县 (the unit must be a city or a county)');
    if (!isInScope(actor, dto.regionCode) || (await this.regions.name(dto.regionCode)) === null)
      throw fieldError('regionCode', '不在您的管辖范围内 (outside your scope)');
    const source: RectificationSource = actor.regionCode === dto.regionCode ? 'self_check' : 'assigned';
    assertActsAt(actor, dto.regionCode, source === 'self_check' ? UNIT : ASSIGNER);
    if (dto.source && dto.source !== source) {
      throw fieldError(
        'source',
        source === 'self_check'
          ? '本单位登记的事项为自查 self_check (an item a unit files for itself is self_check)'
          : '为下级登记的事项为上级交办 assigned (an item filed for a unit below is assigned)',
      );
    }
    const category = categoryOf(dto.problemType);
    if (dto.category && dto.category !== category) {
      throw fieldError(
        'category',
        `“${PROBLEM_TYPE_LABELS[dto.problemType]}”属于${RECTIFICATION_CATEGORY_LABELS[category]}，不能登记为${RECTIFICATION_CATEGORY_LABELS[dto.category]} (${dto.problemType} is ${category}, S4 §五)`,
      );
    }
    const today = chinaDate(new Date());
    const identifiedOn = dto.identifiedOn ?? today;
    if (identifiedOn > today) throw fieldError('identifiedOn', `发现日期不能晚于今天 ${today} (not in the future)`);
    return inTransaction(this.ds, async (em) => {
      const campaign = await this.campaignFor(actor, dto.campaignId, em);
      if (!isWithinRegion(dto.regionCode, campaign.regionCode)) throw fieldError('regionCode', '不在该专项治理的范围内 (outside the campaign’s province)');
      let dueOn = defaultDueOn({ category, identifiedOn }, campaign);
      if (dto.dueOn !== undefined) {
        const refusal = dueOnRefusal(dto.dueOn, { category, identifiedOn }, campaign);
        if (refusal) throw fieldErrors([{ field: 'dueOn', messages: [refusal] }]);
        dueOn = dto.dueOn;
      }
      const item = await this.insert(em, actor, {
        campaignId: campaign.id,
        regionCode: dto.regionCode,
        problemType: dto.problemType,
        category,
        title: dto.title,
        description: dto.description ?? null,
        localPolicy: dto.localPolicy ?? null,
        source,
        sourceRef: dto.sourceRef ?? null,
        affectedPersons: dto.affectedPersons ?? null,
        amount: dto.amount ?? null,
        identifiedOn,
        dueOn,
        responsibleRole: dto.responsibleRole ?? null,
        measures: dto.measures ?? null,
      });
      return (await this.records(actor, [item], em))[0];
    });
  }

  private async insert(
    em: EntityManager,
    actor: Actor,
    fields: Omit<
      RectificationItem,
      | 'id'
      | 'state'
      | 'version'
      | 'stateChangedAt'
      | 'createdAt'
      | 'updatedAt'
      | 'continuing'
      | 'requestedDueOn'
      | 'supervised'
      | 'supervisionLetterNo'
      | 'supervisionComment'
      | 'supervisedBy'
      | 'supervisedAt'
      | 'subTasksJson'
      | 'closedAt'
      | 'createdById'
    >,
  ): Promise<RectificationItem> {
    const subTasks = initialSubTasks(fields.category as RectificationCategory);
    const saved = await em.save(
      em.create(RectificationItem, {
        ...fields,
        state: DEF.initial,
        version: 1,
        stateChangedAt: new Date(),
        continuing: false,
        requestedDueOn: null,
        supervised: false,
        supervisionLetterNo: null,
        supervisionComment: null,
        supervisedBy: null,
        supervisedAt: null,
        subTasksJson: subTasks ? JSON.stringify(subTasks) : null,
        closedAt: null,
        createdById: actor.userId,
      }),
    );
    await this.audit.append(em, actor, {
      action: 'create',
      resource: RESOURCE,
      resourceId: saved.id,
      after: { campaignId: saved.campaignId, regionCode: saved.regionCode, problemType: saved.problemType, source: saved.source, dueOn: saved.dueOn },
    });
    // a new item awaits its unit (开始整改): told like any record arriving in an inbox
    await this.workflow.created(em, actor, RESOURCE, saved);
    return saved;
  }

  /**
   * The seam for the screening job (数据筛查): the open item of `finding.sourceRef` gets the new figures, or — none
   * open — a new one is opened (a recurrence after 销号 is a finding of its own). In the caller's transaction, as
   * the job's actor; the caller has checked the campaign and the county against the job's region.
   */
  async openOrUpdateScreeningItem(em: EntityManager, actor: Actor, finding: ScreeningFinding): Promise<{ item: RectificationItem; created: boolean }> {
    const open = await em
      .getRepository(RectificationItem)
      .createQueryBuilder('i')
      .where('i.source = :source AND i.sourceRef = :ref', { source: 'screening', ref: finding.sourceRef })
      .andWhere(`i.state NOT IN (${finishedSql})`)
      .orderBy('i.id', 'DESC')
      .getOne();
    if (open) {
      if (open.affectedPersons === finding.affectedPersons && open.amount === finding.amount) return { item: open, created: false };
      await updateVersioned(
        em,
        RectificationItem,
        { id: open.id },
        open.version,
        { affectedPersons: finding.affectedPersons, amount: finding.amount },
        RESOURCE,
      );
      await this.audit.append(em, actor, {
        action: 'screening_update',
        resource: RESOURCE,
        resourceId: open.id,
        before: { affectedPersons: open.affectedPersons, amount: open.amount },
        after: { affectedPersons: finding.affectedPersons, amount: finding.amount },
      });
      return { item: await em.findOneByOrFail(RectificationItem, { id: open.id }), created: false };
    }
    const campaign = await em.findOneByOrFail(RectificationCampaign, { id: finding.campaignId });
    const category = categoryOf(finding.problemType);
    const item = await this.insert(em, actor, {
      campaignId: finding.campaignId,
      regionCode: finding.regionCode,
      problemType: finding.problemType,
      category,
      title: finding.title,
      description: finding.description,
      localPolicy: null,
      source: 'screening',
      sourceRef: finding.sourceRef,
      affectedPersons: finding.affectedPersons,
      amount: finding.amount,
      identifiedOn: finding.identifiedOn,
      dueOn: defaultDueOn({ category, identifiedOn: finding.identifiedOn }, campaign),
      responsibleRole: null,
      measures: null,
    });
    return { item, created: true };
  }

  /**
   * The seam for a problem found elsewhere — an inspection finding (督导检查发现的问题 → 整改, source `inspection`) or a
   * red scorecard cell (合规审计, source `compliance`): opens the item of the unit in the caller's transaction, so the
   * finding's link and the item stand or fall together; `sourceRef` names the finding or the cell. The campaign and
   * the deadline are checked as on `create` (400 naming campaignId / dueOn); the caller has checked the finding
   * against the actor.
   */
  async openSourcedItem(
    em: EntityManager,
    actor: Actor,
    source: Extract<RectificationSource, 'inspection' | 'compliance'>,
    finding: { campaignId: number; regionCode: string; problemType: ProblemType; dueOn?: string; title: string; description: string | null; sourceRef: string },
  ): Promise<RectificationItem> {
    const campaign = await this.campaignFor(actor, finding.campaignId, em);
    if (!isWithinRegion(finding.regionCode, campaign.regionCode))
      throw fieldError('campaignId', '问题所在单位不在该专项治理的范围内 (outside the campaign’s province)');
    const category = categoryOf(finding.problemType);
    const identifiedOn = chinaDate(new Date());
    let dueOn = defaultDueOn({ category, identifiedOn }, campaign);
    if (finding.dueOn !== undefined) {
      const refusal = dueOnRefusal(finding.dueOn, { category, identifiedOn }, campaign);
      if (refusal) throw fieldErrors([{ field: 'dueOn', messages: [refusal] }]);
      dueOn = finding.dueOn;
    }
    return this.insert(em, actor, {
      campaignId: campaign.id,
      regionCode: finding.regionCode,
      problemType: finding.problemType,
      category,
      title: finding.title,
      description: finding.description,
      localPolicy: null,
      source,
      sourceRef: finding.sourceRef,
      affectedPersons: null,
      amount: null,
      identifiedOn,
      dueOn,
      responsibleRole: null,
      measures: null,
    });
  }

  /** The sub-tasks after a PATCH: each sent one replaces its entry; done ones carry the day (today unless given, never later). */
  private mergedSubTasks(current: RectificationSubTasks, sent: RectificationSubTasksDto, today: string): RectificationSubTasks {
    const next = { ...current };
    for (const kind of SUB_TASK_KINDS) {
      const s = sent[kind];
      if (!s) continue;
      if (s.status === 'done' && s.doneOn && s.doneOn > today) throw fieldError(`subTasks.${kind}.doneOn`, `完成日期不能晚于今天 ${today} (not in the future)`);
      next[kind] = { status: s.status, note: s.note ?? null, doneOn: s.status === 'done' ? (s.doneOn ?? current[kind]?.doneOn ?? today) : null };
    }
    return next;
  }

  /** 整改中的更新: the unit edits its item while it is 待整改 or 整改中 (versioned). */
  async update(actor: Actor, id: number, dto: UpdateRectificationItemDto): Promise<RectificationItemRecord> {
    const current = await this.load(actor, id);
    assertActsAt(actor, current.regionCode, UNIT);
    if (!DEF.states[current.state]?.editable) throw notEditable(current.state);
    const { version, subTasks, dueOn, ...fields } = dto;
    const changes: Partial<RectificationItem> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
    return inTransaction(this.ds, async (em) => {
      if (dueOn !== undefined && dueOn !== current.dueOn) {
        const campaign = await em.findOneByOrFail(RectificationCampaign, { id: current.campaignId });
        const item = { category: current.category as RectificationCategory, identifiedOn: current.identifiedOn };
        const refusal = dueOnRefusal(dueOn, item, campaign, current.continuing ? current.dueOn : null);
        if (refusal) throw fieldErrors([{ field: 'dueOn', messages: [refusal] }]);
        changes.dueOn = dueOn;
      }
      if (subTasks !== undefined) {
        const existing = subTasksOf(current);
        if (!existing) throw fieldError('subTasks', '立行立改事项没有子任务 (an immediate item has no sub-tasks)');
        changes.subTasksJson = JSON.stringify(this.mergedSubTasks(existing, subTasks, chinaDate(new Date())));
      }
      await updateVersioned(em, RectificationItem, { id }, version, changes, RESOURCE);
      const updated = await em.findOneByOrFail(RectificationItem, { id });
      await this.audit.append(em, actor, {
        action: 'update',
        resource: RESOURCE,
        resourceId: id,
        before: { ...this.snapshot(current), version: current.version },
        after: { ...this.snapshot(updated), version: updated.version },
      });
      return (await this.records(actor, [updated], em))[0];
    });
  }

  /** 挂牌督办: the province lists an open item with a supervision letter (audited; the list filters on it). */
  async supervise(actor: Actor, id: number, dto: SuperviseRectificationItemDto): Promise<RectificationItemRecord> {
    return inTransaction(this.ds, async (em) => {
      const item = await this.load(actor, id, em);
      if (FINISHED_ITEM_STATES.includes(item.state) || item.supervised) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: item.supervised
            ? `该事项已挂牌督办（${item.supervisionLetterNo}） (already under listed supervision)`
            : `“${DEF.states[item.state].label.zh}”的事项不能挂牌督办 (a ${item.state} item cannot be put under supervision)`,
          details: { reason: item.supervised ? 'already_supervised' : 'wrong_state', state: item.state },
        });
      }
      const now = new Date();
      await updateVersioned(
        em,
        RectificationItem,
        { id },
        item.version,
        { supervised: true, supervisionLetterNo: dto.letterNo, supervisionComment: dto.comment || null, supervisedBy: actor.username, supervisedAt: now },
        RESOURCE,
      );
      const updated = await em.findOneByOrFail(RectificationItem, { id });
      await this.audit.append(em, actor, {
        action: 'supervise',
        resource: RESOURCE,
        resourceId: id,
        before: { supervised: false, version: item.version },
        after: { supervised: true, letterNo: dto.letterNo, comment: dto.comment || null, version: updated.version },
      });
      return (await this.records(actor, [updated], em))[0];
    });
  }
}
