import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { availableActions, InboxItem, InboxSummary, type WorkflowLevel } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fetchRawList, ListSpec } from '../../common/list';
import { scopeQuery } from '../../common/region-scope';
import { dialectOf } from '../../database/data-source';
import { Region } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import { DueSql, dueSql, stageDueAtSql } from './due-dates';
import { Approvable, levelRecord, WorkflowService, WorkflowSubject } from './workflow.service';

/** One row of the inbox query: a record awaiting the caller, with its sort keys. */
interface InboxRow extends ObjectLiteral {
  resource: string;
  id: number | string;
}

/**
 * `GET /api/inbox` follows the list contract: filters `resource` (repeatable) and `overdue`, sorts
 * `dueAt`, `waitingSince`, `overdue`, `resource`; default overdue first, then the longest waiting.
 * `dueAt` sorts records without a deadline last.
 */
export const INBOX_LIST: ListSpec = {
  fields: {
    resource: { type: 'string', operators: ['eq'] },
    overdue: { type: 'boolean', operators: ['eq'] },
    regionCode: { type: 'string', operators: ['eq'] },
    dueAt: { type: 'date', operators: [] },
    waitingSince: { type: 'date', operators: ['gte', 'lte'] },
  },
  defaultSort: [
    ['overdue', 'DESC'],
    ['waitingSince', 'ASC'],
  ],
  maxPageSize: 200,
  uniqueKey: ['resource', 'id'],
};

/**
 * A kind of record that awaits someone outside the workflow engine (an open verification task with its
 * deadline): declared by its service in `onModuleInit` with `InboxService.register()`, then counted, sorted and
 * paged in the inbox's one UNION ALL beside the workflows. The inbox applies the reader's region scope.
 */
export interface InboxSource<E extends { id: number; regionCode: string } = { id: number; regionCode: string }> {
  resource: string;
  entity: EntityTarget<E>;
  /** the SQL condition over `alias` under which a record in scope awaits `actor`; null: none ever does */
  awaiting(actor: Actor, alias: string, param: string): { sql: string; params: Record<string, unknown> } | null;
  /** the column the record has waited since */
  waitingSinceSql(alias: string): string;
  /** when it is due, in SQL (NULL: no deadline) */
  dueAtSql(alias: string, sql: DueSql): string;
  /** the inbox line of a loaded record */
  item(actor: Actor, record: E, regionName: string | null): InboxItem;
  /** makes the records the inbox reads, where they exist only once read (a year's reporting tasks); idempotent */
  prepare?(actor: Actor): Promise<void>;
}

/** Far enough ahead to sort "no deadline" after every real one on both dialects. */
const NO_DEADLINE = '9999-12-31 00:00:00.000';

/**
 * 待办: the records awaiting the caller's action across every approvable resource, counted and paged in SQL
 * (a UNION ALL of one scoped query per resource), then only the page's records loaded for their titles.
 */
