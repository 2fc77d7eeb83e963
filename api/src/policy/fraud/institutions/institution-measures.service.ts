import { Injectable } from '@nestjs/common';
import {
  FRAUD_MEASURE_CODES,
  FRAUD_MEASURE_MONTHS,
  institutionStatusAfterDecision,
  suspensionEndsOn,
  suspensionMonthsProblem,
  type AgreementStatus,
  type FraudMeasure,
  type FraudPartyType,
} from '@yibao/shared';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { isInScope } from '../../../common/region-scope';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Beneficiary } from '../../enrollment';
import { Institution } from './institution.entity';
import { InstitutionStatusChangeRow } from './institution-status-change.entity';

/** What a served decision (or a termination lifting it) says about measures that reach other modules. */
export interface CaseMeasureEffect {
  caseId: number;
  caseNo: string;
  /** the case's region (the handling unit) */
  regionCode: string;
  partyType: FraudPartyType;
  institutionCode: string | null;
  /** an insured person's whole ID number (never logged) */
  idNumber: string | null;
  measures: readonly FraudMeasure[];
  /** months of a department or direct-settlement suspension */
  suspensionMonths: number | null;
  /** the service date: measures run from it (条例 art. 38/40/41) */
  effectiveOn: string;
  /** the decision's number, kept in the institution's status history */
  decisionNo?: string | null;
}

/** How heavy a status is: a later, lighter measure never lightens a heavier one still in force. */
const SEVERITY: Record<AgreementStatus, number> = { active: 0, suspended: 1, terminated: 2 };

/**
 * The fraud area's one way into other modules' facts: a served decision suspends or terminates an
 * institution's agreement (kept as its status history; settlements after the date get `institution_suspended`)
 * or suspends a person's direct settlement (recorded on the beneficiary). Called inside the case's
 * transaction, so a refused effect rolls the step back.
 */
@Injectable()
export class InstitutionMeasuresService {
  constructor(private readonly audit: AuditLogService) {}

  /** Apply the decision's measures (at `serve`). */
  async applyDecision(manager: EntityManager, effect: CaseMeasureEffect, actor: Actor): Promise<void> {
    const problem = suspensionMonthsProblem(effect.measures, effect.suspensionMonths);
    if (problem) throw fieldError(problem.field, problem.message.replace(/^suspensionMonths: /, ''));
    const status = institutionStatusAfterDecision(effect.measures, effect.suspensionMonths, effect.effectiveOn);
    if (status) await this.applyToInstitution(manager, effect, status, actor);
    if (effect.measures.includes('settlement_suspension') && effect.suspensionMonths && effect.idNumber)
      await this.suspendDirectSettlement(manager, effect, effect.idNumber, effect.suspensionMonths, actor);
  }

  /** Undo what the case applied (a termination, or a decision revoked): the status from before the case returns. */
  async liftCaseMeasures(manager: EntityManager, caseId: number, actor: Actor): Promise<void> {
    const applied = await manager.find(InstitutionStatusChangeRow, { where: { caseId, toStatus: Not('active'), liftedAt: IsNull() } });
    const now = new Date();
    for (const row of applied) {
      await manager.update(InstitutionStatusChangeRow, { id: row.id }, { liftedAt: now });
      const institution = await manager.findOneByOrFail(Institution, { id: row.institutionId });
      // what stays in force from other cases decides the status (with none: active, as before the case)
      const standing = await manager.find(InstitutionStatusChangeRow, {
        where: { institutionId: row.institutionId, toStatus: Not('active'), liftedAt: IsNull() },
      });
      const restored = standing.reduce<{ status: AgreementStatus; until: string | null }>(
        (acc, r) => heavier(acc, { status: r.toStatus as AgreementStatus, until: r.suspendedUntil }),
        { status: 'active', until: null },
      );
      await this.changeStatus(manager, institution, restored.status, restored.until, {
        effectiveOn: row.effectiveOn,
        caseId,
        caseNo: row.caseNo,
        decisionNo: row.decisionNo,
        reason: '案件处理措施撤销，恢复原协议状态 (the case’s measures were lifted)',
        actor,
      });
    }
    const people = await manager.find(Beneficiary, { where: { directSettlementSuspensionCaseId: caseId } });
    for (const b of people) {
      await manager.update(
        Beneficiary,
        { id: b.id },
        {
          directSettlementSuspendedFrom: null,
          directSettlementSuspendedUntil: null,
          directSettlementSuspensionCaseNo: null,
          directSettlementSuspensionCaseId: null,
          version: b.version + 1,
        },
      );
      await this.audit.append(manager, actor, {
        action: 'update',
        resource: 'beneficiaries',
        resourceId: b.id,
        before: { directSettlementSuspendedFrom: b.directSettlementSuspendedFrom, directSettlementSuspendedUntil: b.directSettlementSuspendedUntil, caseId },
        after: { directSettlementSuspendedFrom: null, directSettlementSuspendedUntil: null },
      });
    }
  }

