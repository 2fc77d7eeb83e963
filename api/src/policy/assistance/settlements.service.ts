import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  addToYearToDate,
  calculateSettlement,
  EMPTY_YEAR_TO_DATE,
  isRegionCode,
  PolicyParameters,
  regionScopePrefix,
  SettlementYearToDate,
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
import { updateById } from '../../database/update-by-id';
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

  /** Computed tiers and flags of one settlement, with the mismatch against what was recorded. */
  private assess(input: SettlementInput, recorded: Record<(typeof TIERS)[number], number>, parameters: PolicyParameters, ytd: SettlementYearToDate) {
    const result = calculateSettlement(input, parameters, ytd);
    const computed = Object.fromEntries(TIERS.map((k) => [k, result[k]])) as Record<(typeof TIERS)[number], number>;
    const mismatch = TIERS.some((k) => computed[k] !== recorded[k]);
    const flags = [...result.flags, ...(mismatch ? ['recorded_mismatch'] : [])];
    return { result, computed, flags: flags.length ? `,${flags.join(',')},` : '' };
  }

  /**
   * Re-runs the calculator over a year's settlements (after a parameter revision is approved): per person
   * in recording order, carrying the year so far, and writes back the computed tiers and flags that
   * changed. Pages of 2,000 persons, one transaction each; pooling regions without approved parameters
   * are skipped and named.
   */
  async recompute(actor: Actor, regionCode: string | undefined, year: number) {
    const region = regionCode ?? actor.regionCode;
    if (!isRegionCode(region) || !isInScope(actor, region)) throw fieldError('regionCode', '不在您的管辖范围内 (outside your scope)');
    const prefix = `${regionScopePrefix(region)}%`;
    const repo = this.ds.getRepository(Settlement);
    const parameters = new Map<string, PolicyParameters | null>();
    const parametersOf = async (pooling: string) => {
      if (!parameters.has(pooling)) {
        try {
          parameters.set(pooling, await this.parameters.parametersFor(actor, pooling, year));
        } catch (e) {
          if (!(e instanceof NotFoundException)) throw e;
          parameters.set(pooling, null);
        }
      }
      return parameters.get(pooling)!;
    };
    const summary = { year, regionCode: region, settlements: 0, changed: 0, flags: {} as Record<string, number>, skipped: [] as string[] };
    let after = '';
    for (;;) {
      const page: Array<{ idNumber: string }> = await repo
        .createQueryBuilder('s')
        .select('DISTINCT s.idNumber', 'idNumber')
        .where('s.regionCode LIKE :prefix AND s.year = :year AND s.idNumber > :after', { prefix, year, after })
        .orderBy('s.idNumber')
        .limit(2000)
        .getRawMany();
      if (!page.length) break;
      after = page[page.length - 1].idNumber;
      const rows = await repo
        .createQueryBuilder('s')
        .where('s.idNumber IN (:...ids) AND s.year = :year', { ids: page.map((p) => p.idNumber), year })
        .orderBy('s.idNumber')
        .addOrderBy('s.id')
        .getMany();
      const changes: unknown[][] = [];
      let ytd: SettlementYearToDate = { ...EMPTY_YEAR_TO_DATE };
      let person = '';
      for (const row of rows) {
        if (row.idNumber !== person) {
          person = row.idNumber;
          ytd = { ...EMPTY_YEAR_TO_DATE };
        }
        const params = await parametersOf(row.poolingRegionCode);
        if (!params) continue;
        const input = this.inputOf(row);
        const { result, computed, flags } = this.assess(input, recordedTiers(row), params, ytd);
        ytd = addToYearToDate(ytd, input, result);
        summary.settlements++;
        for (const f of flags.split(',').filter(Boolean)) summary.flags[f] = (summary.flags[f] ?? 0) + 1;
        const json = JSON.stringify(computed);
        if (json !== row.computed || flags !== row.flags) changes.push([row.id, json, flags]);
      }
      if (changes.length) await inTransaction(this.ds, (em) => updateById(em, Settlement, ['computed', 'flags'], changes));
      summary.changed += changes.length;
    }
    summary.skipped = [...parameters].filter(([, p]) => !p).map(([code]) => code);
    await inTransaction(this.ds, (em) => this.audit.append(em, { actor, action: 'recompute', resource: 'settlements', resourceId: region, after: summary, ip: actor.ip }));
    return summary;
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
      const { result, computed, flags } = this.assess(input, dto.recorded, parameters, ytd);
      const recorded = dto.recorded;
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
          flags,
          version: 1,
        }),
      );
      await this.audit.append(em, { actor, action: 'create', resource: 'settlements', resourceId: saved.id, after: { ...toRecord(saved) }, ip: actor.ip });
      return { ...toRecord(saved), trace: result.trace };
    });
  }
}
