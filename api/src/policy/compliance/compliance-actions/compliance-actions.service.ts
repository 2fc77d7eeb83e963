import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  chinaDate,
  COMPLIANCE_ACTION_STATUS_CODES,
  COMPLIANCE_ACTION_WORKFLOW,
  COMPLIANCE_INDICATOR_CODES,
  COMPLIANCE_OPEN_ACTION_STATES,
  isWithinRegion,
  regionLevelOf,
  type ComplianceActionRecord,
  type ComplianceActionStatus,
  type ComplianceIndicatorId,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { conditionFilter, fetchList, ListSpec } from '../../../common/list';
import { ActsAt, assertActsAt } from '../../../common/record-access';
import { assertInScope, isInScope, scopeQuery, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { User } from '../../../platform/users/user.entity';
import { endOfChinaDay } from '../../../platform/workflow/due-dates';
import { WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import { RectificationItemsService } from '../../rectification/rectification-items/rectification-items.service';
import { ComplianceAction } from './compliance-action.entity';
import type { CreateComplianceActionDto } from './compliance-actions.dto';
import { cellRef, checkedCell } from './compliance-cell';

const RESOURCE = 'compliance-actions';
const DEF = COMPLIANCE_ACTION_WORKFLOW;
const openSql = COMPLIANCE_OPEN_ACTION_STATES.map((s) => `'${s}'`).join(', ');

/** The province and cities file follow-ups on cells at or below them (a county answers for its cells, never files). */
export const COMPLIANCE_FILER: ActsAt = {
  roles: ['province_supervisor', 'city_officer'],
  level: 'subtree',
  message: '只能由省、市医保局对本辖区的指标提出跟进事项 (only the province or a city files follow-ups, on cells in its region)',
};

export const COMPLIANCE_ACTION_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    period: { type: 'string' },
    indicatorId: { type: 'string' },
    responsibleRegionCode: { type: 'string' },
    filedRegionCode: { type: 'string' },
    status: { type: 'string', column: 'state' },
    dueOn: { type: 'string' },
    reviewOn: { type: 'string' },
    rectificationItemId: { type: 'int' },
    updatedAt: { type: 'date' },
    // open or in progress, and today (China date) after dueOn — `isOverdue` below in SQL
    overdue: conditionFilter((alias, p) => ({ sql: `(${alias}.state IN (${openSql}) AND ${alias}.dueOn < :${p})`, params: { [p]: chinaDate(new Date()) } })),
    // the region's page: actions on cells of a region's subtree
    scope: SUBTREE_FILTER,
  },
  search: ['title'],
  defaultSort: [
    ['dueOn', 'ASC'],
    ['id', 'ASC'],
  ],
};

const isOverdue = (a: Pick<ComplianceAction, 'state' | 'dueOn'>, today: string) =>
  COMPLIANCE_OPEN_ACTION_STATES.includes(a.state as ComplianceActionStatus) && a.dueOn < today;

/**
 * 跟进事项 on scorecard cells (issue 18): filed by the province or a city for a responsible unit, moved through the
 * workflow engine (a comment on every change; history, inbox and notifications from the engine), or opening a
 * rectification item (source `compliance`) directly.
 */
