import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  agreementStatusOn,
  chinaDate,
  institutionCodeCounty,
  regionLevelOf,
  type AgreementStatus,
  type InstitutionKind,
  type InstitutionLevel,
  type InstitutionListItem,
  type InstitutionOwnership,
  type InstitutionRecord,
  type InstitutionStatusChange,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { domainError, fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { assertInScope, isInScope, scopeQuery, setContainsCode, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { Settlement } from '../../assistance/settlements/settlement.entity';
import type { CreateInstitutionDto, UpdateInstitutionDto } from './institutions.dto';
import { Institution } from './institution.entity';
import { InstitutionStatusChangeRow } from './institution-status-change.entity';

const RESOURCE = 'institutions';

export const INSTITUTION_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    code: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string' },
    level: { type: 'string' },
    ownership: { type: 'string' },
    regionCode: { type: 'string' },
    // derived from the dates (shared agreementStatusOn): a suspension past its last day is active
    agreementStatus: {
      type: 'string',
      where: (status, alias, p) => {
        const lapsed = `(${alias}.agreementStatus = 'suspended' AND ${alias}.suspendedUntil < :${p}Today)`;
        const today = chinaDate(new Date());
        if (status === 'active') return { sql: `(${alias}.agreementStatus = 'active' OR ${lapsed})`, params: { [`${p}Today`]: today } };
        if (status === 'suspended') return { sql: `(${alias}.agreementStatus = 'suspended' AND NOT ${lapsed})`, params: { [`${p}Today`]: today } };
        return { sql: `${alias}.agreementStatus = :${p}`, params: { [p]: status } };
      },
    },
    suspendedUntil: { type: 'string' },
    updatedAt: { type: 'date' },
    // a region and its subtree; the list is within the caller's scope already
    scope: SUBTREE_FILTER,
  },
  search: ['name', 'code'],
  defaultSort: [['id', 'ASC']],
};

