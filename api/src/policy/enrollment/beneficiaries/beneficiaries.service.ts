import { ConflictException, ForbiddenException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  BeneficiaryRecord,
  can,
  BeneficiaryStatus,
  chinaDate,
  decodeCategories,
  describeIdNumberProblem,
  DifferenceType,
  encodeCategories,
  maskIdNumber,
  poolingRegionCodeOf,
  regionLevelOf,
  TaskOutcome,
  validateIdNumber,
  VerificationTaskRecord,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list-query';
import { assertInScope, isInScope, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateVersioned } from '../../database/versioned-update';
import { AccessLogService } from '../../platform/access-log/access-log.service';
import { AuditLogService } from '../../platform/audit-log/audit-log.service';
import { ImportsService } from '../../platform/imports/imports.service';
import { Region } from '../../platform/regions/region.entity';
import { Beneficiary } from './beneficiary.entity';
import { Enrollment } from './enrollment.entity';
import { touchLedgerCounties } from './enrollment-counts';
import { streamLedger } from './ledger-export';
import { rosterImportHandler } from './roster-import.handler';
import { VerificationTask } from './verification-task.entity';
import type { BeneficiaryFieldsDto, CreateBeneficiaryDto, CreateEnrollmentDto, EnrollmentFieldsDto, UpdateBeneficiaryDto, UpdateEnrollmentDto } from './dto/enrollment.dto';
import { SubsidyStandardsService } from './subsidy-standards.service';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

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
    birthYear: {
      type: 'int',
      where: (year, alias, p) => ({ sql: `${alias}.birthDate LIKE :${p}`, params: { [p]: `${String(year).padStart(4, '0').slice(0, 4)}-%` } }),
    },
    sex: { type: 'string' },
    idNumber: { type: 'idNumber' },
    // one identity category: the stored set is comma-wrapped
    identityCategory: {
      type: 'string',
      where: (code, alias, p) => ({ sql: `${alias}.identityCategories LIKE :${p}`, params: { [p]: `%,${String(code).replace(/[^a-z_]/g, '')},%` } }),
    },
    updatedAt: { type: 'date' },
    // enrolled in a year (`enrolledIn=2026`) or not (`notEnrolledIn=2026`: no record, or not enrolled)
    enrolledIn: {
      type: 'int',
      where: (year, alias, p) => ({ sql: `EXISTS (SELECT 1 FROM enrollments ep WHERE ep.beneficiaryId = ${alias}.id AND ep.year = :${p} AND ep.enrolled = :${p}yes)`, params: { [p]: year, [`${p}yes`]: true } }),
    },
    notEnrolledIn: {
      type: 'int',
      where: (year, alias, p) => ({ sql: `NOT EXISTS (SELECT 1 FROM enrollments ep WHERE ep.beneficiaryId = ${alias}.id AND ep.year = :${p} AND ep.enrolled = :${p}yes)`, params: { [p]: year, [`${p}yes`]: true } }),
    },
  },
  // name, a whole ID number, or a name with the last four characters (people read out "尾号 123X")
  search: ['name', 'idNumber'],
  resource: 'beneficiaries',
  defaultSort: [['id', 'ASC']],
};

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
    overdue: {
      type: 'boolean',
      where: (overdue, alias, p) => {
        const sql = `(${alias}.outcome IS NULL AND ${alias}.deadline < :${p})`;
        return { sql: overdue ? sql : `NOT ${sql}`, params: { [p]: chinaDate(new Date()) } };
      },
    },
    createdAt: { type: 'date' },
    idNumber: { type: 'idNumber' },
  },
  search: ['name', 'idNumber'],
  resource: 'verification-tasks',
  defaultSort: [['deadline', 'ASC'], ['id', 'ASC']],
};

export const ENROLLMENT_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    beneficiaryId: { type: 'int' },
    year: { type: 'int' },
    regionCode: { type: 'string' },
    enrolled: { type: 'boolean' },
    scheme: { type: 'string' },
    subsidyCategory: { type: 'string' },
    notEnrolledReason: { type: 'string' },
  },
  defaultSort: [['year', 'DESC'], ['id', 'ASC']],
};

/** A not-enrolled record keeps no scheme or subsidy; an enrolled one keeps no reason. */
function enrollmentColumns(f: EnrollmentFieldsDto): Partial<Enrollment> {
  return {
    enrolled: f.enrolled,
    scheme: f.enrolled ? (f.scheme ?? null) : null,
    criticalIllness: f.enrolled ? Boolean(f.criticalIllness) : false,
    commercialSupplementary: f.enrolled ? Boolean(f.commercialSupplementary) : false,
    subsidyCategory: f.enrolled ? (f.subsidyCategory ?? 'none') : 'none',
    subsidyAmount: f.enrolled ? (f.subsidyAmount ?? 0) : 0,
    paidOn: f.enrolled ? (f.paidOn ?? null) : null,
    notEnrolledReason: f.enrolled ? null : (f.notEnrolledReason ?? null),
  };
}

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
    version: b.version,
    createdAt: iso(b.createdAt)!,
    updatedAt: iso(b.updatedAt)!,
  };
}

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
    note: samePooling ? '该身份证号已在本统筹区另一县区台账中，由上级核实 (in another county\'s ledger; the level above resolves it)' : '该身份证号已在另一统筹区台账中，由上级核实 (in another pooling region\'s ledger; the level above resolves it)',
  };
  return isInScope(reader, ledgerRegionCode) ? { ...shown, ledgerRegionCode, ledgerPoolingRegionCode } : shown;
}

