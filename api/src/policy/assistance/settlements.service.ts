import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  calculateSettlement,
  chinaDate,
  decodeCategories,
  encodeCategories,
  maskIdNumber,
  poolingRegionCodeOf,
  regionLevelOf,
  SETTLEMENT_FLAGS,
  SettlementInput,
  validateIdNumber,
  validateSettlementInput,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError, fieldErrors } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list-query';
import { assertInScope, isInScope, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { AuditLogService } from '../../platform/audit-log/audit-log.service';
import type { RecordSettlementDto } from './dto/calculate.dto';
import { PolicyParametersService } from './policy-parameters.service';
import { Settlement } from './settlement.entity';

/** The calculator's guard flags plus a difference between what was recorded and what the rules give. */
export const SETTLEMENT_RECORD_FLAGS = [...SETTLEMENT_FLAGS, 'recorded_mismatch'] as const;
const TIERS = ['basic', 'criticalIllness', 'medicalAid', 'other', 'outOfPocket'] as const;

export const SETTLEMENT_LIST: ListSpec = {
  fields: {
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
      where: (code, alias, p) => ({ sql: `${alias}.flags LIKE :${p}`, params: { [p]: `%,${String(code).replace(/[^a-z_]/g, '')},%` } }),
    },
    createdAt: { type: 'date' },
  },
  search: ['name', 'institutionName', 'idNumber'],
  defaultSort: [['id', 'DESC']],
};

/** The recorded tiers, under the names the API and the calculator use. */
export function recordedTiers(s: Pick<Settlement, 'paidBasic' | 'paidCriticalIllness' | 'paidMedicalAid' | 'paidOther' | 'paidOutOfPocket'>) {
  return { basic: s.paidBasic, criticalIllness: s.paidCriticalIllness, medicalAid: s.paidMedicalAid, other: s.paidOther, outOfPocket: s.paidOutOfPocket };
}

function toRecord(s: Settlement) {
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
    hospitalLevel: s.hospitalLevel,
    visitType: s.visitType,
    inCounty: Boolean(s.inCounty),
    identityCategories: decodeCategories(s.identityCategories),
    totalCost: s.totalCost,
    inPolicyCost: s.inPolicyCost,
    inCatalogueCost: s.inCatalogueCost,
    recorded: recordedTiers(s),
    computed: JSON.parse(s.computed),
    flags: s.flags.split(',').filter(Boolean),
    version: s.version,
    createdAt: new Date(s.createdAt).toISOString(),
  };
}