/** 定点医药机构名录: kept by the city officer; the agreement status only through case decisions (InstitutionMeasuresService). */
@Injectable()
export class InstitutionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
  ) {}

  /**
   * Registered names by national code, for the records that carry a code (clues, cases). A name is public
   * registry data, so it is not scoped: a clue about another county's institution still names it.
   */
  async namesByCode(codes: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(codes.filter((c): c is string => !!c))];
    if (!wanted.length) return new Map();
    const rows = await this.ds.getRepository(Institution).find({ select: { code: true, name: true }, where: { code: In(wanted) } });
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  private async items(rows: Institution[]): Promise<InstitutionListItem[]> {
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    const today = chinaDate(new Date());
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as InstitutionKind,
      level: r.level as InstitutionLevel,
      ownership: r.ownership as InstitutionOwnership,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? null,
      agreementStatus: agreementStatusOn(r.agreementStatus as AgreementStatus, r.suspendedUntil, today),
      suspendedUntil: r.suspendedUntil,
      version: r.version,
      createdAt: iso(r.createdAt)!,
      updatedAt: iso(r.updatedAt)!,
    }));
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(Institution).createQueryBuilder('i'), actor);
    const { rows, total } = await fetchList(qb, query, INSTITUTION_LIST);
    return { rows: await this.items(rows), total };
  }

  /** An institution in the caller's scope (404 otherwise). */
  private async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<Institution> {
    return assertInScope(actor, await em.findOneBy(Institution, { id }), (r) => r.regionCode, RESOURCE, id);
  }

  /** The institution, its status history (newest first) and its settlements in the caller's scope, counted for the links. */
  async get(actor: Actor, id: number, em: EntityManager = this.ds.manager): Promise<InstitutionRecord> {
    const r = await this.load(actor, id, em);
    const history = await em.find(InstitutionStatusChangeRow, { where: { institutionId: id }, order: { id: 'DESC' } });
    const blocked = setContainsCode('s.flags', 'institution_suspended', 'blk');
    const counts = await scopeQuery(em.getRepository(Settlement).createQueryBuilder('s'), actor)
      .select('COUNT(*)', 'total')
      .addSelect(`SUM(CASE WHEN s.flags <> '' THEN 1 ELSE 0 END)`, 'flagged')
      .addSelect(`SUM(CASE WHEN ${blocked.sql} THEN 1 ELSE 0 END)`, 'blocked')
      .andWhere('s.institutionCode = :code', { code: r.code })
      .setParameters(blocked.params)
      .getRawOne<{ total: string | number; flagged: string | number | null; blocked: string | number | null }>();
    return {
      ...(await this.items([r]))[0],
      statusHistory: history.map(toStatusChange),
      settlementCount: Number(counts?.total ?? 0),
      flaggedSettlementCount: Number(counts?.flagged ?? 0),
      blockedSettlementCount: Number(counts?.blocked ?? 0),
    };
  }

  /** 登记: a county in the city officer's city, the same county as the code's; the code is unique nationally. */
  async create(actor: Actor, dto: CreateInstitutionDto): Promise<InstitutionRecord> {
    if (regionLevelOf(dto.regionCode) !== 'county') throw fieldError('regionCode', '须为县（区）级区划代码 (a county code)');
    if (!isInScope(actor, dto.regionCode) || (await this.regions.name(dto.regionCode)) === null)
      throw fieldError('regionCode', '不在您的管辖范围内 (outside your scope)');
    if (institutionCodeCounty(dto.code) !== dto.regionCode)
      throw fieldError(
        'code',
        `编码中的区划 ${institutionCodeCounty(dto.code)} 须与所在县（区）${dto.regionCode} 一致 (the code's county must be the regionCode)`,
      );
    return inTransaction(this.ds, async (em) => {
      // (the unique index answers a race the same way)
      if (await em.existsBy(Institution, { code: dto.code })) throw domainError(409, 'duplicate_record', {}, { field: 'code' });
      const saved = await em.save(
        em.create(Institution, {
          code: dto.code,
          name: dto.name,
          kind: dto.kind,
          level: dto.level,
          ownership: dto.ownership,
          regionCode: dto.regionCode,
          agreementStatus: 'active',
          suspendedUntil: null,
          version: 1,
        }),
      );
      await this.audit.append(em, actor, { action: 'create', resource: RESOURCE, resourceId: saved.id, after: { ...dto } });
      return this.get(actor, saved.id, em);
    });
  }

  /** Name, kind, level, ownership (with the version); the status is the case decisions' alone. */
  async update(actor: Actor, id: number, dto: UpdateInstitutionDto): Promise<InstitutionRecord> {
    return inTransaction(this.ds, async (em) => {
      const before = await this.load(actor, id, em);
      const changes: Partial<Institution> = {};
      for (const k of ['name', 'kind', 'level', 'ownership'] as const) if (dto[k] !== undefined) changes[k] = dto[k];
      await updateVersioned(em, Institution, { id }, dto.version, changes, RESOURCE);
      await this.audit.append(em, actor, {
        action: 'update',
        resource: RESOURCE,
        resourceId: id,
        before: { name: before.name, kind: before.kind, level: before.level, ownership: before.ownership },
        after: changes,
      });
      return this.get(actor, id, em);
    });
  }
}

function toStatusChange(h: InstitutionStatusChangeRow): InstitutionStatusChange {
  return {
    id: h.id,
    previousStatus: h.fromStatus as AgreementStatus,
    agreementStatus: h.toStatus as AgreementStatus,
    from: h.effectiveOn,
    until: h.suspendedUntil,
    caseId: h.caseId,
    caseNo: h.caseNo,
    decisionNo: h.decisionNo,
    reason: h.reason,
    by: h.byName,
    at: iso(h.at)!,
    liftedAt: iso(h.liftedAt),
  };
}
