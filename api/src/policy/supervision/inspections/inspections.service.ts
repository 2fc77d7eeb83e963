import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  addDays,
  chinaDate,
  CONCEALED_INSPECTION_KINDS,
  INSPECTION_CONCEALED_STATES,
  INSPECTION_KIND_CODES,
  INSPECTION_WORKFLOW,
  isWithinRegion,
  parentRegionCodeOf,
  regionLevelOf,
  type InspectionArea,
  type InspectionKind,
  type InspectionRecord,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { ActsAt, assertActsAt } from '../../../common/record-access';
import { isInScope, notFound, SUBTREE_FILTER, scopeQuery, codeSetFilter } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AttachmentsService } from '../../../platform/attachments/attachments.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { endOfChinaDay, stageDueAt, stageDueAtSql } from '../../../platform/workflow/due-dates';
import { levelRecord, WorkflowService, WorkflowSubject } from '../../../platform/workflow/workflow.service';
import { InspectionFinding } from '../inspection-findings/inspection-finding.entity';
import type { CreateInspectionDto, UpdateInspectionDto } from './inspections.dto';
import { RESPONSE_DAYS } from './inspections.dto';
import { Inspection } from './inspection.entity';

const RESOURCE = 'inspections';
const DEF = INSPECTION_WORKFLOW;

/** The inspecting unit plans, edits and records findings, at the region the inspection names (the workflow's column level). */
export const INSPECTING_UNIT: ActsAt = {
  roles: DEF.actions.start.roles,
  level: DEF.actions.start.level,
  message: '督导检查由检查单位（inspectingRegionCode 所在的省、市医保局）办理 (only the inspecting unit acts on an inspection)',
};

const wrap = (codes: readonly string[]) => `,${codes.join(',')},`;
const areasOf = (r: Inspection) => r.areas.split(',').filter(Boolean) as InspectionArea[];

/**
 * 暗访 and 飞行检查 are hidden from the inspected unit until the feedback: the condition every read of an inspection
 * (and of its findings, joined) goes through. "The actor's region lies inside the inspection's region" is the
 * inspection's region being the actor's own or one above it — a short list of codes, an indexed IN.
 */
export function inspectionVisibleTo(actor: Pick<Actor, 'regionCode'>, alias: string, p = 'conceal'): { sql: string; params: Record<string, unknown> } {
  const selfAndAbove: string[] = [];
  for (let code: string | null = actor.regionCode; code; code = parentRegionCodeOf(code)) selfAndAbove.push(code);
  return {
    sql: `NOT (${alias}.kind IN (:...${p}Kinds) AND ${alias}.state IN (:...${p}States) AND ${alias}.regionCode IN (:...${p}Regions))`,
    params: { [`${p}Kinds`]: CONCEALED_INSPECTION_KINDS, [`${p}States`]: INSPECTION_CONCEALED_STATES, [`${p}Regions`]: selfAndAbove },
  };
}

/** Inspections the actor may read: its region scope and the concealment rule — the list's and every load's query. */
export function readableInspections(em: EntityManager, actor: Pick<Actor, 'regionCode'>, alias = 'i'): SelectQueryBuilder<Inspection> {
  const visible = inspectionVisibleTo(actor, alias);
  return scopeQuery(em.getRepository(Inspection).createQueryBuilder(alias), actor).andWhere(visible.sql, visible.params);
}

/**
 * Findings the actor may read: the responsible unit in its scope, of an inspection the actor may see (a concealed
 * inspection's findings stay hidden with it: the same condition on the joined inspection).
 */
export function readableFindings(em: EntityManager, actor: Pick<Actor, 'regionCode'>): SelectQueryBuilder<InspectionFinding> {
  const visible = inspectionVisibleTo(actor, 'fi');
  return scopeQuery(em.getRepository(InspectionFinding).createQueryBuilder('f'), actor)
    .innerJoin(Inspection, 'fi', 'fi.id = f.inspectionId')
    .andWhere(visible.sql, visible.params);
}

export const INSPECTION_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    inspectingRegionCode: { type: 'string' },
    kind: { type: 'string' },
    state: { type: 'string' },
    plannedFrom: { type: 'string' },
    plannedTo: { type: 'string' },
    responseDueOn: { type: 'string' },
    updatedAt: { type: 'date' },
    // one area among the inspection's (a comma-wrapped code set)
    area: codeSetFilter('area', 'areas', (code) => /^[a-z_]{1,32}$/.test(code), '须为一个检查领域代码 (an area code)'),
    // a region and its subtree; the list is within the caller's scope already
    scope: SUBTREE_FILTER,
  },
  search: ['title', 'teamLeader', 'noticeNo'],
  defaultSort: [['plannedFrom', 'DESC']],
};

