import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  BeneficiaryDetailRecord,
  BeneficiaryRecord,
  BeneficiaryStatus,
  can,
  chinaDate,
  decodeCategories,
  describeIdNumberProblem,
  encodeCategories,
  isIdentityCategory,
  maskIdNumber,
  poolingRegionCodeOf,
  RevealedIdNumber,
  validateIdNumber,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, FullIdLookupLog, ListSpec, yearOfDateColumn } from '../../../common/list';
import { assertInScope, codeSetAnyFilter, isInScope, requestedRegion, scopeQuery, setContainsCode, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AccessLogService } from '../../../platform/access-log/access-log.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Region } from '../../../platform/regions/region.entity';
import { RegionsService } from '../../../platform/regions/regions.service';
import { touchLedgerCounties } from '../enrollment-counts/enrollment-counts';
import { Enrollment } from '../enrollments/enrollment.entity';
import { toEnrollmentRecord } from '../enrollments/enrollments.service';
import { SubsidyStandardsService } from '../subsidy-standards/subsidy-standards.service';
import { VerificationTask } from '../verification-tasks/verification-task.entity';
import { toTaskRecord } from '../verification-tasks/verification-tasks.service';
import { Beneficiary } from './beneficiary.entity';
import type { BeneficiaryFieldsDto, CreateBeneficiaryDto, UpdateBeneficiaryDto } from './beneficiaries.dto';
import { streamLedger } from './ledger-export';

export const BENEFICIARY_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    name: { type: 'string' },
    regionCode: { type: 'string' },
    poolingRegionCode: { type: 'string' },
    status: { type: 'string' },
    sourceDepartment: { type: 'string' },
    lastRosterMonth: { type: 'string' },
    // the birth year only: the birth date is the hidden middle of a masked ID number
    birthYear: yearOfDateColumn('birthDate'),
    sex: { type: 'string' },
    idNumber: { type: 'idNumber' },
    // one identity category: the stored set is comma-wrapped
    identityCategory: {
      type: 'string',
      where: (code, alias, p) => setContainsCode(`${alias}.identityCategories`, String(code), p),
    },
    updatedAt: { type: 'date' },
    // enrolled in a year (`enrolledIn=2026`) or not (`notEnrolledIn=2026`: no record, or not enrolled)
    enrolledIn: {
      type: 'int',
      where: (year, alias, p) => ({
        sql: `EXISTS (SELECT 1 FROM enrollments ep WHERE ep.beneficiaryId = ${alias}.id AND ep.year = :${p} AND ep.enrolled = :${p}yes)`,
        params: { [p]: year, [`${p}yes`]: true },
      }),
    },
    notEnrolledIn: {
      type: 'int',
      where: (year, alias, p) => ({
        sql: `NOT EXISTS (SELECT 1 FROM enrollments ep WHERE ep.beneficiaryId = ${alias}.id AND ep.year = :${p} AND ep.enrolled = :${p}yes)`,
        params: { [p]: year, [`${p}yes`]: true },
      }),
    },
    // 应保未保 in a year (`uncoveredIn=2026`): neither enrolled nor excused by a valid reason — the kept counts'
    // `open` state (enrollment-counts.ts), the complement the compliance view's ENR-1/ENR-2 drill into
    uncoveredIn: {
      type: 'int',
      where: (year, alias, p) => ({
        sql: `NOT EXISTS (SELECT 1 FROM enrollments eu WHERE eu.beneficiaryId = ${alias}.id AND eu.year = :${p} AND (eu.enrolled = :${p}yes OR eu.notEnrolledReason IS NOT NULL))`,
        params: { [p]: year, [`${p}yes`]: true },
      }),
    },
    // any of several identity categories (`identityCategoryAny=rural_low_income,registered_poor`)
    identityCategoryAny: codeSetAnyFilter(
      'identityCategoryAny',
      'identityCategories',
      isIdentityCategory,
      '须为身份类别代码，逗号分隔 (identity category codes, comma-separated)',
    ),
    // a region and its subtree (within the caller's scope already)
    scope: SUBTREE_FILTER,
  },
  // name, a whole ID number, or a name with the last four characters (people read out "尾号 123X")
  search: ['name', 'idNumber'],
  resource: 'beneficiaries',
  defaultSort: [['id', 'ASC']],
};

