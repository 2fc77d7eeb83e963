import { ConflictException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  calculateSettlement,
  decodeCategories,
  EMPTY_YEAR_TO_DATE,
  PolicyParameters,
  regionScopePrefix,
  chinaDate,
  maskIdNumber,
  poolingRegionCodeOf,
  SETTLEMENT_FLAGS,
  SettlementInput,
  SettlementRecomputeSummary,
  SettlementYearToDate,
  validateIdNumber,
  validateSettlementInput,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError, fieldErrors } from '../../common/errors';
import { fetchList, ListSpec } from '../../common/list-query';
import { assertInScope, requestedCounty, requestedRegion, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateById } from '../../database/update-by-id';
import { AuditLogService } from '../../platform/audit-log/audit-log.service';
import { ImportsService } from '../../platform/imports/imports.service';
import { JobProgress, JobsService } from '../../platform/jobs/jobs.service';
import { settlementImportHandler } from './settlement-import.handler';
import type { RecordSettlementDto } from './dto/calculate.dto';
import { PolicyParametersService } from './policy-parameters.service';
import { assessSettlement, inputOf, recordedTiers, SettlementFacts, settlementColumns, tiersSumProblem, yearsToDate, yearToDateKey } from './settlement-rows';
import { Settlement } from './settlement.entity';

/** The calculator's guard flags plus a difference between what was recorded and what the rules give. */
export const SETTLEMENT_RECORD_FLAGS = [...SETTLEMENT_FLAGS, 'recorded_mismatch'] as const;

export const SETTLEMENT_LIST: ListSpec = {
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
      where: (code, alias, p) => ({ sql: `${alias}.flags LIKE :${p}`, params: { [p]: `%,${String(code).replace(/[^a-z_]/g, '')},%` } }),
    },
    createdAt: { type: 'date' },
  },
  search: ['name', 'institutionName', 'idNumber'],
  resource: 'settlements',
  defaultSort: [['id', 'DESC']],
};

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
    settlementNo: s.settlementNo,
    flags: s.flags.split(',').filter(Boolean),
    version: s.version,
    createdAt: new Date(s.createdAt).toISOString(),
  };
}

export const SETTLEMENT_RECOMPUTE = 'settlement-recompute';

/** What recompute reads of each settlement: the calculator's input, the recorded tiers, the stored result. */
const RECOMPUTE_COLUMNS = ['id', 'idNumber', 'poolingRegionCode', 'visitType', 'hospitalLevel', 'inCounty', 'totalCost', 'inPolicyCost', 'inCatalogueCost', 'identityCategories', 'paidBasic', 'paidCriticalIllness', 'paidMedicalAid', 'paidOther', 'paidOutOfPocket', 'computed', 'flags'] as const;

