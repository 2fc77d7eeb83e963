import { HttpException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager, EntityTarget, FindOperator, In } from 'typeorm';
import {
  actionPayloadOf,
  ActionPayload,
  availableActions,
  BulkActionResult,
  can,
  checkTransition,
  diffValues,
  levelMatches,
  LevelRecord,
  parentRegionCodeOf,
  PayloadCandidate,
  PayloadUser,
  payloadUserIds,
  PayloadUserRule,
  type Resource,
  WorkflowChangesRecord,
  WorkflowDefinition,
  WorkflowHistoryEntry,
  WorkflowRecord,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { domainError, fieldDomainError, fieldError, fieldErrors, toErrorBody } from '../../common/errors';
import { assertInScope, RegionScope } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../audit-log/audit-log.service';
import { RegionsService } from '../regions/regions.service';
import { User } from '../users/user.entity';
import { DueSql, stageDueAt } from './due-dates';
import { WorkflowTransition } from './workflow-transition.entity';

/** What every approvable record has. */
export interface Approvable {
  id: number;
  regionCode: string;
  state: string;
  version: number;
  stateChangedAt: Date;
}

/**
 * How a resource plugs into the engine (docs/workflow.md): its definition from shared/, its entity, and
 * the few things only it knows.
 */
export interface WorkflowSubject<E extends Approvable = Approvable, R extends WorkflowRecord = WorkflowRecord> {
  definition: WorkflowDefinition;
  entity: EntityTarget<E>;
  /** the record as the API returns it: the resource's shared record type */
  toRecord(actor: Actor, record: E, em: EntityManager): Promise<R> | R;
  /** the content compared by the "changes since the last approval" diff */
  snapshot(record: E): unknown;
  /** a line for the inbox, e.g. "柳州市 2026 年责任分工表" */
  title(record: E, regionName: string | null): string;
  /** checks before an action (e.g. complete rows before submit) and extra columns to set with it; `payload` is the action's checked payload */
  prepare?(record: E, action: string, now: Date, payload: ActionPayload): Partial<E>;
  /** when the record is due for its next action; default: the state's deadlineDays after stateChangedAt */
  dueAt?(record: E): Date | null;
  /** the same as `dueAt`, in SQL over the record's columns (the inbox sorts and counts with it); with `dueAt` */
  dueAtSql?(alias: string, sql: DueSql): string;
  /**
   * Rules the definition cannot express and writes that belong to the action, in the action's transaction
   * (e.g. a confirmed change to an administrator account is applied here); throwing refuses the action.
   * `payload` holds what the action declares besides its comment (`WorkflowAction.payload`), already checked.
   */
  effect?(em: EntityManager, record: E, action: string, actor: Actor, comment: string | null, payload: ActionPayload): Promise<void>;
  /**
   * The resource's own record-access path, when its scope is more than the region (404 otherwise): the engine's
   * actions, history and changes then load through it (an inspection hidden from the unit it inspects)
   */
  load?(em: EntityManager, actor: Actor, id: number): Promise<E>;
}

/** The record as a workflow level reads it (its region and, for a column level, the named column). */
export function levelRecord(record: Approvable): LevelRecord {
  return record as unknown as LevelRecord;
}

/**
 * One applied action, as the engine's transition listeners see it (inside the action's transaction); a record just
 * created in its initial state arrives with `action` and `fromState` null (`created()`).
 */
export interface AppliedTransition {
  subject: WorkflowSubject;
  action: string | null;
  fromState: string | null;
  /** the record after the action */
  record: Approvable;
  actor: Actor;
  comment: string | null;
}

/** Told of every applied action in its transaction (platform/notifications); throwing rolls the action back. */
export type TransitionListener = (em: EntityManager, transition: AppliedTransition) => Promise<void>;

/** At most this many users are offered for one payload field (a region's officers are far fewer). */
const MAX_CANDIDATES = 200;

/** The accounts a payload names, as its check reads them: disabled or not yet authorised accounts are not active. */
async function payloadUsers(em: EntityManager, ids: number[]): Promise<Map<number, PayloadUser>> {
  if (!ids.length) return new Map();
  const rows = await em.find(User, { select: { id: true, role: true, regionCode: true, enabled: true, authorized: true }, where: { id: In(ids) } });
  return new Map(rows.map((u) => [u.id, { id: u.id, role: u.role, regionCode: u.regionCode, active: u.enabled && u.authorized }]));
}

/** Display names by id, for a history's payload (who was named). */
async function userNames(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await em.find(User, { select: { id: true, displayName: true }, where: { id: In(ids) } });
  return new Map(rows.map((u) => [u.id, u.displayName]));
}

/**
 * The region conditions a user field's level comes to for one record: exact codes (own, above, a column, the chain
 * of ancestors) or the subtree's prefix — each a comparison an index on `users.regionCode` serves.
 */
function candidateRegions(rule: PayloadUserRule, record: LevelRecord): Array<string | FindOperator<string>> {
  const level = rule.level;
  if (typeof level === 'object') return typeof record[level.column] === 'string' ? [record[level.column] as string] : [];
  switch (level) {
    case 'own':
      return [record.regionCode];
    case 'above': {
      const parent = parentRegionCodeOf(record.regionCode);
      return parent ? [parent] : [];
    }
    case 'ancestor': {
      const chain: string[] = [];
      for (let code = parentRegionCodeOf(record.regionCode); code; code = parentRegionCodeOf(code)) chain.push(code);
      return chain;
    }
    case 'subtree':
      // the subtree as the one scope helper writes it: an index range of codes
      return [Between(...RegionScope.of(record.regionCode).bounds)];
  }
}

/** An action's body: its comment, the version read, and the fields its definition declares (`payload`). */
export type WorkflowActionInput = { comment?: string; version?: number } & Record<string, unknown>;

@Injectable()
export class WorkflowService {
  private readonly registered = new Map<string, WorkflowSubject>();
  private readonly listeners: TransitionListener[] = [];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
  ) {}

  /** Called by each approvable resource's module at start-up. */
  register<E extends Approvable, R extends WorkflowRecord = WorkflowRecord>(subject: WorkflowSubject<E, R>): void {
    this.registered.set(subject.definition.resource, subject as unknown as WorkflowSubject);
  }

  /** Called at start-up by what follows every action (notifications); the engine does not know who listens. */
  onTransition(listener: TransitionListener): void {
    this.listeners.push(listener);
  }

  /**
   * A record created in its initial state may already await someone (an item opened for a county): the creating
   * service calls this in its transaction, and the transition listeners hear of it as of an action (null).
   */
  async created(em: EntityManager, actor: Actor, resource: string, record: Approvable): Promise<void> {
    const subject = this.subject(resource);
    for (const listener of this.listeners) await listener(em, { subject, action: null, fromState: null, record, actor, comment: null });
  }

  /** Every registered approvable resource (the inbox walks them). */
  subjects(): WorkflowSubject[] {
    return [...this.registered.values()];
  }

  subjectOf(resource: string): WorkflowSubject {
    return this.subject(resource);
  }

  private subject(resource: string): WorkflowSubject {
    const s = this.registered.get(resource);
    if (!s) throw fieldError('resource', `${resource} 不是可审批的资源 (not an approvable resource)`);
    return s;
  }

  dueAt(subject: WorkflowSubject, record: Approvable): Date | null {
    return subject.dueAt ? subject.dueAt(record) : stageDueAt(subject.definition, record);
  }

  actionsFor(actor: Actor, resource: string, record: Approvable): string[] {
    return availableActions(this.subject(resource).definition, record.state, actor, levelRecord(record));
  }

  private async load(em: EntityManager, subject: WorkflowSubject, actor: Actor, id: number): Promise<Approvable> {
    if (subject.load) return subject.load(em, actor, id);
    const record = await em.findOneBy(subject.entity, { id });
    return assertInScope(actor, record, (r) => r.regionCode, subject.definition.resource, id);
  }

  /**
   * Applies one action: scope (404), role and level (403), state (409), required comment (400), the
   * action's payload (400 naming each bad field), optimistic lock (409); then the update, one history row
   * (with the payload) and one audit row in one transaction.
   */
  async apply(actor: Actor, resource: string, id: number, action: string, input: WorkflowActionInput): Promise<WorkflowRecord> {
    return inTransaction(this.ds, (em) => this.applyIn(em, actor, resource, id, action, input));
  }

  /**
   * `apply` inside the caller's transaction: a write of the resource's own that moves the record on (the first
   * payment of a served case starts its execution) takes the action with every check, history and audit row,
   * and rolls back with it.
   */
  async applyIn(em: EntityManager, actor: Actor, resource: string, id: number, action: string, input: WorkflowActionInput): Promise<WorkflowRecord> {
    const subject = this.subject(resource);
    const def = subject.definition;
    const record = await this.load(em, subject, actor, id);
    const check = checkTransition(def, record.state, action, actor, levelRecord(record), input.comment);
    if (!check.ok) {
      switch (check.reason) {
        case 'unknown_action':
          throw domainError(404, 'workflow_unknown_action', { resource, action }, { available: Object.keys(def.actions) });
        case 'forbidden':
          throw domainError(403, 'workflow_forbidden', { resource, action });
        case 'wrong_state':
          throw domainError(409, 'workflow_wrong_state', { resource, action, state: record.state }, { reason: 'wrong_state', state: record.state });
        case 'comment_required':
          throw fieldDomainError('comment', 'workflow_comment_required', { resource, action });
      }
    }
    const named = await payloadUsers(em, payloadUserIds(check.action, input));
    const checked = actionPayloadOf(check.action, input, record as unknown as Record<string, unknown>, named);
    if (!checked.ok) throw fieldErrors(checked.errors.map((e) => ({ field: e.field, messages: [e.message] })));
    const payload = checked.payload;
    const carried = Object.keys(payload).length ? payload : null;
    await subject.effect?.(em, record, action, actor, input.comment?.trim() || null, payload);
    const now = new Date();
    const extra = subject.prepare?.(record, action, now, payload) ?? {};
    const to = check.action.to;
    await updateVersioned(em, subject.entity, { id }, input.version ?? record.version, { ...extra, state: to, stateChangedAt: now } as never, resource);
    const updated = (await em.findOneByOrFail(subject.entity, { id })) as Approvable;
    await em.insert(WorkflowTransition, {
      resource,
      recordId: id,
      regionCode: record.regionCode,
      action,
      fromState: record.state,
      toState: to,
      actorId: actor.userId,
      actorUsername: actor.username,
      actorRole: actor.role,
      actorRegionCode: actor.regionCode,
      comment: input.comment?.trim() || null,
      payload: carried ? JSON.stringify(carried) : null,
      at: now,
      snapshot: JSON.stringify(subject.snapshot(updated)),
    });
    await this.audit.append(em, actor, {
      action: `workflow:${action}`,
      resource,
      resourceId: id,
      before: { state: record.state, version: record.version },
      after: { state: to, version: updated.version, comment: input.comment ?? null, ...(carried ? { payload: carried } : {}) },
    });
    for (const listener of this.listeners)
      await listener(em, { subject, action, fromState: record.state, record: updated, actor, comment: input.comment?.trim() || null });
    return subject.toRecord(actor, updated, em);
  }

  /**
   * The users one `user`/`users` payload field of an action may name on this record (the action dialog's select):
   * active accounts of the field's roles at its level relative to the record. Asked by someone who may read the
   * resource (permission table, 403), sees the record (scope, 404) and may take the action (role and level, 403) —
   * so it lists colleagues only to those about to name one, and no more than the field accepts.
   */
  async payloadCandidates(actor: Actor, resource: string, id: number, action: string, field: string): Promise<PayloadCandidate[]> {
    const subject = this.subject(resource);
    if (!can(actor.role, resource as Resource, 'show')) throw domainError(403, 'role_forbidden');
    const record = await this.load(this.ds.manager, subject, actor, id);
    const def = subject.definition;
    const declared = Object.prototype.hasOwnProperty.call(def.actions, action) ? def.actions[action] : undefined;
    if (!declared) throw domainError(404, 'workflow_unknown_action', { resource, action }, { available: Object.keys(def.actions) });
    if (!declared.roles.includes(actor.role) || !levelMatches(declared.level, actor.regionCode, levelRecord(record)))
      throw domainError(403, 'workflow_forbidden', { resource, action });
    const f = declared.payload && Object.prototype.hasOwnProperty.call(declared.payload, field) ? declared.payload[field] : undefined;
    if (!f || (f.type !== 'user' && f.type !== 'users'))
      throw fieldError('field', `${action} 没有名为 ${field} 的用户字段 (the action names no users in ${field})`);
    const regions = candidateRegions(f, levelRecord(record));
    // no region (a column the record leaves empty): nobody — an empty `where` list would match every account
    if (!regions.length) return [];
    const users = await this.ds.getRepository(User).find({
      select: { id: true, displayName: true, role: true, regionCode: true },
      where: regions.map((regionCode) => ({ role: In([...f.roles]), regionCode, enabled: true, authorized: true })),
      order: { displayName: 'ASC', id: 'ASC' },
      take: MAX_CANDIDATES,
    });
    // the same rule the engine applies to the value (levelMatches), whatever the query narrowed
    const fitting = users.filter((u) => levelMatches(f.level, u.regionCode, levelRecord(record)));
    const names = await this.regions.names(fitting.map((u) => u.regionCode));
    return fitting.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, regionCode: u.regionCode, regionName: names.get(u.regionCode) ?? null }));
  }

  async history(actor: Actor, resource: string, id: number): Promise<WorkflowHistoryEntry[]> {
    const subject = this.subject(resource);
    await this.load(this.ds.manager, subject, actor, id);
    const rows = await this.ds.getRepository(WorkflowTransition).find({ where: { resource, recordId: id }, order: { id: 'ASC' } });
    const names = await this.regions.names(rows.map((r) => r.actorRegionCode));
    const payloads = new Map(rows.map((r) => [r.id, r.payload ? (JSON.parse(r.payload) as ActionPayload) : null]));
    const named = new Map<number, number[]>(
      rows.map((r) => {
        const action = subject.definition.actions[r.action];
        return [r.id, action ? payloadUserIds(action, payloads.get(r.id) ?? {}) : []];
      }),
    );
    const people = await userNames(this.ds.manager, [...new Set([...named.values()].flat())]);
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      fromState: r.fromState,
      toState: r.toState,
      actorUsername: r.actorUsername,
      actorRole: r.actorRole,
      actorRegionCode: r.actorRegionCode,
      actorRegionName: names.get(r.actorRegionCode) ?? null,
      comment: r.comment,
      payload: payloads.get(r.id) ?? null,
      payloadUsers: Object.fromEntries((named.get(r.id) ?? []).filter((id) => people.has(id)).map((id) => [String(id), people.get(id)!])),
      at: new Date(r.at).toISOString(),
    }));
  }

  /** Field-level changes of the record now against its content when it was last approved. */
  async changesSinceApproval(actor: Actor, resource: string, id: number): Promise<WorkflowChangesRecord> {
    const subject = this.subject(resource);
    const record = await this.load(this.ds.manager, subject, actor, id);
    const last = await this.ds.getRepository(WorkflowTransition).findOne({
      where: { resource, recordId: id, toState: subject.definition.approvedState },
      order: { id: 'DESC' },
    });
    if (!last) return { approvedAt: null, changes: [] };
    return { approvedAt: new Date(last.at).toISOString(), changes: diffValues(JSON.parse(last.snapshot), subject.snapshot(record)) };
  }

  /**
   * One action on many records; each in its own transaction, so one failure does not undo the others. With
   * `versions`, a record changed since the approver looked at it fails (409) instead of being approved unseen.
   * `payload` (the action's declared fields, e.g. a dismissal's reason) goes with every item and is checked per item.
   */
  async bulk(
    actor: Actor,
    resource: string,
    action: string,
    ids: number[],
    comment?: string,
    versions?: number[],
    payload: Record<string, unknown> = {},
  ): Promise<BulkActionResult> {
    this.subject(resource);
    const results: BulkActionResult['results'] = [];
    const versionOf = new Map(ids.map((id, i) => [id, versions?.[i]]));
    for (const id of [...new Set(ids)]) {
      try {
        results.push({ id, ok: true, status: 200, record: await this.apply(actor, resource, id, action, { ...payload, comment, version: versionOf.get(id) }) });
      } catch (err) {
        if (!(err instanceof HttpException)) throw err;
        const body = toErrorBody(err);
        results.push({ id, ok: false, status: body.statusCode, message: [].concat(body.message as never).join('; '), details: body.details });
      }
    }
    return { succeeded: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
  }
}
