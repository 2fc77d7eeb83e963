import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, LessThan } from 'typeorm';
import {
  BackgroundJobRecord,
  chinaDate,
  NotificationKind,
  NotificationRecord,
  NotificationsMarkedRead,
  NotificationSweepResult,
  NotificationUnreadCount,
  parentRegionCodeOf,
  regionScopePrefix,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fetchList, ListSpec } from '../../common/list';
import { notFound } from '../../common/region-scope';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { inTransaction } from '../../database/data-source';
import { JobProgress, JobsService, OUTSIDE_A_JOB, systemActor } from '../jobs/jobs.service';
import { RegionsService } from '../regions/regions.service';
import { User } from '../users/user.entity';
import { InboxService } from '../workflow/inbox.service';
import { WorkflowTransition } from '../workflow/workflow-transition.entity';
import { AppliedTransition, WorkflowService } from '../workflow/workflow.service';
import { Notification } from './notification.entity';

export const NOTIFICATION_SWEEP = 'notification-sweep';

/**
 * `GET /api/notifications`: the caller's own, newest first; `unread=true` (or false), `kind`, `resource`,
 * `createdAt_gte/lte`.
 */
export const NOTIFICATION_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    kind: { type: 'string', operators: ['eq'] },
    resource: { type: 'string', operators: ['eq'] },
    unread: { type: 'boolean', where: (value, alias) => ({ sql: value ? `${alias}.readAt IS NULL` : `${alias}.readAt IS NOT NULL`, params: {} }) },
    createdAt: { type: 'date', operators: ['gte', 'lte'] },
  },
  defaultSort: [['id', 'DESC']],
  maxPageSize: 100,
};

const DAY_MS = 86_400_000;
/** the sweep reads each inbox by due date, this many records a page, at most this many pages (2,000 records) */
const SWEEP_PAGE = 200;
const SWEEP_MAX_PAGES = 10;
/** rows per INSERT and per look-up of what was already told */
const CHUNK = 500;
/** the daily sweep runs at 06:00 China time (22:00 UTC), before the working day */
const SWEEP_UTC_HOUR = 22;

/** The sweep's starter in the job log: the platform itself, over every account. */
const SYSTEM_ACTOR: Actor = systemActor();

/** A user as the workflow rules see an actor (role, region, scope). */
function actorOf(u: Pick<User, 'id' | 'username' | 'role' | 'regionCode'>): Actor {
  return { ...SYSTEM_ACTOR, userId: u.id, username: u.username, role: u.role, regionCode: u.regionCode, scopePrefix: regionScopePrefix(u.regionCode) };
}

/** The record's region and every region above it: where anyone who may act on it sits (an actor sees only its subtree). */
function regionAndAncestors(code: string): string[] {
  const out: string[] = [];
  for (let c: string | null = code; c; c = parentRegionCodeOf(c)) out.push(c);
  return out;
}

const ACTIVE = { enabled: true, authorized: true } as const;

/** What a notification of a record created awaiting someone says it was (no action was taken on it yet). */
const CREATED = { zh: '新登记', en: 'Filed' };

function toRecord(n: Notification): NotificationRecord {
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    title: n.title,
    body: n.body,
    resource: n.resource,
    recordId: n.recordId,
    dueOn: n.dueOn,
    createdAt: new Date(n.createdAt).toISOString(),
    readAt: n.readAt ? new Date(n.readAt).toISOString() : null,
  };
}

type NewNotification = Omit<Notification, 'id' | 'readAt'>;