/**
 * 督导检查: planned by the province or a city for a city or county below it, carried through
 * `INSPECTION_WORKFLOW` by the inspecting unit (its column level), answered by the inspected unit. One read path
 * (`readableInspections`) serves the list, every load, the engine's actions and the attachments.
 */
@Injectable()
export class InspectionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly attachments: AttachmentsService,
  ) {}

  onModuleInit(): void {
    const subject: WorkflowSubject<Inspection, InspectionRecord> = {
      definition: DEF,
      entity: Inspection,
      load: (em, actor, id) => this.load(actor, id, em),
      toRecord: async (actor, r, em) => (await this.records(actor, [r], em))[0],
      snapshot: (r) => ({ title: r.title, plannedFrom: r.plannedFrom, plannedTo: r.plannedTo, areas: areasOf(r), responseDays: r.responseDays }),
      title: (r, regionName) => `${regionName ?? r.regionCode} ${INSPECTION_KIND_CODES.zh[r.kind as InspectionKind] ?? r.kind}：${r.title}`,
      // the answer is due `responseDays` after the feedback; the other stages have no deadline
      dueAt: (r) => (r.state === 'feedback_sent' && r.responseDueOn ? endOfChinaDay(r.responseDueOn) : stageDueAt(DEF, r)),
      dueAtSql: (alias, sql) =>
        `(CASE WHEN ${alias}.state = 'feedback_sent' AND ${alias}.responseDueOn IS NOT NULL THEN ${sql.endOfChinaDay(`${alias}.responseDueOn`)} ELSE ${stageDueAtSql(DEF, alias, sql)} END)`,
      effect: async (em, r, action, _actor, _comment, payload) => {
        if (action === 'report') {
          const findings = await em.countBy(InspectionFinding, { inspectionId: r.id });
          const files = (await this.attachments.counts(RESOURCE, [r.id], em)).get(r.id) ?? 0;
          if (!findings && !files)
            throw fieldError('findings', '形成报告前须至少记录一个问题或上传检查报告 (record at least one finding or attach the report first)');
        }
        if (action === 'return' && String(payload.responseDueOn) <= chinaDate(new Date()))
          throw fieldError('responseDueOn', '重新报送期限须在今天之后 (the new answer deadline must be after today)');
        if (action === 'close') {
          const open = await em.countBy(InspectionFinding, { inspectionId: r.id, disposition: 'none' });
          if (open)
            throw new ConflictException({
              statusCode: 409,
              error: 'Conflict',
              message: `还有 ${open} 个问题未处置（转整改或移交问责），不能办结 (${open} findings not yet disposed of)`,
              details: { reason: 'findings_not_disposed', count: open },
            });
        }
      },
      prepare: (r, action, now, payload) => {
        // a returned answer is due again by the date the return sets
        if (action === 'return') return { responseDueOn: String(payload.responseDueOn) };
        if (action !== 'send_feedback') return {};
        const on = chinaDate(now);
        return { feedbackSentOn: on, responseDueOn: addDays(on, r.responseDays) };
      },
    };
    this.workflow.register(subject);
    // the report and the inspecting unit's papers: added by the inspecting unit until the inspection is closed
    this.attachments.register<Inspection>({
      resource: RESOURCE,
      find: (actor, id, em) => this.load(actor, id, em),
      writers: INSPECTING_UNIT,
      frozen: (r) => (r.state === 'closed' ? '已办结的督导检查不能再修改附件 (a closed inspection’s files are final)' : null),
    });
  }

  private async records(actor: Actor, rows: Inspection[], em: EntityManager = this.ds.manager): Promise<InspectionRecord[]> {
    const names = await this.regions.names([...rows.map((r) => r.regionCode), ...rows.map((r) => r.inspectingRegionCode)]);
    const counts = new Map<number, number>();
    if (rows.length) {
      const found = await em
        .getRepository(InspectionFinding)
        .createQueryBuilder('f')
        .select('f.inspectionId', 'inspectionId')
        .addSelect('COUNT(*)', 'n')
        .where('f.inspectionId IN (:...ids)', { ids: rows.map((r) => r.id) })
        .groupBy('f.inspectionId')
        .getRawMany<{ inspectionId: number; n: string | number }>();
      for (const f of found) counts.set(Number(f.inspectionId), Number(f.n));
    }
    return rows.map((r) => ({
      id: r.id,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? null,
      inspectingRegionCode: r.inspectingRegionCode,
      inspectingRegionName: names.get(r.inspectingRegionCode) ?? null,
      kind: r.kind as InspectionKind,
      title: r.title,
      plannedFrom: r.plannedFrom,
      plannedTo: r.plannedTo,
      teamLeader: r.teamLeader,
      members: r.members,
      areas: areasOf(r),
      noticeNo: r.noticeNo,
      responseDays: r.responseDays,
      feedbackSentOn: r.feedbackSentOn,
      responseDueOn: r.responseDueOn,
      findingCount: counts.get(r.id) ?? 0,
      state: r.state,
      version: r.version,
      actions: this.workflow.actionsFor(actor, RESOURCE, r),
      createdAt: iso(r.createdAt)!,
      updatedAt: iso(r.updatedAt)!,
    }));
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(readableInspections(this.ds.manager, actor), query, INSPECTION_LIST);
    return { rows: await this.records(actor, rows), total };
  }

  /** An inspection the caller may read (404 otherwise, concealed ones included): the one access path. */
  async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<Inspection> {
    const found = await readableInspections(em, actor).andWhere('i.id = :id', { id }).getOne();
    if (!found) throw notFound(RESOURCE, id);
    return found;
  }

  async get(actor: Actor, id: number): Promise<InspectionRecord> {
    return (await this.records(actor, [await this.load(actor, id)]))[0];
  }

  /**
   * 制定督导计划: the inspecting unit is the planner's own region; the inspected city or county lies below it. `em`: in
   * the caller's transaction (a 双随机 draw plans its flight checks and records their ids in one).
   */
  async create(actor: Actor, dto: CreateInspectionDto, em?: EntityManager): Promise<InspectionRecord> {
    const inspecting = dto.inspectingRegionCode ?? actor.regionCode;
    if (inspecting !== actor.regionCode) throw fieldError('inspectingRegionCode', '检查单位须为本单位 (the inspecting unit is your own region)');
    const level = regionLevelOf(dto.regionCode);
    if (level !== 'city' && level !== 'county') throw fieldError('regionCode', '被检查单位须为市或县 (the inspected unit must be a city or a county)');
    if (
      dto.regionCode === inspecting ||
      !isWithinRegion(dto.regionCode, inspecting) ||
      !isInScope(actor, dto.regionCode) ||
      (await this.regions.name(dto.regionCode)) === null
    )
      throw fieldError('regionCode', '被检查单位须在本单位之下 (the inspected unit must lie below yours)');
    if (dto.plannedTo < dto.plannedFrom) throw fieldError('plannedTo', `结束日期不能早于开始日期 ${dto.plannedFrom} (not before plannedFrom)`);
    const write = async (em: EntityManager) => {
      const saved = await em.save(
        em.create(Inspection, {
          regionCode: dto.regionCode,
          inspectingRegionCode: inspecting,
          kind: dto.kind,
          title: dto.title,
          plannedFrom: dto.plannedFrom,
          plannedTo: dto.plannedTo,
          teamLeader: dto.teamLeader,
          members: dto.members ?? null,
          areas: wrap([...new Set(dto.areas)]),
          noticeNo: dto.noticeNo ?? null,
          responseDays: dto.responseDays ?? RESPONSE_DAYS.default,
          feedbackSentOn: null,
          responseDueOn: null,
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
        after: { regionCode: saved.regionCode, inspectingRegionCode: saved.inspectingRegionCode, kind: saved.kind, plannedFrom: saved.plannedFrom },
      });
      return (await this.records(actor, [saved], em))[0];
    };
    return em ? write(em) : inTransaction(this.ds, write);
  }

  /** The plan, while planned or under way, by the inspecting unit (versioned). */
  async update(actor: Actor, id: number, dto: UpdateInspectionDto): Promise<InspectionRecord> {
    return inTransaction(this.ds, async (em) => {
      const r = await this.load(actor, id, em);
      assertActsAt(actor, levelRecord(r), INSPECTING_UNIT);
      if (!DEF.states[r.state]?.editable)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `“${DEF.states[r.state].label.zh}”状态下不能修改检查计划 (the plan is fixed in state ${r.state})`,
          details: { reason: 'wrong_state', state: r.state },
        });
      const { version, areas, ...fields } = dto;
      const changes: Partial<Inspection> = {};
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
      if (areas !== undefined) changes.areas = wrap([...new Set(areas)]);
      const from = changes.plannedFrom ?? r.plannedFrom;
      const to = changes.plannedTo ?? r.plannedTo;
      if (to < from) throw fieldError('plannedTo', `结束日期不能早于开始日期 ${from} (not before plannedFrom)`);
      await updateVersioned(em, Inspection, { id }, version, changes, RESOURCE);
      const updated = await em.findOneByOrFail(Inspection, { id });
      await this.audit.append(em, actor, { action: 'update', resource: RESOURCE, resourceId: id, before: { version: r.version }, after: changes });
      return (await this.records(actor, [updated], em))[0];
    });
  }
}