/**
 * Who closes a task: a duplicate, only a level whose scope holds the other ledger too; any other, the county
 * (the levels above read them). Null when the reader may, else why not.
 */
function closeRefusal(reader: Pick<Actor, 'regionCode'>, t: VerificationTask): string | null {
  if (t.differenceType === 'duplicate') {
    return isInScope(reader, (JSON.parse(t.detail) as { ledgerRegionCode?: string }).ledgerRegionCode) ? null : '重复登记涉及另一地区台账，须由能同时查看两地台账的上级核实办结 (the level that sees both ledgers resolves a duplicate)';
  }
  return ['national', 'province', 'city'].includes(regionLevelOf(reader.regionCode)) ? '核查任务由县级医保局办结；上级只办结跨地区重复登记 (the county closes this task)' : null;
}

export function toTaskRecord(reader: Pick<Actor, 'regionCode'>, t: VerificationTask): VerificationTaskRecord {
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

@Injectable()
export class EnrollmentService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly imports: ImportsService,
    private readonly audit: AuditLogService,
    private readonly standards: SubsidyStandardsService,
    private readonly accessLog: AccessLogService,
  ) {}

  onModuleInit(): void {
    this.imports.register(rosterImportHandler);
  }

  async listBeneficiaries(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(Beneficiary).createQueryBuilder('b'), actor), query, BENEFICIARY_LIST, actor);
    return { rows: rows.map(toBeneficiaryRecord), total };
  }

  private async loadBeneficiary(actor: Actor, id: number, em: EntityManager = this.ds.manager) {
    return assertInScope(actor, await em.findOneBy(Beneficiary, { id }), (b) => b.regionCode, 'beneficiaries', id);
  }

  async getBeneficiary(actor: Actor, id: number) {
    const b = await this.loadBeneficiary(actor, id);
    // a person's page is a read of personal data (PIPL art. 55): in the access log
    await this.accessLog.record(actor, { kind: 'read', resource: 'beneficiaries', resourceId: id, route: '/api/beneficiaries/:id' });
    const enrollments = await this.ds.getRepository(Enrollment).find({ where: { beneficiaryId: id }, order: { year: 'DESC' } });
    const tasks = await this.ds.getRepository(VerificationTask).find({ where: { beneficiaryId: id }, order: { id: 'DESC' }, take: 50 });
    return { ...toBeneficiaryRecord(b), enrollments, tasks: tasks.map((t) => toTaskRecord(actor, t)) };
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
      const saved = await em.save(em.create(Beneficiary, { ...this.beneficiaryColumns(dto), idNumber: id.idNumber, birthDate: id.birthDate, sex: id.sex, lastRosterMonth: null, version: 1 }));
      await touchLedgerCounties(em, [saved.regionCode]);
      const record = toBeneficiaryRecord(saved);
      await this.audit.append(em, { actor, action: 'create', resource: 'beneficiaries', resourceId: saved.id, after: record, ip: actor.ip });
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
      await this.audit.append(em, { actor, action: 'update', resource: 'beneficiaries', resourceId: id, before: toBeneficiaryRecord(before), after, ip: actor.ip });
      return after;
    });
  }

  /** What the subsidy rule grants this person for a year under the approved standards, line by line. */
  async subsidyDecision(actor: Actor, id: number, year: number) {
    return this.standards.decisionFor(actor, await this.loadBeneficiary(actor, id), year);
  }

  /**
   * An enrolled record sent without a subsidy category gets the rule's decision when the pooling region's
   * standards for the year are approved; otherwise it is recorded as 'none' and the county fills it in.
   */
  private async withRuleSubsidy(actor: Actor, person: Beneficiary, year: number, fields: EnrollmentFieldsDto): Promise<EnrollmentFieldsDto> {
    if (!fields.enrolled || fields.subsidyCategory !== undefined) return fields;
    try {
      const decision = await this.standards.decisionFor(actor, person, year);
      return { ...fields, subsidyCategory: decision.category, subsidyAmount: decision.amount };
    } catch (e) {
      if (e instanceof NotFoundException) return fields;
      throw e;
    }
  }

  /** The full ID number, for a stated reason; every reveal is in the audit log (ARCHITECTURE §4). */
  async reveal(actor: Actor, id: number, reason: string) {
    const b = await this.loadBeneficiary(actor, id);
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, { actor, action: 'reveal', resource: 'beneficiaries', resourceId: id, after: { field: 'idNumber', reason }, ip: actor.ip });
      await this.accessLog.record(actor, { kind: 'reveal', resource: 'beneficiaries', resourceId: id, method: 'POST', route: '/api/beneficiaries/:id/reveal' }, em);
    });
    return { id, idNumber: b.idNumber };
  }

  /** The official ledger; a full export needs the reveal permission and is audited with its row count. */
  async exportLedger(actor: Actor, regionCode: string, year: number, full: boolean, res: Response): Promise<void> {
    if (full && !can(actor.role, 'beneficiaries', 'reveal')) {
      throw new ForbiddenException('完整身份证号导出需要查看权限 (exporting full ID numbers needs the reveal permission)');
    }
    const rows = await streamLedger(this.ds, actor, regionCode, year, full, res);
    await inTransaction(this.ds, (em) =>
      this.audit.append(em, { actor, action: full ? 'export_full' : 'export', resource: 'beneficiaries', resourceId: regionCode, after: { ledger: 'S0 附件1', year, rows, maskedIds: !full }, ip: actor.ip }),
    );
  }

  async listEnrollments(actor: Actor, query: Record<string, unknown>) {
    return fetchList(scopeQuery(this.ds.getRepository(Enrollment).createQueryBuilder('e'), actor), query, ENROLLMENT_LIST);
  }

  /** One record per person and year; the person must be in the caller's ledger. */
  async createEnrollment(actor: Actor, dto: CreateEnrollmentDto) {
    const person = await this.ds.getRepository(Beneficiary).findOneBy({ id: dto.beneficiaryId });
    if (!person || !isInScope(actor, person.regionCode)) throw fieldError('beneficiaryId', '台账中没有该人或不在您的管辖范围内 (unknown person)');
    const { beneficiaryId, year, ...sent } = dto;
    const fields = await this.withRuleSubsidy(actor, person, year, sent);
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(Enrollment, { beneficiaryId, year })) throw new ConflictException(`该人 ${year} 年参保记录已存在，请修改该记录 (already recorded for this year)`);
      const saved = await em.save(em.create(Enrollment, { ...enrollmentColumns(fields), beneficiaryId, year, regionCode: person.regionCode, version: 1 }));
      await touchLedgerCounties(em, [person.regionCode]);
      await this.audit.append(em, { actor, action: 'create', resource: 'enrollments', resourceId: saved.id, after: saved, ip: actor.ip });
      return saved;
    });
  }

  async updateEnrollment(actor: Actor, id: number, dto: UpdateEnrollmentDto) {
    const before = assertInScope(actor, await this.ds.getRepository(Enrollment).findOneBy({ id }), (e) => e.regionCode, 'enrollments', id);
    const { version, ...sent } = dto;
    const person = await this.ds.getRepository(Beneficiary).findOneByOrFail({ id: before.beneficiaryId });
    const fields = await this.withRuleSubsidy(actor, person, before.year, sent);
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, Enrollment, { id }, version, enrollmentColumns(fields), 'enrollments');
      await touchLedgerCounties(em, [person.regionCode]);
      const after = await em.findOneByOrFail(Enrollment, { id });
      await this.audit.append(em, { actor, action: 'update', resource: 'enrollments', resourceId: id, before, after, ip: actor.ip });
      return after;
    });
  }

  async listTasks(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(VerificationTask).createQueryBuilder('t'), actor), query, TASK_LIST, actor);
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
    if ((outcome === 'enrolled' || outcome === 'valid_reason') && task.beneficiaryId) {
      const year = Number(task.month.slice(0, 4));
      const e = await this.ds.getRepository(Enrollment).findOneBy({ beneficiaryId: task.beneficiaryId, year });
      const ok = outcome === 'enrolled' ? e?.enrolled : e && !e.enrolled && e.notEnrolledReason;
      if (!ok) {
        throw fieldError('outcome', outcome === 'enrolled' ? `台账中尚无该人 ${year} 年的参保记录，请先登记参保 (record the enrollment first)` : `台账中尚无该人 ${year} 年的未参保正当理由，请先登记 (record the reason first)`);
      }
    }
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, VerificationTask, { id }, version, { outcome, outcomeNote: note ?? null, closedAt: new Date(), closedById: actor.userId }, 'verification-tasks');
      const after = await em.findOneByOrFail(VerificationTask, { id });
      await this.audit.append(em, { actor, action: 'close', resource: 'verification-tasks', resourceId: id, before: { outcome: null }, after: { outcome, outcomeNote: note ?? null }, ip: actor.ip });
      return toTaskRecord(actor, after);
    });
  }
}
