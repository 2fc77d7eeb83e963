import { BadRequestException, ConflictException, ForbiddenException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import {
  REGION_LEVEL_LABELS,
  ROLE_LABELS,
  ROLE_REGION_LEVELS,
  Role,
  USER_CHANGE_WORKFLOW,
  UserChangeKind,
  UserChangeRecord,
  UserRecord,
  isAdminRole,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list';
import { assertInScope, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { staleVersion, updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../audit-log/audit-log.service';
import { AuthService, historyAfterChange, passwordHistoryOf } from '../auth/auth.service';
import { LoginThrottle, normaliseLoginName } from '../auth/login-throttle';
import { LoginLockout, LoginLockouts } from '../auth/login-lockouts';
import { SessionsService } from '../auth/sessions.service';
import { Region } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import { WorkflowService } from '../workflow/workflow.service';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UserChangeRequest } from './user-change.entity';
import { User } from './user.entity';

export const USER_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string' },
    regionCode: { type: 'string' },
    enabled: { type: 'boolean' },
    authorized: { type: 'boolean' },
    mustChangePassword: { type: 'boolean' },
    lastLoginAt: { type: 'date' },
    createdAt: { type: 'date' },
    updatedAt: { type: 'date' },
  },
  search: ['username', 'displayName'],
  defaultSort: [['id', 'ASC']],
};

export const USER_CHANGE_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    kind: { type: 'string' },
    state: { type: 'string' },
    regionCode: { type: 'string' },
    targetUserId: { type: 'int' },
    targetUsername: { type: 'string' },
    targetRole: { type: 'string' },
    proposedByUsername: { type: 'string' },
    createdAt: { type: 'date' },
    stateChangedAt: { type: 'date' },
  },
  search: ['targetUsername', 'proposedByUsername'],
  defaultSort: [['id', 'DESC']],
};

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toUserRecord(u: User, lock: { failures: number; lockedUntil: Date | null }): UserRecord {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionCode: u.regionCode,
    enforcementCertNo: u.enforcementCertNo ?? null,
    enabled: Boolean(u.enabled),
    authorized: Boolean(u.authorized),
    mustChangePassword: Boolean(u.mustChangePassword),
    locked: lock.lockedUntil !== null,
    lockedUntil: iso(lock.lockedUntil),
    failedLoginCount: lock.failures,
    lastLoginAt: iso(u.lastLoginAt),
    createdAt: iso(u.createdAt)!,
    updatedAt: iso(u.updatedAt)!,
    version: u.version,
  };
}

/** What a change to an administrator account will do, as stored (a password only as its hash). */
type ChangePayload =
  | { kind: 'create'; username: string; displayName: string; role: Role; regionCode: string; passwordHash: string }
  | { kind: 'update'; version: number; changes: { displayName?: string; role?: Role; regionCode?: string; enforcementCertNo?: string | null } }
  | { kind: 'reset_password'; passwordHash: string }
  | { kind: 'disable' }
  | { kind: 'enable' };

/** A user operation either took effect or became a change awaiting a second administrator (202). */
export type UserOutcome = UserRecord | { pendingChange: UserChangeRecord };

