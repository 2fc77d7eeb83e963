import { ConflictException, ForbiddenException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  can,
  chinaDate,
  DIFFERENCE_TYPE_LABELS,
  DifferenceType,
  maskIdNumber,
  poolingRegionCodeOf,
  regionScopePrefix,
  TaskOutcome,
  VerificationTaskRecord,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { conditionFilter, fetchList, FullIdLookupLog, ListSpec } from '../../../common/list';
import { actsAt } from '../../../common/record-access';
import { TASK_OUTCOME_EVIDENCE, taskCloser, taskClosing, taskOutcomeRefusal, taskYear } from '@yibao/shared';
import { assertInScope, isInScope, scopeQuery, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { InboxService, InboxSource } from '../../../platform/workflow/inbox.service';
import { endOfChinaDay } from '../../../platform/workflow/due-dates';
import { Enrollment } from '../enrollments/enrollment.entity';
import { VerificationTask } from './verification-task.entity';

/** Open past its deadline day on `:param` (today's China date). */
export function taskOverdueSql(alias: string, param: string): string {
  return `(${alias}.outcome IS NULL AND ${alias}.deadline < :${param})`;
}

/**
 * Closed after the end of its deadline day: `closedAt` is UTC and a China day ends at 15:59:59.999 UTC; compared as
 * text on SQLite (TypeORM's 'YYYY-MM-DD HH:MM:SS.SSS') and as a DATETIME on MariaDB — one form for both dialects.
 */
export function taskClosedLateSql(alias: string): string {
  return `(${alias}.closedAt IS NOT NULL AND ${alias}.closedAt > CONCAT(${alias}.deadline, ' 15:59:59.999'))`;
}

export const TASK_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    month: { type: 'string' },
    differenceType: { type: 'string' },
    deadline: { type: 'string' },
    outcome: { type: 'string' },
    beneficiaryId: { type: 'int' },
    importJobId: { type: 'int' },
    open: {
      type: 'boolean',
      where: (open, alias) => ({ sql: open ? `${alias}.outcome IS NULL` : `${alias}.outcome IS NOT NULL`, params: {} }),
    },
    overdue: conditionFilter((alias, p) => ({ sql: taskOverdueSql(alias, p), params: { [p]: chinaDate(new Date()) } })),
    // not closed by its deadline: overdue now, or closed after the deadline day (the compliance view's ENR-3 complement)
    late: conditionFilter((alias, p) => ({
      sql: `(${taskOverdueSql(alias, p)} OR ${taskClosedLateSql(alias)})`,
      params: { [p]: chinaDate(new Date()) },
    })),
    // a region and its subtree (within the caller's scope already)
    scope: SUBTREE_FILTER,
    createdAt: { type: 'date' },
    idNumber: { type: 'idNumber' },
  },
  search: ['name', 'idNumber'],
  resource: 'verification-tasks',
  defaultSort: [
    ['deadline', 'ASC'],
    ['id', 'ASC'],
  ],
};

/**
 * A duplicate task's other ledger, as the reader may see it: the region only when the reader's scope covers
 * it (the level that sees both ledgers resolves the task); otherwise only that it is another region's.
 */
function taskDetailFor(reader: Pick<Actor, 'regionCode'>, t: VerificationTask): Record<string, unknown> {
  const detail = JSON.parse(t.detail) as Record<string, unknown>;
  if (t.differenceType !== 'duplicate') return detail;
  const { ledgerRegionCode, ledgerPoolingRegionCode } = detail as { ledgerRegionCode?: string; ledgerPoolingRegionCode?: string };
  const samePooling = ledgerPoolingRegionCode === poolingRegionCodeOf(t.regionCode);
  const shown: Record<string, unknown> = {
    ledger: samePooling ? 'another_county' : 'another_pooling_region',
    note: samePooling
      ? "该身份证号已在本统筹区另一县区台账中，由上级核实 (in another county's ledger; the level above resolves it)"
      : "该身份证号已在另一统筹区台账中，由上级核实 (in another pooling region's ledger; the level above resolves it)",
  };
  return isInScope(reader, ledgerRegionCode) ? { ...shown, ledgerRegionCode, ledgerPoolingRegionCode } : shown;
}

/** Who closes a task (the rule `taskCloser`, applied through the record-level access helper): null when the reader may, else why not. */
function closeRefusal(reader: Pick<Actor, 'role' | 'regionCode'>, t: VerificationTask): string | null {
  const closer = taskCloser({ differenceType: t.differenceType, regionCode: t.regionCode, detail: JSON.parse(t.detail) as Record<string, unknown> });
  return closer.regionCode !== null && actsAt(reader, closer.regionCode, closer) ? null : closer.message;
}

