import { Injectable } from '@nestjs/common';
import {
  FRAUD_CASE_WORKFLOW,
  FRAUD_CAUSES_BY_PARTY_TYPE,
  FRAUD_PARTY_TYPE_CODES,
  fraudCaseTitle,
  limitationRefusal,
  maskIdNumber,
  officersRefusal,
  type FraudCause,
  type FraudPartyType,
} from '@yibao/shared';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../../common/actor';
import { fieldError, ruleRefusal } from '../../../common/errors';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { HolidaysService } from '../../../platform/holidays/holidays.service';
import { FraudParametersService } from '../fraud-parameters/fraud-parameters.service';
import { issuingUnitOf } from '../case-documents/issuing-unit';
import { RegionsService } from '../../../platform/regions/regions.service';
import { User } from '../../../platform/users/user.entity';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { CaseDeadlines } from './case-deadlines';
import { FraudCase } from './fraud-case.entity';
import { nextSerial } from './serials';
import { InstitutionsService } from '../institutions/institutions.service';

/** The clue a case is filed from: what the case copies. */
export interface ClueForFiling {
  /** null: a case recorded without a clue row (a paper case entered afterwards, a test) */
  id: number | null;
  regionCode: string;
  subjectType: FraudPartyType;
  institutionCode: string | null;
  /** whole ID number of an insured person, or null */
  idNumber: string | null;
  summary: string;
  /** the party as the title names it (the institution's name, the person's name); by default the code or the masked ID */
  partyName?: string | null;
}

/** The clue's `file` payload (令第4号 arts. 15–16), dates already checked by the clue's service. */
export interface FilingPayload {
  officerIds: number[];
  causes: FraudCause[];
  amountInvolved: number;
  conductEndedOn: string;
  healthHarmed: boolean;
  filedOn: string;
}

/** The officers of a case as the guard reads them: users of the handling unit, with their certificate numbers. */
export async function caseOfficers(em: EntityManager, regionCode: string, ids: readonly number[]): Promise<User[]> {
  if (!ids.length) return [];
  return em
    .find(User, {
      select: { id: true, displayName: true, regionCode: true, enforcementCertNo: true, enabled: true, role: true },
      where: { id: In([...new Set(ids)]) },
    })
    .then((users) => users.filter((u) => u.regionCode === regionCode && u.enabled && FRAUD_CASE_WORKFLOW.actions.start_investigation.roles.includes(u.role)));
}

/**
 * 立案: the one way a case comes into being. Called by the clue's `file` action inside its transaction; the
 * guards of filing (limitation, officers) refuse here, so a refused filing leaves the clue unfiled.
 */
@Injectable()
export class CaseFilingService {
  constructor(
    private readonly regions: RegionsService,
    private readonly holidays: HolidaysService,
    private readonly audit: AuditLogService,
    private readonly workflow: WorkflowService,
    private readonly institutions: InstitutionsService,
    private readonly parameters: FraudParametersService,
  ) {}

  async fileFromClue(manager: EntityManager, clue: ClueForFiling, payload: FilingPayload, actor: Actor): Promise<{ id: number; caseNo: string }> {
    const em = manager;
    const parameters = await this.parameters.applicable(clue.regionCode, Number(payload.filedOn.slice(0, 4)), em);
    const limitation = limitationRefusal(payload, parameters.limits);
    if (limitation) throw ruleRefusal(400, limitation);
    const causes = [...new Set(payload.causes)];
    const allowed = FRAUD_CAUSES_BY_PARTY_TYPE[clue.subjectType];
    if (!allowed) throw fieldError('subjectType', `未知的当事人类型 ${clue.subjectType} (unknown party type)`);
    if (!causes.length || causes.some((c) => !allowed.includes(c)))
      throw fieldError('causes', `案由须为适用于${FRAUD_PARTY_TYPE_CODES.zh[clue.subjectType]}的条例条款 (causes must apply to the party type)`);
    const ids = [...new Set(payload.officerIds)];
    const officers = await caseOfficers(em, clue.regionCode, ids);
    if (officers.length !== ids.length)
      throw fieldError('officerIds', '承办人员须为办案单位在岗的执法人员 (officers must be active officers of the handling unit)');
    const insufficient = officersRefusal(officers, parameters.thresholds);
    if (insufficient) throw ruleRefusal(400, insufficient);

    const year = Number(payload.filedOn.slice(0, 4));
    const serial = await nextSerial(em, clue.regionCode, 'case', year);
    // the unit's 机关代字, as on its documents (柳医保稽〔2026〕12号)
    const caseNo = `${(await issuingUnitOf(this.regions, clue.regionCode, em)).abbreviation}稽〔${year}〕${serial}号`;
    const registered = clue.institutionCode ? (await this.institutions.namesByCode([clue.institutionCode])).get(clue.institutionCode) : undefined;
    const partyName = (
      clue.partyName?.trim() ||
      registered ||
      clue.institutionCode ||
      (clue.idNumber ? `参保人员（${maskIdNumber(clue.idNumber)}）` : FRAUD_PARTY_TYPE_CODES.zh[clue.subjectType])
    ).slice(0, 100);
    const deadlines = await CaseDeadlines.load(this.holidays, parameters, em);
    const saved = await em.save(
      em.create(FraudCase, {
        caseNo,
        caseYear: year,
        caseSerial: serial,
        regionCode: clue.regionCode,
        clueId: clue.id,
        title: fraudCaseTitle(partyName, causes, false).slice(0, 300),
        partyType: clue.subjectType,
        partyName,
        institutionCode: clue.institutionCode,
        idNumber: clue.idNumber,
        causes: `,${causes.join(',')},`,
        conductEndedOn: payload.conductEndedOn,
        healthHarmed: payload.healthHarmed,
        amountInvolved: payload.amountInvolved,
        officerIds: `,${ids.join(',')},`,
        filedOn: payload.filedOn,
        decisionDueOn: deadlines.decisionDueOn(payload.filedOn, [], []),
        notices: null,
        collectiveDiscussion: null,
        state: FRAUD_CASE_WORKFLOW.initial,
        version: 1,
        stateChangedAt: new Date(),
        createdById: actor.userId,
      }),
    );
    await this.audit.append(em, actor, {
      action: 'create',
      resource: 'fraud-cases',
      resourceId: saved.id,
      after: { caseNo, clueId: clue.id, regionCode: clue.regionCode, causes, officerIds: ids, filedOn: payload.filedOn },
    });
    // a filed case awaits its officers at once (the inbox and notifications hear of it)
    await this.workflow.created(em, actor, 'fraud-cases', saved);
    return { id: saved.id, caseNo };
  }
}
