import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { REGION_LEVEL_LABELS, ROLE_LABELS, ROLE_REGION_LEVELS, Role, UserRecord } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list-query';
import { assertInScope, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../audit-log/audit-log.service';
import { AuthService } from '../auth/auth.service';
import { SessionsService } from '../auth/sessions.service';
import { Region } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { User } from './user.entity';

export const USER_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string' },
    regionCode: { type: 'string' },
    enabled: { type: 'boolean' },
    failedLoginCount: { type: 'int' },
    lockedUntil: { type: 'date' },
    lastLoginAt: { type: 'date' },
    createdAt: { type: 'date' },
    updatedAt: { type: 'date' },
  },
  search: ['username', 'displayName'],
  defaultSort: [['id', 'ASC']],
};

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toUserRecord(u: User): UserRecord {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionCode: u.regionCode,
    enabled: Boolean(u.enabled),
    locked: Boolean(u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now()),
    lockedUntil: iso(u.lockedUntil),
    failedLoginCount: u.failedLoginCount,
    lastLoginAt: iso(u.lastLoginAt),
    createdAt: iso(u.createdAt)!,
    updatedAt: iso(u.updatedAt)!,
    version: u.version,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLogService,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(User).createQueryBuilder('u'), actor);
    const { rows, total } = await fetchList(qb, query, USER_LIST);
    return { rows: rows.map(toUserRecord), total };
  }

  private async load(actor: Actor, id: number, em: EntityManager = this.ds.manager): Promise<User> {
    return assertInScope(actor, await em.findOneBy(User, { id }), (u) => u.regionCode, 'users', id);
  }

  async get(actor: Actor, id: number): Promise<UserRecord> {
    return toUserRecord(await this.load(actor, id));
  }

  /** A role sits at its level: a city officer at a city, a county officer at a county (DOMAIN §1). */
  private checkRoleAtRegion(role: Role, region: Region): void {
    const allowed = ROLE_REGION_LEVELS[role];
    if (!allowed.includes(region.level)) {
      throw fieldError(
        'regionCode',
        `${ROLE_LABELS[role]}须属于${allowed.map((l) => REGION_LEVEL_LABELS[l]).join('或')}行政区划，${region.name}是${REGION_LEVEL_LABELS[region.level]} (role ${role} belongs at level ${allowed.join('/')}, ${region.code} is ${region.level})`,
      );
    }
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserRecord> {
    const region = await this.regions.requireInScope(actor, dto.regionCode, 'regionCode');
    this.checkRoleAtRegion(dto.role, region);
    const passwordHash = await this.auth.hashUnderPolicy(dto.password, dto.username, 'password');
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(User, { username: dto.username })) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: [`username: 用户名 ${dto.username} 已存在，请换一个 (already taken)`],
          details: [{ field: 'username', messages: ['already taken'] }],
        });
      }
      const now = new Date();
      const user = em.create(User, {
        username: dto.username,
        displayName: dto.displayName,
        passwordHash,
        role: dto.role,
        regionCode: region.code,
        enabled: true,
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: now,
        version: 1,
      });
      const saved = await em.save(user);
      const record = toUserRecord(saved);
      await this.audit.append(em, { actor, action: 'create', resource: 'users', resourceId: saved.id, after: record, ip: actor.ip });
      return record;
    });
  }

  async update(actor: Actor, id: number, dto: UpdateUserDto): Promise<UserRecord> {
    const current = await this.load(actor, id);
    const role = dto.role ?? current.role;
    const regionCode = dto.regionCode ?? current.regionCode;
    if (dto.role !== undefined || dto.regionCode !== undefined) {
      const region = await this.regions.requireInScope(actor, regionCode, 'regionCode');
      this.checkRoleAtRegion(role, region);
    }
    if (id === actor.userId && role !== current.role) {
      throw fieldError('role', '不能修改自己的角色 (you cannot change your own role)');
    }
    const { version, ...changes } = dto;
    return this.write(actor, id, version, changes, 'update');
  }

  /** Disabling ends the user's sessions in the same transaction: they are out at once. */
  async setEnabled(actor: Actor, id: number, enabled: boolean, version?: number): Promise<UserRecord> {
    if (id === actor.userId && !enabled) throw new BadRequestException('不能停用自己的账号 (you cannot disable your own account)');
    return this.write(actor, id, version, { enabled }, enabled ? 'enable' : 'disable', async (em) => {
      if (!enabled) await this.sessions.revokeAllOf(em, id);
    });
  }

  async unlock(actor: Actor, id: number, version?: number): Promise<UserRecord> {
    return this.write(actor, id, version, { lockedUntil: null, failedLoginCount: 0 }, 'unlock');
  }

  /** An admin sets a new password; the user's sessions end. */
  async resetPassword(actor: Actor, id: number, newPassword: string): Promise<UserRecord> {
    const current = await this.load(actor, id);
    const passwordHash = await this.auth.hashUnderPolicy(newPassword, current.username, 'newPassword');
    return this.write(actor, id, current.version, { passwordHash, passwordChangedAt: new Date(), lockedUntil: null, failedLoginCount: 0 }, 'reset_password', async (em) => {
      await this.sessions.revokeAllOf(em, id);
    });
  }

  /** The one write path for a user: scope, optimistic lock, side effects and audit in one transaction. */
  private async write(
    actor: Actor,
    id: number,
    version: number | undefined,
    changes: Partial<User>,
    action: string,
    alsoDo?: (em: EntityManager) => Promise<void>,
  ): Promise<UserRecord> {
    return inTransaction(this.ds, async (em) => {
      const before = await this.load(actor, id, em);
      await updateVersioned(em, User, { id }, version ?? before.version, changes, 'users');
      if (alsoDo) await alsoDo(em);
      const after = toUserRecord(await em.findOneByOrFail(User, { id }));
      await this.audit.append(em, { actor, action, resource: 'users', resourceId: id, before: toUserRecord(before), after, ip: actor.ip });
      return after;
    });
  }
}
