import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  calculateSettlement,
  decodeCategories,
  EMPTY_YEAR_TO_DATE,
  chinaDate,
  FieldProblem,
  HospitalLevel,
  isIdentityCategory,
  maskIdNumber,
  PolicyParameters,
  poolingRegionCodeOf,
  SettlementInput,
  SettlementRecord,
  SettlementRecordFlag,
  SettlementResult,
  SettlementTiers,
  SettlementYearToDate,
  settlementStayProblems,
  validateIdNumber,
  validateSettlementInput,
  VisitType,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError, fieldErrors } from '../../../common/errors';
import { conditionFilter, fetchList, FullIdLookupLog, listYear, ListSpec } from '../../../common/list';
import { assertInScope, codeSetAnyFilter, codeSetFilter, requestedCounty, scopeQuery, setContainsCode, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import type { CalculateSettlementDto, RecordSettlementDto, SettlementCaseDto } from './dto/settlement.dto';
import { PolicyParametersService } from '../policy-parameters/policy-parameters.service';
import {
  assessSettlement,
  blockedAt,
  criticalIllnessShortSql,
  inputOf,
  institutionBlocks,
  recordedTiers,
  SettlementFacts,
  settlementColumns,
  tiersSumProblem,
  yearsToDate,
  yearToDateKey,
} from './settlement-rows';
import { approvedPolicyParameters, reimbursementCeilingSql } from '../policy-parameters/approved-parameters';
import { Settlement } from './settlement.entity';

/**
 * The settlement list; `keyAidIn` (OVP-1's settlements: under their pooling region's reimbursement ceiling by the
 * year's approved parameters) needs those parameters read first, so the spec is built per request with them;
 * `SETTLEMENT_LIST` is it for OpenAPI.
 */
export function settlementListFor(keyAidPools?: ReadonlyMap<string, PolicyParameters>): ListSpec {
  return {
    fields: {
      idNumber: { type: 'idNumber' },
      id: { type: 'int' },
      regionCode: { type: 'string' },
      year: { type: 'int' },
      settledOn: { type: 'string' },
      visitType: { type: 'string' },
      hospitalLevel: { type: 'string' },
      institutionCode: { type: 'string' },
      inCounty: { type: 'boolean' },
      totalCost: { type: 'int' },
      flag: {
        type: 'string',
        where: (code, alias, p) => setContainsCode(`${alias}.flags`, String(code), p),
      },
      createdAt: { type: 'date' },
      // the filters the compliance view's drill-downs use (shared compliance catalogue)
      scope: SUBTREE_FILTER,
      identityCategory: codeSetFilter('identityCategory', 'identityCategories', isIdentityCategory, '须为一个身份类别代码 (an identity category code)'),
      identityCategoryAny: codeSetAnyFilter(
        'identityCategoryAny',
        'identityCategories',
        isIdentityCategory,
        '须为身份类别代码，逗号分隔 (identity category codes, comma-separated)',
      ),
      paidCriticalIllness: { type: 'int', operators: ['gte', 'lte'] },
      paidMedicalAid: { type: 'int', operators: ['gte', 'lte'] },
      paidOutOfPocket: { type: 'int', operators: ['gte', 'lte'] },
      // recorded 大病 payment below the computed one (the poor-person tilt not applied in full, TIR-2)
      criticalIllnessShort: conditionFilter((alias) => ({ sql: criticalIllnessShortSql(alias), params: {} })),
      // OVP-1 (S3 §四): key aid recipients' settlements of the visit types their pooling region's approved parameters
      // of the year (`keyAidIn=2026`) put under the reimbursement ceiling
      keyAidIn: {
        type: 'int',
        where: (_year, alias, p) => {
          if (!keyAidPools) throw new Error('list spec: keyAidIn is resolved by the settlements service before the query');
          return reimbursementCeilingSql(alias, keyAidPools, p);
        },
      },
    },
    search: ['name', 'institutionName', 'idNumber'],
    resource: 'settlements',
    defaultSort: [['id', 'DESC']],
  };
}
export const SETTLEMENT_LIST: ListSpec = settlementListFor();

function toRecord(s: Settlement): SettlementRecord {
  return {
    id: s.id,
    idNumber: maskIdNumber(s.idNumber),
    name: s.name,
    regionCode: s.regionCode,
    poolingRegionCode: s.poolingRegionCode,
    year: s.year,
    settledOn: s.settledOn,
    institutionCode: s.institutionCode,
    institutionName: s.institutionName,
    hospitalLevel: s.hospitalLevel as HospitalLevel,
    visitType: s.visitType as VisitType,
    admittedOn: s.admittedOn,
    dischargedOn: s.dischargedOn,
    diagnosisCode: s.diagnosisCode,
    inCounty: Boolean(s.inCounty),
    identityCategories: decodeCategories(s.identityCategories),
    totalCost: s.totalCost,
    inPolicyCost: s.inPolicyCost,
    inCatalogueCost: s.inCatalogueCost,
    recorded: recordedTiers(s),
    computed: JSON.parse(s.computed) as SettlementTiers,
    settlementNo: s.settlementNo,
    flags: s.flags.split(',').filter(Boolean) as SettlementRecordFlag[],
    version: s.version,
    createdAt: new Date(s.createdAt).toISOString(),
  };
}

/** The calculator's input from a case as posted (in county unless said otherwise, as the calculator reads it). */
function caseInput(dto: SettlementCaseDto): SettlementInput {
  const { visitType, hospitalLevel, inCounty, totalCost, inPolicyCost, inCatalogueCost, identityCategories } = dto;
  return { visitType, hospitalLevel, inCounty: inCounty ?? true, totalCost, inPolicyCost, inCatalogueCost, identityCategories };
}

/** A shared rule's problems as one 400 naming each field. */
function assertNoProblems(problems: FieldProblem[]): void {
  if (problems.length) throw fieldErrors(problems.map((p) => ({ field: p.field, messages: [`${p.field}: ${p.message}`] })));
}

/** The calculator's own input checks (and the year so far's), as 400s naming the field. */
function assertValidInput(input: SettlementInput, yearToDate?: SettlementYearToDate): void {
  assertNoProblems(validateSettlementInput(input, yearToDate));
}

@Injectable()
export class SettlementsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly parameters: PolicyParametersService,
    private readonly audit: AuditLogService,
    private readonly idLookups: FullIdLookupLog,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const year = query.keyAidIn === undefined ? undefined : listYear(query.keyAidIn, 'keyAidIn');
    const spec = settlementListFor(year === undefined ? undefined : await approvedPolicyParameters(this.ds.manager, year));
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(Settlement).createQueryBuilder('s'), actor), query, spec, {
      actor,
      lookups: this.idLookups,
    });
    return { rows: rows.map(toRecord), total };
  }

  async get(actor: Actor, id: number): Promise<SettlementRecord> {
    const s = assertInScope(actor, await this.ds.getRepository(Settlement).findOneBy({ id }), (x) => x.regionCode, 'settlements', id);
    const ytd = (await yearsToDate(this.ds.manager, [s], s.year, s.id)).get(yearToDateKey(s.poolingRegionCode, s.idNumber)) ?? { ...EMPTY_YEAR_TO_DATE };
    const result = calculateSettlement(inputOf(s), await this.parameters.parametersFor(actor, s.regionCode, s.year), ytd);
    // the trace explains the computed amounts ("why this amount")
    return { ...toRecord(s), trace: result.trace };
  }

  /** 一站式结算试算: the calculator on a case with the parameters in force, and the trace that explains it. */
  async calculate(actor: Actor, dto: CalculateSettlementDto): Promise<SettlementResult> {
    const parameters = await this.parameters.parametersFor(actor, dto.regionCode, dto.year);
    const input = caseInput(dto);
    assertValidInput(input, dto.yearToDate);
    const result = calculateSettlement(input, parameters, dto.yearToDate ? { ...dto.yearToDate } : undefined);
    // the trace is built lazily: read it here so the response carries the explanation
    return { ...result, trace: result.trace };
  }

  /** Records a settlement: validates, computes with the year so far, flags guards and mismatches. */
  async record(actor: Actor, dto: RecordSettlementDto): Promise<SettlementRecord> {
    const id = validateIdNumber(dto.idNumber, chinaDate(new Date()));
    if (!id.ok) throw fieldError('idNumber', '身份证号不正确 (invalid ID number)');
    requestedCounty(actor, dto.regionCode);
    if (Number(dto.settledOn.slice(0, 4)) !== dto.year) throw fieldError('settledOn', `须在 ${dto.year} 年内`);
    const input = caseInput(dto);
    assertValidInput(input);
    const stay = { admittedOn: dto.admittedOn ?? null, dischargedOn: dto.dischargedOn ?? null, diagnosisCode: dto.diagnosisCode ?? null };
    assertNoProblems(settlementStayProblems({ visitType: dto.visitType, settledOn: dto.settledOn, ...stay }));
    const sumProblem = tiersSumProblem(dto.recorded, dto.totalCost);
    if (sumProblem) throw fieldError('recorded', sumProblem);
    const parameters = await this.parameters.parametersFor(actor, dto.regionCode, dto.year);
    const facts: SettlementFacts = {
      idNumber: id.idNumber,
      name: dto.name,
      regionCode: dto.regionCode,
      year: dto.year,
      settledOn: dto.settledOn,
      institutionCode: dto.institutionCode,
      institutionName: dto.institutionName,
      settlementNo: dto.settlementNo ?? null,
      ...stay,
      input,
      recorded: dto.recorded,
    };
    return inTransaction(this.ds, async (em) => {
      if (facts.settlementNo && (await em.findOneBy(Settlement, { institutionCode: facts.institutionCode, settlementNo: facts.settlementNo }))) {
        throw new ConflictException(`结算流水号 ${facts.settlementNo} 已登记 (this settlement is already recorded)`);
      }
      // the year so far in the recorder's pooling region only (never what the person spent elsewhere)
      const pooling = poolingRegionCodeOf(dto.regionCode)!;
      const ytd = (await yearsToDate(em, [{ idNumber: id.idNumber, poolingRegionCode: pooling }], dto.year)).get(yearToDateKey(pooling, id.idNumber)) ?? {
        ...EMPTY_YEAR_TO_DATE,
      };
      const blocks = await institutionBlocks(em, [facts.institutionCode]);
      const { result, computed, flags } = assessSettlement(input, dto.recorded, parameters, ytd, blockedAt(blocks, facts.institutionCode, facts.settledOn));
      const saved = await em.save(em.create(Settlement, settlementColumns(facts, computed, flags)));
      await this.audit.append(em, actor, { action: 'create', resource: 'settlements', resourceId: saved.id, after: { ...toRecord(saved) } });
      return { ...toRecord(saved), trace: result.trace };
    });
  }
}