  private async applyToInstitution(
    em: EntityManager,
    effect: CaseMeasureEffect,
    status: NonNullable<ReturnType<typeof institutionStatusAfterDecision>>,
    actor: Actor,
  ): Promise<void> {
    const code = effect.institutionCode;
    const institution = code ? await em.findOneBy(Institution, { code }) : null;
    // a measure that cannot be recorded must not pass silently: the case's step is refused and rolled back
    if (!institution || !isInScope({ regionCode: effect.regionCode }, institution.regionCode))
      throw fieldError(
        'institutionCode',
        `机构 ${code ?? ''} 未在本单位辖区的定点医药机构名录中登记，无法执行暂停或解除协议 (the institution is not registered in the case's region)`,
      );
    const target = heavier(
      { status: institution.agreementStatus as AgreementStatus, until: institution.suspendedUntil },
      { status: status.agreementStatus, until: status.suspendedUntil },
    );
    await this.changeStatus(em, institution, target.status, target.until, {
      effectiveOn: status.from,
      caseId: effect.caseId,
      caseNo: effect.caseNo,
      decisionNo: effect.decisionNo ?? null,
      reason: effect.measures
        .filter((m) => m === 'department_suspension' || m === 'agreement_termination')
        .map((m) => FRAUD_MEASURE_CODES.zh[m] + (FRAUD_MEASURE_MONTHS[m] ? ` ${effect.suspensionMonths} 个月` : ''))
        .join('；'),
      actor,
      // the block itself is the decision's, even when a heavier status is already in force
      toStatus: status.agreementStatus,
      blockUntil: status.suspendedUntil,
    });
  }

  private async changeStatus(
    em: EntityManager,
    institution: Institution,
    status: AgreementStatus,
    until: string | null,
    change: {
      effectiveOn: string;
      caseId: number;
      caseNo: string | null;
      decisionNo: string | null;
      reason: string;
      actor: Actor;
      toStatus?: AgreementStatus;
      blockUntil?: string | null;
    },
  ): Promise<void> {
    await em.update(Institution, { id: institution.id }, { agreementStatus: status, suspendedUntil: until, version: institution.version + 1 });
    await em.save(
      em.create(InstitutionStatusChangeRow, {
        institutionId: institution.id,
        institutionCode: institution.code,
        fromStatus: institution.agreementStatus,
        toStatus: change.toStatus ?? status,
        effectiveOn: change.effectiveOn,
        suspendedUntil: change.toStatus ? (change.blockUntil ?? null) : until,
        caseId: change.caseId,
        caseNo: change.caseNo,
        decisionNo: change.decisionNo,
        reason: change.reason.slice(0, 500),
        byName: change.actor.username,
        byUserId: change.actor.userId,
        liftedAt: null,
      }),
    );
    await this.audit.append(em, change.actor, {
      action: 'update',
      resource: 'institutions',
      resourceId: institution.id,
      before: { agreementStatus: institution.agreementStatus, suspendedUntil: institution.suspendedUntil },
      after: { agreementStatus: status, suspendedUntil: until, caseId: change.caseId, effectiveOn: change.effectiveOn },
    });
  }

  /** 暂停医疗费用联网结算 (条例 art. 41) on the beneficiary; a person not in the ledger has nowhere to record it. */
  private async suspendDirectSettlement(em: EntityManager, effect: CaseMeasureEffect, idNumber: string, months: number, actor: Actor): Promise<void> {
    const people = await em.find(Beneficiary, { where: { idNumber: In([idNumber]) } });
    for (const b of people) {
      const after = {
        directSettlementSuspendedFrom: effect.effectiveOn,
        directSettlementSuspendedUntil: suspensionEndsOn(effect.effectiveOn, months),
        directSettlementSuspensionCaseNo: effect.caseNo,
        directSettlementSuspensionCaseId: effect.caseId,
      };
      await em.update(Beneficiary, { id: b.id }, { ...after, version: b.version + 1 });
      await this.audit.append(em, actor, {
        action: 'update',
        resource: 'beneficiaries',
        resourceId: b.id,
        before: { directSettlementSuspendedFrom: b.directSettlementSuspendedFrom, directSettlementSuspendedUntil: b.directSettlementSuspendedUntil },
        after,
      });
    }
  }
}

/** The heavier of two statuses (termination over suspension over active; the later end of two suspensions). */
function heavier(a: { status: AgreementStatus; until: string | null }, b: { status: AgreementStatus; until: string | null }) {
  if (SEVERITY[a.status] !== SEVERITY[b.status]) return SEVERITY[a.status] > SEVERITY[b.status] ? a : b;
  if (a.status !== 'suspended') return { status: a.status, until: null };
  return (a.until ?? '') >= (b.until ?? '') ? a : b;
}