@Injectable()
export class UsersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLogService,
    private readonly throttle: LoginThrottle,
    private readonly lockouts: LoginLockouts,
    private readonly workflow: WorkflowService,
  ) {}

  onModuleInit(): void {
    this.workflow.register<UserChangeRequest, UserChangeRecord>({
      definition: USER_CHANGE_WORKFLOW,
      entity: UserChangeRequest,
      toRecord: async (actor, r) => this.toChangeRecord(actor, r),
      snapshot: (r) => ({ kind: r.kind, targetUsername: r.targetUsername, changes: this.changesOf(r) }),
      title: (r) => `${r.targetUsername}: ${r.kind}`,
      effect: (em, r, action, actor) => this.decide(em, r, action, actor),
    });
  }

  /** The accounts as records, with their login lockouts as every API process counted them (one read for all). */
  private async records(users: User[], em?: EntityManager): Promise<UserRecord[]> {
    const states = await this.lockouts.statesOf(
      users.map((u) => normaliseLoginName(u.username)),
      em,
    );
    return users.map((u) => toUserRecord(u, states.get(normaliseLoginName(u.username)) ?? { failures: 0, lockedUntil: null }));
  }

  private async record(u: User, em?: EntityManager): Promise<UserRecord> {
    return (await this.records([u], em))[0];
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(User).createQueryBuilder('u'), actor);
    const { rows, total } = await fetchList(qb, query, USER_LIST);
    return { rows: await this.records(rows), total };
  }

  private async load(actor: Actor, id: number, em: EntityManager = this.ds.manager): Promise<User> {
    return assertInScope(actor, await em.findOneBy(User, { id }), (u) => u.regionCode, 'users', id);
  }

  async get(actor: Actor, id: number): Promise<UserRecord> {
    return this.record(await this.load(actor, id));
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

  private async assertUsernameFree(em: EntityManager, username: string): Promise<void> {
    if (await em.findOneBy(User, { username })) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: [`username: 用户名 ${username} 已存在，请换一个 (already taken)`],
        details: [{ field: 'username', messages: ['already taken'] }],
      });
    }
  }

  /** The last enabled account of a role stays: nobody silences a role by switching its holders off. */
  private async assertNotLastEnabled(em: EntityManager, user: User, what: 'disable' | 'role'): Promise<void> {
    if (!user.enabled) return;
    const others = await em.countBy(User, { role: user.role, enabled: true, id: Not(user.id) });
    if (others === 0) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `${user.username} 是最后一个启用的${ROLE_LABELS[user.role]}账号，不能${what === 'disable' ? '停用' : '改为其他角色'} (the last enabled ${user.role} account cannot be ${what === 'disable' ? 'disabled' : 'given another role'})`,
        details: { reason: 'last_enabled_of_role', role: user.role },
      });
    }
  }

  /**
   * A business account starts unauthorised (the security admin authorises its role) and with a password
   * its user must change; an administrator account is only proposed (a second administrator confirms).
   */
  async create(actor: Actor, dto: CreateUserDto): Promise<UserOutcome> {
    const region = await this.regions.requireInScope(actor, dto.regionCode, 'regionCode');
    this.checkRoleAtRegion(dto.role, region);
    await this.assertUsernameFree(this.ds.manager, dto.username);
    const passwordHash = await this.auth.hashUnderPolicy(dto.password, dto, 'password');
    if (isAdminRole(dto.role)) {
      return this.propose(
        actor,
        { targetUserId: null, targetUsername: dto.username, targetRole: dto.role, regionCode: region.code },
        {
          kind: 'create',
          username: dto.username,
          displayName: dto.displayName,
          role: dto.role,
          regionCode: region.code,
          passwordHash,
        },
      );
    }
    return inTransaction(this.ds, (em) => this.insertUser(em, actor, { ...dto, regionCode: region.code, passwordHash, authorized: false }));
  }

  private async insertUser(
    em: EntityManager,
    actor: Actor,
    input: {
      username: string;
      displayName: string;
      role: Role;
      regionCode: string;
      passwordHash: string;
      authorized: boolean;
      enforcementCertNo?: string | null;
    },
  ): Promise<UserRecord> {
    await this.assertUsernameFree(em, input.username);
    const saved = await em.save(
      em.create(User, {
        ...input,
        enabled: true,
        mustChangePassword: true,
        passwordHistory: null,
        lastLoginAt: null,
        passwordChangedAt: new Date(),
        version: 1,
      }),
    );
    const record = await this.record(saved, em);
    await this.audit.append(em, actor, { action: 'create', resource: 'users', resourceId: saved.id, after: record });
    return record;
  }

  async update(actor: Actor, id: number, dto: UpdateUserDto): Promise<UserOutcome> {
    const current = await this.load(actor, id);
    const role = dto.role ?? current.role;
    const regionCode = dto.regionCode ?? current.regionCode;
    if (id === actor.userId && role !== current.role) {
      throw fieldError('role', '不能修改自己的角色 (you cannot change your own role)');
    }
    if (id === actor.userId && regionCode !== current.regionCode) {
      throw fieldError('regionCode', '不能修改自己的所属区划 (you cannot change your own region)');
    }
    if (dto.role !== undefined || dto.regionCode !== undefined) {
      const region = await this.regions.requireInScope(actor, regionCode, 'regionCode');
      this.checkRoleAtRegion(role, region);
    }
    const { version, ...changes } = dto;
    if ((isAdminRole(current.role) || isAdminRole(role)) && id !== actor.userId) {
      if (version !== current.version) throw staleVersion('users');
      if (role !== current.role) await this.assertNotLastEnabled(this.ds.manager, current, 'role');
      return this.propose(
        actor,
        { targetUserId: id, targetUsername: current.username, targetRole: current.role, regionCode: current.regionCode },
        { kind: 'update', version, changes },
      );
    }
    return inTransaction(this.ds, (em) => this.applyUpdate(em, actor, current, version, changes));
  }

  /** A new role or region needs the security admin's authorisation again; the user's sessions end. */
  private async applyUpdate(
    em: EntityManager,
    actor: Actor,
    current: User,
    version: number,
    changes: { displayName?: string; role?: Role; regionCode?: string; enforcementCertNo?: string | null },
  ): Promise<UserRecord> {
    const role = changes.role ?? current.role;
    const moved = role !== current.role || (changes.regionCode ?? current.regionCode) !== current.regionCode;
    if (role !== current.role) await this.assertNotLastEnabled(em, current, 'role');
    // an administrator role is granted by two administrators (the confirmed change) and needs no third
    const authorized = moved ? isAdminRole(role) : undefined;
    return this.writeIn(em, actor, current.id, version, { ...changes, ...(authorized !== undefined ? { authorized } : {}) }, 'update', async () => {
      if (moved) await this.sessions.revokeAllOf(em, current.id);
    });
  }

  /** Disabling ends the user's sessions in the same transaction: they are out at once. */
  async setEnabled(actor: Actor, id: number, enabled: boolean, version?: number): Promise<UserOutcome> {
    if (id === actor.userId && !enabled) throw new BadRequestException('不能停用自己的账号 (you cannot disable your own account)');
    const current = await this.load(actor, id);
    if (version !== undefined && version !== current.version) throw staleVersion('users');
    if (!enabled) await this.assertNotLastEnabled(this.ds.manager, current, 'disable');
    if (isAdminRole(current.role) && id !== actor.userId) {
      return this.propose(
        actor,
        { targetUserId: id, targetUsername: current.username, targetRole: current.role, regionCode: current.regionCode },
        { kind: enabled ? 'enable' : 'disable' },
      );
    }
    return inTransaction(this.ds, (em) => this.applyEnabled(em, actor, current, enabled));
  }

  private async applyEnabled(em: EntityManager, actor: Actor, current: User, enabled: boolean): Promise<UserRecord> {
    if (!enabled) await this.assertNotLastEnabled(em, current, 'disable');
    return this.writeIn(em, actor, current.id, current.version, { enabled }, enabled ? 'enable' : 'disable', async () => {
      if (!enabled) await this.sessions.revokeAllOf(em, current.id);
    });
  }

  /** The security admin's unlock ends every login throttle on the account's name. */
  async unlock(actor: Actor, id: number, version?: number): Promise<UserRecord> {
    const current = await this.load(actor, id);
    this.throttle.clear(normaliseLoginName(current.username));
    await this.lockouts.clear(normaliseLoginName(current.username));
    return this.write(actor, id, version, {}, 'unlock');
  }

  /** 三权分立: the security admin authorises the role of an account the system admin created or changed. */
  async authorize(actor: Actor, id: number, version?: number): Promise<UserRecord> {
    const current = await this.load(actor, id);
    if (isAdminRole(current.role)) {
      throw new ConflictException(
        '管理员账号由另一名管理员确认变更，无需授权 (administrator accounts are confirmed by a second administrator, not authorised)',
      );
    }
    if (current.authorized) throw new ConflictException(`${current.username} 已授权 (already authorised)`);
    return this.write(actor, id, version, { authorized: true }, 'authorize');
  }

  /** An administrator sets a new password, which the user must change at the next login; sessions end. */
  async resetPassword(actor: Actor, id: number, newPassword: string): Promise<UserOutcome> {
    if (id === actor.userId) throw fieldError('newPassword', '请在个人资料中修改自己的密码 (change your own password on your profile)');
    const current = await this.load(actor, id);
    const history = [current.passwordHash, ...passwordHistoryOf(current)];
    const passwordHash = await this.auth.hashUnderPolicy(newPassword, current, 'newPassword', history);
    if (isAdminRole(current.role)) {
      return this.propose(
        actor,
        { targetUserId: id, targetUsername: current.username, targetRole: current.role, regionCode: current.regionCode },
        { kind: 'reset_password', passwordHash },
      );
    }
    return inTransaction(this.ds, (em) => this.applyPassword(em, actor, current, passwordHash));
  }

  /**
   * A password an administrator chose is a new credential: like a new account, a business account waits for
   * the security admin's authorisation again, so the system admin cannot reset a county user's password and
   * act as them alone (an administrator account got here through a second administrator's confirmation).
   */
  private async applyPassword(em: EntityManager, actor: Actor, current: User, passwordHash: string): Promise<UserRecord> {
    this.throttle.clear(normaliseLoginName(current.username));
    await em.getRepository(LoginLockout).delete({ name: normaliseLoginName(current.username) });
    return this.writeIn(
      em,
      actor,
      current.id,
      current.version,
      {
        passwordHash,
        passwordHistory: historyAfterChange(current),
        passwordChangedAt: new Date(),
        mustChangePassword: true,
        authorized: isAdminRole(current.role),
      },
      'reset_password',
      async () => {
        await this.sessions.revokeAllOf(em, current.id);
      },
    );
  }

  private async write(actor: Actor, id: number, version: number | undefined, changes: Partial<User>, action: string): Promise<UserRecord> {
    return inTransaction(this.ds, (em) => this.writeIn(em, actor, id, version, changes, action));
  }

  /** The one write path for a user: scope, optimistic lock, side effects and audit in the caller's transaction. */
  private async writeIn(
    em: EntityManager,
    actor: Actor,
    id: number,
    version: number | undefined,
    changes: Partial<User>,
    action: string,
    alsoDo?: () => Promise<void>,
  ): Promise<UserRecord> {
    const before = await this.load(actor, id, em);
    await updateVersioned(em, User, { id }, version ?? before.version, changes, 'users');
    if (alsoDo) await alsoDo();
    const after = await this.record(await em.findOneByOrFail(User, { id }), em);
    await this.audit.append(em, actor, { action, resource: 'users', resourceId: id, before: await this.record(before, em), after });
    return after;
  }

  // ── changes to administrator accounts: proposed here, confirmed through the workflow engine ─────────

  private async propose(
    actor: Actor,
    target: { targetUserId: number | null; targetUsername: string; targetRole: Role; regionCode: string },
    payload: ChangePayload,
  ): Promise<{ pendingChange: UserChangeRecord }> {
    return inTransaction(this.ds, async (em) => {
      const now = new Date();
      const saved = await em.save(
        em.create(UserChangeRequest, {
          ...target,
          kind: payload.kind,
          state: USER_CHANGE_WORKFLOW.initial,
          stateChangedAt: now,
          payload: JSON.stringify(payload),
          proposedById: actor.userId,
          proposedByUsername: actor.username,
          proposedByRole: actor.role,
          version: 1,
        }),
      );
      const record = this.toChangeRecord(actor, saved);
      const { actions: _actions, ...logged } = record;
      await this.audit.append(em, actor, { action: 'propose', resource: 'user-changes', resourceId: saved.id, after: logged });
      return { pendingChange: record };
    });
  }

  private payloadOf(r: UserChangeRequest): ChangePayload {
    return JSON.parse(r.payload) as ChangePayload;
  }

  /** What the change does, for people: never the password hash. */
  private changesOf(r: UserChangeRequest): Record<string, unknown> {
    const p = this.payloadOf(r);
    switch (p.kind) {
      case 'create':
        return { username: p.username, displayName: p.displayName, role: p.role, regionCode: p.regionCode };
      case 'update':
        return { ...p.changes };
      case 'reset_password':
        return { passwordSet: true };
      default:
        return {};
    }
  }

  toChangeRecord(actor: Actor, r: UserChangeRequest): UserChangeRecord {
    return {
      id: r.id,
      kind: r.kind,
      state: r.state,
      regionCode: r.regionCode,
      targetUserId: r.targetUserId,
      targetUsername: r.targetUsername,
      targetRole: r.targetRole,
      changes: this.changesOf(r),
      proposedById: r.proposedById,
      proposedByUsername: r.proposedByUsername,
      proposedByRole: r.proposedByRole,
      createdAt: iso(r.createdAt)!,
      stateChangedAt: iso(r.stateChangedAt)!,
      version: r.version,
      actions: this.workflow.actionsFor(actor, USER_CHANGE_WORKFLOW.resource, r).filter((a) => this.mayDecide(actor, r, a) === null),
    };
  }

  async listChanges(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(UserChangeRequest).createQueryBuilder('c'), actor);
    const { rows, total } = await fetchList(qb, query, USER_CHANGE_LIST);
    return { rows: rows.map((r) => this.toChangeRecord(actor, r)), total };
  }

  async getChange(actor: Actor, id: number): Promise<UserChangeRecord> {
    const r = assertInScope(actor, await this.ds.getRepository(UserChangeRequest).findOneBy({ id }), (c) => c.regionCode, 'user-changes', id);
    return this.toChangeRecord(actor, r);
  }

  /**
   * Who may decide: a confirmation comes from an administrator who is neither the proposer nor holds the
   * proposer's role, and is not the account changed; the proposer may withdraw (reject) their own proposal,
   * the account changed may not reject it (or one administrator could keep itself from being changed).
   */
  private mayDecide(actor: Actor, r: UserChangeRequest, action: string): string | null {
    if (r.targetUserId !== null && actor.userId === r.targetUserId) return '不能确认或驳回对本人账号的变更 (not on a change to your own account)';
    if (action !== 'confirm') return null;
    if (actor.userId === r.proposedById) return '不能确认自己提出的变更 (you proposed this change; another administrator confirms it)';
    if (actor.role === r.proposedByRole)
      return `须由${ROLE_LABELS[r.proposedByRole]}以外的管理员确认 (an administrator of another role than the proposer's confirms)`;
    return null;
  }

  /** The workflow engine's effect: refuses a decision the rules forbid, and applies a confirmed change. */
  private async decide(em: EntityManager, r: UserChangeRequest, action: string, actor: Actor): Promise<void> {
    const refusal = this.mayDecide(actor, r, action);
    if (refusal) throw new ForbiddenException(refusal);
    if (action !== 'confirm') return;
    const p = this.payloadOf(r);
    const kind: UserChangeKind = p.kind;
    if (p.kind === 'create') {
      const region = await this.regions.requireInScope(actor, p.regionCode, 'regionCode');
      this.checkRoleAtRegion(p.role, region);
      const created = await this.insertUser(em, actor, {
        username: p.username,
        displayName: p.displayName,
        role: p.role,
        regionCode: p.regionCode,
        passwordHash: p.passwordHash,
        authorized: true,
      });
      await em.update(UserChangeRequest, { id: r.id }, { targetUserId: created.id });
      return;
    }
    const current = await this.load(actor, r.targetUserId!, em);
    switch (p.kind) {
      case 'update': {
        if (current.version !== p.version) throw staleVersion('users');
        const role = p.changes.role ?? current.role;
        const region = await this.regions.requireInScope(actor, p.changes.regionCode ?? current.regionCode, 'regionCode');
        this.checkRoleAtRegion(role, region);
        await this.applyUpdate(em, actor, current, p.version, p.changes);
        return;
      }
      case 'reset_password':
        await this.applyPassword(em, actor, current, p.passwordHash);
        return;
      case 'disable':
      case 'enable':
        await this.applyEnabled(em, actor, current, kind === 'enable');
        return;
    }
  }
}
