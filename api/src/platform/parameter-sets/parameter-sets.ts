import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, LessThan } from 'typeorm';
import { diffValues, FieldProblem, ParameterSetRecord, ParameterSetYearDiff, poolingRegionCodeOf, Resource, WorkflowDefinition } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError, fieldErrors } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list';
import { ActsAt, assertActsAt } from '../../common/record-access';
import { assertInScope, notFound, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../audit-log/audit-log.service';
import { WorkflowService } from '../workflow/workflow.service';
import type { ParameterSetColumns } from './parameter-set.entity';

/** A pooling region's parameters are read by its counties too: scope includes the caller's ancestors. */
const READ_SCOPE = { includeAncestors: true };

/** What one kind of yearly parameter document knows about itself; the rest is ParameterSets. */
export interface ParameterSetKind<E extends ParameterSetColumns, D, K extends string = string> {
  resource: Resource;
  entity: EntityTarget<E>;
  definition: WorkflowDefinition;
  /** the JSON key of the document in requests and responses (`parameters`, `standards`) */
  documentKey: K;
  /** '政策参数', '资助参保标准' — for titles and messages */
  label: string;
  /** structural and policy checks; fields relative to the document */
  validate(doc: unknown): FieldProblem[];
  /** the document's own region field (`regionCode`, `poolingRegionCode`) — it must match the record */
  regionField: string;
  regionCodeOf(doc: D): string;
  yearOf(doc: D): number;
  /** last year's document carried into `year` (the new year starts as a copy) */
  renew(previous: D, year: number): D;
  /** the first year's document when no earlier year can be copied (e.g. the national defaults); default: none, send one */
  seed?(regionCode: string, year: number): D;
  /** who sets a set, at its own region; default: the pooling region's city officer */
  owner?: ActsAt;
  /** writes that follow an action, in its transaction (e.g. what an approval puts in force elsewhere) */
  effect?(em: EntityManager, record: E, action: string): Promise<void>;
  /** extra columns kept beside the document (e.g. effective dates) */
  columns?(doc: D): Partial<E>;
  /** what the year-on-year diff compares (drop the year itself and the dates derived from it) */
  comparable(doc: D): unknown;
}

/**
 * A kind whose document names its own region (`regionField`) and `year`, as every kind does: what follows
 * from that is written here once — the region and year read from the document, a new year as a copy with
 * the year (and what `yearBound` derives from it, e.g. effective dates) replaced, and the year-on-year diff
 * comparing everything but those.
 */
export function parameterSetKind<E extends ParameterSetColumns, D extends { year: number }, K extends string>(
  kind: Omit<ParameterSetKind<E, D, K>, 'regionField' | 'regionCodeOf' | 'yearOf' | 'renew' | 'comparable'> & {
    regionField: keyof D & string;
    /** fields that follow from the year, renewed with it and left out of the diff */
    yearBound?: (year: number) => Partial<D>;
  },
): ParameterSetKind<E, D, K> {
  const { yearBound, ...rest } = kind;
  const bound = (year: number) => yearBound?.(year) ?? {};
  return {
    ...rest,
    regionCodeOf: (doc) => String(doc[kind.regionField]),
    yearOf: (doc) => doc.year,
    renew: (previous, year) => ({ ...previous, year, ...bound(year) }),
    comparable: (doc) => ({ ...doc, year: undefined, ...Object.fromEntries(Object.keys(bound(doc.year)).map((k) => [k, undefined])) }),
  };
}

/**
 * The service of one kind: `class XService extends parameterSetService(X_KIND) { … }` gets `sets` (list,
 * show, create, edit, diff, approval, inForce) and adds only what the kind itself computes.
 */
export function parameterSetService<E extends ParameterSetColumns, D, K extends string>(kind: ParameterSetKind<E, D, K>) {
  @Injectable()
  class ParameterSetService {
    readonly sets: ParameterSets<E, D, K>;
    constructor(@InjectDataSource() ds: DataSource, audit: AuditLogService, workflow: WorkflowService) {
      this.sets = new ParameterSets(ds, audit, workflow, kind);
    }
  }
  return ParameterSetService;
}

export const PARAMETER_SET_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    year: { type: 'int' },
    state: { type: 'string' },
    updatedAt: { type: 'date' },
  },
  defaultSort: [
    ['regionCode', 'ASC'],
    ['year', 'DESC'],
  ],
};