@Injectable()
export class InboxService {
  private readonly sources = new Map<string, InboxSource>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflow: WorkflowService,
    private readonly regions: RegionsService,
  ) {}

  /** Called by a resource's service in `onModuleInit` (the workflows come from the workflow engine). */
  register<E extends { id: number; regionCode: string }>(source: InboxSource<E>): void {
    this.sources.set(source.resource, source as unknown as InboxSource);
  }

  async list(actor: Actor, query: Record<string, unknown>): Promise<{ rows: InboxItem[]; total: number }> {
    const awaiting = await this.awaiting(actor);
    if (!awaiting) return { rows: [], total: 0 };
    const { rows, total } = await fetchRawList<InboxRow>(awaiting, query, INBOX_LIST);
    return { rows: await this.items(actor, rows), total };
  }

  async summary(actor: Actor): Promise<InboxSummary> {
    const counts: Record<string, number> = {};
    const overdueCounts: Record<string, number> = {};
    // every workflow the role takes part in is listed, empty ones too (the admin shows a tab per non-empty one)
    for (const resource of [...this.subjectsOf(actor).map((s) => s.definition.resource), ...this.sourcesOf(actor).map((s) => s.resource)]) {
      counts[resource] = 0;
      overdueCounts[resource] = 0;
    }
    const awaiting = await this.awaiting(actor);
    const rows = awaiting
      ? await awaiting
          .select('i.resource', 'resource')
          .addSelect('COUNT(*)', 'n')
          .addSelect('SUM(i.overdue)', 'late')
          .groupBy('i.resource')
          .getRawMany<{ resource: string; n: number | string; late: number | string | null }>()
      : [];
    for (const r of rows) {
      counts[r.resource] = Number(r.n);
      overdueCounts[r.resource] = Number(r.late ?? 0);
    }
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    return { total: sum(counts), overdue: sum(overdueCounts), counts, overdueCounts };
  }

  /** The workflows in which the caller's role takes some action that waits on someone. */
  private subjectsOf(actor: Actor): WorkflowSubject[] {
    return this.workflow.subjects().filter((s) => Object.values(s.definition.actions).some((a) => a.roles.includes(actor.role) && a.inbox !== false));
  }

  /** The other sources in which something can await the caller's role. */
  private sourcesOf(actor: Actor): InboxSource[] {
    return [...this.sources.values()].filter((s) => s.awaiting(actor, 'x', 'x') !== null);
  }

  /**
   * The query over every awaiting record: per resource, the records in scope in the from-states of an action
   * the role may take, at the region the action's level points to. Undefined when nothing can await the caller.
   */
  private async awaiting(actor: Actor): Promise<SelectQueryBuilder<InboxRow> | undefined> {
    // the inbox (and so the daily sweep) sees records made on read, even if nobody opened their own pages yet
    for (const source of this.sourcesOf(actor)) await source.prepare?.(actor);
    const children = (await this.ds.getRepository(Region).find({ where: { parentCode: actor.regionCode }, select: { code: true } })).map((r) => r.code);
    const sql = dueSql(dialectOf(this.ds));
    const now = new Date();
    const parts: string[] = [];
    const params: Record<string, unknown> = { inboxNow: now };
    this.subjectsOf(actor).forEach((subject, s) => {
      const def = subject.definition;
      const qb = scopeQuery(this.ds.getRepository(subject.entity).createQueryBuilder(`w${s}`), actor);
      const conditions: string[] = [];
      Object.values(def.actions).forEach((action, a) => {
        if (!action.roles.includes(actor.role) || action.inbox === false) return;
        const p = `w${s}a${a}`;
        const at = this.levelCondition(action.level, `w${s}`, p, actor, children, params);
        if (at === null) return;
        params[`${p}st`] = [...action.from];
        conditions.push(`(w${s}.state IN (:...${p}st)${at})`);
      });
      if (!conditions.length) return;
      const due = subject.dueAtSql?.(`w${s}`, sql) ?? stageDueAtSql(def, `w${s}`, sql);
      params[`w${s}res`] = def.resource;
      qb.select(`:w${s}res`, 'resource')
        .addSelect(`w${s}.id`, 'id')
        .addSelect(`w${s}.regionCode`, 'regionCode')
        .addSelect(`w${s}.stateChangedAt`, 'waitingSince')
        .addSelect(`COALESCE(${due}, '${NO_DEADLINE}')`, 'dueAt')
        .addSelect(`CASE WHEN ${due} < :inboxNow THEN 1 ELSE 0 END`, 'overdue')
        .andWhere(`(${conditions.join(' OR ')})`);
      Object.assign(params, qb.getParameters());
      // TypeORM orders entity columns before expressions: name the columns once more so UNION ALL lines them up
      parts.push(`SELECT resource, id, regionCode, waitingSince, dueAt, overdue FROM (${qb.getQuery()}) p${s}`);
    });
    [...this.sources.values()].forEach((source, s) => {
      const alias = `o${s}`;
      const condition = source.awaiting(actor, alias, `${alias}c`);
      if (!condition) return;
      const qb = scopeQuery(this.ds.getRepository(source.entity).createQueryBuilder(alias), actor);
      const due = source.dueAtSql(alias, sql);
      params[`${alias}res`] = source.resource;
      qb.select(`:${alias}res`, 'resource')
        .addSelect(`${alias}.id`, 'id')
        .addSelect(`${alias}.regionCode`, 'regionCode')
        .addSelect(source.waitingSinceSql(alias), 'waitingSince')
        .addSelect(`COALESCE(${due}, '${NO_DEADLINE}')`, 'dueAt')
        .addSelect(`CASE WHEN ${due} < :inboxNow THEN 1 ELSE 0 END`, 'overdue')
        .andWhere(condition.sql, condition.params);
      Object.assign(params, qb.getParameters());
      parts.push(`SELECT resource, id, regionCode, waitingSince, dueAt, overdue FROM (${qb.getQuery()}) ${alias}p`);
    });
    if (!parts.length) return undefined;
    return this.ds
      .createQueryBuilder()
      .select('i.resource', 'resource')
      .addSelect('i.id', 'id')
      .from(`(${parts.join(' UNION ALL ')})`, 'i')
      .setParameters(params) as unknown as SelectQueryBuilder<InboxRow>;
  }

  /**
   * The SQL the action's level adds to the scoped query (`''`: the scope itself is the level; null: no record can
   * be at that level for this actor). Every form compares a column with constants, so an index on it serves:
   * `own` / `above` the record's region equals the actor's / is one of its children; `ancestor` the scope's
   * prefix match minus the actor's own region; a column level the named column equals the actor's region.
   */
  private levelCondition(level: WorkflowLevel, alias: string, p: string, actor: Actor, children: string[], params: Record<string, unknown>): string | null {
    if (typeof level === 'object') {
      params[`${p}rg`] = actor.regionCode;
      return ` AND ${alias}.${level.column} = :${p}rg`;
    }
    switch (level) {
      case 'subtree':
        return '';
      case 'ancestor':
        params[`${p}rg`] = actor.regionCode;
        return ` AND ${alias}.regionCode <> :${p}rg`;
      case 'own':
      case 'above': {
        const regions = level === 'own' ? [actor.regionCode] : children;
        if (!regions.length) return null;
        params[`${p}rg`] = regions;
        return ` AND ${alias}.regionCode IN (:...${p}rg)`;
      }
    }
  }

  /** The page's records, loaded per resource, in the page's order. */
  private async items(actor: Actor, rows: InboxRow[]): Promise<InboxItem[]> {
    const byResource = new Map<string, number[]>();
    for (const r of rows) byResource.set(r.resource, [...(byResource.get(r.resource) ?? []), Number(r.id)]);
    const loaded = new Map<string, Approvable>();
    const other = new Map<string, { id: number; regionCode: string }>();
    for (const [resource, ids] of byResource) {
      const source = this.sources.get(resource);
      if (source) {
        for (const record of await this.ds.getRepository(source.entity).findBy({ id: In(ids) } as never)) other.set(`${resource}/${record.id}`, record);
        continue;
      }
      const subject = this.workflow.subjectOf(resource);
      for (const record of (await this.ds.getRepository(subject.entity).findBy({ id: In(ids) })) as Approvable[])
        loaded.set(`${resource}/${record.id}`, record);
    }
    const names = await this.regions.names([...loaded.values(), ...other.values()].map((r) => r.regionCode));
    const now = Date.now();
    return rows.flatMap((row) => {
      const source = this.sources.get(row.resource);
      if (source) {
        const record = other.get(`${row.resource}/${Number(row.id)}`);
        return record ? [source.item(actor, record, names.get(record.regionCode) ?? null)] : [];
      }
      const r = loaded.get(`${row.resource}/${Number(row.id)}`);
      if (!r) return []; // deleted between the two reads
      const subject = this.workflow.subjectOf(row.resource);
      const due = this.workflow.dueAt(subject, r);
      const regionName = names.get(r.regionCode) ?? null;
      return [
        {
          resource: row.resource,
          id: r.id,
          regionCode: r.regionCode,
          regionName,
          title: subject.title(r, regionName),
          state: r.state,
          version: r.version,
          actions: availableActions(subject.definition, r.state, actor, levelRecord(r)),
          waitingSince: new Date(r.stateChangedAt).toISOString(),
          dueAt: due ? due.toISOString() : null,
          overdue: due ? due.getTime() < now : false,
        },
      ];
    });
  }
}
