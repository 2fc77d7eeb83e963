import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import {
  calculateSettlement,
  diffValues,
  FieldChange,
  levelMatches,
  PolicyParameters,
  poolingRegionCodeOf,
  SettlementInput,
  SettlementResult,
  validatePolicyParameters,
  validateSettlementInput,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError, fieldErrors } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list-query';
import { assertInScope, notFound, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../../platform/audit-log/audit-log.service';
import type { CalculateSettlementDto } from './dto/calculate.dto';
import type { CreatePolicyParametersDto, UpdatePolicyParametersDto } from './dto/policy-parameters.dto';
import { PolicyParameterSet } from './policy-parameter-set.entity';

const RESOURCE = 'policy-parameters';
/** Parameters are read by the pooling region's counties too: scope includes the caller's ancestors. */
const READ_SCOPE = { includeAncestors: true };

export const POLICY_PARAMETERS_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    year: { type: 'int' },
    effectiveFrom: { type: 'string' },
    updatedAt: { type: 'date' },
  },
  defaultSort: [['regionCode', 'ASC'], ['year', 'DESC']],
};

export interface PolicyParametersRecord {
  id: number;
  regionCode: string;
  year: number;
  effectiveFrom: string;
  effectiveTo: string;
  parameters: PolicyParameters;
  version: number;
  updatedAt: string;
}

function toRecord(p: PolicyParameterSet): PolicyParametersRecord {
  return {
    id: p.id,
    regionCode: p.regionCode,
    year: p.year,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    parameters: JSON.parse(p.document),
    version: p.version,
    updatedAt: new Date(p.updatedAt).toISOString(),
  };
}