export function toTaskRecord(reader: Pick<Actor, 'role' | 'regionCode'>, t: VerificationTask): VerificationTaskRecord {
  return {
    id: t.id,
    beneficiaryId: t.beneficiaryId,
    idNumber: maskIdNumber(t.idNumber),
    name: t.name,
    regionCode: t.regionCode,
    month: t.month,
    differenceType: t.differenceType as DifferenceType,
    detail: taskDetailFor(reader, t),
    deadline: t.deadline,
    overdue: !t.outcome && t.deadline < chinaDate(new Date()),
    outcome: t.outcome as TaskOutcome | null,
    outcomeNote: t.outcomeNote,
    closable: !t.outcome && closeRefusal(reader, t) === null,
    closedAt: iso(t.closedAt),
    version: t.version,
    createdAt: iso(t.createdAt)!,
  };
}

/**
 * 待办 (issue 13 item 7): an open task awaits the one who closes it — `taskCloser` written as SQL: the task's
 * county for any difference but a duplicate; for a duplicate a level whose subtree holds the other ledger
 * (its detail JSON starts with that ledger's region, as the roster handler writes it). Due at its deadline.
 */
export const TASK_INBOX: InboxSource<VerificationTask> = {
  resource: 'verification-tasks',
  entity: VerificationTask,
  awaiting(actor, alias, p) {
    if (!can(actor.role, 'verification-tasks', 'edit')) return null;
    return {
      sql:
        `(${alias}.outcome IS NULL AND ((${alias}.differenceType <> 'duplicate' AND SUBSTR(${alias}.regionCode, 1, 6) = :${p}own)` +
        ` OR (${alias}.differenceType = 'duplicate' AND ${alias}.detail LIKE :${p}dup)))`,
      params: { [`${p}own`]: actor.regionCode, [`${p}dup`]: `{"ledgerRegionCode":"${regionScopePrefix(actor.regionCode)}%` },
    };
  },
  waitingSinceSql: (alias) => `${alias}.createdAt`,
  dueAtSql: (alias, sql) => sql.endOfChinaDay(`${alias}.deadline`),
  item(actor, t, regionName) {
    const due = endOfChinaDay(t.deadline);
    return {
      resource: 'verification-tasks',
      id: t.id,
      regionCode: t.regionCode,
      regionName,
      title: `${regionName ?? t.regionCode} ${t.month} ${DIFFERENCE_TYPE_LABELS[t.differenceType as DifferenceType] ?? t.differenceType}：${t.name}`,
      state: 'open',
      version: t.version,
      actions: closeRefusal(actor, t) === null ? ['close'] : [],
      waitingSince: new Date(t.createdAt).toISOString(),
      dueAt: due.toISOString(),
      overdue: due.getTime() < Date.now(),
    };
  },
};

/** 核查任务: the differences the monthly roster comparison found, worked and closed by the county. */
@Injectable()
export class VerificationTasksService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly inbox: InboxService,
    private readonly idLookups: FullIdLookupLog,
  ) {}

  onModuleInit(): void {
    this.inbox.register(TASK_INBOX);
  }

  async listTasks(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(VerificationTask).createQueryBuilder('t'), actor), query, TASK_LIST, {
      actor,
      lookups: this.idLookups,
    });
    return { rows: rows.map((t) => toTaskRecord(actor, t)), total };
  }

  private async loadTask(actor: Actor, id: number, em: EntityManager = this.ds.manager) {
    return assertInScope(actor, await em.findOneBy(VerificationTask, { id }), (t) => t.regionCode, 'verification-tasks', id);
  }

  async getTask(actor: Actor, id: number) {
    return toTaskRecord(actor, await this.loadTask(actor, id));
  }

  /** The county closes a task with its outcome; "enrolled" and "valid reason" must be true in the ledger. */
  async closeTask(actor: Actor, id: number, outcome: TaskOutcome, note: string | undefined, version: number) {
    const task = await this.loadTask(actor, id);
    if (task.outcome) throw new ConflictException('该任务已办结 (this task is already closed)');
    const refusal = closeRefusal(actor, task);
    if (refusal) throw new ForbiddenException(refusal);
    if (TASK_OUTCOME_EVIDENCE[outcome] && task.beneficiaryId) {
      const year = taskYear(task.month);
      const refused = taskOutcomeRefusal(outcome, year, await this.ds.getRepository(Enrollment).findOneBy({ beneficiaryId: task.beneficiaryId, year }));
      if (refused) throw fieldError('outcome', refused);
    }
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, VerificationTask, { id }, version, taskClosing(outcome, note, actor.userId, new Date()), 'verification-tasks');
      const after = await em.findOneByOrFail(VerificationTask, { id });
      await this.audit.append(em, actor, {
        action: 'close',
        resource: 'verification-tasks',
        resourceId: id,
        before: { outcome: null },
        after: { outcome, outcomeNote: note ?? null },
      });
      return toTaskRecord(actor, after);
    });
  }
}
