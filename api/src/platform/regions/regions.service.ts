import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { REGION_LEVELS, RegionLevel, RegionRecord, RegionTreeNode, isRegionCode, parentRegionCodeOf, regionLevelDepth, regionLevelOf } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec, WriteStamped } from '../../common/list';
import { assertInScope, isInScope, notFound, RegionScope, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../audit-log/audit-log.service';
import type { CreateRegionDto, UpdateRegionDto } from './dto/region.dto';
import { Region } from './region.entity';

export const REGION_LIST: ListSpec = {
  fields: {
    code: { type: 'string' },
    id: { type: 'string', column: 'code' },
    name: { type: 'string' },
    level: { type: 'string' },
    parentCode: { type: 'string' },
    updatedAt: { type: 'date' },
  },
  search: ['code', 'name'],
  defaultSort: [['code', 'ASC']],
};

/**
 * What a module keeps derived from the regions (their names, the tree) marks stale when a region is added, renamed or
 * removed: called with the written code inside the write's transaction, so the mark commits with the write and every
 * process sees both at once (e.g. the compliance scorecard's results generation).
 */
export type RegionWriteHook = (em: EntityManager, regionCodes: readonly string[]) => Promise<void>;

export function toRegionRecord(r: Region): RegionRecord {
  return { id: r.code, code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, version: r.version };
}

@Injectable()
export class RegionsService {
  /**
   * code → name, filled by lookups; kept under the list write marks (`WriteStamped`): a rename through any API
   * process is seen by every process's next lookup
   */
  private readonly nameCache: WriteStamped<Map<string, string>>;

  /** RegionWriteHook's, registered by the modules at init (the platform knows none of them) */
  private readonly writeHooks: RegionWriteHook[] = [];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
  ) {
    this.nameCache = new WriteStamped(ds);
  }

  /** Registers a hook every region write runs in its transaction (a module's onModuleInit). */
  onRegionWrite(hook: RegionWriteHook): void {
    this.writeHooks.push(hook);
  }

  private async wrote(em: EntityManager, code: string): Promise<void> {
    for (const hook of this.writeHooks) await hook(em, [code]);
  }

  /**
   * Names of division codes (reports, bulletins, inboxes, workflow history), unscoped: a code the caller
   * already holds. Names change only through this service's writes; what is kept is used only while no API
   * process has written since (`nameCache`); a code not found is not kept, so a region added later is found.
   * Callers inside a transaction pass its `em` (the write marks and missing names are read on its connection).
   */
  async names(codes: Iterable<string>, em?: EntityManager): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    const out = new Map<string, string>();
    if (!unique.length) return out;
    const { value, keep } = await this.nameCache.current(em);
    const known = value ?? new Map<string, string>();
    for (const c of unique) {
      const name = known.get(c);
      if (name !== undefined) out.set(c, name);
    }
    const missing = unique.filter((c) => !out.has(c));
    for (let i = 0; i < missing.length; i += 1000) {
      const rows = await (em ?? this.ds.manager).find(Region, { where: { code: In(missing.slice(i, i + 1000)) }, select: { code: true, name: true } });
      for (const r of rows) out.set(r.code, r.name);
    }
    if (missing.length) {
      // read after the marks `keep` was stamped with: kept with them (a read that overlapped a write keeps nothing)
      const next = known.size + missing.length > NAME_CACHE_SIZE ? new Map<string, string>() : known;
      for (const c of missing) if (out.has(c)) next.set(c, out.get(c)!);
      keep(next);
    }
    return out;
  }

  /**
   * A region write: its transaction, then this process forgets the names it keeps — after a rollback too (a lookup
   * inside the transaction may have kept a name that never committed). The other processes see the commit's write mark.
   */
  private async writing<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.ds, work);
    } finally {
      this.nameCache.forget();
    }
  }

  /** The name of one division code, or null. */
  async name(code: string, em?: EntityManager): Promise<string | null> {
    return (await this.names([code], em)).get(code) ?? null;
  }

  private scoped(actor: Actor) {
    return scopeQuery(this.ds.getRepository(Region).createQueryBuilder('r'), actor, 'code');
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(this.scoped(actor), query, REGION_LIST);
    return { rows: rows.map(toRegionRecord), total };
  }

  async get(actor: Actor, code: string): Promise<RegionRecord> {
    return toRegionRecord(await this.load(actor, code));
  }

  private async load(actor: Actor, code: string): Promise<Region> {
    if (!isRegionCode(code)) throw notFound('regions', code);
    return assertInScope(actor, await this.ds.getRepository(Region).findOneBy({ code }), (r) => r.code, 'regions', code);
  }

  /** For other resources: the region a body names must exist and lie in the caller's scope (else 400). */
  async requireInScope(actor: Actor, code: string, field: string): Promise<Region> {
    const region = await this.ds.getRepository(Region).findOneBy({ code });
    if (!region || !isInScope(actor, region.code)) {
      throw fieldError(field, `行政区划 ${code} 不存在或不在您的管辖范围内 (unknown region, or outside your scope)`);
    }
    return region;
  }

  /**
   * The caller's subtree as a tree, down to `maxLevel` (default county; townships on request).
   * `root` narrows it to a region inside the scope.
   */
  async tree(actor: Actor, root: string | undefined, maxLevel: RegionLevel = 'county'): Promise<RegionTreeNode[]> {
    if (!REGION_LEVELS.includes(maxLevel)) throw fieldError('maxLevel', `须为 ${REGION_LEVELS.join(' / ')} 之一`);
    const top = root ? await this.load(actor, root) : await this.load(actor, actor.regionCode);
    const depth = regionLevelDepth(maxLevel);
    const levels = REGION_LEVELS.filter((l) => regionLevelDepth(l) <= depth && regionLevelDepth(l) >= regionLevelDepth(top.level));
    const qb = scopeQuery(this.ds.getRepository(Region).createQueryBuilder('r'), RegionScope.of(top.code), 'code')
      .andWhere('r.level IN (:...levels)', { levels })
      .orderBy('r.code', 'ASC');
    const rows = await qb.getMany();
    const nodes = new Map<string, RegionTreeNode>();
    for (const r of rows) nodes.set(r.code, { code: r.code, name: r.name, level: r.level });
    const roots: RegionTreeNode[] = [];
    for (const r of rows) {
      const node = nodes.get(r.code)!;
      const parent = r.code === top.code ? undefined : nodes.get(r.parentCode ?? '');
      if (parent) (parent.children ??= []).push(node);
      else if (r.code === top.code) roots.push(node);
    }
    return roots;
  }

  async create(actor: Actor, dto: CreateRegionDto): Promise<RegionRecord> {
    const level = regionLevelOf(dto.code);
    if (level === 'national') throw fieldError('code', '000000 是全国根节点，不能新建 (reserved for the national root)');
    const parentCode = parentRegionCodeOf(dto.code)!;
    const parent = await this.ds.getRepository(Region).findOneBy({ code: parentCode });
    if (!parent) throw fieldError('code', `上级区划 ${parentCode} 不存在，请先建立上级 (the parent ${parentCode} does not exist yet)`);
    if (!isInScope(actor, dto.code)) throw fieldError('code', '不在您的管辖范围内 (outside your scope)');
    return this.writing(async (em) => {
      if (await em.findOneBy(Region, { code: dto.code })) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: [`code: 区划代码 ${dto.code} 已存在 (already exists)`],
          details: [{ field: 'code', messages: ['already exists'] }],
        });
      }
      const region = em.create(Region, { code: dto.code, name: dto.name, level, parentCode, version: 1 });
      await em.insert(Region, region);
      const record = toRegionRecord(await em.findOneByOrFail(Region, { code: dto.code }));
      await this.audit.append(em, actor, { action: 'create', resource: 'regions', resourceId: dto.code, after: record });
      await this.wrote(em, dto.code);
      return record;
    });
  }

  async update(actor: Actor, code: string, dto: UpdateRegionDto): Promise<RegionRecord> {
    const before = await this.load(actor, code);
    return this.writing(async (em) => {
      const { version, ...changes } = dto;
      await updateVersioned(em, Region, { code }, version, changes, 'regions');
      const after = toRegionRecord(await em.findOneByOrFail(Region, { code }));
      await this.audit.append(em, actor, { action: 'update', resource: 'regions', resourceId: code, before: toRegionRecord(before), after });
      await this.wrote(em, code);
      return after;
    });
  }

  /**
   * Only a leaf that nothing refers to can go: division codes are referenced by every scoped record. Every
   * entity with a region column (REGION_COLUMNS) counts (found from the mapping, so a new table cannot be forgotten),
   * except the append-only history that must outlive the region (audit log, workflow transitions).
   */
  async remove(actor: Actor, code: string): Promise<void> {
    const before = await this.load(actor, code);
    await this.writing(async (em) => {
      const uses: Record<string, number> = {};
      const children = await em.countBy(Region, { parentCode: code });
      if (children) uses.regions = children;
      for (const meta of this.ds.entityMetadatas) {
        const columns = REGION_COLUMNS.filter((c) => meta.findColumnWithPropertyName(c));
        if (HISTORY_TABLES.has(meta.tableName) || !columns.length) continue;
        const n = await em.getRepository(meta.target).count({ where: columns.map((c) => ({ [c]: code })) });
        if (n) uses[meta.tableName] = n;
      }
      if (Object.keys(uses).length) {
        const listed = Object.entries(uses).map(([kind, n]) => `${REFERENCE_LABELS[kind] ?? kind} ${n}`);
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `区划 ${code} 仍被使用，不能删除：${listed.join('，')} (still referenced: ${Object.entries(uses)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`,
          details: { reason: 'region_in_use', uses },
        });
      }
      await em.delete(Region, { code });
      await this.audit.append(em, actor, { action: 'delete', resource: 'regions', resourceId: code, before: toRegionRecord(before) });
      await this.wrote(em, code);
    });
  }
}

/** Names kept at most (China has about 45,000 divisions down to townships). */
const NAME_CACHE_SIZE = 50_000;

/** The columns that hold a division code a record belongs to (its region, pooling city, county). */
const REGION_COLUMNS = ['regionCode', 'poolingRegionCode', 'countyCode'];

/** Append-only history keeps the codes of regions long gone (the hash chain must not change). */
const HISTORY_TABLES = new Set(['audit_logs', 'workflow_transitions']);

const REFERENCE_LABELS: Record<string, string> = {
  regions: '下级区划',
  users: '用户',
  beneficiaries: '台账人员',
  settlements: '结算记录',
};