@Injectable()
export class SettlementsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly parameters: PolicyParametersService,
    private readonly audit: AuditLogService,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(Settlement).createQueryBuilder('s'), actor), query, SETTLEMENT_LIST);
    return { rows: rows.map(toRecord), total };
  }

  async get(actor: Actor, id: number) {
    const s = assertInScope(actor, await this.ds.getRepository(Settlement).findOneBy({ id }), (x) => x.regionCode, 'settlements', id);
    const result = calculateSettlement(this.inputOf(s), await this.parameters.parametersFor(actor, s.regionCode, s.year), await this.yearToDate(s.idNumber, s.year, s.id));
    // the trace explains the computed amounts ("why this amount")
    return { ...toRecord(s), trace: result.trace };
  }

  private inputOf(s: Pick<Settlement, 'visitType' | 'hospitalLevel' | 'inCounty' | 'totalCost' | 'inPolicyCost' | 'inCatalogueCost' | 'identityCategories'>): SettlementInput {
    return {
      visitType: s.visitType as SettlementInput['visitType'],
      hospitalLevel: s.hospitalLevel as SettlementInput['hospitalLevel'],
      inCounty: Boolean(s.inCounty),
      totalCost: s.totalCost,
      inPolicyCost: s.inPolicyCost,
      inCatalogueCost: s.inCatalogueCost,
      identityCategories: decodeCategories(s.identityCategories),
    };
  }

  /** The person's computed sums this year before a settlement (deductibles met, caps used). */
  private async yearToDate(idNumber: string, year: number, beforeId?: number) {
    const qb = this.ds.getRepository(Settlement).createQueryBuilder('s').where('s.idNumber = :idNumber AND s.year = :year', { idNumber, year });
    if (beforeId) qb.andWhere('s.id < :beforeId', { beforeId });
    const rows = await qb.select(['s.inPolicyCost', 's.computed']).getMany();
    return rows.reduce(
      (ytd, r) => {
        const c = JSON.parse(r.computed);
        return { settlements: ytd.settlements + 1, inPolicyCost: ytd.inPolicyCost + r.inPolicyCost, basic: ytd.basic + c.basic, criticalIllness: ytd.criticalIllness + c.criticalIllness, medicalAid: ytd.medicalAid + c.medicalAid };
      },
      { settlements: 0, inPolicyCost: 0, basic: 0, criticalIllness: 0, medicalAid: 0 },
    );
  }

  /** Records a settlement: validates, computes with the year so far, flags guards and mismatches. */
  async record(actor: Actor, dto: RecordSettlementDto) {
    const id = validateIdNumber(dto.idNumber, chinaDate(new Date()));
    if (!id.ok) throw fieldError('idNumber', '身份证号不正确 (invalid ID number)');
    if (regionLevelOf(dto.regionCode) !== 'county' || !isInScope(actor, dto.regionCode)) throw fieldError('regionCode', '须为您管辖范围内的县级代码 (a county in your scope)');
    if (Number(dto.settledOn.slice(0, 4)) !== dto.year) throw fieldError('settledOn', `须在 ${dto.year} 年内`);
    const input: SettlementInput = { visitType: dto.visitType, hospitalLevel: dto.hospitalLevel, inCounty: dto.inCounty ?? true, totalCost: dto.totalCost, inPolicyCost: dto.inPolicyCost, inCatalogueCost: dto.inCatalogueCost, identityCategories: dto.identityCategories };
    const problems = validateSettlementInput(input);
    if (problems.length) throw fieldErrors(problems.map((p) => ({ field: p.field, messages: [`${p.field}: ${p.message}`] })));
    const recordedSum = TIERS.reduce((sum, k) => sum + dto.recorded[k], 0);
    if (recordedSum !== dto.totalCost) throw fieldError('recorded', `各项支付之和 ${recordedSum} 须等于总费用 ${dto.totalCost}（分） (the tiers must add up to the total)`);
    const parameters = await this.parameters.parametersFor(actor, dto.regionCode, dto.year);
    return inTransaction(this.ds, async (em) => {
      const ytd = await this.yearToDate(id.idNumber, dto.year);
      const result = calculateSettlement(input, parameters, ytd);
      const computed = Object.fromEntries(TIERS.map((k) => [k, result[k]]));
      const recorded = dto.recorded;
      const mismatch = TIERS.some((k) => computed[k] !== recorded[k]);
      const flags = [...result.flags, ...(mismatch ? ['recorded_mismatch'] : [])];
      const saved = await em.save(
        em.create(Settlement, {
          idNumber: id.idNumber,
          name: dto.name,
          regionCode: dto.regionCode,
          poolingRegionCode: poolingRegionCodeOf(dto.regionCode)!,
          year: dto.year,
          settledOn: dto.settledOn,
          institutionCode: dto.institutionCode,
          institutionName: dto.institutionName,
          hospitalLevel: dto.hospitalLevel,
          visitType: dto.visitType,
          inCounty: input.inCounty!,
          identityCategories: encodeCategories(dto.identityCategories),
          totalCost: dto.totalCost,
          inPolicyCost: dto.inPolicyCost,
          inCatalogueCost: dto.inCatalogueCost,
          paidBasic: recorded.basic,
          paidCriticalIllness: recorded.criticalIllness,
          paidMedicalAid: recorded.medicalAid,
          paidOther: recorded.other,
          paidOutOfPocket: recorded.outOfPocket,
          computed: JSON.stringify(computed),
          flags: flags.length ? `,${flags.join(',')},` : '',
          version: 1,
        }),
      );
      await this.audit.append(em, { actor, action: 'create', resource: 'settlements', resourceId: saved.id, after: { ...toRecord(saved) }, ip: actor.ip });
      return { ...toRecord(saved), trace: result.trace };
    });
  }
}