export function toBeneficiaryRecord(b: Beneficiary): BeneficiaryRecord {
  return {
    id: b.id,
    idNumber: maskIdNumber(b.idNumber),
    name: b.name,
    // the year, never the date: with the date the masked number's hidden eight digits are known
    birthYear: Number(b.birthDate.slice(0, 4)),
    sex: b.sex,
    regionCode: b.regionCode,
    poolingRegionCode: b.poolingRegionCode,
    identityCategories: decodeCategories(b.identityCategories),
    sourceDepartment: b.sourceDepartment,
    status: b.status as BeneficiaryStatus,
    exitedOn: b.exitedOn,
    lastRosterMonth: b.lastRosterMonth,
    directSettlementSuspension:
      b.directSettlementSuspendedFrom && b.directSettlementSuspendedUntil
        ? { from: b.directSettlementSuspendedFrom, until: b.directSettlementSuspendedUntil, caseNo: b.directSettlementSuspensionCaseNo ?? '' }
        : null,
    version: b.version,
    createdAt: iso(b.createdAt)!,
    updatedAt: iso(b.updatedAt)!,
  };
}

/** 帮扶对象台账: the people, entered by hand or by the roster import; their full ID number only by an audited reveal. */
@Injectable()
export class BeneficiariesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly standards: SubsidyStandardsService,
    private readonly accessLog: AccessLogService,
    private readonly regions: RegionsService,
    private readonly idLookups: FullIdLookupLog,
  ) {}

  async listBeneficiaries(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(Beneficiary).createQueryBuilder('b'), actor), query, BENEFICIARY_LIST, {
      actor,
      lookups: this.idLookups,
    });
    return { rows: rows.map(toBeneficiaryRecord), total };
  }

  private async loadBeneficiary(actor: Actor, id: number, em: EntityManager = this.ds.manager) {
    return assertInScope(actor, await em.findOneBy(Beneficiary, { id }), (b) => b.regionCode, 'beneficiaries', id);
  }

  async getBeneficiary(actor: Actor, id: number): Promise<BeneficiaryDetailRecord> {
    const b = await this.loadBeneficiary(actor, id);
    // a person's page is a read of personal data (PIPL art. 55): in the access log
    await this.accessLog.record(actor, { kind: 'read', resource: 'beneficiaries', resourceId: id, route: '/api/beneficiaries/:id' });
    const enrollments = await this.ds.getRepository(Enrollment).find({ where: { beneficiaryId: id }, order: { year: 'DESC' } });
    const tasks = await this.ds.getRepository(VerificationTask).find({ where: { beneficiaryId: id }, order: { id: 'DESC' }, take: 50 });
    return { ...toBeneficiaryRecord(b), enrollments: enrollments.map(toEnrollmentRecord), tasks: tasks.map((t) => toTaskRecord(actor, t)) };
  }

  /** A county/township code that exists and lies in the caller's scope (the ledger is kept per county). */
  private async assertLedgerRegion(actor: Actor, regionCode: string): Promise<void> {
    const region = await this.ds.getRepository(Region).findOneBy({ code: regionCode });
    if (!region || (region.level !== 'county' && region.level !== 'township') || !isInScope(actor, regionCode)) {
      throw fieldError('regionCode', `${regionCode} 不是您管辖范围内的县级或乡镇代码 (not a county or township code in your scope)`);
    }
  }

  private beneficiaryColumns(dto: BeneficiaryFieldsDto): Partial<Beneficiary> {
    const status = dto.status ?? 'active';
    return {
      name: dto.name,
      regionCode: dto.regionCode,
      poolingRegionCode: poolingRegionCodeOf(dto.regionCode)!,
      identityCategories: encodeCategories(dto.identityCategories),
      sourceDepartment: dto.sourceDepartment,
      status,
      exitedOn: status === 'exited' ? (dto.exitedOn ?? null) : null,
    };
  }

  /** A person entered by hand (the roster import is the bulk path); one ledger entry per ID number nationwide. */
  async createBeneficiary(actor: Actor, dto: CreateBeneficiaryDto) {
    const id = validateIdNumber(dto.idNumber, chinaDate(new Date()));
    if (!id.ok) throw fieldError('idNumber', describeIdNumberProblem(id.reason));
    await this.assertLedgerRegion(actor, dto.regionCode);
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(Beneficiary, { idNumber: id.idNumber })) {
        // never where: the other record may be outside the caller's scope
        throw new ConflictException('该身份证号已在台账中（可能属于其他地区），请查找已有记录或联系上级核实重复 (already in the ledger)');
      }
      const saved = await em.save(
        em.create(Beneficiary, {
          ...this.beneficiaryColumns(dto),
          idNumber: id.idNumber,
          birthDate: id.birthDate,
          sex: id.sex,
          lastRosterMonth: null,
          version: 1,
        }),
      );
      await touchLedgerCounties(em, [saved.regionCode]);
      const record = toBeneficiaryRecord(saved);
      await this.audit.append(em, actor, { action: 'create', resource: 'beneficiaries', resourceId: saved.id, after: record });
      return record;
    });
  }

  async updateBeneficiary(actor: Actor, id: number, dto: UpdateBeneficiaryDto) {
    const before = await this.loadBeneficiary(actor, id);
    await this.assertLedgerRegion(actor, dto.regionCode);
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, Beneficiary, { id }, dto.version, this.beneficiaryColumns(dto), 'beneficiaries');
      await touchLedgerCounties(em, [before.regionCode, dto.regionCode]);
      const after = toBeneficiaryRecord(await em.findOneByOrFail(Beneficiary, { id }));
      await this.audit.append(em, actor, { action: 'update', resource: 'beneficiaries', resourceId: id, before: toBeneficiaryRecord(before), after });
      return after;
    });
  }

  /** What the subsidy rule grants this person for a year under the approved standards, line by line. */
  async subsidyDecision(actor: Actor, id: number, year: number) {
    return this.standards.decisionFor(actor, await this.loadBeneficiary(actor, id), year);
  }

  /** The full ID number, for a stated reason; every reveal is in the audit log (ARCHITECTURE §4). */
  async reveal(actor: Actor, id: number, reason: string): Promise<RevealedIdNumber> {
    const b = await this.loadBeneficiary(actor, id);
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, { action: 'reveal', resource: 'beneficiaries', resourceId: id, after: { field: 'idNumber', reason } });
      await this.accessLog.record(
        actor,
        { kind: 'reveal', resource: 'beneficiaries', resourceId: id, method: 'POST', route: '/api/beneficiaries/:id/reveal' },
        em,
      );
    });
    return { id, idNumber: b.idNumber };
  }

  /** The official ledger; a full export needs the reveal permission and is audited with its row count. */
  async exportLedger(actor: Actor, regionCode: string, year: number, full: boolean, res: Response): Promise<void> {
    if (full && !can(actor.role, 'beneficiaries', 'reveal')) {
      throw new ForbiddenException('完整身份证号导出需要查看权限 (exporting full ID numbers needs the reveal permission)');
    }
    const rows = await streamLedger(this.ds, this.regions, requestedRegion(actor, regionCode), year, full, res);
    await this.audit.record(actor, {
      action: full ? 'export_full' : 'export',
      resource: 'beneficiaries',
      resourceId: regionCode,
      after: { ledger: 'S0 附件1', year, rows, maskedIds: !full },
    });
  }
}
