import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import type { AccessLogKind, AccessLogRecord } from '@yibao/shared';
import { AccessEvent, AccessRecorder, safeFragment } from '../../common/access-trace';
import type { Actor } from '../../common/actor';
import { fetchList, FullIdLookup, FullIdLookupLog, ListSpec } from '../../common/list';
import { scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { ACTOR_EVENT_FIELDS, AuditLogService, toActorEventRecord } from '../audit-log/audit-log.service';
import { AccessLog } from './access-log.entity';

export const ACCESS_LOG_LIST: ListSpec = {
  fields: { ...ACTOR_EVENT_FIELDS, kind: { type: 'string' }, statusCode: { type: 'int' } },
  search: ['username', 'resource', 'resourceId'],
  defaultSort: [['id', 'DESC']],
};

export function toAccessLogRecord(row: AccessLog): AccessLogRecord {
  return {
    ...toActorEventRecord(row),
    kind: row.kind as AccessLogKind,
    method: row.method,
    route: row.route,
    statusCode: row.statusCode,
    detail: row.detail,
  };
}

const DAY_MS = 86_400_000;

/**
 * The one access log (PIPL art. 55–56): refusals and reads of personal data, one row each, in its own table
 * — never the hash-chained audit log. `record()` is the only writer; rows older than the retention period
 * (ACCESS_LOG_RETENTION_DAYS, at least 180) are purged at start-up and daily.
 */
@Injectable()
export class AccessLogService implements AccessRecorder, FullIdLookupLog, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AccessLogService');
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const purge = () => this.purge().catch((e) => this.logger.error(`purge: ${(e as Error)?.stack ?? e}`));
    void purge();
    this.purgeTimer = setInterval(purge, DAY_MS);
    this.purgeTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.purgeTimer);
  }

  /**
   * One row; `actor` null for a refusal before sign-in. Inside `em` when it must commit with other writes, else in a
   * transaction of its own (a connection lost with its node is retried, never an autocommit insert lost in flight).
   */
  async record(actor: Actor | null, event: AccessEvent, em?: EntityManager): Promise<void> {
    if (!em) return inTransaction(this.ds, (tx) => this.record(actor, event, tx));
    await em.insert(AccessLog, {
      at: new Date(),
      userId: actor?.userId ?? null,
      username: actor?.username ?? null,
      role: actor?.role ?? null,
      regionCode: actor?.regionCode ?? null,
      kind: event.kind,
      resource: event.resource.slice(0, 64),
      resourceId: event.resourceId === undefined || event.resourceId === null ? null : safeFragment(String(event.resourceId)),
      method: (event.method ?? 'GET').slice(0, 8),
      route: safeFragment(event.route ?? '', 200),
      statusCode: event.statusCode ?? 200,
      detail: event.detail ? safeFragment(event.detail, 200) : null,
      ip: event.ip !== undefined ? event.ip : (actor?.ip ?? null),
    });
  }

  /**
   * A list searched or filtered by a whole ID number: a personal-data lookup in the audit log (it is a use of
   * personal data, like a reveal) and in the access log, both with the masked number only.
   */
  async recordFullIdLookup(actor: Actor, lookup: FullIdLookup): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, {
        action: 'id_search',
        resource: lookup.resource,
        resourceId: null,
        after: { field: lookup.field, idNumber: lookup.maskedIdNumber },
      });
      await this.record(
        actor,
        { kind: 'id_search', resource: lookup.resource, detail: `${lookup.field}=${lookup.maskedIdNumber}`, route: `/api/${lookup.resource}` },
        em,
      );
    });
  }

  /** Deletes rows older than the retention period; returns how many. */
  async purge(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.accessLogRetentionDays * DAY_MS);
    const result = await this.ds.getRepository(AccessLog).delete({ at: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(AccessLog).createQueryBuilder('a'), actor), query, ACCESS_LOG_LIST);
    return { rows: rows.map(toAccessLogRecord), total };
  }
}