@Injectable()
export class PolicyParametersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(PolicyParameterSet).createQueryBuilder('p'), actor, 'regionCode', READ_SCOPE);
    const { rows, total } = await fetchList(qb, query, POLICY_PARAMETERS_LIST);
    return { rows: rows.map(toRecord), total };
  }

  private async load(actor: Actor, id: number, em: EntityManager = this.ds.manager): Promise<PolicyParameterSet> {
    return assertInScope(actor, await em.findOneBy(PolicyParameterSet, { id }), (p) => p.regionCode, RESOURCE, id, READ_SCOPE);
  }

  async get(actor: Actor, id: number): Promise<PolicyParametersRecord> {
    return toRecord(await this.load(actor, id));
  }

  /** Only the pooling region's own city officer sets its parameters. */
  private assertOwner(actor: Actor, regionCode: string): void {
    if (actor.role !== 'city_officer' || !levelMatches('own', actor.regionCode, regionCode)) {
      throw new ForbiddenException('政策参数由统筹地区（市）医保局设置 (only the pooling region\'s city officer sets its parameters)');
    }
  }

  /** The document must be valid and belong to the record's region and year. */
  private validated(raw: unknown, regionCode: string, year: number): PolicyParameters {
    const problems = validatePolicyParameters(raw);
    if (problems.length) {
      throw fieldErrors(problems.map((p) => ({ field: `parameters.${p.field}`, messages: [`parameters.${p.field}: ${p.message}`] })));
    }
    const doc = raw as PolicyParameters;
    if (doc.regionCode !== regionCode) throw fieldError('parameters.regionCode', `须与统筹地区 ${regionCode} 一致`);
    if (doc.year !== year) throw fieldError('parameters.year', `须与年度 ${year} 一致`);
    return doc;
  }

  /** A new year starts as a copy of the latest earlier year unless a full document is sent. */
  async create(actor: Actor, dto: CreatePolicyParametersDto): Promise<PolicyParametersRecord> {
    this.assertOwner(actor, dto.regionCode);
    let doc: PolicyParameters;
    if (dto.parameters) {
      doc = this.validated(dto.parameters, dto.regionCode, dto.year);
    } else {
      const previous = await this.ds.getRepository(PolicyParameterSet).findOne({ where: { regionCode: dto.regionCode, year: LessThan(dto.year) }, order: { year: 'DESC' } });
      if (!previous) throw fieldError('parameters', '没有上一年度参数可复制，请提交完整参数 (no earlier year to copy: send the parameters)');
      const copy = JSON.parse(previous.document) as PolicyParameters;
      doc = { ...copy, year: dto.year, effectiveFrom: `${dto.year}-01-01`, effectiveTo: `${dto.year}-12-31` };
    }
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(PolicyParameterSet, { regionCode: dto.regionCode, year: dto.year })) {
        throw new ConflictException(`${dto.regionCode} ${dto.year} 年度参数已存在，请编辑该记录 (already exists)`);
      }
      const saved = await em.save(
        em.create(PolicyParameterSet, { regionCode: dto.regionCode, year: dto.year, effectiveFrom: doc.effectiveFrom, effectiveTo: doc.effectiveTo, document: JSON.stringify(doc), version: 1, updatedById: actor.userId }),
      );
      await this.audit.append(em, { actor, action: 'create', resource: RESOURCE, resourceId: saved.id, after: doc, ip: actor.ip });
      return toRecord(saved);
    });
  }

  async update(actor: Actor, id: number, dto: UpdatePolicyParametersDto): Promise<PolicyParametersRecord> {
    const current = await this.load(actor, id);
    this.assertOwner(actor, current.regionCode);
    const doc = this.validated(dto.parameters, current.regionCode, current.year);
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, PolicyParameterSet, { id }, dto.version, { document: JSON.stringify(doc), effectiveFrom: doc.effectiveFrom, effectiveTo: doc.effectiveTo, updatedById: actor.userId }, RESOURCE);
      const updated = await em.findOneByOrFail(PolicyParameterSet, { id });
      await this.audit.append(em, { actor, action: 'update', resource: RESOURCE, resourceId: id, before: JSON.parse(current.document), after: doc, ip: actor.ip });
      return toRecord(updated);
    });
  }

  /** What this year changes against the previous year of the same pooling region. */
  async diffWithPreviousYear(actor: Actor, id: number): Promise<{ previousYear: number | null; changes: FieldChange[] }> {
    const current = await this.load(actor, id);
    const previous = await this.ds.getRepository(PolicyParameterSet).findOne({ where: { regionCode: current.regionCode, year: LessThan(current.year) }, order: { year: 'DESC' } });
    if (!previous) return { previousYear: null, changes: [] };
    const strip = (d: PolicyParameters) => ({ ...d, year: undefined, effectiveFrom: undefined, effectiveTo: undefined });
    return { previousYear: previous.year, changes: diffValues(strip(JSON.parse(previous.document)), strip(JSON.parse(current.document))) };
  }

  /** The parameters in force for a region (a county resolves to its city) and year, within the caller's reach. */
  async parametersFor(actor: Actor, regionCode: string, year: number): Promise<PolicyParameters> {
    const pooling = poolingRegionCodeOf(regionCode);
    if (!pooling) throw fieldError('regionCode', '须为市、县或乡镇代码，以确定统筹地区 (a city, county or township code)');
    const row = await scopeQuery(this.ds.getRepository(PolicyParameterSet).createQueryBuilder('p'), actor, 'regionCode', READ_SCOPE)
      .andWhere('p.regionCode = :pooling AND p.year = :year', { pooling, year })
      .getOne();
    if (!row) throw notFound(RESOURCE, `${pooling}/${year}`);
    return JSON.parse(row.document);
  }

  async calculate(actor: Actor, dto: CalculateSettlementDto): Promise<SettlementResult> {
    const parameters = await this.parametersFor(actor, dto.regionCode, dto.year);
    const input: SettlementInput = {
      visitType: dto.visitType,
      hospitalLevel: dto.hospitalLevel,
      inCounty: dto.inCounty,
      totalCost: dto.totalCost,
      inPolicyCost: dto.inPolicyCost,
      inCatalogueCost: dto.inCatalogueCost,
      identityCategories: dto.identityCategories,
    };
    const problems = validateSettlementInput(input, dto.yearToDate);
    if (problems.length) throw fieldErrors(problems.map((p) => ({ field: p.field, messages: [`${p.field}: ${p.message}`] })));
    const result = calculateSettlement(input, parameters, dto.yearToDate ? { ...dto.yearToDate } : undefined);
    // the trace is built lazily: read it here so the response carries the explanation
    return { ...result, trace: result.trace };
  }
}