/**
 * The one mechanism behind every yearly parameter set of a pooling region (市级统筹): list and read in
 * scope (counties read their city's), create as a copy of the last year or from a full document, edit
 * while draft/returned with optimistic locking, diff against the previous year, province approval via
 * the workflow engine, and `inForce()` — the approved copy any calculation must use.
 */
export class ParameterSets<E extends ParameterSetColumns, D, K extends string = string> {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly workflow: WorkflowService,
    private readonly kind: ParameterSetKind<E, D, K>,
  ) {
    this.registerWorkflow();
  }

  private registerWorkflow(): void {
    const { kind } = this;
    this.workflow.register<E, ParameterSetRecord<K, D>>({
      definition: kind.definition,
      entity: kind.entity,
      toRecord: async (actor, e) => this.toRecord(actor, e),
      snapshot: (e) => JSON.parse(e.document),
      title: (e, regionName) => `${regionName ?? e.regionCode} ${e.year} 年度${kind.label}`,
      prepare: (e, action, now) => {
        if (action === 'submit') this.assertValid(JSON.parse(e.document));
        // approval puts the working copy in force
        if (action === 'approve') return { approvedDocument: e.document, approvedAt: now } as Partial<E>;
        return {};
      },
      effect: kind.effect && ((em, e, action) => kind.effect!(em, e, action)),
    });
  }

  toRecord(actor: Actor, e: E): ParameterSetRecord<K, D> {
    return {
      id: e.id,
      regionCode: e.regionCode,
      year: e.year,
      state: e.state,
      [this.kind.documentKey]: JSON.parse(e.document),
      approved: e.approvedDocument ? JSON.parse(e.approvedDocument) : null,
      approvedAt: e.approvedAt ? new Date(e.approvedAt).toISOString() : null,
      actions: this.workflow.actionsFor(actor, this.kind.resource, e),
      version: e.version,
      updatedAt: new Date(e.updatedAt).toISOString(),
    } as ParameterSetRecord<K, D>;
  }

  private repo(em: EntityManager = this.ds.manager) {
    return em.getRepository<E>(this.kind.entity);
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.repo().createQueryBuilder('p'), actor, 'regionCode', READ_SCOPE);
    const { rows, total } = await fetchList(qb, query, PARAMETER_SET_LIST);
    return { rows: rows.map((r) => this.toRecord(actor, r)), total };
  }

  async load(actor: Actor, id: number, em: EntityManager = this.ds.manager): Promise<E> {
    return assertInScope(actor, await this.repo(em).findOneBy({ id } as never), (p) => p.regionCode, this.kind.resource, id, READ_SCOPE);
  }

  async get(actor: Actor, id: number) {
    return this.toRecord(actor, await this.load(actor, id));
  }

  /** Only the pooling region's own city officer sets its parameters (or whom the kind names, at its own region). */
  private assertOwner(actor: Actor, regionCode: string): void {
    assertActsAt(
      actor,
      regionCode,
      this.kind.owner ?? {
        roles: ['city_officer'],
        message: `${this.kind.label}由统筹地区（市）医保局设置 (only the pooling region's city officer sets them)`,
      },
    );
  }

  private assertValid(raw: unknown): D {
    const key = this.kind.documentKey;
    const problems = this.kind.validate(raw);
    if (problems.length) {
      throw fieldErrors(
        problems.map((p) => {
          const field = p.field ? `${key}.${p.field}` : key;
          return { field, messages: [`${field}: ${p.message}`] };
        }),
      );
    }
    return raw as D;
  }

  /** Valid, and about the record's own region and year. */
  private validated(raw: unknown, regionCode: string, year: number): D {
    const doc = this.assertValid(raw);
    const key = this.kind.documentKey;
    if (this.kind.regionCodeOf(doc) !== regionCode) throw fieldError(`${key}.${this.kind.regionField}`, `须与统筹地区 ${regionCode} 一致`);
    if (this.kind.yearOf(doc) !== year) throw fieldError(`${key}.year`, `须与年度 ${year} 一致`);
    return doc;
  }

  private previousYear(regionCode: string, year: number): Promise<E | null> {
    return this.repo().findOne({ where: { regionCode, year: LessThan(year) } as never, order: { year: 'DESC' } as never });
  }

  /** A new year starts as a copy of the latest earlier year (else the kind's seed) unless a full document is sent. */
  async create(actor: Actor, regionCode: string, year: number, raw: unknown) {
    this.assertOwner(actor, regionCode);
    let doc: D;
    if (raw !== undefined && raw !== null) {
      doc = this.validated(raw, regionCode, year);
    } else {
      const previous = await this.previousYear(regionCode, year);
      if (previous) doc = this.kind.renew(JSON.parse(previous.document), year);
      else if (this.kind.seed) doc = this.kind.seed(regionCode, year);
      else throw fieldError(this.kind.documentKey, `没有上一年度${this.kind.label}可复制，请提交完整内容 (no earlier year to copy: send the document)`);
    }
    return inTransaction(this.ds, async (em) => {
      if (await this.repo(em).findOneBy({ regionCode, year } as never)) {
        throw new ConflictException(`${regionCode} ${year} 年度${this.kind.label}已存在，请编辑该记录 (already exists)`);
      }
      const saved = await this.repo(em).save(
        this.repo(em).create({
          regionCode,
          year,
          document: JSON.stringify(doc),
          approvedDocument: null,
          state: this.kind.definition.initial,
          stateChangedAt: new Date(),
          version: 1,
          updatedById: actor.userId,
          ...this.kind.columns?.(doc),
        } as never) as unknown as E,
      );
      await this.audit.append(em, actor, { action: 'create', resource: this.kind.resource, resourceId: saved.id, after: doc });
      return this.toRecord(actor, saved);
    });
  }

  /** Edits the working copy; the approved copy stays in force until the next approval. */
  async update(actor: Actor, id: number, raw: unknown, version: number) {
    const current = await this.load(actor, id);
    this.assertOwner(actor, current.regionCode);
    if (!this.kind.definition.states[current.state]?.editable) {
      const label = this.kind.definition.states[current.state]?.label.zh ?? current.state;
      throw new ConflictException(`当前状态「${label}」不可修改；已批准的请先「修订」 (not editable in this state; revise an approved set first)`);
    }
    const doc = this.validated(raw, current.regionCode, current.year);
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(
        em,
        this.kind.entity,
        { id },
        version,
        { document: JSON.stringify(doc), updatedById: actor.userId, ...this.kind.columns?.(doc) } as never,
        this.kind.resource,
      );
      const updated = await this.repo(em).findOneByOrFail({ id } as never);
      await this.audit.append(em, actor, { action: 'update', resource: this.kind.resource, resourceId: id, before: JSON.parse(current.document), after: doc });
      return this.toRecord(actor, updated);
    });
  }

  /** What this year's working copy changes against the previous year's. */
  async diffWithPreviousYear(actor: Actor, id: number): Promise<ParameterSetYearDiff> {
    const current = await this.load(actor, id);
    const previous = await this.previousYear(current.regionCode, current.year);
    if (!previous) return { previousYear: null, changes: [] };
    const view = (json: string) => this.kind.comparable(JSON.parse(json));
    return { previousYear: previous.year, changes: diffValues(view(previous.document), view(current.document)) };
  }

  /**
   * The approved document in force for a region (a county or township resolves to its city) and year,
   * within the caller's reach. None, or none approved yet → 404 naming the pooling region and year.
   */
  async inForce(actor: Actor, regionCode: string, year: number): Promise<{ id: number; document: D }> {
    const pooling = poolingRegionCodeOf(regionCode);
    if (!pooling) throw fieldError('regionCode', '须为市、县或乡镇代码，以确定统筹地区 (a city, county or township code)');
    const row = await scopeQuery(this.repo().createQueryBuilder('p'), actor, 'regionCode', READ_SCOPE)
      .andWhere('p.regionCode = :pooling AND p.year = :year', { pooling, year })
      .andWhere('p.approvedDocument IS NOT NULL')
      .getOne();
    if (!row) throw notFound(this.kind.resource, `${pooling}/${year}（无已批准的${this.kind.label} / none approved）`);
    return { id: row.id, document: JSON.parse(row.approvedDocument!) };
  }
}
