import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EnrollmentRecord, InsuranceScheme, NonEnrollmentReason, SubsidyCategory } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { assertInScope, isInScope, scopeQuery } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { touchLedgerCounties } from '../enrollment-counts/enrollment-counts';
import { SubsidyStandardsService } from '../subsidy-standards/subsidy-standards.service';
import { Enrollment } from './enrollment.entity';
import type { CreateEnrollmentDto, EnrollmentFieldsDto, UpdateEnrollmentDto } from './enrollments.dto';

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
  defaultSort: [
    ['year', 'DESC'],
    ['id', 'ASC'],
  ],
};

export function toEnrollmentRecord(e: Enrollment): EnrollmentRecord {
  return {
    id: e.id,
    beneficiaryId: e.beneficiaryId,
    year: e.year,
    regionCode: e.regionCode,
    enrolled: e.enrolled,
    scheme: e.scheme as InsuranceScheme | null,
    criticalIllness: e.criticalIllness,
    commercialSupplementary: e.commercialSupplementary,
    subsidyCategory: e.subsidyCategory as SubsidyCategory,
    subsidyAmount: e.subsidyAmount,
    paidOn: e.paidOn,
    notEnrolledReason: e.notEnrolledReason as NonEnrollmentReason | null,
    version: e.version,
    createdAt: iso(e.createdAt)!,
    updatedAt: iso(e.updatedAt)!,
  };
}

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

/** 参保登记: one record per person and year, its subsidy from the approved standards when not sent. */
@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly standards: SubsidyStandardsService,
  ) {}

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

  async listEnrollments(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(Enrollment).createQueryBuilder('e'), actor), query, ENROLLMENT_LIST);
    return { rows: rows.map(toEnrollmentRecord), total };
  }

  /** One record per person and year; the person must be in the caller's ledger. */
  async createEnrollment(actor: Actor, dto: CreateEnrollmentDto): Promise<EnrollmentRecord> {
    const person = await this.ds.getRepository(Beneficiary).findOneBy({ id: dto.beneficiaryId });
    if (!person || !isInScope(actor, person.regionCode)) throw fieldError('beneficiaryId', '台账中没有该人或不在您的管辖范围内 (unknown person)');
    const { beneficiaryId, year, ...sent } = dto;
    const fields = await this.withRuleSubsidy(actor, person, year, sent);
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(Enrollment, { beneficiaryId, year }))
        throw new ConflictException(`该人 ${year} 年参保记录已存在，请修改该记录 (already recorded for this year)`);
      const saved = await em.save(em.create(Enrollment, { ...enrollmentColumns(fields), beneficiaryId, year, regionCode: person.regionCode, version: 1 }));
      await touchLedgerCounties(em, [person.regionCode]);
      await this.audit.append(em, actor, { action: 'create', resource: 'enrollments', resourceId: saved.id, after: saved });
      return toEnrollmentRecord(saved);
    });
  }

  async updateEnrollment(actor: Actor, id: number, dto: UpdateEnrollmentDto): Promise<EnrollmentRecord> {
    const before = assertInScope(actor, await this.ds.getRepository(Enrollment).findOneBy({ id }), (e) => e.regionCode, 'enrollments', id);
    const { version, ...sent } = dto;
    const person = await this.ds.getRepository(Beneficiary).findOneByOrFail({ id: before.beneficiaryId });
    const fields = await this.withRuleSubsidy(actor, person, before.year, sent);
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, Enrollment, { id }, version, enrollmentColumns(fields), 'enrollments');
      await touchLedgerCounties(em, [person.regionCode]);
      const after = await em.findOneByOrFail(Enrollment, { id });
      await this.audit.append(em, actor, { action: 'update', resource: 'enrollments', resourceId: id, before, after });
      return toEnrollmentRecord(after);
    });
  }
}
