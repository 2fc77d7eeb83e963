import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditLogRecord } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fetchList, ListSpec } from '../../common/list-query';
import { notFound, scopeQuery } from '../../common/region-scope';
import { isSqlite } from '../../database/data-source';
import { AuditChainHead, AuditLog } from './audit-log.entity';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  /** the acting user; null for events without one (a failed login for an unknown name) */
  actor: Pick<Actor, 'userId' | 'username' | 'role' | 'regionCode'> | null;
  /** for events before a session exists (login, failed login): who it was about */
  username?: string | null;
  action: string;
  resource: string;
  resourceId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** Never store secrets in the trail, whatever the caller passes in. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'token', 'csrfToken']);

export function toAuditJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? undefined : v));
}

type HashedFields = Omit<AuditLog, 'hash'>;

/** SHA-256 over every column and the previous row's hash, in a fixed order. */
export function auditHash(row: HashedFields): string {
  const canonical = JSON.stringify([
    row.id,
    new Date(row.at).toISOString(),
    row.userId,
    row.username,
    row.role,
    row.regionCode,
    row.action,
    row.resource,
    row.resourceId,
    row.before,
    row.after,
    row.ip,
    row.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export const AUDIT_LOG_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    at: { type: 'date' },
    userId: { type: 'int' },
    username: { type: 'string' },
    role: { type: 'string' },
    regionCode: { type: 'string' },
    action: { type: 'string' },
    resource: { type: 'string' },
    resourceId: { type: 'string' },
    ip: { type: 'string' },
  },
  search: ['username', 'action', 'resource', 'resourceId'],
  defaultSort: [['id', 'DESC']],
};

export function toAuditLogRecord(row: AuditLog): AuditLogRecord {
  const parse = (text: string | null) => (text === null ? null : JSON.parse(text));
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    userId: row.userId,
    username: row.username,
    role: row.role as AuditLogRecord['role'],
    regionCode: row.regionCode,
    action: row.action,
    resource: row.resource,
    resourceId: row.resourceId,
    before: parse(row.before),
    after: parse(row.after),
    ip: row.ip,
    hash: row.hash,
    prevHash: row.prevHash,
  };
}

@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Creates the chain head row once (at start-up, before any request). */
  async ensureChainHead(): Promise<void> {
    const repo = this.ds.getRepository(AuditChainHead);
    if (!(await repo.findOneBy({ id: 1 }))) {
      await repo.insert({ id: 1, lastId: 0, lastHash: GENESIS_HASH });
    }
  }

  /**
   * Appends one row inside the caller's transaction, so the audit row commits with the change it
   * describes, or not at all. The head row is locked FOR UPDATE (MySQL); SQLite serialises writers.
   */
  async append(em: EntityManager, entry: AuditEntry): Promise<AuditLog> {
    const headQb = em.createQueryBuilder(AuditChainHead, 'h').where('h.id = 1');
    if (!isSqlite(this.ds)) headQb.setLock('pessimistic_write');
    const head = await headQb.getOne();
    if (!head) throw new Error('audit chain head missing: run migrations and start-up');
    const fields: HashedFields = {
      id: head.lastId + 1,
      at: new Date(),
      userId: entry.actor?.userId ?? null,
      username: entry.actor?.username ?? entry.username ?? null,
      role: entry.actor?.role ?? null,
      regionCode: entry.actor?.regionCode ?? null,
      action: entry.action,
      resource: entry.resource,
      resourceId: entry.resourceId === undefined || entry.resourceId === null ? null : String(entry.resourceId),
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      ip: entry.ip ?? null,
      prevHash: head.lastHash,
    };
    const row = Object.assign(new AuditLog(), fields, { hash: auditHash(fields) });
    await em.insert(AuditLog, row);
    await em.update(AuditChainHead, { id: 1 }, { lastId: row.id, lastHash: row.hash });
    return row;
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(AuditLog).createQueryBuilder('a'), actor);
    const { rows, total } = await fetchList(qb, query, AUDIT_LOG_LIST);
    return { rows: rows.map(toAuditLogRecord), total };
  }

  async get(actor: Actor, id: number) {
    const qb = scopeQuery(this.ds.getRepository(AuditLog).createQueryBuilder('a'), actor).andWhere('a.id = :id', { id });
    const row = await qb.getOne();
    if (!row) throw notFound('audit-logs', id);
    return toAuditLogRecord(row);
  }

  /**
   * Walks the whole chain in id order: ids must be consecutive from 1, each prevHash must equal the
   * previous row's hash, each hash must match its row, and the head must point at the last row.
   */
  async verify(batchSize = 2000): Promise<{ valid: boolean; checked: number; firstInvalidId?: number }> {
    const repo = this.ds.getRepository(AuditLog);
    let expectedId = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const rows = await repo
        .createQueryBuilder('a')
        .where('a.id >= :from', { from: expectedId })
        .orderBy('a.id', 'ASC')
        .limit(batchSize)
        .getMany();
      for (const row of rows) {
        if (row.id !== expectedId || row.prevHash !== prevHash || auditHash(row) !== row.hash) {
          return { valid: false, checked, firstInvalidId: Math.min(row.id, expectedId) };
        }
        checked++;
        expectedId++;
        prevHash = row.hash;
      }
      if (rows.length < batchSize) break;
    }
    const head = await this.ds.getRepository(AuditChainHead).findOneBy({ id: 1 });
    if (head && (head.lastId !== expectedId - 1 || head.lastHash !== prevHash)) {
      // rows were removed from the end of the chain
      return { valid: false, checked, firstInvalidId: expectedId };
    }
    return { valid: true, checked };
  }
}