/**
 * 站内消息 (issue 15): each user's own notifications. Written by the workflow engine's transition listener in the
 * action's transaction — to whoever can now act on the record (the inbox's rule: the engine's `actionsFor`), and
 * on a `return` also to the filer — and by one daily deadline sweep over every user's inbox (due within
 * NOTIFICATION_DUE_SOON_DAYS, or overdue), which also purges rows older than NOTIFICATION_RETENTION_DAYS.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workflow: WorkflowService,
    private readonly inbox: InboxService,
    private readonly jobs: JobsService,
    private readonly regions: RegionsService,
  ) {}

  onModuleInit(): void {
    this.workflow.onTransition((em, t) => this.afterTransition(em, t));
    this.jobs.register<Record<string, never>, NotificationSweepResult>({
      kind: NOTIFICATION_SWEEP,
      resource: 'notification-sweeps',
      run: (_actor, _params, progress) => this.sweep(new Date(), progress),
    });
  }

  /** The daily sweep as a job of the one job runner, on the one daily schedule (06:00 China time). */
  onApplicationBootstrap(): void {
    this.jobs.daily(SWEEP_UTC_HOUR, 'daily sweep', () => this.startDailySweep());
  }

  /** One scheduled run: a job started by the platform itself (`system` in the job list and the audit log). */
  startDailySweep(): Promise<BackgroundJobRecord> {
    return this.jobs.start(SYSTEM_ACTOR, NOTIFICATION_SWEEP, {});
  }

  async list(actor: Actor, query: Record<string, unknown>): Promise<{ rows: NotificationRecord[]; total: number }> {
    const qb = this.ds.getRepository(Notification).createQueryBuilder('n').where('n.userId = :owner', { owner: actor.userId });
    const { rows, total } = await fetchList(qb, query, NOTIFICATION_LIST);
    return { rows: rows.map(toRecord), total };
  }

  async unreadCount(actor: Actor): Promise<NotificationUnreadCount> {
    return { unread: await this.ds.getRepository(Notification).countBy({ userId: actor.userId, readAt: IsNull() }) };
  }

  /** Another user's notification is as absent as one that never was (404). Reading it twice keeps the first time. */
  async markRead(actor: Actor, id: number): Promise<NotificationRecord> {
    const repo = this.ds.getRepository(Notification);
    const n = await repo.findOneBy({ id, userId: actor.userId });
    if (!n) throw notFound('notifications', id);
    if (!n.readAt) {
      n.readAt = new Date();
      await repo.update({ id, userId: actor.userId }, { readAt: n.readAt });
    }
    return toRecord(n);
  }

  async markAllRead(actor: Actor): Promise<NotificationsMarkedRead> {
    const result = await this.ds
      .getRepository(Notification)
      .createQueryBuilder()
      .update()
      .set({ readAt: new Date() })
      .where('userId = :owner AND readAt IS NULL', { owner: actor.userId })
      .execute();
    return { marked: result.affected ?? 0 };
  }

  /**
   * The active users who may now act on the record: at its region or above (no one else sees it), with a role
   * one of the state's inbox actions names, for whom the engine itself offers such an action — so a new level
   * (or a record's column naming the acting region) reaches the right people without a change here.
   */
  private async actingUsers(em: EntityManager, t: AppliedTransition): Promise<User[]> {
    const def = t.subject.definition;
    const waiting = Object.values(def.actions).filter((a) => a.from.includes(t.record.state) && a.inbox !== false);
    const roles = [...new Set(waiting.flatMap((a) => a.roles))];
    if (!roles.length) return [];
    const candidates = await em.findBy(User, { ...ACTIVE, role: In(roles), regionCode: In(regionAndAncestors(t.record.regionCode)) });
    return candidates.filter((u) => this.workflow.actionsFor(actorOf(u), def.resource, t.record).some((a) => def.actions[a].inbox !== false));
  }

  /** The user who last sent the record into the state a `return` took it from (its filer), if still active. */
  private async filer(em: EntityManager, t: AppliedTransition, fromState: string): Promise<User | null> {
    const sent = await em.findOne(WorkflowTransition, {
      where: { resource: t.subject.definition.resource, recordId: t.record.id, toState: fromState },
      order: { id: 'DESC' },
    });
    return sent ? em.findOneBy(User, { id: sent.actorId, ...ACTIVE }) : null;
  }

  /**
   * The engine's hook: in the action's transaction (or the creating one: `action` null), one notification to each
   * user the record now awaits.
   */
  private async afterTransition(em: EntityManager, t: AppliedTransition): Promise<void> {
    const returned = t.action === 'return';
    const recipients = new Map((await this.actingUsers(em, t)).map((u) => [u.id, u]));
    if (returned && t.fromState) {
      const filer = await this.filer(em, t, t.fromState);
      if (filer) recipients.set(filer.id, filer);
    }
    recipients.delete(t.actor.userId);
    if (!recipients.size) return;
    const regionName = await this.regions.name(t.record.regionCode, em);
    const label = t.action === null ? CREATED : t.subject.definition.actions[t.action].label;
    const by = `${(await this.regions.name(t.actor.regionCode, em)) ?? t.actor.regionCode} ${t.actor.username}`;
    const base = {
      kind: (returned ? 'returned' : 'awaiting_action') as NotificationKind,
      title: t.subject.title(t.record, regionName).slice(0, 200),
      body: `${label.zh} (${label.en})：${by}${t.comment ? `\n${t.comment}` : ''}`.slice(0, 500),
      resource: t.subject.definition.resource,
      recordId: t.record.id,
      dueOn: null,
      createdAt: new Date(),
    };
    await em.insert(
      Notification,
      [...recipients.keys()].map((userId) => ({ ...base, userId })),
    );
  }

  /**
   * The daily deadline sweep: every active user's inbox read by due date (the inbox's own query, grouped by
   * role and region — what the inbox depends on), one `due_soon` or `overdue` notification per user, record and
   * due date. Idempotent: what was told is looked up and skipped, and the unique index refuses a repeat that
   * races past the look-up. Also purges notifications past retention. Each write confirms the job's lease in its
   * transaction (`progress`): a process whose sweep another took over writes nothing further.
   */
  async sweep(now = new Date(), progress: JobProgress = OUTSIDE_A_JOB): Promise<NotificationSweepResult> {
    const purged = await inTransaction(this.ds, async (em) => {
      const { affected } = await em.delete(Notification, { createdAt: LessThan(new Date(now.getTime() - this.config.notificationRetentionDays * DAY_MS)) });
      await progress.confirmLease(em);
      return affected ?? 0;
    });
    const horizon = now.getTime() + this.config.notificationDueSoonDays * DAY_MS;
    const users = await this.ds.getRepository(User).find({ where: ACTIVE, select: { id: true, username: true, role: true, regionCode: true } });
    const inboxes = new Map<string, User[]>();
    for (const u of users) inboxes.set(`${u.role}|${u.regionCode}`, [...(inboxes.get(`${u.role}|${u.regionCode}`) ?? []), u]);
    let created = 0;
    for (const members of inboxes.values()) {
      const rows: NewNotification[] = [];
      for (const item of await this.dueItems(actorOf(members[0]), horizon)) {
        const dueAt = new Date(item.dueAt!);
        const overdue = dueAt.getTime() < now.getTime();
        const dueOn = chinaDate(dueAt);
        const body = overdue ? `已于 ${dueOn} 逾期 (overdue since ${dueOn})` : `将于 ${dueOn} 到期 (due on ${dueOn})`;
        for (const u of members)
          rows.push({
            userId: u.id,
            kind: overdue ? 'overdue' : 'due_soon',
            title: item.title.slice(0, 200),
            body,
            resource: item.resource,
            recordId: item.id,
            dueOn,
            createdAt: now,
          });
      }
      for (let i = 0; i < rows.length; i += CHUNK) created += await this.insertNew(rows.slice(i, i + CHUNK), progress);
    }
    return { inboxes: inboxes.size, created, purged };
  }

  /** The inbox's records due by `horizon` (overdue ones first), through the inbox's own list. */
  private async dueItems(actor: Actor, horizon: number) {
    const due = [];
    for (let page = 0; page < SWEEP_MAX_PAGES; page++) {
      const { rows } = await this.inbox.list(actor, {
        _sort: 'dueAt',
        _order: 'asc',
        _start: String(page * SWEEP_PAGE),
        _end: String((page + 1) * SWEEP_PAGE),
      });
      for (const item of rows) {
        if (!item.dueAt || new Date(item.dueAt).getTime() > horizon) return due;
        due.push(item);
      }
      if (rows.length < SWEEP_PAGE) break;
    }
    return due;
  }

  /** Inserts the rows not yet told (same user, kind, record and due date); returns how many. */
  private async insertNew(rows: NewNotification[], progress: JobProgress): Promise<number> {
    if (!rows.length) return 0;
    const key = (n: Pick<Notification, 'userId' | 'kind' | 'resource' | 'recordId' | 'dueOn'>) =>
      `${n.userId}|${n.kind}|${n.resource}|${n.recordId}|${n.dueOn}`;
    const told = await this.ds
      .getRepository(Notification)
      .createQueryBuilder('n')
      .select(['n.userId', 'n.kind', 'n.resource', 'n.recordId', 'n.dueOn'])
      .where('n.userId IN (:...users) AND n.recordId IN (:...records)', {
        users: [...new Set(rows.map((r) => r.userId))],
        records: [...new Set(rows.map((r) => r.recordId))],
      })
      .andWhere('n.dueOn IN (:...dates)', { dates: [...new Set(rows.map((r) => r.dueOn!))] })
      .getMany();
    const seen = new Set(told.map(key));
    const fresh = rows.filter((r) => !seen.has(key(r)));
    if (fresh.length)
      await inTransaction(this.ds, async (em) => {
        await em.createQueryBuilder().insert().into(Notification).values(fresh).orIgnore().execute();
        await progress.confirmLease(em);
      });
    return fresh.length;
  }
}
