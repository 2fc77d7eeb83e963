import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { ActorEventRecord, AuditLogRecord, AuditVerdict } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { constantTimeEqual } from '../../common/constant-time';
import { fetchList, ListSpec } from '../../common/list';
import { notFound, scopeQuery } from '../../common/region-scope';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { inTransaction, isSqlite } from '../../database/data-source';
import { AuditKey } from './audit-key';
import { AuditChainHead, AuditLog } from './audit-log.entity';

export const GENESIS_HASH = '0'.repeat(64);

/** Who an audit row is about: the signed-in actor (the row takes its ip), or who acted without a session. */
export type AuditSource = AuditActor | AnonymousSource;
export type AuditActor = Pick<Actor, 'userId' | 'username' | 'role' | 'regionCode' | 'ip'>;
/** an event without a session: a failed login (the name tried), the seed, the cli, the chain keying */
export interface AnonymousSource {
  username: string | null;
  ip: string | null;
}

/** What happened, to what. */
export interface AuditEvent {
  action: string;
  resource: string;
  resourceId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Never store secrets in the trail, whatever the caller passes in. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'token', 'csrfToken']);

export function toAuditJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? undefined : v));
}

type HashedFields = Omit<AuditLog, 'hash'>;

/** Every column and the previous row's hash, in a fixed order: the text a row's hash covers. */
export function auditCanonical(row: HashedFields): string {
  return JSON.stringify([
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
}

/**
 * A row's hash: HMAC-SHA256 under the chain key (which lives outside the database), so whoever can write the
 * database can neither edit a row and recompute the chain nor forge a row.
 */
export function auditHash(row: HashedFields, key: AuditKey): string {
  return key.signRow(auditCanonical(row));
}

/** The plain SHA-256 of chains written before the chain was keyed: read only to re-sign them (signUnkeyedChain). */
export function unkeyedAuditHash(row: HashedFields): string {
  return createHash('sha256').update(auditCanonical(row), 'utf8').digest('hex');
}

/**
 * A signed statement "the chain had `headId` rows, the last with `hash`, at `at`", exported by the audit admin
 * and kept outside the database. Given back to verify, it catches what the chain alone cannot: a cut tail with
 * the head moved back.
 */
export interface AuditCheckpoint {
  headId: number;
  hash: string;
  at: string;
  signature: string;
}

function checkpointCanonical(c: Omit<AuditCheckpoint, 'signature'>): string {
  return JSON.stringify(['yibao-audit-checkpoint', 1, c.headId, c.hash, c.at]);
}

/** The list fields of who did what, when, on what — shared by the audit log and the access log. */
export const ACTOR_EVENT_FIELDS: ListSpec['fields'] = {
  id: { type: 'int' },
  at: { type: 'date' },
  userId: { type: 'int' },
  username: { type: 'string' },
  role: { type: 'string' },
  regionCode: { type: 'string' },
  resource: { type: 'string' },
  resourceId: { type: 'string' },
  ip: { type: 'string' },
};

type ActorEventRow = {
  id: number;
  at: Date;
  userId: number | null;
  username: string | null;
  role: string | null;
  regionCode: string | null;
  resource: string;
  resourceId: string | null;
  ip: string | null;
};

/** The common head of an audit-log or access-log record. */
export function toActorEventRecord(row: ActorEventRow): ActorEventRecord {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    userId: row.userId,
    username: row.username,
    role: row.role as ActorEventRecord['role'],
    regionCode: row.regionCode,
    resource: row.resource,
    resourceId: row.resourceId,
    ip: row.ip,
  };
}

export const AUDIT_LOG_LIST: ListSpec = {
  fields: { ...ACTOR_EVENT_FIELDS, action: { type: 'string' } },
  search: ['username', 'action', 'resource', 'resourceId'],
  defaultSort: [['id', 'DESC']],
};

export function toAuditLogRecord(row: AuditLog): AuditLogRecord {
  const parse = (text: string | null) => (text === null ? null : JSON.parse(text));
  return {
    ...toActorEventRecord(row),
    action: row.action,
    before: parse(row.before),
    after: parse(row.after),
    hash: row.hash,
    prevHash: row.prevHash,
  };
}

@Injectable()
export class AuditLogService {
  private readonly key: AuditKey;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'audit'>,
  ) {
    this.key = AuditKey.from(config.audit);
  }

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
  async append(em: EntityManager, source: AuditSource, event: AuditEvent): Promise<AuditLog> {
    const headQb = em.createQueryBuilder(AuditChainHead, 'h').where('h.id = 1');
    if (!isSqlite(this.ds)) headQb.setLock('pessimistic_write');
    const head = await headQb.getOne();
    if (!head) throw new Error('audit chain head missing: run migrations and start-up');
    const actor = 'userId' in source ? source : null;
    const fields: HashedFields = {
      id: head.lastId + 1,
      at: new Date(),
      userId: actor?.userId ?? null,
      username: source.username,
      role: actor?.role ?? null,
      regionCode: actor?.regionCode ?? null,
      action: event.action,
      resource: event.resource,
      resourceId: event.resourceId === undefined || event.resourceId === null ? null : String(event.resourceId),
      before: toAuditJson(event.before),
      after: toAuditJson(event.after),
      ip: source.ip,
      prevHash: head.lastHash,
    };
    const row = Object.assign(new AuditLog(), fields, { hash: auditHash(fields, this.key) });
    await em.insert(AuditLog, row);
    await em.update(AuditChainHead, { id: 1 }, { lastId: row.id, lastHash: row.hash });
    return row;
  }

  /** A read event (a reveal, an export, a detection run): one row in a transaction of its own. */
  record(source: AuditSource, event: AuditEvent): Promise<AuditLog> {
    return inTransaction(this.ds, (em) => this.append(em, source, event));
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

  /** A signed checkpoint of the chain as it is now; taking one is itself the row it points at. */
  async checkpoint(actor: Actor): Promise<AuditCheckpoint> {
    const row = await this.record(actor, { action: 'checkpoint', resource: 'audit-logs' });
    const point = { headId: row.id, hash: row.hash, at: new Date(row.at).toISOString() };
    return { ...point, signature: this.key.signCheckpoint(checkpointCanonical(point)) };
  }

  /**
   * Walks the whole chain in id order: ids must be consecutive from 1, each prevHash must equal the
   * previous row's hash, each hash must be the row's HMAC, and the head must point at the last row. Each
   * checkpoint given must carry this server's signature (else a 400) and its row must still be there with
   * the same hash: a chain cut back behind a checkpoint is invalid from the first missing row.
   */
  async verify(checkpoints: AuditCheckpoint[] = [], batchSize = 2000): Promise<AuditVerdict> {
    checkpoints.forEach((c, i) => {
      if (!constantTimeEqual(this.key.signCheckpoint(checkpointCanonical(c)), c.signature)) {
        throw fieldError(
          `checkpoints.${i}.signature`,
          '签名不符，该检查点不是本系统签发的或已被改动 (the signature does not match: not a checkpoint this server issued, or altered)',
        );
      }
    });
    const expectedAt = new Map(checkpoints.map((c) => [c.headId, c.hash]));
    const withCheckpoints = (verdict: AuditVerdict): AuditVerdict => (checkpoints.length ? { ...verdict, checkpoints: checkpoints.length } : verdict);
    const repo = this.ds.getRepository(AuditLog);
    let expectedId = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const rows = await repo.createQueryBuilder('a').where('a.id >= :from', { from: expectedId }).orderBy('a.id', 'ASC').limit(batchSize).getMany();
      for (const row of rows) {
        const pinned = expectedAt.get(row.id);
        if (
          row.id !== expectedId ||
          row.prevHash !== prevHash ||
          !constantTimeEqual(auditHash(row, this.key), row.hash) ||
          (pinned !== undefined && pinned !== row.hash)
        ) {
          return withCheckpoints({ valid: false, checked, firstInvalidId: Math.min(row.id, expectedId) });
        }
        checked++;
        expectedId++;
        prevHash = row.hash;
      }
      if (rows.length < batchSize) break;
    }
    const head = await this.ds.getRepository(AuditChainHead).findOneBy({ id: 1 });
    const lastCheckpoint = Math.max(0, ...checkpoints.map((c) => c.headId));
    if ((head && (head.lastId !== expectedId - 1 || head.lastHash !== prevHash)) || lastCheckpoint >= expectedId) {
      // rows were removed from the end of the chain (the head left behind, or moved back behind a checkpoint)
      return withCheckpoints({ valid: false, checked, firstInvalidId: expectedId });
    }
    return withCheckpoints({ valid: true, checked });
  }

  /** Whether the chain was written before it was keyed: its first row carries a plain SHA-256. */
  async isUnkeyed(): Promise<boolean> {
    const first = await this.ds.getRepository(AuditLog).findOneBy({ id: 1 });
    return !!first && first.hash === unkeyedAuditHash(first);
  }

  /**
   * Re-signs a chain written before it was keyed (`cli sign-audit-chain`; in demo mode at start): checks the
   * old unkeyed chain first and refuses a broken one, then replaces every hash with its HMAC and appends a row
   * recording how many rows were re-signed and the old head hash. Returns that count.
   */
  async signUnkeyedChain(by: string, batchSize = 2000): Promise<number> {
    return inTransaction(this.ds, async (em) => {
      const headQb = em.createQueryBuilder(AuditChainHead, 'h').where('h.id = 1');
      if (!isSqlite(this.ds)) headQb.setLock('pessimistic_write');
      const head = await headQb.getOne();
      if (!head) throw new Error('audit chain head missing: run migrations first');
      let expectedId = 1;
      let oldPrev = GENESIS_HASH;
      let newPrev = GENESIS_HASH;
      for (;;) {
        const rows = await em.createQueryBuilder(AuditLog, 'a').where('a.id >= :from', { from: expectedId }).orderBy('a.id', 'ASC').limit(batchSize).getMany();
        for (const row of rows) {
          if (row.id !== expectedId || row.prevHash !== oldPrev || unkeyedAuditHash(row) !== row.hash) {
            throw new Error(`the unkeyed audit chain is broken at row ${Math.min(row.id, expectedId)}: not re-signing it`);
          }
          oldPrev = row.hash;
          const hash = auditHash({ ...row, prevHash: newPrev }, this.key);
          await em.update(AuditLog, { id: row.id }, { prevHash: newPrev, hash });
          newPrev = hash;
          expectedId++;
        }
        if (rows.length < batchSize) break;
      }
      if (head.lastId !== expectedId - 1 || head.lastHash !== oldPrev) throw new Error('the unkeyed audit chain lost rows at its end: not re-signing it');
      await em.update(AuditChainHead, { id: 1 }, { lastHash: newPrev });
      await this.append(
        em,
        { username: by, ip: null },
        { action: 'chain_keyed', resource: 'audit-logs', after: { rows: expectedId - 1, unkeyedHeadHash: oldPrev } },
      );
      return expectedId - 1;
    });
  }
}