@Injectable()
export class ComplianceActionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly rectificationItems: RectificationItemsService,
  ) {}

  onModuleInit(): void {
    const subject: WorkflowSubject<ComplianceAction, ComplianceActionRecord> = {
      definition: DEF,
      entity: ComplianceAction,
      toRecord: async (actor, action) => (await this.records(actor, [action]))[0],
      snapshot: (a) => ({ title: a.title, responsibleRegionCode: a.responsibleRegionCode, dueOn: a.dueOn, reviewOn: a.reviewOn }),
      title: (a, regionName) =>
        `${regionName ?? a.regionCode} ${a.period} ${a.indicatorId} ${COMPLIANCE_INDICATOR_CODES.zh[a.indicatorId as ComplianceIndicatorId] ?? ''}：${a.title}`,
      // the responsible unit's steps are due on the action's deadline; a finished action waits on nobody
      dueAt: (a) => (COMPLIANCE_OPEN_ACTION_STATES.includes(a.state as ComplianceActionStatus) ? endOfChinaDay(a.dueOn) : null),
      dueAtSql: (alias, sql) => `(CASE WHEN ${alias}.state IN (${openSql}) THEN ${sql.endOfChinaDay(`${alias}.dueOn`)} ELSE NULL END)`,
    };
    this.workflow.register(subject);
  }

  async records(actor: Actor, actions: ComplianceAction[]): Promise<ComplianceActionRecord[]> {
    if (!actions.length) return [];
    const names = await this.regions.names(actions.flatMap((a) => [a.regionCode, a.responsibleRegionCode]));
    const today = chinaDate(new Date());
    return actions.map((a) => ({
      id: a.id,
      regionCode: a.regionCode,
      regionName: names.get(a.regionCode) ?? null,
      period: a.period,
      indicatorId: a.indicatorId as ComplianceIndicatorId,
      title: a.title,
      responsibleRegionCode: a.responsibleRegionCode,
      responsibleRegionName: names.get(a.responsibleRegionCode) ?? null,
      filedRegionCode: a.filedRegionCode,
      dueOn: a.dueOn,
      reviewOn: a.reviewOn,
      status: a.state as ComplianceActionStatus,
      state: a.state as ComplianceActionStatus,
      overdue: isOverdue(a, today),
      rectificationItemId: a.rectificationItemId,
      createdBy: a.createdByName,
      createdAt: iso(a.createdAt)!,
      updatedAt: iso(a.updatedAt)!,
      version: a.version,
      actions: this.workflow.actionsFor(actor, RESOURCE, a),
    }));
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(ComplianceAction).createQueryBuilder('a'), actor);
    const { rows, total } = await fetchList(qb, query, COMPLIANCE_ACTION_LIST);
    return { rows: await this.records(actor, rows), total };
  }

  async get(actor: Actor, id: number): Promise<ComplianceActionRecord> {
    const action = assertInScope(actor, await this.ds.getRepository(ComplianceAction).findOneBy({ id }), (a) => a.regionCode, RESOURCE, id);
    return (await this.records(actor, [action]))[0];
  }

  /**
   * Files an action on a cell in the caller's scope (404 otherwise) for a responsible unit: the cell's region or one
   * above it, within the filer's scope (400 naming responsibleRegionCode). With `rectification`, the unit's
   * rectification item is opened in the same transaction (source `compliance`, sourceRef the cell) and linked.
   */
  async create(actor: Actor, dto: CreateComplianceActionDto): Promise<ComplianceActionRecord> {
    const cell = await checkedCell(actor, this.regions, dto);
    assertActsAt(actor, cell.regionCode, COMPLIANCE_FILER);
    const responsible = dto.responsibleRegionCode;
    if (!isWithinRegion(cell.regionCode, responsible) || !isInScope(actor, responsible) || (await this.regions.name(responsible)) === null)
      throw fieldError(
        'responsibleRegionCode',
        'responsibleRegionCode: 责任单位须为该指标所属地区或其上级，且在您的管辖范围内 (the cell’s region or one above it, in your scope)',
      );
    const today = chinaDate(new Date());
    if (dto.dueOn < today) throw fieldError('dueOn', `dueOn: 办结期限不能早于今天 ${today} (not in the past)`);
    if (dto.reviewOn !== undefined && dto.reviewOn < today) throw fieldError('reviewOn', `reviewOn: 复核日期不能早于今天 ${today} (not in the past)`);
    if (dto.rectification && !['city', 'county'].includes(regionLevelOf(responsible)))
      throw fieldError('responsibleRegionCode', 'responsibleRegionCode: 整改事项的被整改单位须为市或县 (a rectification item is a city’s or a county’s)');
    return inTransaction(this.ds, async (em) => {
      const author = await em.findOne(User, { select: { id: true, displayName: true }, where: { id: actor.userId } });
      let rectificationItemId: number | null = null;
      if (dto.rectification) {
        const item = await this.rectificationItems.openSourcedItem(em, actor, 'compliance', {
          campaignId: dto.rectification.campaignId,
          regionCode: responsible,
          problemType: dto.rectification.problemType,
          dueOn: dto.dueOn,
          title: dto.title,
          description: dto.rectification.description ?? null,
          sourceRef: cellRef(cell),
        });
        rectificationItemId = item.id;
      }
      const saved = await em.save(
        em.create(ComplianceAction, {
          regionCode: cell.regionCode,
          period: cell.period.period,
          indicatorId: cell.indicatorId,
          title: dto.title,
          responsibleRegionCode: responsible,
          filedRegionCode: actor.regionCode,
          dueOn: dto.dueOn,
          reviewOn: dto.reviewOn ?? null,
          state: DEF.initial,
          stateChangedAt: new Date(),
          version: 1,
          rectificationItemId,
          createdById: actor.userId,
          createdByName: author?.displayName ?? actor.username,
        }),
      );
      await this.audit.append(em, actor, {
        action: 'create',
        resource: RESOURCE,
        resourceId: saved.id,
        after: { cell: cellRef(cell), responsibleRegionCode: responsible, dueOn: saved.dueOn, reviewOn: saved.reviewOn, rectificationItemId },
      });
      // the responsible unit's officers are told at once, like any record arriving in an inbox
      await this.workflow.created(em, actor, RESOURCE, saved);
      return (await this.records(actor, [saved]))[0];
    });
  }

  /** Open follow-ups in a region's subtree (the home page): how many, how many overdue, the first `take` by due date. */
  async openSummary(actor: Actor, regionCode: string, take: number): Promise<{ total: number; overdue: number; items: ComplianceActionRecord[] }> {
    const base = () => scopeQuery(this.ds.getRepository(ComplianceAction).createQueryBuilder('a'), { regionCode }).andWhere(`a.state IN (${openSql})`);
    const [rows, total, overdue] = await Promise.all([
      base().orderBy('a.dueOn', 'ASC').addOrderBy('a.id', 'ASC').take(take).getMany(),
      base().getCount(),
      base()
        .andWhere('a.dueOn < :today', { today: chinaDate(new Date()) })
        .getCount(),
    ]);
    return { total, overdue, items: await this.records(actor, rows) };
  }

  /** Every action on the cells of a region's subtree in a period (the scorecard export's follow-up sheet), bounded. */
  async forPeriod(actor: Actor, regionCode: string, period: string, max: number): Promise<ComplianceActionRecord[]> {
    const rows = await scopeQuery(this.ds.getRepository(ComplianceAction).createQueryBuilder('a'), { regionCode })
      .andWhere('a.period = :period', { period })
      .orderBy('a.regionCode', 'ASC')
      .addOrderBy('a.indicatorId', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(max)
      .getMany();
    return this.records(actor, rows);
  }

  /** The follow-ups on the cells of a region's subtree in a period, by status (the annual report's figures). */
  async countsByStatus(regionCode: string, period: string, em: EntityManager = this.ds.manager): Promise<Record<ComplianceActionStatus, number>> {
    const rows = await scopeQuery(em.getRepository(ComplianceAction).createQueryBuilder('a'), { regionCode })
      .select('a.state', 'state')
      .addSelect('COUNT(*)', 'n')
      .andWhere('a.period = :period', { period })
      .groupBy('a.state')
      .getRawMany<{ state: string; n: number | string }>();
    const counts = Object.fromEntries(COMPLIANCE_ACTION_STATUS_CODES.values.map((s) => [s, 0])) as Record<ComplianceActionStatus, number>;
    for (const r of rows) if (COMPLIANCE_ACTION_STATUS_CODES.is(r.state)) counts[r.state] = Number(r.n);
    return counts;
  }
}