@Injectable()
export class SettlementsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly parameters: PolicyParametersService,
    private readonly audit: AuditLogService,
    private readonly imports: ImportsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.imports.register(settlementImportHandler);
    this.jobs.register<{ regionCode: string; year: number }, SettlementRecomputeSummary>({
      kind: SETTLEMENT_RECOMPUTE,
      resource: 'settlement-recomputes',
      run: (actor, { regionCode, year }, progress) => this.recompute(actor, regionCode, year, progress),
    });
  }

  /** 重算 runs in the background (a province's year is minutes of work): checks the region, answers with the job. */
  startRecompute(actor: Actor, regionCode: string | undefined, year: number) {
    return this.jobs.start(actor, SETTLEMENT_RECOMPUTE, { regionCode: requestedRegion(actor, regionCode), year });
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(Settlement).createQueryBuilder('s'), actor), query, SETTLEMENT_LIST, actor);
    return { rows: rows.map(toRecord), total };
  }

  async get(actor: Actor, id: number) {
    const s = assertInScope(actor, await this.ds.getRepository(Settlement).findOneBy({ id }), (x) => x.regionCode, 'settlements', id);
    const ytd = (await yearsToDate(this.ds.manager, [s], s.year, s.id)).get(yearToDateKey(s.poolingRegionCode, s.idNumber)) ?? { ...EMPTY_YEAR_TO_DATE };
    const result = calculateSettlement(inputOf(s), await this.parameters.parametersFor(actor, s.regionCode, s.year), ytd);
    // the trace explains the computed amounts ("why this amount")
    return { ...toRecord(s), trace: result.trace };
  }

  /**
   * Re-runs the calculator over a year's settlements (after a parameter revision is approved): per person
   * in recording order, carrying the year so far, and writes back the computed tiers and flags that
   * changed. Pages of 5,000 persons, one transaction each, progress in settlements; pooling regions without
   * approved parameters are skipped and named. Idempotent: a second run finds nothing to change.
   */
  private async recompute(actor: Actor, region: string, year: number, progress: JobProgress): Promise<SettlementRecomputeSummary> {
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
    const summary: SettlementRecomputeSummary = { year, regionCode: region, persons: 0, settlements: 0, changed: 0, flags: {}, skipped: [] };
    const total = await repo.createQueryBuilder('s').where('s.regionCode LIKE :prefix AND s.year = :year', { prefix, year }).getCount();
    await progress.report(0, total);
    let processed = 0;
    let after = '';
    for (;;) {
      const page: Array<{ idNumber: string }> = await repo
        .createQueryBuilder('s')
        .select('DISTINCT s.idNumber', 'idNumber')
        .where('s.regionCode LIKE :prefix AND s.year = :year AND s.idNumber > :after', { prefix, year, after })
        .orderBy('s.idNumber')
        .limit(5000)
        .getRawMany();
      if (!page.length) break;
      after = page[page.length - 1].idNumber;
      summary.persons += page.length;
      const rows = await repo
        .createQueryBuilder('s')
        .select(RECOMPUTE_COLUMNS.map((c) => `s.${c}`))
        .where('s.idNumber IN (:...ids) AND s.year = :year', { ids: page.map((p) => p.idNumber), year })
        .orderBy('s.idNumber')
        .addOrderBy('s.poolingRegionCode')
        .addOrderBy('s.id')
        .getMany();
      const changes: unknown[][] = [];
      let ytd: SettlementYearToDate = { ...EMPTY_YEAR_TO_DATE };
      let person = '';
      for (const row of rows) {
        // the year so far is per person and pooling region (see yearsToDate)
        if (yearToDateKey(row.poolingRegionCode, row.idNumber) !== person) {
          person = yearToDateKey(row.poolingRegionCode, row.idNumber);
          ytd = { ...EMPTY_YEAR_TO_DATE };
        }
        const params = await parametersOf(row.poolingRegionCode);
        if (!params) continue;
        const { computed, flags, next } = assessSettlement(inputOf(row), recordedTiers(row), params, ytd);
        ytd = next;
        summary.settlements++;
        for (const f of flags.split(',').filter(Boolean)) summary.flags[f] = (summary.flags[f] ?? 0) + 1;
        const json = JSON.stringify(computed);
        if (json !== row.computed || flags !== row.flags) changes.push([row.id, json, flags]);
      }
      if (changes.length) await inTransaction(this.ds, (em) => updateById(em, Settlement, ['computed', 'flags'], changes));
      summary.changed += changes.length;
      processed += rows.length;
      await progress.report(processed);
    }
    summary.skipped = [...parameters].filter(([, p]) => !p).map(([code]) => code);
    return summary;
  }

  /** Records a settlement: validates, computes with the year so far, flags guards and mismatches. */
  async record(actor: Actor, dto: RecordSettlementDto) {
    const id = validateIdNumber(dto.idNumber, chinaDate(new Date()));
    if (!id.ok) throw fieldError('idNumber', '身份证号不正确 (invalid ID number)');
    requestedCounty(actor, dto.regionCode);
    if (Number(dto.settledOn.slice(0, 4)) !== dto.year) throw fieldError('settledOn', `须在 ${dto.year} 年内`);
    const input: SettlementInput = { visitType: dto.visitType, hospitalLevel: dto.hospitalLevel, inCounty: dto.inCounty ?? true, totalCost: dto.totalCost, inPolicyCost: dto.inPolicyCost, inCatalogueCost: dto.inCatalogueCost, identityCategories: dto.identityCategories };
    const problems = validateSettlementInput(input);
    if (problems.length) throw fieldErrors(problems.map((p) => ({ field: p.field, messages: [`${p.field}: ${p.message}`] })));
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
      input,
      recorded: dto.recorded,
    };
    return inTransaction(this.ds, async (em) => {
      if (facts.settlementNo && (await em.findOneBy(Settlement, { institutionCode: facts.institutionCode, settlementNo: facts.settlementNo }))) {
        throw new ConflictException(`结算流水号 ${facts.settlementNo} 已登记 (this settlement is already recorded)`);
      }
      // the year so far in the recorder's pooling region only (never what the person spent elsewhere)
      const pooling = poolingRegionCodeOf(dto.regionCode)!;
      const ytd = (await yearsToDate(em, [{ idNumber: id.idNumber, poolingRegionCode: pooling }], dto.year)).get(yearToDateKey(pooling, id.idNumber)) ?? { ...EMPTY_YEAR_TO_DATE };
      const { result, computed, flags } = assessSettlement(input, dto.recorded, parameters, ytd);
      const saved = await em.save(em.create(Settlement, settlementColumns(facts, computed, flags)));
      await this.audit.append(em, { actor, action: 'create', resource: 'settlements', resourceId: saved.id, after: { ...toRecord(saved) }, ip: actor.ip });
      return { ...toRecord(saved), trace: result.trace };
    });
  }
}
